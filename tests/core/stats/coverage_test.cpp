// Coverage simulations with a fixed seed: over 2000 simulated samples a 95%
// interval must contain the true value 93-97% of the time (the simulation's
// own standard error is 0.5 points).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/stats/descriptive.hpp"
#include "core/stats/intervals.hpp"
#include "core/stats/nps_intervals.hpp"
#include "core/stats/order_statistics.hpp"
#include "core/stats/random.hpp"

namespace polso::stats {
namespace {

constexpr int kSamples = 2000;

TEST(Coverage, AdjustedWaldNps) {
  // 60 respondents, 45% promoters, 25% detractors: true NPS 20.
  Rng rng = make_rng(2024);
  int covered = 0;
  for (int i = 0; i < kSamples; ++i) {
    const double promoters = binomial(rng, 60, 0.45);
    const double detractors = binomial(rng, 60 - promoters, 0.25 / 0.55);
    const auto ci = nps_adjusted_wald_interval({promoters, 60 - promoters - detractors,
                                                detractors}, 0.95);
    ASSERT_TRUE(ci.ok());
    covered += ci->low <= 20 && 20 <= ci->high;
  }
  EXPECT_GE(covered, 0.93 * kSamples);
  EXPECT_LE(covered, 0.97 * kSamples);
}

TEST(Coverage, Wilson) {
  Rng rng = make_rng(7);
  int covered = 0;
  for (int i = 0; i < kSamples; ++i) {
    const auto ci = wilson_interval(binomial(rng, 40, 0.3), 40, 0.95);
    covered += ci->low <= 30 && 30 <= ci->high;
  }
  EXPECT_GE(covered, 0.93 * kSamples);
  EXPECT_LE(covered, 0.97 * kSamples);
}

TEST(Coverage, TIntervalForMean) {
  Rng rng = make_rng(99);
  int covered = 0;
  std::vector<double> xs(15);
  for (int i = 0; i < kSamples; ++i) {
    for (double& x : xs) x = 5 + 2 * standard_normal(rng);
    const auto ci = t_interval({mean(xs), sample_sd(xs), 15}, 0.95);
    covered += ci->low <= 5 && 5 <= ci->high;
  }
  EXPECT_GE(covered, 0.93 * kSamples);
  EXPECT_LE(covered, 0.97 * kSamples);
}

TEST(Coverage, OrderStatisticMedian) {
  // Exponential data (skewed), true median ln 2; exact coverage for n = 25 is
  // 0.9567, the level rounded up to what ranks can give.
  Rng rng = make_rng(5);
  int covered = 0;
  std::vector<double> xs(25);
  for (int i = 0; i < kSamples; ++i) {
    for (double& x : xs) x = -std::log(uniform01(rng));
    std::sort(xs.begin(), xs.end());
    const auto ci = median_interval(xs, 0.95);
    EXPECT_NEAR(ci->coverage, 0.9567, 1e-4);
    covered += ci->interval.low <= std::log(2.0) && std::log(2.0) <= ci->interval.high;
  }
  EXPECT_GE(covered, 0.93 * kSamples);
  EXPECT_LE(covered, 0.98 * kSamples);
}

}  // namespace
}  // namespace polso::stats
