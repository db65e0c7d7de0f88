// Confidence intervals for a proportion (Wilson) and a mean (Student t).
#pragma once

#include "core/error.hpp"
#include "core/stats/interval.hpp"
#include "core/stats/validation.hpp"

namespace polso::stats {

// Wilson score interval for successes / total, in percent (0..100). Unlike
// the Wald interval it stays inside 0..100 and keeps its coverage near 0% and
// 100%. Fields "successes", "total".
Expected<Interval> wilson_interval(double successes, double total,
                                   double level = kDefaultLevel);

// The Wilson bounds as shares (0..1) for a critical value z instead of a
// level: the Newcombe comparison inverts them to find its p-value.
struct ShareBounds {
  double low = 0, high = 1;
};
ShareBounds wilson_bounds(double successes, double total, double z);

// mean +- t(level, n - 1) * sd / sqrt(n); needs n >= 2. Fields "mean", "sd", "n".
Expected<Interval> t_interval(const MeanSummary& sample, double level = kDefaultLevel);

}  // namespace polso::stats
