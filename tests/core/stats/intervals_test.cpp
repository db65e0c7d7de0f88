#include "core/stats/intervals.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace polso::stats {
namespace {

TEST(Wilson, PublishedExampleEightOfTen) {
  // 8 of 10 at 95%: 0.4902 - 0.9433 (Newcombe 1998; Wilson 1927).
  const auto ci = wilson_interval(8, 10, 0.95);
  ASSERT_TRUE(ci.ok());
  EXPECT_EQ(ci->method, "wilson");
  EXPECT_NEAR(ci->low, 49.02, 0.005);
  EXPECT_NEAR(ci->high, 94.33, 0.005);
  EXPECT_NEAR(ci->low, 49.016247153664170, 1e-9);  // mpmath
  EXPECT_NEAR(ci->high, 94.331784854562475, 1e-9);
}

TEST(Wilson, ZeroSuccessesByHand) {
  // x = 0: low is 0 and high = z^2 / (n + z^2) = 3.841459 / 23.841459.
  const auto ci = wilson_interval(0, 20, 0.95);
  EXPECT_NEAR(ci->low, 0.0, 1e-12);
  EXPECT_NEAR(ci->high, 16.112515805281939, 1e-9);
  const auto all = wilson_interval(20, 20, 0.95);
  EXPECT_NEAR(all->low, 100 - 16.112515805281939, 1e-9);
  EXPECT_NEAR(all->high, 100.0, 1e-12);
}

TEST(Wilson, Validation) {
  EXPECT_EQ(wilson_interval(11, 10, 0.95).error().code, "successes_exceed_total");
  EXPECT_EQ(wilson_interval(1, 0, 0.95).error().code, "no_responses");
  EXPECT_EQ(wilson_interval(1, 10, 1.0).error().code, "confidence_level_out_of_range");
  EXPECT_EQ(wilson_interval(NAN, 10, 0.95).error().field, "successes");
}

TEST(TInterval, ByHand) {
  // mean 10, sd 2, n 16: t(0.975, 15) = 2.131450, se = 0.5 -> 10 +- 1.065725.
  const auto ci = t_interval({10, 2, 16}, 0.95);
  ASSERT_TRUE(ci.ok());
  EXPECT_EQ(ci->method, "t");
  EXPECT_NEAR(ci->low, 8.9342752272201122, 1e-10);
  EXPECT_NEAR(ci->high, 11.065724772779888, 1e-10);
}

TEST(TInterval, Validation) {
  EXPECT_EQ(t_interval({10, 2, 1}, 0.95).error().code, "too_few_values");
  EXPECT_EQ(t_interval({10, -2, 5}, 0.95).error().code, "negative_value");
  EXPECT_EQ(t_interval({INFINITY, 2, 5}, 0.95).error().field, "mean");
  EXPECT_EQ(t_interval({10, 2, 5}, 0.7).error().code, "confidence_level_out_of_range");
  const auto zero_sd = t_interval({3, 0, 5}, 0.95);
  EXPECT_EQ(zero_sd->low, 3.0);
  EXPECT_EQ(zero_sd->high, 3.0);
}

}  // namespace
}  // namespace polso::stats
