#include "core/datasets/date_order_choice.hpp"

#include <array>

#include "core/csv/columns.hpp"
#include "core/csv/words.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

struct LanguageWords {
  HeaderLanguage language;
  // Folded; matched as whole words or phrases, or as the start of a word
  // when written "stem*" (German compounds: "Bestellnummer").
  std::array<std::string_view, 24> words;
};

// Words that survey tools, shops, help desks and people write in column
// names, and that English does not use. Google Forms' timestamp column names the language outright.
constexpr LanguageWords kLanguages[] = {
    {{"it", "Italian", "italiano"},
     {"marca temporale", "data", "domanda", "risposta", "quanto", "consiglieresti", "soddisfatto", "punteggio",
      "voto", "commento", "negozio", "canale", "perche", "valutazione", "ordine", "cliente", "importo", "totale",
      "quantita", "prezzo", "apertura", "operatore", "risoluzione"}},
    {{"fr", "French", "francese"},
     {"horodateur", "recommanderiez", "satisfait", "commentaire", "pourquoi", "quelle", "magasin", "reponse",
      "recommander", "votre", "vous", "date de", "heure", "adresse", "commande", "montant", "courriel", "quantite",
      "prix", "statut"}},
    {{"es", "Spanish", "spagnolo"},
     {"marca temporal", "fecha", "recomendarias", "satisfecho", "puntuacion", "comentarios", "tienda", "usted",
      "cual", "que tan", "correo", "nombre", "recomendaria", "respuesta", "pedido", "importe", "cantidad", "precio",
      "cliente"}},
    {{"de", "German", "tedesco"},
     {"zeitstempel", "datum", "empfehlen", "zufrieden", "bewertung", "kommentar", "warum", "wie", "wahrscheinlich",
      "ihre", "sie", "uhrzeit", "filiale", "weiterempfehlen", "bestell*", "kunde*", "betrag", "menge", "preis",
      "rechnung*", "zahlung*"}},
    {{"pt", "Portuguese", "portoghese"},
     {"carimbo de data/hora", "recomendaria", "satisfeito", "pontuacao", "comentario", "loja", "voce", "qual",
      "endereco", "nome", "avaliacao", "provavel", "resposta", "por que", "encomenda", "quantidade", "preco"}},
};


std::string_view order_en(csv::DateOrder o) { return o == csv::DateOrder::dmy ? "day/month" : "month/day"; }
std::string_view order_it(csv::DateOrder o) { return o == csv::DateOrder::dmy ? "giorno/mese" : "mese/giorno"; }

}  // namespace

std::optional<HeaderLanguage> header_language(const std::vector<std::string>& headers) {
  std::array<int, std::size(kLanguages)> hits{};
  for (const auto& h : headers) {
    const std::string folded = csv::fold_for_matching(csv::trim(h));
    for (std::size_t l = 0; l < std::size(kLanguages); ++l)
      for (std::string_view w : kLanguages[l].words)
        if (csv::has_word(folded, w, csv::Match::whole_word)) ++hits[l];
  }
  std::size_t best = 0;
  for (std::size_t l = 1; l < hits.size(); ++l)
    if (hits[l] > hits[best]) best = l;
  if (hits[best] == 0) return std::nullopt;
  return kLanguages[best].language;
}

DateOrderChoice choose_date_order(const csv::DateOrderVote& vote, std::optional<csv::DateOrder> given,
                                  const ExportProfile* profile, const std::vector<std::string>& headers,
                                  csv::DateOrder fallback) {
  if (given) return {*given, std::nullopt};
  const bool settled = vote.dmy() != vote.mdy() || (vote.ymd() > 0 && vote.ambiguous() == 0 && vote.dmy() == 0);
  if (settled) return {vote.decide(fallback), std::nullopt};
  const bool unsure = vote.ambiguous() > 0 || vote.dmy() > 0;  // dates that could be either, or votes that cancel out
  std::string why_en, why_it;
  csv::DateOrder order = fallback;
  const auto language = header_language(headers);
  if (profile && profile->date_order != csv::DateOrder::unknown) {
    order = profile->date_order;
    why_en = "as the " + std::string(profile->name_en) + " writes them";
    why_it = "come le scrive il formato " + std::string(profile->name_it);
  } else if (language) {
    order = csv::DateOrder::dmy;
    why_en = "as the column names are in " + std::string(language->name_en);
    why_it = "perché i nomi delle colonne sono in " + std::string(language->name_it);
  } else {
    why_en = "following the language setting";
    why_it = "secondo la lingua scelta";
  }
  if (!unsure) return {order, std::nullopt};
  const std::string en = "No date in the file tells whether it is written day first or month first (every day is 12 or less), so the dates were read as " +
                         std::string(order_en(order)) + ", " + why_en + ". If that is wrong, choose the date order.";
  const std::string it = "Nessuna data del file indica se è scritta con il giorno o con il mese prima (ogni giorno è 12 o meno), quindi le date sono state lette come " +
                         std::string(order_it(order)) + ", " + why_it + ". Se non è corretto, scegli l’ordine delle date.";
  return {order, problems::note("date_order_ambiguous", "date_order", {en, it})};
}

}  // namespace polso::datasets
