// Two-sample comparisons: group B minus group A, two-sided tests.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/stats/interval.hpp"
#include "core/stats/validation.hpp"

namespace polso::stats {

struct Comparison {
  double difference = 0;    // B - A: NPS points, percentage points or mean units
  Interval interval;        // for the difference, at the requested level
  double statistic = 0;     // z or t (for "newcombe": the z whose p-value this is)
  double p_value = 1;       // two-sided, from inverting `interval`'s procedure
  bool significant = false; // the interval excludes 0 <=> p_value < 1 - level
  std::string test;         // "nps_z", "newcombe", "welch_t"
  double degrees_of_freedom = 0;  // Welch-Satterthwaite df; 0 for z tests
};

// Every comparison's test is the inversion of its interval, so the verdict,
// the p-value and the interval cannot disagree. This sets `significant` from
// the interval and, where floating point puts p a last bit across 1 - level,
// moves p to the interval's side.
void settle_verdict(Comparison& c);

// Keeps the interval within ±range (the widest difference the metric allows);
// 0 and the observed difference lie inside, so the verdict does not change.
void clip_difference(Comparison& c, double range);

// `method` "adjusted_wald" (default; Sauro & Lewis): each side gets 3 more
// answers, 3/4 of one each to promoters and detractors; the interval is the
// difference of the adjusted scores ± z * sqrt(var'_A / n'_A + var'_B / n'_B),
// stretched to hold the observed difference, within ±200. "wald": the same
// without the added answers (centred on the observed difference). z =
// centre / se; p = 2 * upper tail of |z| (1 when the observed difference is 0
// or across 0 from the centre). Error fields carry the suffix "_a" / "_b".
Expected<Comparison> compare_nps(const NpsCounts& a, const NpsCounts& b,
                                 double level = kDefaultLevel,
                                 std::string_view method = "adjusted_wald");

// Newcombe's hybrid score interval (method 10 of Newcombe 1998, built from
// the two Wilson intervals, method "newcombe"), which keeps its coverage for
// small samples and shares near 0 or 100%, and the test that inverts it
// (test "newcombe"): p is 1 - the level at which the interval first holds 0.
// Percentage points.
Expected<Comparison> compare_proportions(double successes_a, double total_a,
                                         double successes_b, double total_b,
                                         double level = kDefaultLevel);

// Welch's unequal-variance t test and interval (method "welch_t"), df by
// Welch-Satterthwaite. Needs n >= 2 in each group and some variation.
Expected<Comparison> compare_means(const MeanSummary& a, const MeanSummary& b,
                                   double level = kDefaultLevel);

}  // namespace polso::stats
