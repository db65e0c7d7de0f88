// Survey metrics: NPS, CSAT, CES (METRICS.md section 1).
#include <algorithm>
#include <numeric>

#include "core/metrics/common.hpp"
#include "core/metrics/groups.hpp"
#include "core/metrics/survey_tally.hpp"
#include "core/metrics/survey_thresholds.hpp"

namespace polso::metrics {
namespace {

constexpr Localized kScoresHelp{
    "Raw answers, one number per respondent.",
    "Le risposte grezze, un numero per ogni rispondente."};

InputSpec distribution_input(Localized help) {
  return {"distribution", InputKind::counts, {"Distribution", "Distribuzione"}, help, 0, kMaxExactInteger};
}

InputSpec scale_input(std::vector<std::string_view> choices, std::string_view def) {
  return {"scale", InputKind::choice, {"Scale", "Scala"},
          {"The highest answer on the survey's scale.", "La risposta più alta della scala del sondaggio."},
          0, kUnbounded, std::move(choices), def};
}

InputSpec threshold_input(Localized help) {
  return {"threshold", InputKind::count, {"Threshold", "Soglia"}, help, 1, 10};
}

// ---- NPS -------------------------------------------------------------------

Expected<Outcome> nps(const Args& a) {
  ScoreTally tally(10);
  if (a.variant() == "counts") {
    tally.counts[10] = a.num("promoters");
    tally.counts[7] = a.num("passives");
    tally.counts[0] = a.num("detractors");
  } else if (auto t = tally_from_args(a, 0, 10)) {
    tally = std::move(*t);
  } else {
    return t.error();
  }
  const double n = tally.total();
  if (n <= 0)
    return problems::invalid(a.variant() == "counts" ? "promoters" : a.variant(), "no_responses",
                             {"There are no responses yet: enter at least one.",
                              "Non ci sono ancora risposte: inseriscine almeno una."});
  const double promoters = tally.between(kNpsPromoterMin, 10), passives = tally.between(kNpsPassiveMin, kNpsPromoterMin - 1),
               detractors = tally.between(0, kNpsPassiveMin - 1);
  Outcome out;
  out.value = (promoters - detractors) * 100.0 / n;
  out.detail("n", n)
      .detail("promoters", promoters)
      .detail("passives", passives)
      .detail("detractors", detractors)
      .detail("promoters_pct", promoters * 100.0 / n)
      .detail("passives_pct", passives * 100.0 / n)
      .detail("detractors_pct", detractors * 100.0 / n);
  if (a.variant() != "counts") out.detail("distribution", tally.counts);
  out.formula.text("(").number(promoters).text(" − ").number(detractors).text(") / ").number(n)
      .text(" × 100 = ").number(out.value);
  warn_if_small_sample(out, n);
  if (a.variant() != "counts" && n >= 30 && tally.counts[0] == 0 && tally.counts[1] > 0)
    out.warnings.push_back(problems::looks_like_one_to_ten_scale(n));
  return out;
}

MetricSpec nps_spec() {
  return {
      .id = "nps",
      .group = Group::survey,
      .name = {"Net Promoter Score (NPS)", "Net Promoter Score (NPS)"},
      .aliases = {"recommend recommendation likelihood promoters detractors loyalty",
                  "raccomandazione raccomandare consigliare passaparola promotori detrattori fedeltà punteggio"},
      .help = {"How likely are customers to recommend you, on a 0–10 scale: promoters answer 9–10, passives 7–8, detractors 0–6.",
               "Quanto è probabile che i clienti ti raccomandino, su una scala 0–10: promotori 9–10, passivi 7–8, detrattori 0–6."},
      .formula = {"% promoters − % detractors", "% promotori − % detrattori"},
      .unit = Unit::points,
      .inputs = {count_input("promoters", {"Promoters", "Promotori"},
                             {"Respondents who answered 9 or 10.", "Chi ha risposto 9 o 10."}),
                 count_input("passives", {"Passives", "Passivi"},
                             {"Respondents who answered 7 or 8.", "Chi ha risposto 7 o 8."}),
                 count_input("detractors", {"Detractors", "Detrattori"},
                             {"Respondents who answered 0 to 6.", "Chi ha risposto da 0 a 6."}),
                 {"scores", InputKind::scores, {"Scores", "Punteggi"}, kScoresHelp, 0, 10},
                 distribution_input({"How many respondents gave each score, from 0 to 10 (11 numbers).",
                                     "Quanti rispondenti hanno dato ciascun punteggio, da 0 a 10 (11 numeri)."})},
      .variants = {{"counts", {"Promoters, passives, detractors", "Promotori, passivi, detrattori"},
                    {"promoters", "passives", "detractors"}},
                   {"scores", {"Raw scores (0–10)", "Punteggi grezzi (0–10)"}, {"scores"}},
                   {"distribution", {"Count per score", "Conteggio per punteggio"}, {"distribution"}}},
      .bands = {{"needs_improvement", {"Needs improvement", "Da migliorare"}, Tone::bad, -100, 0, true, true},
                {"positive", {"Positive", "Positivo"}, Tone::neutral, 0, 20},
                {"good", {"Good", "Buono"}, Tone::good, 20, 50},
                {"excellent", {"Excellent", "Eccellente"}, Tone::good, 50, 70},
                {"world_class", {"World-class", "Di livello mondiale"}, Tone::good, 70, 100}},
      .compute = nps,
      .estimand = {EstimandKind::nps},
      .words = {"NPS", "the NPS", "L’NPS"},
      .range = {-100, 100},
  };
}

// ---- CSAT ------------------------------------------------------------------

double default_top_two_threshold(int scale) { return csat_default_threshold(scale); }

// The chosen `scale`: a choice input, so it arrives as text ("5", "10");
// Args::num would ignore it and always return the declared default.
Expected<Outcome> csat(const Args& a) {
  Outcome out;
  double satisfied = 0, n = 0;
  if (a.variant() == "counts") {
    if (auto e = require_positive(a, "responses")) return *e;
    if (auto e = require_not_above(a, "satisfied", "responses")) return *e;
    satisfied = a.num("satisfied");
    n = a.num("responses");
  } else {
    const int scale = static_cast<int>(a.num("scale"));
    const double threshold = a.has("threshold") ? a.num("threshold") : default_top_two_threshold(scale);
    if (threshold > scale)
      return problems::above_maximum("threshold", a.label("threshold"), scale);
    // Scores may start at 0 (one guide uses 0–5); a distribution with exactly
    // `scale` counts is read as scores 1..scale.
    const bool from_one = a.variant() == "distribution" &&
                          a.array("distribution").size() == static_cast<std::size_t>(scale);
    auto tally = tally_from_args(a, from_one ? 1 : 0, scale);
    if (!tally) return tally.error();
    n = tally->total();
    satisfied = tally->between(threshold, scale);
    out.detail("scale", static_cast<double>(scale)).detail("threshold", threshold)
        .detail("distribution", tally->counts);
    if (n <= 0)
      return problems::invalid(a.variant(), "no_responses",
                               {"There are no responses yet: enter at least one.",
                                "Non ci sono ancora risposte: inseriscine almeno una."});
    if (scale == 5 && n >= 10 && tally->between(4, 5) == 0 && tally->between(1, 3) == n)
      out.warnings.push_back(problems::note(
          "all_low_scores", a.variant(),
          {"Every answer is between 1 and 3: check that the scale is really 1–5 and not reversed.",
           "Tutte le risposte sono tra 1 e 3: verifica che la scala sia davvero 1–5 e non invertita."}));
  }
  out.value = satisfied * 100.0 / n;
  out.details.insert(out.details.begin(), {{"n", n}, {"satisfied", satisfied}});
  out.formula.number(satisfied).text(" / ").number(n).text(" × 100 = ").number(out.value);
  warn_if_small_sample(out, n);
  return out;
}

MetricSpec csat_spec() {
  return {
      .id = "csat",
      .group = Group::survey,
      .name = {"Customer Satisfaction Score (CSAT)", "Customer Satisfaction Score (CSAT)"},
      .aliases = {"satisfaction satisfied happy rating stars",
                  "soddisfazione dei clienti soddisfatti gradimento valutazione stelle"},
      .help = {"The share of respondents who said they were satisfied (the top two boxes: 4–5 on a 1–5 scale).",
               "La quota di rispondenti soddisfatti (le due risposte più alte: 4–5 su una scala 1–5)."},
      .formula = {"satisfied responses / all responses × 100", "risposte positive / risposte totali × 100"},
      .unit = Unit::percent,
      .inputs = {count_input("satisfied", {"Satisfied responses", "Risposte positive"},
                             {"Respondents who chose a satisfied answer.", "Rispondenti che hanno dato una risposta positiva."}),
                 count_input("responses", {"Responses", "Risposte"},
                             {"All respondents to the question.", "Tutti i rispondenti alla domanda."}),
                 {"scores", InputKind::scores, {"Scores", "Punteggi"}, kScoresHelp, 0, 10},
                 distribution_input({"How many respondents gave each score (index = score).",
                                     "Quanti rispondenti hanno dato ciascun punteggio (indice = punteggio)."}),
                 scale_input({"5", "10"}, "5"),
                 threshold_input({"The lowest score counted as satisfied (default: the top two boxes).",
                                  "Il punteggio più basso considerato positivo (predefinito: le due risposte più alte)."})},
      .variants = {{"counts", {"Satisfied and total responses", "Risposte positive e totali"}, {"satisfied", "responses"}},
                   {"scores", {"Raw scores", "Punteggi grezzi"}, {"scores"}, {"scale", "threshold"}},
                   {"distribution", {"Count per score", "Conteggio per punteggio"}, {"distribution"}, {"scale", "threshold"}}},
      .bands = {{"below_benchmark", {"Below the 80% benchmark", "Sotto il riferimento dell’80%"}, Tone::bad, 0, 80, true, false},
                {"good", {"Good (80% or more)", "Buono (80% o più)"}, Tone::good, 80, 100, true, true}},
      .compute = csat,
      .estimand = share_of("satisfied", "n"),
      .words = {"CSAT", "the CSAT", "Il CSAT"},
      .range = kPercentBounds,
  };
}

// ---- CES -------------------------------------------------------------------

Expected<Outcome> ces(const Args& a) {
  Outcome out;
  const int scale = static_cast<int>(a.num("scale"));
  if (a.variant() == "mean_totals") {
    if (auto e = require_positive(a, "responses")) return *e;
    const double n = a.num("responses"), sum = a.num("sum");
    if (sum < n || sum > n * scale)
      return problems::invalid("sum", "sum_out_of_range",
                               {"The sum of scores must lie between the number of responses (everyone answered 1) and responses × the scale's top score.",
                                "La somma dei punteggi deve stare tra il numero di risposte (tutti hanno risposto 1) e risposte × il punteggio massimo della scala."});
    out.value = sum / n;
    out.detail("n", n).detail("sum", sum).detail("scale", static_cast<double>(scale));
    out.formula.number(sum).text(" / ").number(n).text(" = ").number(out.value);
    warn_if_small_sample(out, n);
    return out;
  }
  if (a.variant() == "easy_counts") {
    auto pct = percent_of(a, "easy", "responses");
    if (!pct) return pct;
    Outcome o = std::move(pct.value());
    o.unit = Unit::percent;
    o.details.insert(o.details.begin(), Detail{"n", a.num("responses")});
    o.detail("percent_easy", o.value);
    warn_if_small_sample(o, a.num("responses"));
    return o;
  }
  auto tally = tally_from_args(a, 1, scale);
  if (!tally) return tally.error();
  const double n = tally->total();
  if (n <= 0)
    return problems::invalid(a.variant(), "no_responses",
                             {"There are no responses yet: enter at least one.",
                              "Non ci sono ancora risposte: inseriscine almeno una."});
  out.detail("n", n).detail("scale", static_cast<double>(scale));
  if (a.text("method") == "percent_easy") {
    const double threshold = a.has("threshold") ? a.num("threshold") : ces_default_easy_threshold(scale);
    if (threshold > scale) return problems::above_maximum("threshold", a.label("threshold"), scale);
    const double easy = tally->between(threshold, scale);
    out.value = easy * 100.0 / n;
    out.unit = Unit::percent;
    out.detail("easy", easy).detail("threshold", threshold).detail("percent_easy", out.value);
    out.formula.number(easy).text(" / ").number(n).text(" × 100 = ").number(out.value);
  } else {
    const double sum = tally->weighted_sum();
    out.value = sum / n;
    out.detail("sum", sum);
    out.formula.number(sum).text(" / ").number(n).text(" = ").number(out.value);
  }
  out.detail("distribution", tally->counts);
  warn_if_small_sample(out, n);
  return out;
}

MetricSpec ces_spec() {
  return {
      .id = "ces",
      .group = Group::survey,
      .name = {"Customer Effort Score (CES)", "Customer Effort Score (CES)"},
      .aliases = {"effort easy ease difficulty",
                  "sforzo del cliente facilità facile difficoltà fatica"},
      .help = {"How easy it was to get what customers needed. As a mean on a 1–7 scale, or as the share who found it easy.",
               "Quanto è stato facile per i clienti ottenere ciò che cercavano. Come media su scala 1–7, o come quota di chi l’ha trovato facile."},
      .formula = {"sum of responses / number of responses (or: easy responses / all × 100)",
                  "somma delle risposte / numero di risposte (oppure: risposte “facile” / totali × 100)"},
      .unit = Unit::score,
      .inputs = {{"scores", InputKind::scores, {"Scores", "Punteggi"}, kScoresHelp, 1, 7},
                 distribution_input({"How many respondents gave each score (index = score).",
                                     "Quanti rispondenti hanno dato ciascun punteggio (indice = punteggio)."}),
                 scale_input({"7", "5"}, "7"),
                 {"method", InputKind::choice, {"Method", "Metodo"},
                  {"Mean score: the average answer; % of easy answers: the share of answers at or above the threshold.",
                   "Punteggio medio: la risposta media; % di risposte “facile”: la quota di risposte pari o superiori alla soglia."},
                  0, kUnbounded, {"mean", "percent_easy"}, "mean"},
                 threshold_input({"The lowest score counted as easy (default 5 on a 7-point scale, 4 on a 5-point scale).",
                                  "Il punteggio più basso considerato “facile” (predefinito 5 su scala a 7, 4 su scala a 5)."}),
                 count_input("sum", {"Sum of scores", "Somma dei punteggi"},
                             {"All answers added together.", "Tutte le risposte sommate."}),
                 count_input("easy", {"Easy responses", "Risposte “facile”"},
                             {"Respondents who found it easy.", "Rispondenti che l’hanno trovato facile."}),
                 count_input("responses", {"Responses", "Risposte"},
                             {"All respondents to the question.", "Tutti i rispondenti alla domanda."})},
      .variants = {{"scores", {"Raw scores", "Punteggi grezzi"}, {"scores"}, {"scale", "method", "threshold"}},
                   {"distribution", {"Count per score", "Conteggio per punteggio"}, {"distribution"}, {"scale", "method", "threshold"}},
                   {"mean_totals", {"Sum and number of responses (mean)", "Somma e numero di risposte (media)"}, {"sum", "responses"}, {"scale"}},
                   {"easy_counts", {"Easy and total responses (% easy)", "Risposte “facile” e totali (% facile)"}, {"easy", "responses"}}},
      .bands = {{"below_benchmark", {"Below the 70% benchmark", "Sotto il riferimento del 70%"}, Tone::bad, 0, 70, true, false, "percent_easy"},
                {"good", {"Good (70% or more easy)", "Buono (70% o più “facile”)"}, Tone::good, 70, 100, true, true, "percent_easy"}},
      .compute = ces,
      // A mean on the 1..scale answers, or with method "% easy" the share of easy ones.
      .estimand = {EstimandKind::mean, "easy", "n"},
      .words = {"CES", "the CES", "Il CES"},
  };
}

}  // namespace

std::vector<MetricSpec> survey() { return {nps_spec(), csat_spec(), ces_spec()}; }

}  // namespace polso::metrics
