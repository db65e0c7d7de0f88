#include "core/datasets/dataset_kind.hpp"

#include <algorithm>
#include <initializer_list>

#include "core/csv/columns.hpp"
#include "core/datasets/export_profile.hpp"
#include "core/datasets/orders_counts_table.hpp"

namespace polso::datasets {
namespace {

// One point per group of keywords that some column name contains.
double evidence(const std::vector<std::string>& folded,
                std::initializer_list<std::initializer_list<std::string_view>> groups) {
  double score = 0;
  for (auto group : groups) {
    const bool hit = std::any_of(folded.begin(), folded.end(), [&](const std::string& h) {
      return std::any_of(group.begin(), group.end(), [&](std::string_view k) { return h.find(k) != std::string::npos; });
    });
    if (hit) score += 1;
  }
  return score;
}

}  // namespace

std::string_view dataset_kind_id(DatasetKind k) {
  switch (k) {
    case DatasetKind::survey: return "survey";
    case DatasetKind::orders: return "orders";
    case DatasetKind::conversations: return "conversations";
  }
  return "survey";
}

std::optional<DatasetName> parse_dataset_name(std::string_view name) {
  std::string dashed(name);
  std::replace(dashed.begin(), dashed.end(), '_', '-');
  for (DatasetKind k : {DatasetKind::survey, DatasetKind::orders, DatasetKind::conversations}) {
    if (dashed == dataset_kind_id(k)) return DatasetName{k, false};
    if (dashed == std::string(dataset_kind_id(k)) + "-counts") return DatasetName{k, true};
  }
  return std::nullopt;
}

std::string dataset_id(const KindGuess& g) { return std::string(dataset_kind_id(g.kind)) + (g.counts ? "-counts" : ""); }

KindGuess guess_dataset_kind(const std::vector<std::string>& headers) {
  std::vector<std::string> folded;
  folded.reserve(headers.size());
  for (const auto& h : headers) folded.push_back(csv::fold_for_matching(h));

  KindGuess g;
  // A conversations-counts file names its columns exactly so.
  auto has = [&](std::string_view name) { return std::find(folded.begin(), folded.end(), name) != folded.end(); };
  if (has("measure") && has("up_to_seconds") && has("count")) {
    g.kind = DatasetKind::conversations;
    g.sure = true;
    g.counts = true;
    return g;
  }
  // A survey question names what it asks and often its scale: each counts double.
  g.scores[0] = 2 * evidence(folded, {{"recommend", "likely", "nps", "consigli", "raccomand", "probabil"},
                                      {"satisf", "soddisf", "csat", "effort", "easy", "facile", "score", "voto",
                                       "punteggio", "rating", "valutazione"}}) +
                evidence(folded, {{"0-10", "1-5", "1-7", "1-10", "0 - 10", "1 - 5", "1 - 7"}});
  g.scores[1] = evidence(folded, {{"customer", "cliente", "client", "email", "buyer", "acquirente", "kunde", "acheteur",
                                   "comprador", "courriel"},
                                  {"amount", "total", "importo", "totale", "revenue", "price", "prezzo", "spesa", "gross",
                                   "montant", "importe", "betrag", "summe", "preis", "prix", "precio", "preco", "valor"},
                                  {"order", "ordine", "invoice", "fattura", "purchase", "acquisto", "commande", "pedido",
                                   "bestell", "rechnung", "facture", "factura", "fatura"}});
  const double times = evidence(folded, {{"first response", "first_response", "prima risposta", "first reply", "replied",
                                          "resolved", "risolt", "closed", "chius", "solved", "risoluzione",
                                          "resolution time", "reply time", "response time", "time to resolution"}});
  const double opened = evidence(folded, {{"created", "creat", "opened", "aperto", "apertura", "started"}});
  const double who = evidence(folded, {{"agent", "operatore", "assignee", "assegnat"},
                                       {"ticket", "conversation", "conversazione"},
                                       {"channel", "canale"}});
  // Support exports are timelines: without an opening time, a reply or
  // resolution time needs two ticket-like names beside it to count in full.
  g.scores[2] = (times + opened + who) * (times > 0 && (opened > 0 || who >= 2) ? 1.0 : 0.5);
  const auto best = std::max_element(g.scores.begin(), g.scores.end());
  g.kind = static_cast<DatasetKind>(best - g.scores.begin());
  double second = 0;
  for (std::size_t i = 0; i < g.scores.size(); ++i)
    if (static_cast<std::ptrdiff_t>(i) != best - g.scores.begin()) second = std::max(second, g.scores[i]);
  // Sure when the evidence is clear and well ahead of the runner-up.
  g.sure = *best >= 1.5 && *best >= second + 1;

  // A known export format settles it — unless its signature is one name
  // (Google Forms' timestamp) and the words clearly say another kind.
  if (const ExportProfile* p = match_profile(headers)) {
    std::size_t names = 0;
    each_name(p->signature, [&](std::string_view) { ++names; });
    if (names > 1 || !g.sure || g.kind == p->kind) {
      g.kind = p->kind;
      g.sure = true;
      g.profile = p;
    }
  }
  // A counts file's header is its signature: the columns name what it counts.
  if (is_orders_counts_header(headers)) {
    g.kind = DatasetKind::orders;
    g.sure = true;
    g.counts = true;
    g.profile = nullptr;
  }
  return g;
}

}  // namespace polso::datasets
