// Reading the statistics options of a request: `options.confidence` (0.80–0.99,
// default 0.95) and `options.interval_method` for NPS ("adjusted_wald",
// "wald", "bootstrap").
#pragma once

#include "api/json_request.hpp"
#include "core/inference/infer.hpp"

namespace polso::api {

// Code "confidence_out_of_range", field "confidence".
Expected<double> request_confidence(const json& request);
// Both options; code "invalid_interval_method", field "interval_method".
Expected<inference::IntervalOptions> request_interval_options(const json& request);

}  // namespace polso::api
