// Sample-size planning and the "promoters needed" question. Results are
// counts of respondents (whole numbers, as doubles).
#pragma once

#include "core/error.hpp"
#include "core/stats/interval.hpp"
#include "core/stats/validation.hpp"

namespace polso::stats {

// Respondents so that the Wilson interval the product shows (intervals.hpp)
// is at most ±`margin_points` when the share comes out at `expected_percent`,
// and never fewer than the textbook Wald answer ceil(z^2 p(1-p) / margin^2).
// Wilson keeps the answer honest at 0% and 100%, where Wald gives 1.
// `expected_percent` 0..100 (50 when unknown: the worst case); margin in
// percentage points, (0, 50] (wider would exceed the scale). Fields
// "expected_percent", "margin"; "margin_too_small" past 2^53 respondents.
Expected<double> sample_size_proportion(double expected_percent, double margin_points,
                                        double level = kDefaultLevel);

// The same for NPS: the adjusted-Wald half-width (nps_intervals.hpp) at the
// expected shares, and never fewer than the Wald answer
// ceil(z^2 (p + d - (p - d)^2) / margin^2). Margin in NPS points, (0, 100].
// Shares in percent, p + d <= 100. Fields "promoters_percent",
// "detractors_percent", "margin".
Expected<double> sample_size_nps(double promoters_percent, double detractors_percent,
                                 double margin_points, double level = kDefaultLevel);

// The smallest n >= 2 with t(level, n - 1) * sd / sqrt(n) <= `margin` (same
// unit as sd); monotonic in sd and margin. Fields "expected_sd", "margin".
Expected<double> sample_size_mean(double expected_sd, double margin,
                                  double level = kDefaultLevel);

// The fewest extra promoters x (others unchanged) with
// (P + x - D) / (n + x) >= target / 100: x = ceil((target n / 100 - (P - D)) /
// (1 - target / 100)), 0 when already there. A target of 100 is reachable only
// if the score is already 100 (code "target_unreachable"); field "target".
Expected<double> promoters_needed(const NpsCounts& counts, double target_nps);

}  // namespace polso::stats
