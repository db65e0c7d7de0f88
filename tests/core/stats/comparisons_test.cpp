#include "core/stats/comparisons.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace polso::stats {
namespace {

TEST(CompareNps, ByHand) {
  // A = 30/10/10 (NPS 40), B = 50/20/10 (NPS 50). Adjusted Wald (Sauro &
  // Lewis): A: n' = 53, NPS' = 20/53; B: n' = 83, NPS' = 40/83; the centre is
  // their difference 10.4582 (not the observed 10: that is the old,
  // observed-centred figure z = 0.7409). Values from
  // tests/core/stats/comparisons_reference.py (standard library only).
  const auto c = compare_nps({30, 10, 10}, {50, 20, 10}, 0.95);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->test, "nps_z");
  EXPECT_NEAR(c->difference, 10.0, 1e-12);
  EXPECT_NEAR(c->statistic, 0.7747741081666519, 1e-10);
  EXPECT_NEAR(c->p_value, 0.43847315137229437, 1e-10);
  EXPECT_FALSE(c->significant);
  EXPECT_EQ(c->interval.method, "adjusted_wald");
  EXPECT_NEAR(c->interval.low, -15.996195529329768, 1e-8);
  EXPECT_NEAR(c->interval.high, 36.91003958479692, 1e-8);
}

TEST(CompareNps, AHandfulOfAnswersIsNotConclusive) {
  // 1 detractor against 3 promoters: the observed-centred z said p < 0.001;
  // the adjusted centre (−25 → +50) gives p = 0.113, and the interval,
  // stretched to hold the observed +200, reaches 200 (reference script).
  const auto c = compare_nps({0, 0, 1}, {3, 0, 0}, 0.95);
  ASSERT_TRUE(c.ok());
  EXPECT_NEAR(c->p_value, 0.11300913889451225, 1e-10);
  EXPECT_NEAR(c->interval.low, -17.753798577270572, 1e-8);
  EXPECT_EQ(c->interval.high, 200.0);
  EXPECT_FALSE(c->significant);
}

TEST(CompareNps, PlainWaldWhenAsked) {
  // Item 6: the request's interval_method reaches the difference. Wald on
  // 30/10/10 vs 50/20/10: var_A = 0.8 − 0.16 = 0.64, var_B = 0.75 − 0.25 =
  // 0.5 (shares 50/80, 10/80 → 0.75, 0.5²), se = 100 sqrt(0.64/50 + 0.5/80)
  // = 13.8022, z = 10 / 13.8022 = 0.72452.
  const auto c = compare_nps({30, 10, 10}, {50, 20, 10}, 0.95, "wald");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->interval.method, "wald");
  const double se = 100 * std::sqrt(0.64 / 50 + 0.5 / 80);
  EXPECT_NEAR(c->statistic, 10 / se, 1e-12);
  EXPECT_NEAR(c->interval.low, 10 - 1.959963984540054 * se, 1e-9);
  // All promoters on both sides: no spread and no difference.
  const auto same = compare_nps({10, 0, 0}, {20, 0, 0}, 0.95, "wald");
  EXPECT_EQ(same->p_value, 1.0);
  EXPECT_FALSE(same->significant);
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
  // interval 0.0524 to 0.3339. The p-value inverts that interval: the lower
  // bound reaches 0 at z = 2.64649, p = 0.0081331 (reference script; the
  // pooled z test, a different procedure, said 2.6502 and 0.00805).
  const auto c = compare_proportions(48, 80, 56, 70, 0.95);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->test, "newcombe");
  EXPECT_NEAR(c->difference, 20.0, 1e-12);
  EXPECT_EQ(c->interval.method, "newcombe");
  EXPECT_NEAR(c->interval.low, 5.24, 0.005);
  EXPECT_NEAR(c->interval.high, 33.39, 0.005);
  EXPECT_NEAR(c->interval.low, 5.2431472402364878, 1e-8);  // mpmath
  EXPECT_NEAR(c->interval.high, 33.387265403690598, 1e-8);
  EXPECT_NEAR(c->statistic, 2.6464921053369688, 1e-9);
  EXPECT_NEAR(c->p_value, 0.008133140358606905, 1e-10);
  EXPECT_TRUE(c->significant);
  // p = 0.008 is below 0.01, so it stays significant at 99%.
  EXPECT_TRUE(compare_proportions(48, 80, 56, 70, 0.99)->significant);
  // 5/70 vs 8/80: p = 0.56, not significant.
  EXPECT_FALSE(compare_proportions(8, 80, 5, 70, 0.95)->significant);
}

TEST(CompareProportions, VerdictPValueAndIntervalAgree) {
  // Item 3: CSAT 64/68 vs 233/274 was "95% CI −15 to 0 … significant,
  // p = 0.047" (pooled z against Newcombe). Inverting Newcombe: p = 0.05024,
  // interval −14.99 to +0.012, not significant (reference script).
  const auto c = compare_proportions(64, 68, 233, 274, 0.95);
  ASSERT_TRUE(c.ok());
  EXPECT_NEAR(c->p_value, 0.05024215024552969, 1e-9);
  EXPECT_NEAR(c->interval.low, -14.989359719474729, 1e-8);
  EXPECT_NEAR(c->interval.high, 0.011958423423018283, 1e-8);
  EXPECT_FALSE(c->significant);
}

TEST(CompareProportions, DirectionAndDegenerateCases) {
  const auto reversed = compare_proportions(56, 70, 48, 80, 0.95);
  EXPECT_NEAR(reversed->difference, -20.0, 1e-12);
  EXPECT_NEAR(reversed->statistic, -2.6464921053369688, 1e-9);
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
