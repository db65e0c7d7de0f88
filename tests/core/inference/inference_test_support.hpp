// Small helpers for the inference tests: evaluate a metric or fail the test.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/evaluate.hpp"

namespace polso::inference::testing {

inline Evaluation eval_ok(std::string_view metric, const Inputs& inputs) {
  auto r = polso::evaluate(metric, inputs);
  EXPECT_TRUE(r.ok()) << metric << ": " << (r.ok() ? "" : r.error().message_en);
  return r.ok() ? *r : Evaluation{};
}

inline InputValue text(const char* s) { return std::string(s); }
inline InputValue list(std::vector<double> xs) { return xs; }

// The textbook two-sided critical values, from tables (not from our code).
constexpr double kZ95 = 1.959963984540054;
constexpr double kZ90 = 1.6448536269514722;

// Wilson score interval by its closed formula, in percent.
inline std::pair<double, double> wilson_by_hand(double x, double n, double z) {
  const double p = x / n, z2 = z * z;
  const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const double half = z / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  return {100 * (centre - half), 100 * (centre + half)};
}

}  // namespace polso::inference::testing
