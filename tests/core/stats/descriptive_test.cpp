#include "core/stats/descriptive.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace polso::stats {
namespace {

TEST(Descriptive, MeanAndSdByHand) {
  const std::vector<double> xs = {2, 4, 4, 4, 5, 5, 7, 9};
  EXPECT_DOUBLE_EQ(mean(xs), 5.0);  // 40 / 8
  // Squared deviations sum to 32; 32 / 7 is the sample variance.
  EXPECT_DOUBLE_EQ(sample_sd(xs), std::sqrt(32.0 / 7.0));
}

TEST(Descriptive, EmptyAndSingleton) {
  EXPECT_EQ(mean(std::vector<double>{}), 0.0);
  EXPECT_EQ(sample_sd(std::vector<double>{3.0}), 0.0);
  EXPECT_EQ(quantile_sorted(std::vector<double>{}, 0.5), 0.0);
}

TEST(Descriptive, MeanKeepsSmallTermsNextToLargeOnes) {
  // Naive summation of 1e16 + 1 + 1 + ... loses every 1; Kahan keeps them.
  std::vector<double> xs(1001, 1.0);
  xs[0] = 1e16;
  EXPECT_DOUBLE_EQ(mean(xs), (1e16 + 1000.0) / 1001.0);
}

TEST(Descriptive, QuantileType7MatchesR) {
  // R: quantile(c(1, 2, 3, 4, 10), c(0, .1, .25, .5, .9, 1)) (type 7)
  const std::vector<double> s = {1, 2, 3, 4, 10};
  EXPECT_DOUBLE_EQ(quantile_sorted(s, 0.0), 1.0);
  EXPECT_DOUBLE_EQ(quantile_sorted(s, 0.1), 1.4);
  EXPECT_DOUBLE_EQ(quantile_sorted(s, 0.25), 2.0);
  EXPECT_DOUBLE_EQ(quantile_sorted(s, 0.5), 3.0);
  EXPECT_DOUBLE_EQ(quantile_sorted(s, 0.9), 7.6);
  EXPECT_DOUBLE_EQ(quantile_sorted(s, 1.0), 10.0);
}

TEST(Descriptive, SortedCopyLeavesInputAlone) {
  const std::vector<double> xs = {3, 1, 2};
  EXPECT_EQ(sorted_copy(xs), (std::vector<double>{1, 2, 3}));
  EXPECT_EQ(xs, (std::vector<double>{3, 1, 2}));
}

}  // namespace
}  // namespace polso::stats
