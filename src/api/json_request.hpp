// Reading a request: untrusted JSON text into checked values.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "core/budgets.hpp"
#include "core/catalogue.hpp"
#include "core/error.hpp"
#include "core/inputs.hpp"
#include "core/localized.hpp"

namespace polso::api {

using json = nlohmann::ordered_json;

constexpr std::size_t kMaxRequestBytes = budget::kMaxRequestBytes;
constexpr int kMaxNesting = 64;

// Parses request text, refusing oversized, too deeply nested or malformed JSON.
Expected<json> parse_request(std::string_view text);

// Converts an "inputs" object into core inputs (numbers, number lists, texts).
// A null is an empty field, left out. With the metric, a value of the wrong
// JSON type is named by its label ("“Target (seconds)” must be a number").
Expected<Inputs> to_inputs(const json& inputs, const MetricSpec* metric = nullptr);

// The `options.lang` of a request ("en" unless "it").
Lang request_lang(const json& request);

}  // namespace polso::api
