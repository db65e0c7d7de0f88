#include "core/datasets/conversations_warnings.hpp"

#include <sstream>
#include <string>
#include <tuple>

#include "core/budgets.hpp"
#include "core/csv/columns.hpp"
#include "core/datasets/conversations_durations.hpp"
#include "core/number_format.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

std::string en(double x) { return format_number(x, Lang::en); }
std::string it(double x) { return format_number(x, Lang::it); }

std::string days_text(double seconds) {
  const double days = seconds / 86400;
  std::ostringstream out;
  out.precision(days < 10 ? 2 : 0);
  out << std::fixed << days;
  return out.str();
}

// Figures no help desk produces: they point at a wrong column or unit.
template <typename Warn>
void add_sanity_warnings(const ConversationsAnalysis& a, const ConversationsReport& r, Warn& warn) {
  const auto& c = a.columns();
  const auto& notes = a.aggregate().notes();
  auto column_of = [](const ResolvedColumn& timestamp, const ResolvedColumn& duration) {
    return duration.found() ? "“" + duration.name + "”" : "“" + timestamp.name + "”";
  };
  if (notes.durations_over_a_year > 0)
    warn("duration_over_a_year",
         std::to_string(notes.durations_over_a_year) + " durations are longer than a year. Check that the time columns hold what their names say and, for durations given as numbers, that the unit is right.",
         std::to_string(notes.durations_over_a_year) + " durate superano un anno. Controlla che le colonne dei tempi contengano ciò che dicono i nomi e, per le durate date come numeri, che l’unità sia giusta.");
  const auto& reasons = a.aggregate().rows().reasons();
  const auto it = reasons.find("negative_duration");
  const std::uint64_t skipped_negative = it == reasons.end() ? 0 : it->second.count;
  if (skipped_negative > 0)
    warn("duration_negative",
         std::to_string(skipped_negative) + " rows have a negative duration and were skipped. Check the duration columns: a negative time usually means a wrong column or a data error.",
         std::to_string(skipped_negative) + " righe hanno una durata negativa e sono state scartate. Controlla le colonne delle durate: un tempo negativo di solito indica una colonna sbagliata o un errore nei dati.");
  for (const auto& [d, name_en, name_it, col] :
       {std::tuple{&r.overall.first_response, "first response", "prima risposta", column_of(c.first_response, c.first_response_time)},
        std::tuple{&r.overall.resolution, "resolution", "risoluzione", column_of(c.resolved, c.resolution_time)}}) {
    if (!*d || (*d)->median <= 90.0 * 86400) continue;
    const std::string days = days_text((*d)->median);
    warn("duration_implausible",
         std::string("The median ") + name_en + " time is " + days + " days, which no help desk takes: check that " + col + " is the right column and that its unit is right.",
         std::string("Il tempo mediano di ") + name_it + " è di " + days + " giorni, un tempo che nessun servizio clienti impiega: controlla che " + col + " sia la colonna giusta e che l’unità sia corretta.");
  }
  for (const ResolvedColumn* col : {&c.first_response_time, &c.resolution_time}) {
    if (col->found() && !col->by_user && business_hours_header(csv::fold_for_matching(col->name)))
      warn("duration_business_hours",
           "“" + col->name + "” counts only business hours; no column with the full elapsed time was found, so times are shorter than the customer's wait.",
           "“" + col->name + "” conta solo l’orario lavorativo; non c’è una colonna con il tempo trascorso intero, quindi i tempi sono più brevi dell’attesa del cliente.");
  }
  if (c.conversation.found() && a.id_distinct_share() < 0.9)
    warn("id_not_unique",
         "The conversation-id column “" + c.conversation.name + "” repeats its values in the first rows, so it is probably not an id (a type, a customer, a postcode?). Check it, or choose the column that names each conversation.",
         "La colonna dell’id di conversazione “" + c.conversation.name + "” ripete i valori nelle prime righe, quindi probabilmente non è un id (un tipo, un cliente, un CAP?). Controllala, o scegli la colonna che identifica ogni conversazione.");
}

}  // namespace

std::optional<Warning> no_response_target_warning(const ConversationsSummary& overall, bool channel_column) {
  if (!overall.first_response || overall.first_response->with_target != 0) return std::nullopt;
  return problems::note(
      "no_response_target", "",
      {channel_column ? "No channel is a chat, messaging or e-mail channel, so no response target applies."
                      : "Without a channel column no response target applies (5 minutes for chat, 2 hours for e-mail).",
       channel_column ? "Nessun canale è chat, messaggistica o e-mail, quindi non si applica alcun obiettivo di risposta."
                      : "Senza una colonna del canale non si applica alcun obiettivo di risposta (5 minuti per la chat, 2 ore per l’e-mail)."});
}

