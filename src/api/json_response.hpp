// Writing a response: core values into the contract's JSON shapes.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/evaluate.hpp"
#include "core/inference/infer.hpp"
#include "core/localized.hpp"

namespace polso::api {

using json = nlohmann::ordered_json;

// A number as JSON: whole values as integers (60, not 60.0), others as they
// are, and non-finite values (never expected) as null rather than invalid JSON.
json number_json(double x);
json localized_json(Localized text);
json notice_json(const Notice& n, Lang lang);
json warnings_json(const std::vector<Warning>& warnings, Lang lang);  // always an array
json failure_json(const Error& e, Lang lang);
// With `inference`: adds "interval" (when one applies), details.median_interval
// and the inference's warnings.
json success_json(const Evaluation& e, Lang lang, const inference::Inference* inference = nullptr);
// Statistics (interval bounds, test statistics, p-values) to 12 significant
// digits: the last bits of quantile functions differ between the native and
// wasm maths libraries, and the contract must read the same from both.
json statistic_json(double x);
// A response as text. Non-ASCII text from users (a currency, a metric id) may
// be invalid UTF-8; replacing it keeps the response valid JSON instead of
// failing to dump.
std::string response_text(const json& response);
json interval_json(const stats::Interval& i);
json catalogue_json();

}  // namespace polso::api
