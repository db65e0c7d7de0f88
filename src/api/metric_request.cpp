#include "api/metric_request.hpp"

#include "api/json_response.hpp"
#include "core/problems.hpp"

namespace polso::api {

MetricResponse evaluate_metric_request(const json& request, Lang lang,
                                       const inference::IntervalOptions& options) {
  const auto metric = request.find("metric");
  if (metric == request.end() || !metric->is_string())
    return {failure_json(problems::invalid("metric", "missing_metric",
                                           {"The request does not say which metric to compute: add \"metric\", for example \"nps\".",
                                            "La richiesta non indica quale metrica calcolare: aggiungi \"metric\", ad esempio \"nps\"."}),
                         lang),
            std::nullopt};
  const auto inputs_it = request.find("inputs");
  auto inputs = to_inputs(inputs_it == request.end() ? json() : *inputs_it, find_metric(metric->get<std::string>()));
  if (!inputs) return {failure_json(inputs.error(), lang), std::nullopt};
  auto result = polso::evaluate(metric->get<std::string>(), *inputs);
  if (!result) return {failure_json(result.error(), lang), std::nullopt};
  auto inference = inference::infer(*result, *inputs, options);
  if (!inference) return {failure_json(inference.error(), lang), std::nullopt};
  return {success_json(*result, lang, &*inference), *result};
}

}  // namespace polso::api
