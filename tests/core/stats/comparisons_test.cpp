#include "core/stats/comparisons.hpp"

#include <gtest/gtest.h>

namespace polso::stats {
namespace {

TEST(CompareNps, ByHand) {
  // A = 30/10/10 (NPS 40), B = 50/20/10 (NPS 50).
  // A: n' = 53, var = 0.640620; B: n' = 83, p' = 50.75/83, d' = 10.75/83,
  // var = 0.740018; se = 100 sqrt(0.640620/53 + 0.740018/83) = 13.4968,
  // z = 10 / 13.4968 = 0.740920, p = 2 (1 - Phi(0.7409)) = 0.458742.
  const auto c = compare_nps({30, 10, 10}, {50, 20, 10}, 0.95);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->test, "nps_z");
  EXPECT_NEAR(c->difference, 10.0, 1e-12);
  EXPECT_NEAR(c->statistic, 0.74091984822284837, 1e-10);  // mpmath
  EXPECT_NEAR(c->p_value, 0.45874204013910485, 1e-10);
  EXPECT_FALSE(c->significant);
  EXPECT_EQ(c->interval.method, "adjusted_wald");
  EXPECT_NEAR(c->interval.low, -16.453117557063349, 1e-8);
  EXPECT_NEAR(c->interval.high, 36.453117557063349, 1e-8);
}

TEST(CompareNps, LargeSamplesMakeSmallDifferencesSignificant) {
  const auto c = compare_nps({3000, 1000, 1000}, {5000, 2000, 1000}, 0.95);
  EXPECT_TRUE(c->significant);
  EXPECT_LT(c->p_value, 0.05);
  EXPECT_GT(c->interval.low, 0.0);  // interval and test agree
  EXPECT_EQ(compare_nps({1, 1, 1}, {-1, 1, 1}).error().field, "promoters_b");
}

TEST(CompareProportions, NewcombeWorkedExample) {
  // Newcombe (1998), example 56/70 vs 48/80: difference 0.2, method 10
  // interval 0.0524 to 0.3339. Pooled p = 104/150, se = sqrt(p(1-p)(1/70 +
  // 1/80)) = 0.075467, z = 2.6502, p = 0.00805.
  const auto c = compare_proportions(48, 80, 56, 70, 0.95);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->test, "two_proportion_z");
  EXPECT_NEAR(c->difference, 20.0, 1e-12);
  EXPECT_EQ(c->interval.method, "newcombe");
  EXPECT_NEAR(c->interval.low, 5.24, 0.005);
  EXPECT_NEAR(c->interval.high, 33.39, 0.005);
  EXPECT_NEAR(c->interval.low, 5.2431472402364878, 1e-8);  // mpmath
  EXPECT_NEAR(c->interval.high, 33.387265403690598, 1e-8);
  EXPECT_NEAR(c->statistic, 2.6501719512585326, 1e-10);
  EXPECT_NEAR(c->p_value, 0.0080450813681965847, 1e-12);
  EXPECT_TRUE(c->significant);
  // p = 0.008 is below 0.01, so it stays significant at 99%.
  EXPECT_TRUE(compare_proportions(48, 80, 56, 70, 0.99)->significant);
  // 5/70 vs 8/80: p = 0.56, not significant.
  EXPECT_FALSE(compare_proportions(8, 80, 5, 70, 0.95)->significant);
}

TEST(CompareProportions, DirectionAndDegenerateCases) {
  const auto reversed = compare_proportions(56, 70, 48, 80, 0.95);
  EXPECT_NEAR(reversed->difference, -20.0, 1e-12);
  EXPECT_NEAR(reversed->statistic, -2.6501719512585326, 1e-10);
  const auto none = compare_proportions(0, 10, 0, 20, 0.95);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->statistic, 0.0);
  EXPECT_EQ(none->p_value, 1.0);
  EXPECT_FALSE(none->significant);
  EXPECT_EQ(compare_proportions(5, 4, 1, 2).error().field, "successes_a");
  EXPECT_EQ(compare_proportions(1, 4, 1, 0).error().field, "total_b");
}

TEST(CompareMeans, WelchByHand) {
  // A: 20, sd 4, n 12; B: 23.5, sd 6, n 15. va = 16/12 = 1.3333, vb = 36/15
  // = 2.4, se = sqrt(3.7333) = 1.93218, t = 3.5 / 1.93218 = 1.81142,
  // df = 3.7333^2 / (1.3333^2/11 + 2.4^2/14) = 24.3223, p = 0.0824435.
  const auto c = compare_means({20, 4, 12}, {23.5, 6, 15}, 0.95);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->test, "welch_t");
  EXPECT_NEAR(c->difference, 3.5, 1e-12);
  EXPECT_NEAR(c->statistic, 1.8114220932736798, 1e-10);  // mpmath
  EXPECT_NEAR(c->degrees_of_freedom, 24.322320709105560, 1e-9);
  EXPECT_NEAR(c->p_value, 0.082443523105862106, 1e-10);
  EXPECT_FALSE(c->significant);
  EXPECT_EQ(c->interval.method, "welch_t");
  EXPECT_NEAR(c->interval.low, -0.48503613974777716, 1e-9);
  EXPECT_NEAR(c->interval.high, 7.4850361397477772, 1e-9);
  EXPECT_TRUE(compare_means({20, 4, 12}, {23.5, 6, 15}, 0.90)->significant);
}

TEST(CompareMeans, Validation) {
  EXPECT_EQ(compare_means({1, 0, 5}, {2, 0, 5}).error().code, "no_variation");
  EXPECT_EQ(compare_means({1, 1, 1}, {2, 1, 5}).error().field, "n_a");
  EXPECT_EQ(compare_means({1, 1, 5}, {2, -1, 5}).error().field, "sd_b");
  EXPECT_EQ(compare_means({1, 1, 5}, {2, 1, 5}, 0.6).error().code,
            "confidence_level_out_of_range");
}

}  // namespace
}  // namespace polso::stats
