// Two results of the same metric, B against A: the difference, its interval,
// the test that fits the metric, and a one-sentence verdict in each language.
// Used by the "compare" request and by reports (each period vs the previous
// one, each segment vs the rest).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/evaluate.hpp"
#include "core/inference/verdict.hpp"
#include "core/stats/comparisons.hpp"
#include "core/units.hpp"

namespace polso::inference {

// The z tests of NPS and of shares rest on a normal approximation that claims
// far too much certainty with a handful of answers (1 detractor against 3
// promoters would be "p < 0.001"). Below this many answers on either side a
// comparison still reports the difference and its interval, but is not called
// significant, and its sentence and warning say why. Welch's t for means
// accounts for small samples itself, through its degrees of freedom.
inline constexpr double kMinAnswersToCompare = 10;

struct ComparisonResult {
  std::string metric;          // the shared metric id
  std::string family;          // "nps", "proportion" or "mean"
  Unit unit = Unit::points;    // of the values and the difference
  double value_a = 0;          // the two results as the metric reports them
  double value_b = 0;
  stats::Comparison comparison;  // B − A; test "nps_z", "two_proportion_z", "welch_t"
  std::string verdict_en;      // "NPS rose from 32 to 41 (+9, 95% CI +2 to +16); …"
  std::string verdict_it;
  std::optional<FewAnswers> few_answers;  // set when a side has < kMinAnswersToCompare
  std::vector<Warning> warnings;          // "too_few_to_compare"
};

// NPS: adjusted-Wald two-sample z; shares: pooled two-proportion z (Newcombe
// interval); means (CES from scores or a distribution, durations): Welch's t.
// Errors: "different_metrics", "different_methods" (CES mean vs % easy),
// "not_comparable" (no sampling model, or a CES mean without its scores),
// a level outside 0.80–0.99, and the statistics' own input checks.
Expected<ComparisonResult> compare_evaluations(const Evaluation& a, const Evaluation& b,
                                               double level = stats::kDefaultLevel);

}  // namespace polso::inference
