// Distribution-free confidence interval for a median or any quantile, read
// off the sorted sample at ranks chosen from the binomial distribution.
#pragma once

#include <optional>
#include <span>

#include "core/error.hpp"
#include "core/stats/interval.hpp"
#include "core/stats/validation.hpp"

namespace polso::stats {

struct QuantileInterval {
  Interval interval;        // method "order_statistic"
  double lower_rank = 0;    // 1-based ranks of the bounds in the sorted sample
  double upper_rank = 0;
  double coverage = 0;      // exact coverage P(x_(l) <= true quantile < x_(u))
  bool level_reached = true;
  std::optional<Warning> warning;  // set when level_reached is false
};

// Equal-tailed ranks: l is the largest rank with P(B <= l - 1) <= alpha/2 and
// u the smallest with P(B <= u - 1) >= 1 - alpha/2, B ~ Binomial(n, q).
// Exact binomial for every n (the incomplete beta keeps this cheap).
// Fallback: when a rank falls outside 1..n the interval becomes the sample
// range [min, max]; its coverage is 1 - q^n - (1 - q)^n, and if that is below
// the level (a median needs n >= 6 at 95%) `level_reached` is false and a
// warning says so. Coverage is exact for continuous data and conservative
// with ties. `sorted` must be ascending and finite (field "values").
Expected<QuantileInterval> quantile_interval(std::span<const double> sorted, double q,
                                             double level = kDefaultLevel);
Expected<QuantileInterval> median_interval(std::span<const double> sorted,
                                           double level = kDefaultLevel);

}  // namespace polso::stats
