#include "api/plan.hpp"

#include "api/interval_options.hpp"
#include "api/json_response.hpp"
#include "core/inference/plan.hpp"
#include "core/problems.hpp"

namespace polso::api {

json plan_json(const json& request, Lang lang) {
  const json& kind = request["plan"];
  const std::string plan = kind.is_string() ? kind.get<std::string>() : "";
  if (plan != "sample_size" && plan != "promoters_needed")
    return failure_json(problems::invalid("plan", "unknown_plan",
                                          {"\"plan\" must be \"sample_size\" or \"promoters_needed\".",
                                           "\"plan\" deve essere \"sample_size\" o \"promoters_needed\"."}),
                        lang);
  const auto inputs_it = request.find("inputs");
  auto inputs = to_inputs(inputs_it == request.end() ? json() : *inputs_it);
  if (!inputs) return failure_json(inputs.error(), lang);
  if (plan == "promoters_needed") {
    auto r = inference::plan_promoters_needed(*inputs);
    if (!r) return failure_json(r.error(), lang);
    return {{"ok", true}, {"plan", plan}, {"additional_promoters", number_json(r->n)},
            {"explanation", lang == Lang::it ? r->explanation_it : r->explanation_en}};
  }
  auto level = request_confidence(request);
  if (!level) return failure_json(level.error(), lang);
  const auto metric = request.find("metric");
  if (metric == request.end() || !metric->is_string())
    return failure_json(problems::invalid("metric", "missing_metric",
                                          {"Say which result to plan for: add \"metric\", for example \"nps\", \"csat\" or \"mean\".",
                                           "Indica per quale risultato pianificare: aggiungi \"metric\", ad esempio \"nps\", \"csat\" o \"mean\"."}),
                        lang);
  auto r = inference::plan_sample_size(metric->get<std::string>(), *inputs, *level);
  if (!r) return failure_json(r.error(), lang);
  return {{"ok", true}, {"plan", plan}, {"metric", metric->get<std::string>()}, {"confidence", *level},
          {"n", number_json(r->n)}, {"explanation", lang == Lang::it ? r->explanation_it : r->explanation_en}};
}

}  // namespace polso::api
