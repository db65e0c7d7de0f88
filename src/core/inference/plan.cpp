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

Error missing(std::string_view field) {
  const std::string f(field);
  return problems::invalid(field, "missing_input",
                           {"Enter “" + f + "” for this plan.", "Per questo calcolo inserisci “" + f + "”."});
}

// A number input: absent → nullopt; present but not a number → an error.
Expected<std::optional<double>> optional_number(const Inputs& inputs, std::string_view name) {
  const auto it = inputs.find(name);
  if (it == inputs.end()) return std::optional<double>();
  if (const double* d = std::get_if<double>(&it->second)) return std::optional<double>(*d);
  const std::string n(name);
  return problems::wrong_type(name, {n, n}, {"a number", "un numero"});
}

Expected<double> required_number(const Inputs& inputs, std::string_view name) {
  auto x = optional_number(inputs, name);
  if (!x) return x.error();
  if (!*x) return missing(name);
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

bool is_mean_metric(std::string_view m) {
  return m == "mean" || m == "ces" || m == "first_response_time" || m == "resolution_time";
}

bool is_share_metric(std::string_view m) {
  if (m == "proportion") return true;
  const MetricSpec* spec = find_metric(m);
  return spec && spec->unit == Unit::percent;
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
  auto p = optional_number(inputs, "expected_promoters_pct");
  if (!p) return p.error();
  auto d = optional_number(inputs, "expected_detractors_pct");
  if (!d) return d.error();
  if (p->has_value() != d->has_value()) return missing(p->has_value() ? "expected_detractors_pct" : "expected_promoters_pct");
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
  auto p = optional_number(inputs, "expected_percent");
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
  auto sd = required_number(inputs, "expected_sd");
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
  if (metric != "nps" && !is_mean_metric(metric) && !is_share_metric(metric))
    return problems::invalid("metric", "unknown_plan_metric",
                             {"Sample sizes can be planned for “nps”, “mean” (or “ces”, response and resolution times), “proportion” or a percentage metric such as “csat”.",
                              "La dimensione del campione si può pianificare per “nps”, “mean” (o “ces”, tempi di risposta e di risoluzione), “proportion” o una metrica percentuale come “csat”."});
  auto margin = required_number(inputs, "margin");
  if (!margin) return margin.error();
  if (metric == "nps") return nps_plan(inputs, *margin, level);
  if (is_mean_metric(metric)) return mean_plan(metric, inputs, *margin, level);
  return share_plan(metric, inputs, *margin, level);
}

Expected<PlanResult> plan_promoters_needed(const Inputs& inputs) {
  double v[4];
  const char* names[4] = {"promoters", "passives", "detractors", "target"};
  for (int i = 0; i < 4; ++i) {
    auto x = required_number(inputs, names[i]);
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
