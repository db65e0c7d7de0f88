#include "core/datasets/survey_report.hpp"

#include "core/datasets/period_index.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

Inputs inputs_for(const ScoreCounts& counts, const SurveyMetric& metric) {
  Inputs in{{"distribution", counts.counts}};
  if (metric.id != "nps") in.emplace("scale", static_cast<double>(metric.scale));
  if (metric.threshold) in.emplace("threshold", static_cast<double>(*metric.threshold));
  if (metric.id == "ces") in.emplace("method", metric.method);
  return in;
}

// One result per group; with `overall`, also the rest of the file per group.
Expected<std::vector<GroupResult>> groups(const std::map<std::string, ScoreCounts, std::less<>>& m,
                                          const SurveyMetric& metric, const ScoreCounts* overall = nullptr) {
  std::vector<GroupResult> out;
  out.reserve(m.size());
  for (const auto& [key, counts] : m) {
    if (counts.total() <= 0) continue;  // only count-0 rows (a survey-counts file): no answers to report
    auto e = evaluate(metric.id, inputs_for(counts, metric));
    if (!e) return e.error();
    GroupResult g{key, std::move(e.value()), std::nullopt};
    if (overall) {
      ScoreCounts rest = *overall;
      for (std::size_t i = 0; i < counts.counts.size(); ++i) rest.counts[i] -= counts.counts[i];
      if (rest.total() > 0)
        if (auto r = evaluate(metric.id, inputs_for(rest, metric))) g.rest = std::move(r.value());
    }
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace

Expected<SurveyMetric> make_survey_metric(std::string id, std::optional<int> scale,
                                          std::optional<int> threshold, std::string method) {
  SurveyMetric m;
  if (id != "nps" && id != "csat" && id != "ces")
    return problems::invalid("metric", "unknown_metric",
                             {"A survey file can be analysed for nps, csat or ces.",
                              "Un file di sondaggio si può analizzare per nps, csat o ces."});
  m.id = std::move(id);
  m.scale = scale.value_or(m.id == "nps" ? 10 : m.id == "csat" ? 5 : 7);
  m.scale_given = scale.has_value();
  const bool scale_ok = m.id == "nps" ? m.scale == 10 : m.id == "csat" ? (m.scale == 5 || m.scale == 10)
                                                                        : (m.scale == 5 || m.scale == 7);
  if (!scale_ok)
    return problems::invalid("scale", "invalid_choice",
                             {"This scale does not fit the metric: NPS uses 0–10, CSAT 1–5 or 1–10, CES 1–7 or 1–5.",
                              "Questa scala non è adatta alla metrica: NPS usa 0–10, CSAT 1–5 o 1–10, CES 1–7 o 1–5."});
  if (threshold && (*threshold < 1 || *threshold > m.scale))
    return problems::invalid("threshold", "above_maximum",
                             {"The threshold must be a score on the survey's scale.",
                              "La soglia deve essere un punteggio della scala del sondaggio."});
  m.threshold = threshold;
  if (method.empty()) method = "mean";
  if (method != "mean" && method != "percent_easy")
    return problems::invalid("method", "invalid_choice",
                             {"The CES method is “mean” or “percent_easy”.", "Il metodo CES è “mean” o “percent_easy”."});
  m.method = std::move(method);
  return m;
}

// Whether period `b` is the one right after `a`: a period without answers in
// between means there is no "previous period" to compare with. Labels of a
// survey-counts file that are not period keys follow in file order.
bool follows(const std::string& a, const std::string& b, csv::Period period) {
  const auto ia = period_index_of_key(a, period), ib = period_index_of_key(b, period);
  return !ia || !ib || *ib == *ia + 1;
}

Expected<SurveyReport> survey_report(const SurveyAggregate& aggregate, const SurveyMetric& metric, csv::Period period) {
  if (aggregate.overall().total() <= 0)
    return problems::invalid("", "no_usable_rows",
                             {"No row of the file holds a usable answer, so there is nothing to compute. Check the score column and the skipped-rows reasons.",
                              "Nessuna riga del file contiene una risposta utilizzabile, quindi non c’è nulla da calcolare. Controlla la colonna dei punteggi e i motivi delle righe scartate."});
  auto overall = evaluate(metric.id, inputs_for(aggregate.overall(), metric));
  if (!overall) return overall.error();
  auto periods = groups(aggregate.periods(), metric);
  if (!periods) return periods.error();
  std::vector<GroupResult>& in_order = periods.value();
  for (std::size_t i = 1; i < in_order.size(); ++i)
    in_order[i].follows_previous = follows(in_order[i - 1].key, in_order[i].key, period);
  auto segments = groups(aggregate.segments(), metric, &aggregate.overall());
  if (!segments) return segments.error();
  return SurveyReport{std::move(overall.value()), std::move(periods.value()), std::move(segments.value())};
}

}  // namespace polso::datasets
