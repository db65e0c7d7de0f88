#include "core/stats/order_statistics.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <vector>

#include "core/stats/distributions.hpp"

namespace polso::stats {
namespace {

std::vector<double> one_to(int n) {
  std::vector<double> v(static_cast<std::size_t>(n));
  std::iota(v.begin(), v.end(), 1.0);
  return v;
}

TEST(OrderStatistics, MedianOfTwentyUsesRanksSixAndFifteen) {
  // Binomial(20, 1/2): P(B <= 5) = 0.0207 <= 0.025 < P(B <= 6) = 0.0577, and
  // P(B <= 13) = 0.9423 < 0.975 <= P(B <= 14) = 0.9793: ranks 6 and 15, the
  // published table value; coverage 0.97931 - 0.02069 = 0.95861.
  const auto xs = one_to(20);
  const auto ci = median_interval(xs, 0.95);
  ASSERT_TRUE(ci.ok());
  EXPECT_EQ(ci->interval.method, "order_statistic");
  EXPECT_EQ(ci->lower_rank, 6);
  EXPECT_EQ(ci->upper_rank, 15);
  EXPECT_EQ(ci->interval.low, 6.0);
  EXPECT_EQ(ci->interval.high, 15.0);
  EXPECT_NEAR(ci->coverage, 1 - 2 * 21700.0 / 1048576.0, 1e-12);  // sum C(20,k), k<=5
  EXPECT_TRUE(ci->level_reached);
  EXPECT_FALSE(ci->warning.has_value());
}

TEST(OrderStatistics, TooFewValuesFallsBackToRangeAndFlagsIt) {
  // n = 5: even [min, max] covers only 1 - 2 / 32 = 0.9375 < 0.95.
  const std::vector<double> five = {3, 4, 8, 9, 12};
  const auto ci = median_interval(five, 0.95);
  ASSERT_TRUE(ci.ok());
  EXPECT_EQ(ci->interval.low, 3.0);
  EXPECT_EQ(ci->interval.high, 12.0);
  EXPECT_NEAR(ci->coverage, 0.9375, 1e-15);
  EXPECT_FALSE(ci->level_reached);
  ASSERT_TRUE(ci->warning.has_value());
  EXPECT_EQ(ci->warning->code, "too_few_values_for_level");
  // n = 6: [min, max] covers 1 - 2 / 64 = 0.96875, enough.
  const auto six = median_interval(one_to(6), 0.95);
  EXPECT_EQ(six->lower_rank, 1);
  EXPECT_EQ(six->upper_rank, 6);
  EXPECT_NEAR(six->coverage, 0.96875, 1e-15);
  EXPECT_TRUE(six->level_reached);
}

TEST(OrderStatistics, ExtremeQuantileOfSmallSampleUsesRange) {
  // The 0.9 quantile of 10 values: the upper rank would exceed 10.
  const auto ci = quantile_interval(one_to(10), 0.9, 0.95);
  ASSERT_TRUE(ci.ok());
  EXPECT_EQ(ci->upper_rank, 10);
  EXPECT_NEAR(ci->coverage, 1 - std::pow(0.9, 10) - std::pow(0.1, 10), 1e-14);
  EXPECT_FALSE(ci->level_reached);  // 0.6513
}

TEST(OrderStatistics, LargeSampleMatchesNormalApproximationOfRanks) {
  // n = 10000, q = 0.9: ranks near n q -+ z sqrt(n q (1 - q)) = 9000 -+ 58.8.
  const auto xs = one_to(10000);
  const auto ci = quantile_interval(xs, 0.9, 0.95);
  ASSERT_TRUE(ci.ok());
  EXPECT_NEAR(ci->lower_rank, 9000 - 58.8, 2.0);
  EXPECT_NEAR(ci->upper_rank, 9000 + 58.8 + 1, 2.0);
  EXPECT_GE(ci->coverage, 0.95);
  EXPECT_LT(ci->coverage, 0.953);
  // Equal tails: each rank is the most extreme one that keeps its tail <= 2.5%.
  const double n = 10000;
  EXPECT_LE(binomial_cdf(ci->lower_rank - 1, n, 0.9), 0.025);
  EXPECT_GT(binomial_cdf(ci->lower_rank, n, 0.9), 0.025);
  EXPECT_GE(binomial_cdf(ci->upper_rank - 1, n, 0.9), 0.975);
  EXPECT_LT(binomial_cdf(ci->upper_rank - 2, n, 0.9), 0.975);
}

TEST(OrderStatistics, Validation) {
  const std::vector<double> unsorted = {3, 1, 2};
  EXPECT_EQ(median_interval(unsorted).error().code, "values_not_sorted");
  EXPECT_EQ(median_interval(std::vector<double>{}).error().code, "no_responses");
  EXPECT_EQ(quantile_interval(one_to(10), 1.0).error().code, "quantile_out_of_range");
  EXPECT_EQ(median_interval(one_to(10), 0.999).error().code,
            "confidence_level_out_of_range");
}

}  // namespace
}  // namespace polso::stats
