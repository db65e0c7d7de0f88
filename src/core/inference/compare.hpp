// Two results of the same metric, B against A: the difference, its interval,
// the test that fits the metric, and a one-sentence verdict in each language.
// Used by the "compare" request and by reports (each period vs the previous
// one, each segment vs the rest).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/evaluate.hpp"
#include "core/inference/verdict.hpp"
#include "core/stats/comparisons.hpp"
#include "core/units.hpp"

namespace polso::inference {

// Below this many answers on either side, a comparison that is not
// significant says the answers are too few to tell (its sentence and the
// warning "too_few_to_compare"), rather than suggesting there is no change.
// The tests themselves hold at small samples (adjusted Wald, Newcombe, Welch),
// so a difference clear even from a handful of answers is still called so.
inline constexpr double kMinAnswersToCompare = 10;

struct ComparisonResult {
  std::string metric;          // the shared metric id
  std::string family;          // "nps", "proportion" or "mean"
  Unit unit = Unit::points;    // of the values and the difference
  double value_a = 0;          // the two results as the metric reports them
  double value_b = 0;
  stats::Comparison comparison;  // B − A; test "nps_z", "newcombe", "welch_t"
  std::string verdict_en;      // "NPS rose from 32 to 41 (+9, 95% CI +2 to +16); …"
  std::string verdict_it;
  std::optional<FewAnswers> few_answers;  // not significant and a side has < kMinAnswersToCompare
  std::vector<Warning> warnings;          // "too_few_to_compare"
};

// NPS: adjusted-Wald two-sample z (or plain Wald when `nps_method` is "wald";
// "bootstrap" applies to single results only, so the difference then uses
// adjusted Wald); shares: Newcombe's interval and the test inverting it;
// means (CES from scores or a distribution, durations): Welch's t, the
// interval kept within ± the scale's range. The verdict, p and the interval
// always agree (stats::settle_verdict).
// Errors: "different_metrics", "different_methods" (CES mean vs % easy),
// "not_comparable" (no sampling model, or a CES mean without its scores),
// a level outside 0.80–0.99, and the statistics' own input checks.
// The unit of a difference and its interval: two percentages differ by
// "percentage_points", not by a percent; other units are their own.
constexpr std::string_view difference_unit_id(Unit unit) {
  return unit == Unit::percent ? std::string_view("percentage_points") : unit_id(unit);
}

Expected<ComparisonResult> compare_evaluations(const Evaluation& a, const Evaluation& b,
                                               double level = stats::kDefaultLevel,
                                               std::string_view nps_method = "adjusted_wald");

// A group (B) against everyone else in the same file (A): the same
// comparison, its verdict saying so ("NPS here is 25, against 16.7 for
// everyone else …"; group_verdict in verdict.hpp).
Expected<ComparisonResult> compare_with_rest(const Evaluation& rest, const Evaluation& group,
                                             double level = stats::kDefaultLevel);

}  // namespace polso::inference
