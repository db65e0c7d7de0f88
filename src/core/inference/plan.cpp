#include "core/inference/plan.hpp"

#include <cmath>
#include <optional>

#include "core/catalogue.hpp"
#include "core/inference/metric_words.hpp"
#include "core/number_format.hpp"
#include "core/problems.hpp"
#include "core/stats/planning.hpp"
#include "core/stats/validation.hpp"

namespace polso::inference {
namespace {

std::string en(double x, int d = 2) { return format_number(x, Lang::en, d); }
std::string it(double x, int d = 2) { return format_number(x, Lang::it, d); }

// x rounded to `digits` significant digits: 19,899,999,999,999,984 → 19,900,000,000,000,000.
double significant(double x, int digits) {
  const double scale = std::pow(10.0, std::floor(std::log10(x)) + 1 - digits);
  return std::round(x / scale) * scale;
}

// What the page calls an input of a plan: its label in the plan form, or in
// the NPS calculator for promoters, passives and detractors.
Localized label_of(EstimandKind family, std::string_view name) {
  const PlanForm form = plan_form(family);
  for (const auto* inputs : {&form.inputs, &form.target})
    for (const InputSpec& i : *inputs)
      if (i.name == name) return i.label;
  if (const MetricSpec* nps = find_metric("nps"))
    if (const InputSpec* i = nps->input(name)) return i->label;
  return {name, name};
}

Error missing(EstimandKind family, std::string_view field) {
  const Localized label = label_of(family, field);
  return problems::invalid(field, "missing_input",
                           {"Enter “" + std::string(label.en) + "” for this plan.",
                            "Per questo calcolo inserisci “" + std::string(label.it) + "”."});
}

// A number input: absent → nullopt; present but not a number → an error.
Expected<std::optional<double>> optional_number(EstimandKind family, const Inputs& inputs, std::string_view name) {
  const auto it = inputs.find(name);
  if (it == inputs.end()) return std::optional<double>();
  if (const double* d = std::get_if<double>(&it->second)) return std::optional<double>(*d);
  const Localized label = label_of(family, name);
  return problems::wrong_type(name, {std::string(label.en), std::string(label.it)}, {"a number", "un numero"});
}

Expected<double> required_number(EstimandKind family, const Inputs& inputs, std::string_view name) {
  auto x = optional_number(family, inputs, name);
  if (!x) return x.error();
  if (!*x) return missing(family, name);
  return **x;
}

// The statistics name their fields after their own parameters; a request
// names them after its inputs.
Error renamed(Error e) {
  if (e.field == "promoters_percent") e.field = "expected_promoters_pct";
  else if (e.field == "detractors_percent") e.field = "expected_detractors_pct";
  else if (e.field == "confidence_level") e.field = "confidence";
  return e;
}

// "mean" and "proportion" name the families themselves; a metric id plans as
// its catalogue estimand says.
EstimandKind plan_family(std::string_view m) {
  if (m == "mean") return EstimandKind::mean;
  if (m == "proportion") return EstimandKind::share;
  const MetricSpec* spec = find_metric(m);
  return spec && spec->estimand.kind != EstimandKind::unset ? spec->estimand.kind : EstimandKind::none;
}

// Italian elides the article before numbers read with a vowel: "l’80%", "l’11%", "il 40%".
std::string it_the_percent(double x) {
  const std::string n = it(x, 1);
  const bool vowel = n[0] == '8' || n == "1" || n.rfind("1,", 0) == 0 || n == "11" || n.rfind("11,", 0) == 0;
  return (vowel ? "l’" : "il ") + n + "%";
}

std::string level_en(double level) { return en(level * 100, 1); }
std::string level_it(double level) { return it(level * 100, 1); }

// "the NPS" / "l’NPS" for a known metric, otherwise a neutral phrase.
MetricWords words_for(std::string_view metric, std::string en_fallback, std::string it_fallback) {
  if (const MetricSpec* spec = find_metric(metric)) return metric_words(*spec);
  return {en_fallback, en_fallback, it_fallback, it_fallback, true, false};
}

Expected<PlanResult> nps_plan(const Inputs& inputs, double margin, double level) {
  auto p = optional_number(EstimandKind::nps, inputs, "expected_promoters_pct");
  if (!p) return p.error();
  auto d = optional_number(EstimandKind::nps, inputs, "expected_detractors_pct");
  if (!d) return d.error();
  if (p->has_value() != d->has_value())
    return problems::invalid(p->has_value() ? "expected_detractors_pct" : "expected_promoters_pct", "missing_input",
                             {"Give both expected shares, or neither (the worst case).",
                              "Indica entrambe le quote attese, o nessuna (il caso peggiore)."});
  const double promoters = p->value_or(50), detractors = d->value_or(50);
  auto n = stats::sample_size_nps(promoters, detractors, margin, level);
  if (!n) return renamed(n.error());
  PlanResult out{*n, "", ""};
  const std::string expect_en = p->has_value()
      ? ", expecting about " + en(promoters, 1) + "% promoters and " + en(detractors, 1) + "% detractors"
      : " in the worst case (no expected shares given)";
  const std::string expect_it = p->has_value()
      ? ", prevedendo circa " + it_the_percent(promoters) + " di promotori e " + it_the_percent(detractors) + " di detrattori"
      : " nel caso peggiore (senza quote previste)";
  out.explanation_en = "To know the NPS within ±" + en(margin) + " points at " + level_en(level) + "% confidence" +
                       expect_en + ", you need " + en(*n, 0) + (*n == 1 ? " answer." : " answers.");
  out.explanation_it = "Per conoscere l’NPS entro ±" + it(margin) + " punti con una confidenza del " + level_it(level) +
                       "%" + expect_it + (*n == 1 ? ", serve 1 risposta." : ", servono " + it(*n, 0) + " risposte.");
  return out;
}

Expected<PlanResult> share_plan(std::string_view metric, const Inputs& inputs, double margin, double level) {
  auto p = optional_number(EstimandKind::share, inputs, "expected_percent");
  if (!p) return p.error();
  const double expected = p->value_or(50);
  auto n = stats::sample_size_proportion(expected, margin, level);
  if (!n) return renamed(n.error());
  const MetricWords w = words_for(metric, "a percentage", "una percentuale");
  const std::string expect_en = p->has_value() ? ", expecting about " + en(expected, 1) + "%"
                                               : " in the worst case (no expected percentage given)";
  const std::string expect_it = p->has_value() ? ", prevedendo circa " + it_the_percent(expected)
                                               : " nel caso peggiore (senza percentuale prevista)";
  PlanResult out{*n, "", ""};
  out.explanation_en = "To know " + w.en_object + " within ±" + en(margin) + " percentage points at " + level_en(level) +
                       "% confidence" + expect_en + ", you need " + en(*n, 0) +
                       (w.survey || metric == "proportion" ? (*n == 1 ? " answer." : " answers.") : (*n == 1 ? " observation." : " observations."));
  out.explanation_it = "Per conoscere " + w.it_object + " entro ±" + it(margin) + " punti percentuali con una confidenza del " +
                       level_it(level) + "%" + expect_it + (*n == 1 ? ", serve " : ", servono ") + it(*n, 0) +
                       (w.survey || metric == "proportion" ? (*n == 1 ? " risposta." : " risposte.") : (*n == 1 ? " osservazione." : " osservazioni."));
  return out;
}

Expected<PlanResult> mean_plan(std::string_view metric, const Inputs& inputs, double margin, double level) {
  auto sd = required_number(EstimandKind::mean, inputs, "expected_sd");
  if (!sd) return sd.error();
  auto n = stats::sample_size_mean(*sd, margin, level);
  if (!n) return renamed(n.error());
  const MetricWords w = words_for(metric, "the mean", "la media");
  PlanResult out{*n, "", ""};
  out.explanation_en = "To know " + w.en_object + " within ±" + en(margin) + " at " + level_en(level) +
                       "% confidence, with a standard deviation of about " + en(*sd) + ", you need " + en(*n, 0) +
                       " observations.";
  out.explanation_it = "Per conoscere " + w.it_object + " entro ±" + it(margin) + " con una confidenza del " +
                       level_it(level) + "%, con una deviazione standard di circa " + it(*sd) + ", servono " +
                       it(*n, 0) + " osservazioni.";
  return out;
}

}  // namespace

Expected<PlanResult> plan_sample_size(std::string_view metric, const Inputs& inputs, double level) {
  if (auto e = stats::check_level(level)) return renamed(*e);
  const EstimandKind family = plan_family(metric);
  if (family == EstimandKind::none)
    return problems::invalid("metric", "unknown_plan_metric",
                             {"Sample sizes can be planned for “nps”, “mean” (or “ces”, response and resolution times), “proportion” or a share of a whole such as “csat” or “churn_rate”.",
                              "La dimensione del campione si può pianificare per “nps”, “mean” (o “ces”, tempi di risposta e di risoluzione), “proportion” o una quota di un totale come “csat” o “churn_rate”."});
  auto margin = required_number(family, inputs, "margin");
  if (!margin) return margin.error();
  if (family == EstimandKind::nps) return nps_plan(inputs, *margin, level);
  if (family == EstimandKind::mean) return mean_plan(metric, inputs, *margin, level);
  return share_plan(metric, inputs, *margin, level);
}

PlanForm plan_form(EstimandKind family) {
  switch (family) {
    case EstimandKind::nps:
      return {{"Expected shares of promoters and detractors (leave both empty for the worst case) and the margin of error you can accept.",
               "Le quote attese di promotori e detrattori (lasciale vuote entrambe per il caso peggiore) e il margine di errore che puoi accettare."},
              {{"expected_promoters_pct", InputKind::percent, {"Expected promoters (%)", "Promotori attesi (%)"}, {}, 0, 100},
               {"expected_detractors_pct", InputKind::percent, {"Expected detractors (%)", "Detrattori attesi (%)"}, {}, 0, 100},
               {"margin", InputKind::number, {"Margin of error (± NPS points)", "Margine di errore (± punti NPS)"}, {}, 0, kUnbounded}},
              {{"target", InputKind::number, {"Target NPS", "NPS obiettivo"}, {}, -100, 100}}};
    case EstimandKind::share:
      return {{"The value you expect (leave empty for the worst case, 50%) and the margin of error you can accept.",
               "Il valore che ti aspetti (vuoto per il caso peggiore, 50%) e il margine di errore che puoi accettare."},
              {{"expected_percent", InputKind::percent, {"Expected value (%)", "Valore atteso (%)"}, {}, 0, 100},
               {"margin", InputKind::number, {"Margin of error (± percentage points)", "Margine di errore (± punti percentuali)"}, {}, 0, kUnbounded}},
              {}};
    case EstimandKind::mean:
      return {{"How much single answers or times usually vary (their standard deviation) and the margin of error you can accept, both in the unit of the result: points on the scale for CES, seconds for response and resolution times.",
               "Quanto variano di solito le singole risposte o i tempi (la deviazione standard) e il margine di errore che puoi accettare, entrambi nell’unità del risultato: punti della scala per il CES, secondi per i tempi di risposta e di risoluzione."},
              {{"expected_sd", InputKind::number, {"Expected standard deviation", "Deviazione standard attesa"}, {}, 0, kUnbounded},
               {"margin", InputKind::number, {"Margin of error (±)", "Margine di errore (±)"}, {}, 0, kUnbounded}},
              {}};
    case EstimandKind::none:
    case EstimandKind::unset:
      break;
  }
  return {};
}

Expected<PlanResult> plan_promoters_needed(const Inputs& inputs) {
  double v[4];
  const char* names[4] = {"promoters", "passives", "detractors", "target"};
  for (int i = 0; i < 4; ++i) {
    auto x = required_number(EstimandKind::nps, inputs, names[i]);
    if (!x) return x.error();
    v[i] = *x;
  }
  const stats::NpsCounts counts{v[0], v[1], v[2]};
  const double target = v[3];
  auto extra = stats::promoters_needed(counts, target);
  if (!extra) return extra.error();
  const double n = v[0] + v[1] + v[2];
  const double nps = (v[0] - v[2]) * 100 / n;
  PlanResult out{*extra, "", ""};
  if (*extra == 0) {
    out.explanation_en = "The NPS is already " + en(nps, 1) + ", at or above the target of " + en(target, 1) +
                         ": no more promoters are needed.";
    out.explanation_it = "L’NPS è già " + it(nps, 1) + ", pari o sopra l’obiettivo di " + it(target, 1) +
                         ": non servono altri promotori.";
    return out;
  }
  // "1 promoter", "2 promoters"; "1 promotore", "2 promotori". Past 2^53 a
  // count is a double's nearest value, so it is written rounded, with "about".
  const auto en_n = [](double x, const char* one, const char* many) {
    return (x < stats::kMaxCount ? en(x, 0) : "about " + en(significant(x, 3), 0)) + (x == 1 ? one : many);
  };
  const auto it_n = [](double x, const char* one, const char* many) {
    return (x < stats::kMaxCount ? it(x, 0) : "circa " + it(significant(x, 3), 0)) + (x == 1 ? one : many);
  };
  out.explanation_en = "With " + en_n(v[0], " promoter, ", " promoters, ") + en_n(v[1], " passive and ", " passives and ") +
                       en_n(v[2], " detractor", " detractors") + " the NPS is " + en(nps, 1) + "; " +
                       en_n(*extra, " more promoter", " more promoters") +
                       " (and no other new answers) would lift it to " + en(target, 1) + ".";
  out.explanation_it = "Con " + it_n(v[0], " promotore, ", " promotori, ") + it_n(v[1], " passivo e ", " passivi e ") +
                       it_n(v[2], " detrattore", " detrattori") + " l’NPS è " + it(nps, 1) + "; " +
                       (*extra == 1 ? "servirebbe un altro promotore" : "servirebbero altri " + it_n(*extra, "", "") + " promotori") +
                       " (senza altre nuove risposte) per portarlo a " + it(target, 1) + ".";
  return out;
}

}  // namespace polso::inference
