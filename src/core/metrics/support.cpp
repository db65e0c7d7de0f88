// Support metrics (METRICS.md section 4) that can be computed from counts or
// arrays. Channel and team tables need a conversations export (datasets/).
#include <algorithm>
#include <cmath>

#include "core/metrics/common.hpp"
#include "core/metrics/groups.hpp"
#include "core/stats/descriptive.hpp"

namespace polso::metrics {
namespace {

constexpr double kChatTargetSeconds = 5 * 60;
constexpr double kEmailTargetSeconds = 2 * 60 * 60;

InputSpec durations_input(Localized help) {
  return {"durations_seconds", InputKind::numbers, {"Durations (seconds)", "Durate (secondi)"}, help};
}

// Mean, median and p90 of a list of durations; the mean is the headline.
Expected<Outcome> duration_summary(const Args& a, double target) {
  const auto& xs = a.array("durations_seconds");
  const auto sorted = stats::sorted_copy(xs.to_vector());
  Outcome out;
  out.value = stats::mean(sorted);
  const double within = static_cast<double>(
      std::upper_bound(sorted.begin(), sorted.end(), target) - sorted.begin());
  out.detail("n", static_cast<double>(sorted.size()))
      .detail("mean", out.value)
      .detail("sd", stats::sample_sd(sorted))  // for intervals and comparisons of the mean
      .detail("median", stats::quantile_sorted(sorted, 0.5))
      .detail("p90", stats::quantile_sorted(sorted, 0.9))
      .detail("min", sorted.front())
      .detail("max", sorted.back());
  if (target > 0)
    out.detail("target_seconds", target).detail("within_target_pct", within * 100.0 / static_cast<double>(sorted.size()));
  const double n = static_cast<double>(sorted.size());
  out.formula.number(out.value * n).text(" s / ").number(n).text(" = ").number(out.value).text(" s");
  return out;
}

Expected<Outcome> first_response_time(const Args& a) {
  const double target = a.has("target_seconds") ? a.num("target_seconds")
                        : a.text("channel") == "email" ? kEmailTargetSeconds
                                                       : kChatTargetSeconds;
  auto out = duration_summary(a, target);
  // The band follows the median, the typical wait, as the page leads with it:
  // one slow ticket (3,000 s among 30-120 s replies) must not call a team
  // "slower than the target" while 80% of its replies are within it.
  if (out) {
    const auto sorted = stats::sorted_copy(a.array("durations_seconds").to_vector());
    out.value().detail("on_target", stats::quantile_sorted(sorted, 0.5) <= target ? 1.0 : 0.0);
  }
  return out;
}

Expected<Outcome> conversation_volume(const Args& a) {
  Outcome out;
  if (a.variant() == "totals") {
    if (auto e = require_positive(a, "days")) return *e;
    out.value = a.num("conversations") / a.num("days");
    out.detail("conversations", a.num("conversations")).detail("days", a.num("days"))
        .detail("per_day", out.value).detail("per_week", out.value * 7)
        .detail("per_month", out.value * 365.25 / 12);
    out.formula.number(a.num("conversations")).text(" / ").number(a.num("days")).text(" = ")
        .number(out.value);
    return out;
  }
  // A series of volumes, one per period: the latest value, its change and the
  // least-squares slope per period.
  const std::vector<double> v = a.array("volumes").to_vector();
  const double n = static_cast<double>(v.size());
  out.value = v.back();
  out.detail("periods", n).detail("mean", stats::mean(v)).detail("latest", v.back());
  if (v.size() >= 2) {
    const double prev = v[v.size() - 2];
    out.detail("change", v.back() - prev);
    if (prev > 0) out.detail("change_pct", (v.back() - prev) * 100.0 / prev);
    const double mx = (n - 1) / 2.0, my = stats::mean(v);
    double sxy = 0, sxx = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
      sxy += (static_cast<double>(i) - mx) * (v[i] - my);
      sxx += (static_cast<double>(i) - mx) * (static_cast<double>(i) - mx);
    }
    out.detail("slope", sxy / sxx);
  }
  out.formula.text("latest = ").number(out.value);
  return out;
}

}  // namespace

