// Sample-size planning and the "promoters needed" question. Results are
// counts of respondents (whole numbers, as doubles).
#pragma once

#include "core/error.hpp"
#include "core/stats/interval.hpp"
#include "core/stats/validation.hpp"

namespace polso::stats {

// Respondents so that the Wald half-width z * sqrt(p(1-p)/n) is at most
// `margin_points`. `expected_percent` 0..100 (50 when unknown: the worst case),
// margin in percentage points, (0, 100]. Fields "expected_percent", "margin".
Expected<double> sample_size_proportion(double expected_percent, double margin_points,
                                        double level = kDefaultLevel);

// Respondents so that the NPS half-width z * sqrt((p + d - (p - d)^2) / n) is at
// most `margin_points` NPS points, (0, 200]. Shares in percent, p + d <= 100.
// Fields "promoters_percent", "detractors_percent", "margin".
Expected<double> sample_size_nps(double promoters_percent, double detractors_percent,
                                 double margin_points, double level = kDefaultLevel);

// Respondents so that the t half-width t(level, n - 1) * sd / sqrt(n) is at most
// `margin` (same unit as sd). At least 2. Fields "expected_sd", "margin".
Expected<double> sample_size_mean(double expected_sd, double margin,
                                  double level = kDefaultLevel);

// The fewest extra promoters x (others unchanged) with
// (P + x - D) / (n + x) >= target / 100: x = ceil((target n / 100 - (P - D)) /
// (1 - target / 100)), 0 when already there. A target of 100 is reachable only
// if the score is already 100 (code "target_unreachable"); field "target".
Expected<double> promoters_needed(const NpsCounts& counts, double target_nps);

}  // namespace polso::stats
