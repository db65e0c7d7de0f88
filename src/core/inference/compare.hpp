// Two results of the same metric, B against A: the difference, its interval,
// the test that fits the metric, and a one-sentence verdict in each language.
// Used by the "compare" request and by reports (each period vs the previous
// one, each segment vs the rest).
#pragma once

#include <string>

#include "core/evaluate.hpp"
#include "core/stats/comparisons.hpp"
#include "core/units.hpp"

namespace polso::inference {

struct ComparisonResult {
  std::string metric;          // the shared metric id
  std::string family;          // "nps", "proportion" or "mean"
  Unit unit = Unit::points;    // of the values and the difference
  double value_a = 0;          // the two results as the metric reports them
  double value_b = 0;
  stats::Comparison comparison;  // B − A; test "nps_z", "two_proportion_z", "welch_t"
  std::string verdict_en;      // "NPS rose from 32 to 41 (+9, 95% CI +2 to +16); …"
  std::string verdict_it;
};

// NPS: adjusted-Wald two-sample z; shares: pooled two-proportion z (Newcombe
// interval); means (CES from scores or a distribution, durations): Welch's t.
// Errors: "different_metrics", "different_methods" (CES mean vs % easy),
// "not_comparable" (no sampling model, or a CES mean without its scores),
// a level outside 0.80–0.99, and the statistics' own input checks.
Expected<ComparisonResult> compare_evaluations(const Evaluation& a, const Evaluation& b,
                                               double level = stats::kDefaultLevel);

}  // namespace polso::inference