std::vector<MetricSpec> support() {
  std::vector<MetricSpec> m;
  m.push_back({.id = "first_response_time", .group = Group::support,
               .name = {"First response time", "Tempo di prima risposta"},
               .help = {"Time from the customer's first message to the first agent reply: mean, median and 90th percentile.",
                        "Il tempo tra il primo messaggio del cliente e la prima risposta di un operatore: media, mediana e 90° percentile."},
               .formula = {"first agent reply − customer's first message", "prima risposta dell’operatore − primo messaggio del cliente"},
               .unit = Unit::seconds, .better = Better::lower,
               .inputs = {durations_input({"One response time per conversation, in seconds.", "Un tempo di risposta per conversazione, in secondi."}),
                          {"channel", InputKind::choice, {"Channel", "Canale"},
                           {"Chat and messaging aim for under 5 minutes; e-mail for a couple of hours.",
                            "Chat e messaggistica puntano a meno di 5 minuti; l’e-mail a un paio d’ore."},
                           0, kUnbounded, {"chat", "email"}, "chat"},
                          {"target_seconds", InputKind::seconds, {"Target (seconds)", "Obiettivo (secondi)"},
                           {"Optional: your own response-time target.", "Facoltativo: il tuo obiettivo di tempo di risposta."}}},
               .variants = {{"durations", {"Response times", "Tempi di risposta"}, {"durations_seconds"}, {"channel", "target_seconds"}}},
               .bands = {{"on_target", {"Within the target", "Entro l’obiettivo"}, Tone::good, 1, 1, true, true, "on_target"},
                         {"over_target", {"Slower than the target", "Più lento dell’obiettivo"}, Tone::bad, 0, 0, true, true, "on_target"}},
               .compute = first_response_time,
               .estimand = {EstimandKind::mean},
               .words = {"First response time", "the first response time", "Il tempo di prima risposta"},
               .range = kNonNegative});
  m.push_back({.id = "resolution_time", .group = Group::support,
               .name = {"Resolution time", "Tempo di risoluzione"},
               .help = {"Time from the start of a conversation to its resolution: mean, median and 90th percentile.",
                        "Il tempo tra l’inizio di una conversazione e la sua risoluzione: media, mediana e 90° percentile."},
               .formula = {"marked resolved − conversation start", "risolta − inizio della conversazione"},
               .unit = Unit::seconds, .better = Better::lower,
               .inputs = {durations_input({"One resolution time per conversation, in seconds.", "Un tempo di risoluzione per conversazione, in secondi."})},
               .variants = {{"durations", {"Resolution times", "Tempi di risoluzione"}, {"durations_seconds"}}},
               .compute = [](const Args& a) { return duration_summary(a, 0); },
               .estimand = {EstimandKind::mean},
               .words = {"Resolution time", "the resolution time", "Il tempo di risoluzione"},
               .range = kNonNegative});
  m.push_back({.id = "first_contact_resolution", .group = Group::support,
               .name = {"First contact resolution (FCR)", "Risoluzione al primo contatto (FCR)"},
               .aliases = {"one touch resolution first call", "risolto alla prima chiamata"},
               .help = {"The share of resolved conversations that needed only one interaction.",
                        "La quota di conversazioni risolte con una sola interazione."},
               .formula = {"resolved in one interaction / resolved conversations × 100", "risolte al primo contatto / conversazioni risolte × 100"},
               .unit = Unit::percent,
               .inputs = {count_input("resolved_first_contact", {"Resolved at first contact", "Risolte al primo contatto"},
                                      {"Conversations solved in one interaction.", "Conversazioni risolte con una sola interazione."}),
                          count_input("resolved_total", {"Resolved conversations", "Conversazioni risolte"},
                                      {"All resolved conversations.", "Tutte le conversazioni risolte."})},
               .variants = {{"counts", {"Counts", "Conteggi"}, {"resolved_first_contact", "resolved_total"}}},
               .compute = [](const Args& a) { return percent_of(a, "resolved_first_contact", "resolved_total"); },
               .estimand = share_of("resolved_first_contact", "resolved_total"),
               .words = {"First contact resolution", "the first contact resolution", "La risoluzione al primo contatto", true},
               .range = kPercentBounds});
  m.push_back({.id = "self_service_rate", .group = Group::support,
               .name = {"Self-service rate", "Tasso di self-service"},
               .help = {"The share of requests resolved without a human (help center, bot).",
                        "La quota di richieste risolte senza un operatore (centro assistenza, bot)."},
               .formula = {"requests resolved without a human / all requests × 100", "richieste risolte senza operatore / richieste totali × 100"},
               .unit = Unit::percent,
               .inputs = {count_input("self_served", {"Self-served requests", "Richieste in self-service"},
                                      {"Requests resolved without an agent.", "Richieste risolte senza operatore."}),
                          count_input("total_requests", {"All requests", "Richieste totali"}, {"All support requests.", "Tutte le richieste di assistenza."})},
               .variants = {{"counts", {"Counts", "Conteggi"}, {"self_served", "total_requests"}}},
               .bands = {{"low", {"Below the 30–50% range", "Sotto l’intervallo 30–50%"}, Tone::bad, 0, 30, true, false},
                         {"good", {"Good (30–50%)", "Buono (30–50%)"}, Tone::good, 30, 50, true, true},
                         {"high", {"Above the usual 30–50% range", "Sopra il consueto 30–50%"}, Tone::neutral, 50, 100, false, true}},
               .compute = [](const Args& a) { return percent_of(a, "self_served", "total_requests"); },
               .estimand = share_of("self_served", "total_requests"),
               .words = {"Self-service rate", "the self-service rate", "Il tasso di self-service"},
               .range = kPercentBounds});
  m.push_back({.id = "conversation_volume", .group = Group::support,
               .name = {"Conversation volume", "Volume di conversazioni"},
               .help = {"How many conversations you handle per day, week or month, and the trend.",
                        "Quante conversazioni gestisci al giorno, alla settimana o al mese, e l’andamento."},
               .formula = {"conversations / days (or: the latest period of a series, with its slope)",
                           "conversazioni / giorni (oppure: l’ultimo periodo di una serie, con la pendenza)"},
               .unit = Unit::count,
               .unit_label = {"conversations", "conversazioni"},
               .inputs = {count_input("conversations", {"Conversations", "Conversazioni"}, {"Conversations in the period.", "Conversazioni nel periodo."}),
                          {"days", InputKind::number, {"Days", "Giorni"}, {"Length of the period in days.", "Durata del periodo in giorni."}},
                          {"volumes", InputKind::counts, {"Volumes per period", "Volumi per periodo"},
                           {"Conversations in each period, oldest first.", "Conversazioni in ogni periodo, dalla più vecchia."}, 0, kMaxExactInteger}},
               .variants = {{"totals", {"Conversations and days", "Conversazioni e giorni"}, {"conversations", "days"}},
                            {"series", {"A series of periods", "Una serie di periodi"}, {"volumes"}}},
               .compute = conversation_volume,
               .estimand = {EstimandKind::none}});
  return m;
}

}  // namespace polso::metrics