Warning too_many_groups_warning(Localized columns) {
  return problems::note("too_many_groups", "",
                        {std::string(columns.en) + " has more than " + en(ConversationAggregate::kMaxGroups) +
                             " different values; the rest are grouped as “(other)”.",
                         std::string(columns.it) + " ha più di " + it(ConversationAggregate::kMaxGroups) +
                             " valori diversi; gli altri sono raggruppati in “(other)”."});
}

std::optional<Warning> volume_gaps_warning(const VolumeSummary& volume) {
  if (volume.gaps_filled) return std::nullopt;
  return problems::note("volume_gaps", "",
                        {"The dates span too many periods to list the empty ones; only periods with conversations are shown.",
                         "Le date coprono troppi periodi per elencare quelli vuoti; sono mostrati solo i periodi con conversazioni."});
}

std::vector<Warning> conversations_warnings(const ConversationsAnalysis& a, const ConversationsReport& r,
                                            std::optional<int> chosen_csat_scale) {
  std::vector<Warning> out;
  auto warn = [&](const char* code, std::string en, std::string it) { out.push_back(problems::note(code, "", {en, it})); };
  const auto& c = a.columns();
  const auto& agg = a.aggregate();
  const ConversationsSummary& o = r.overall;
    const auto& notes = a.aggregate().notes();
    if (!r.quantiles_exact)
      warn("quantiles_estimated",
           "Some groups have more than " + en(DurationStats::kExactLimit) +
               " durations: their median and p90 come from a sketch and are within " +
               en(QuantileSketch::kRelativeError * 100) + "% of the exact values.",
           "Alcuni gruppi hanno più di " + it(DurationStats::kExactLimit) +
               " durate: mediana e p90 vengono da uno sketch e distano al massimo lo " +
               it(QuantileSketch::kRelativeError * 100) + "% dai valori esatti.");
    if (auto w = no_response_target_warning(o, c.channel.found())) out.push_back(std::move(*w));
    if (notes.csat_unreadable > 0)
      warn("csat_unreadable", std::to_string(notes.csat_unreadable) + " CSAT cells are not whole numbers from 0 to 10 and were left out of CSAT.",
           std::to_string(notes.csat_unreadable) + " celle CSAT non sono numeri interi da 0 a 10 e sono state escluse dal CSAT.");
    if (r.overall.csat && r.csat_scale == 5 && chosen_csat_scale && agg.overall().csat_answers() + agg.overall().csat_words > r.overall.csat_answers)
      warn("csat_above_scale", "Some CSAT answers are above the chosen scale and were left out.",
           "Alcune risposte CSAT superano la scala scelta e sono state escluse.");
    if (notes.contacts_unreadable > 0)
      warn("contacts_unreadable", std::to_string(notes.contacts_unreadable) + " resolved conversations have a contact count that is not a whole number of 1 or more; they are left out of FCR.",
           std::to_string(notes.contacts_unreadable) + " conversazioni risolte hanno un numero di contatti che non è un intero maggiore o uguale a 1; sono escluse dall’FCR.");
    if (notes.flag_unrecognised > 0)
      warn("flag_unrecognised", std::to_string(notes.flag_unrecognised) + " self-service or reopened cells are neither yes nor no; they were read as no (self-service) or unknown (reopened).",
           std::to_string(notes.flag_unrecognised) + " celle self-service o riaperto non sono né sì né no; sono state lette come no (self-service) o sconosciute (riaperto).");
    if (notes.open_with_resolution_time > 0)
      warn("open_with_resolution_time",
           std::to_string(notes.open_with_resolution_time) + " conversations have a resolution time but no resolved time; they were counted as open, and their resolution times left out. If they are resolved, choose another resolved column.",
           std::to_string(notes.open_with_resolution_time) + " conversazioni hanno un tempo di risoluzione ma nessuna data di risoluzione; sono state contate come aperte e i loro tempi di risoluzione esclusi. Se sono risolte, scegli un’altra colonna della risoluzione.");
    add_sanity_warnings(a, r, warn);
    if (notes.repeated_ids > 0)
      warn("repeated_ids", std::to_string(notes.repeated_ids) + " rows repeat the conversation id of the row above. The analysis expects one row per conversation; a file with one row per message counts messages, not conversations.",
           std::to_string(notes.repeated_ids) + " righe ripetono l’id di conversazione della riga precedente. L’analisi si aspetta una riga per conversazione; un file con una riga per messaggio conta i messaggi, non le conversazioni.");
    if (agg.channels_capped() || agg.agents_capped())
      out.push_back(too_many_groups_warning({"The channel or agent column", "La colonna del canale o dell’operatore"}));
    if (auto w = volume_gaps_warning(r.volume)) out.push_back(std::move(*w));
  if (a.date_order_note()) out.push_back(*a.date_order_note());
  return out;
}

}  // namespace polso::datasets
