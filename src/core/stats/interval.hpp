// The value types the intervals, comparisons and planning functions share.
#pragma once

#include <string>

namespace polso::stats {

// A confidence interval. `method` is one of "adjusted_wald", "wald",
// "bootstrap", "wilson", "newcombe", "t", "welch_t", "order_statistic".
// Percentages and NPS are on their display scale (0..100, -100..100 points).
struct Interval {
  std::string method;
  double level = 0.95;
  double low = 0.0;
  double high = 0.0;
};

// The three NPS groups as counts (whole numbers, doubles so n may reach 2^53).
struct NpsCounts {
  double promoters = 0;
  double passives = 0;
  double detractors = 0;
};

// What a mean interval or test needs of a sample.
struct MeanSummary {
  double mean = 0;
  double sd = 0;  // sample standard deviation (n - 1 denominator)
  double n = 0;
};

}  // namespace polso::stats
