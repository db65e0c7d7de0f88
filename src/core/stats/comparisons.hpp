// Two-sample comparisons: group B minus group A, two-sided tests.
#pragma once

#include <string>

#include "core/error.hpp"
#include "core/stats/interval.hpp"
#include "core/stats/validation.hpp"

namespace polso::stats {

struct Comparison {
  double difference = 0;    // B - A: NPS points, percentage points or mean units
  Interval interval;        // for the difference, at the requested level
  double statistic = 0;     // z or t
  double p_value = 1;       // two-sided
  bool significant = false; // p_value < 1 - level
  std::string test;         // "nps_z", "two_proportion_z", "welch_t"
  double degrees_of_freedom = 0;  // Welch-Satterthwaite df; 0 for z tests
};

// z = (nps_B - nps_A) / sqrt(var_A / n'_A + var_B / n'_B) with the
// adjusted-Wald variances (see nps_intervals.hpp). The interval is the
// observed difference +- z * that same standard error (method
// "adjusted_wald"), so it excludes 0 exactly when the test is significant.
// Error fields carry the suffix "_a" / "_b" ("promoters_a", ...).
Expected<Comparison> compare_nps(const NpsCounts& a, const NpsCounts& b,
                                 double level = kDefaultLevel);

// Test: pooled two-proportion z (the textbook test). Interval: Newcombe's
// hybrid score interval (method 10 of Newcombe 1998, built from the two
// Wilson intervals, method "newcombe"), which keeps its coverage for small
// samples and shares near 0 or 100% where the unpooled Wald does not. The two
// can disagree at the margin of significance. Percentage points.
Expected<Comparison> compare_proportions(double successes_a, double total_a,
                                         double successes_b, double total_b,
                                         double level = kDefaultLevel);

// Welch's unequal-variance t test and interval (method "welch_t"), df by
// Welch-Satterthwaite. Needs n >= 2 in each group and some variation.
Expected<Comparison> compare_means(const MeanSummary& a, const MeanSummary& b,
                                   double level = kDefaultLevel);

}  // namespace polso::stats
