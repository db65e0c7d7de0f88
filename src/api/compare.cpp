#include "api/compare.hpp"

#include "api/interval_options.hpp"
#include "api/json_response.hpp"
#include "api/metric_request.hpp"
#include "core/inference/compare.hpp"
#include "core/inference/good_direction.hpp"
#include "core/problems.hpp"

namespace polso::api {
namespace {

json malformed(Lang lang) {
  return failure_json(problems::invalid("compare", "malformed_request",
                                        {"\"compare\" must be a list of exactly two metric requests, like [{\"metric\": \"nps\", \"inputs\": {…}}, {\"metric\": \"nps\", \"inputs\": {…}}].",
                                         "\"compare\" deve essere un elenco di esattamente due richieste di metrica, come [{\"metric\": \"nps\", \"inputs\": {…}}, {\"metric\": \"nps\", \"inputs\": {…}}]."}),
                      lang);
}

// A failure of one of the two requests, saying which ("a" or "b").
json failure_of(json body, const char* which) {
  body["error"]["request"] = which;
  return body;
}

json comparison_json(const inference::ComparisonResult& r, Lang lang) {
  const stats::Comparison& c = r.comparison;
  json out = {{"metric", r.metric},
              {"test", c.test},
              {"unit", std::string(inference::difference_unit_id(r.unit))},
              {"a", number_json(r.value_a)},
              {"b", number_json(r.value_b)},
              {"difference", statistic_json(c.difference)},
              {"interval", interval_json(c.interval)},
              {"statistic", statistic_json(c.statistic)},
              {"p_value", statistic_json(c.p_value)},
              {"significant", c.significant},
              {"tone", std::string(inference::change_tone(r.metric, c.difference, c.significant))}};
  if (c.degrees_of_freedom > 0) out["degrees_of_freedom"] = statistic_json(c.degrees_of_freedom);
  out["verdict"] = lang == Lang::it ? r.verdict_it : r.verdict_en;
  out["warnings"] = warnings_json(r.warnings, lang);
  return out;
}

}  // namespace

json compare_json(const json& request, Lang lang) {
  const json& pair = request["compare"];
  if (!pair.is_array() || pair.size() != 2 || !pair[0].is_object() || !pair[1].is_object())
    return malformed(lang);
  auto options = request_interval_options(request);
  if (!options) return failure_json(options.error(), lang);
  MetricResponse a = evaluate_metric_request(pair[0], lang, *options);
  if (!a.evaluation) return failure_of(std::move(a.body), "a");
  MetricResponse b = evaluate_metric_request(pair[1], lang, *options);
  if (!b.evaluation) return failure_of(std::move(b.body), "b");
  auto result = inference::compare_evaluations(*a.evaluation, *b.evaluation, options->level,
                                                  options->nps_method);
  if (!result) return failure_json(result.error(), lang);
  return {{"ok", true},
          {"comparison", comparison_json(*result, lang)},
          {"a", std::move(a.body)},
          {"b", std::move(b.body)}};
}

}  // namespace polso::api
