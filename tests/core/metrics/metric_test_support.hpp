// Helpers shared by the metric tests: read details, find warnings, check errors.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/evaluate.hpp"

namespace polso::metric_testing {

using Result = Expected<Evaluation>;
using Scores = std::vector<double>;

inline InputValue text(std::string s) { return InputValue{std::move(s)}; }

// A numeric detail; NaN (and a test failure) when absent or not a number.
inline double num_detail(const Result& r, std::string_view key) {
  if (!r.ok()) {
    ADD_FAILURE() << "no result: " << r.error().code << " " << r.error().message_en;
    return std::numeric_limits<double>::quiet_NaN();
  }
  const DetailValue* d = r->outcome.find_detail(key);
  if (!d || !std::holds_alternative<double>(*d)) {
    ADD_FAILURE() << "missing numeric detail " << key;
    return std::numeric_limits<double>::quiet_NaN();
  }
  return std::get<double>(*d);
}

inline std::vector<double> list_detail(const Result& r, std::string_view key) {
  if (!r.ok()) return {};
  const DetailValue* d = r->outcome.find_detail(key);
  if (!d || !std::holds_alternative<std::vector<double>>(*d)) {
    ADD_FAILURE() << "missing list detail " << key;
    return {};
  }
  return std::get<std::vector<double>>(*d);
}

inline bool has_detail(const Result& r, std::string_view key) {
  return r.ok() && r->outcome.find_detail(key) != nullptr;
}

inline std::string band_of(const Result& r) {
  if (!r.ok() || !r->band) return "";
  return std::string(r->band->id);
}

inline std::string variant_of(const Result& r) {
  if (!r.ok() || !r->variant) return "";
  return std::string(r->variant->id);
}

inline std::string unit_of(const Result& r) {
  if (!r.ok()) return "";
  return std::string(unit_id(r->outcome.unit.value_or(r->metric->unit)));
}

// The first warning with `code` (and, when given, on `field`).
inline const Warning* warning(const Result& r, std::string_view code, std::string_view field = {}) {
  if (!r.ok()) return nullptr;
  for (const auto& w : r->outcome.warnings)
    if (w.code == code && (field.empty() || w.field == field)) return &w;
  return nullptr;
}

// Asserts the request failed with `code` on `field`, worded in both languages.
inline ::testing::AssertionResult fails_with(const Result& r, std::string_view code,
                                             std::string_view field) {
  if (r.ok())
    return ::testing::AssertionFailure() << "expected error " << code << " but got value "
                                         << r->outcome.value;
  const Error& e = r.error();
  if (e.code != code)
    return ::testing::AssertionFailure() << "code " << e.code << " != " << code << " ("
                                         << e.message_en << ")";
  if (e.field != field)
    return ::testing::AssertionFailure() << "field '" << e.field << "' != '" << field << "'";
  if (e.message_en.empty() || e.message_it.empty())
    return ::testing::AssertionFailure() << "a message is empty";
  if (e.message_en == e.message_it)
    return ::testing::AssertionFailure() << "English and Italian messages are identical: "
                                         << e.message_en;
  return ::testing::AssertionSuccess();
}

inline ::testing::AssertionResult warns(const Result& r, std::string_view code,
                                        std::string_view field = {}) {
  if (!r.ok())
    return ::testing::AssertionFailure() << "no result: " << r.error().code;
  const Warning* w = warning(r, code, field);
  if (!w) return ::testing::AssertionFailure() << "no warning " << code << " on field '" << field << "'";
  if (w->message_en.empty() || w->message_it.empty() || w->message_en == w->message_it)
    return ::testing::AssertionFailure() << "warning not worded in both languages";
  return ::testing::AssertionSuccess();
}

}  // namespace polso::metric_testing
