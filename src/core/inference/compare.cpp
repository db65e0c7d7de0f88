#include "core/inference/compare.hpp"

#include <algorithm>

#include "core/inference/estimand.hpp"
#include "core/inference/verdict.hpp"
#include "core/problems.hpp"

namespace polso::inference {
namespace {

Error not_comparable(const Evaluation& e) {
  if (e.metric->id == "ces")
    return problems::invalid("compare", "not_comparable",
                             {"To compare two CES means, enter the raw scores or the distribution of each: a sum and a count say nothing about the spread.",
                              "Per confrontare due medie CES inserisci i punteggi grezzi o la distribuzione di ciascuna: somma e numero di risposte non dicono nulla sulla dispersione."});
  const std::string en(e.metric->name.en), it(e.metric->name.it);
  return problems::invalid("compare", "not_comparable",
                           {"“" + en + "” is not measured on a sample, so there is no significance test for comparing two values of it; compare the two numbers directly.",
                            "“" + it + "” non è misurato su un campione, quindi non esiste un test di significatività per confrontarne due valori; confronta direttamente i due numeri."});
}

Expected<stats::Comparison> run_test(const Estimand& a, const Estimand& b, double level,
                                     std::string_view nps_method) {
  if (const auto* na = std::get_if<stats::NpsCounts>(&a))
    return stats::compare_nps(*na, std::get<stats::NpsCounts>(b), level,
                              nps_method == "wald" ? "wald" : "adjusted_wald");
  if (const auto* pa = std::get_if<Proportion>(&a)) {
    const auto& pb = std::get<Proportion>(b);
    return stats::compare_proportions(pa->successes, pa->total, pb.successes, pb.total, level);
  }
  return stats::compare_means(std::get<stats::MeanSummary>(a), std::get<stats::MeanSummary>(b), level);
}

// How many answers stand behind a z test's side; nullopt for Welch's t.
std::optional<double> answers_of(const Estimand& x) {
  if (const auto* n = std::get_if<stats::NpsCounts>(&x)) return n->promoters + n->passives + n->detractors;
  if (const auto* p = std::get_if<Proportion>(&x)) return p->total;
  return std::nullopt;
}

Warning too_few_warning(const FewAnswers& n) {
  const auto fewest = static_cast<long long>(std::min(n.a, n.b));
  const std::string k = std::to_string(fewest);
  Warning w;
  w.code = "too_few_to_compare";
  w.message_en = "One side of the comparison has only " + k + (fewest == 1 ? " answer" : " answers") +
                 ": too few to tell a real difference from chance. It takes at least 10 answers on each side.";
  w.message_it = "Una parte del confronto ha solo " + k + (fewest == 1 ? " risposta" : " risposte") +
                 ": troppo poche per distinguere una differenza reale dal caso. Servono almeno 10 risposte per parte.";
  return w;
}

}  // namespace

Expected<ComparisonResult> compare_evaluations(const Evaluation& a, const Evaluation& b, double level,
                                               std::string_view nps_method) {
  if (auto err = stats::check_level(level)) return *err;
  if (!a.metric || !b.metric || a.metric->id != b.metric->id) {
    const std::string ia = a.metric ? std::string(a.metric->id) : "?", ib = b.metric ? std::string(b.metric->id) : "?";
    return problems::invalid("compare", "different_metrics",
                             {"Only results of the same metric can be compared, but the first is “" + ia + "” and the second “" + ib + "”.",
                              "Si possono confrontare solo risultati della stessa metrica, ma il primo è “" + ia + "” e il secondo “" + ib + "”."});
  }
  const Estimand ea = estimand_of(a), eb = estimand_of(b);
  if (ea.index() == 0) return not_comparable(a);
  if (eb.index() == 0) return not_comparable(b);
  const Unit ua = a.outcome.unit.value_or(a.metric->unit), ub = b.outcome.unit.value_or(b.metric->unit);
  if (ea.index() != eb.index() || ua != ub)
    return problems::invalid("compare", "different_methods",
                             {"The two results are computed in different ways (for example a mean and a share of easy answers), so they cannot be compared.",
                              "I due risultati sono calcolati in modi diversi (ad esempio una media e una quota di risposte “facile”), quindi non si possono confrontare."});
  auto test = run_test(ea, eb, level, nps_method);
  if (!test) return test.error();
  if (ea.index() == 3) {
    // No difference of two CES means on a 1–7 scale exceeds ±6.
    const ValueRange r = mean_range(a);
    stats::clip_difference(test.value(), r.high - r.low);
  }
  ComparisonResult out;
  out.metric = std::string(a.metric->id);
  out.family = std::string(family_of(ea));
  out.unit = ua;
  out.value_a = a.outcome.value;
  out.value_b = b.outcome.value;
  out.comparison = std::move(test.value());
  const auto na = answers_of(ea), nb = answers_of(eb);
  if (na && nb && !out.comparison.significant &&
      (*na < kMinAnswersToCompare || *nb < kMinAnswersToCompare)) {
    out.few_answers = FewAnswers{*na, *nb};
    out.warnings.push_back(too_few_warning(*out.few_answers));
  }
  const MetricWords words = metric_words(*a.metric);
  out.verdict_en = verdict(words, out.unit, out.value_a, out.value_b, out.comparison, Lang::en, out.few_answers);
  out.verdict_it = verdict(words, out.unit, out.value_a, out.value_b, out.comparison, Lang::it, out.few_answers);
  return out;
}

Expected<ComparisonResult> compare_with_rest(const Evaluation& rest, const Evaluation& group, double level) {
  auto c = compare_evaluations(rest, group, level);
  if (!c) return c;
  ComparisonResult& r = c.value();
  const MetricWords words = metric_words(*group.metric);
  r.verdict_en = group_verdict(words, r.unit, r.value_a, r.value_b, r.comparison, Lang::en, r.few_answers);
  r.verdict_it = group_verdict(words, r.unit, r.value_a, r.value_b, r.comparison, Lang::it, r.few_answers);
  return c;
}

}  // namespace polso::inference
