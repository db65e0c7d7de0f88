// One metric request ({"metric", "inputs", "options"}) through the core: the
// response JSON, and the Evaluation behind it when it succeeded.
#pragma once

#include <optional>

#include "api/json_request.hpp"
#include "core/evaluate.hpp"
#include "core/inference/infer.hpp"

namespace polso::api {

struct MetricResponse {
  json body;                              // {"ok": true, …} or {"ok": false, "error"}
  std::optional<Evaluation> evaluation;   // set when ok
};

MetricResponse evaluate_metric_request(const json& request, Lang lang,
                                       const inference::IntervalOptions& options);

}  // namespace polso::api
