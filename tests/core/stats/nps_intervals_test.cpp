#include "core/stats/nps_intervals.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace polso::stats {
namespace {

TEST(NpsIntervals, AdjustedWaldByHand) {
  // 30 promoters, 10 passives, 10 detractors (NPS 40).
  // n' = 53, p' = 30.75/53 = 0.580189, d' = 10.75/53 = 0.202830,
  // var = p' + d' - (p' - d')^2 = 0.783019 - 0.142399 = 0.640620,
  // half = 1.959964 * sqrt(0.640620 / 53) = 0.215482 -> 37.7358 +- 21.5482.
  const auto ci = nps_adjusted_wald_interval({30, 10, 10}, 0.95);
  ASSERT_TRUE(ci.ok());
  EXPECT_EQ(ci->method, "adjusted_wald");
  EXPECT_EQ(ci->level, 0.95);
  EXPECT_NEAR(ci->low, 16.187688039862971, 1e-9);  // mpmath
  EXPECT_NEAR(ci->high, 59.284010073344576, 1e-9);
}

TEST(NpsIntervals, WaldByHandCentredOnObservedScore) {
  // p = 0.6, d = 0.2, var = 0.8 - 0.16 = 0.64, half = 1.959964 * 0.8 / sqrt(50).
  const auto ci = nps_wald_interval({30, 10, 10}, 0.95);
  ASSERT_TRUE(ci.ok());
  EXPECT_EQ(ci->method, "wald");
  EXPECT_NEAR(ci->low, 17.825538810405153, 1e-9);
  EXPECT_NEAR(ci->high, 62.174461189594847, 1e-9);
  EXPECT_NEAR((ci->low + ci->high) / 2, 40.0, 1e-12);
}

TEST(NpsIntervals, ClippedToScaleAndWiderAtHigherLevel) {
  const auto all = nps_adjusted_wald_interval({5, 0, 0}, 0.99);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->high, 100.0);
  EXPECT_GT(all->low, -100.0);
  const auto wald_all = nps_wald_interval({5, 0, 0}, 0.95);  // zero variance
  EXPECT_EQ(wald_all->low, 100.0);
  EXPECT_EQ(wald_all->high, 100.0);
  const auto a90 = nps_adjusted_wald_interval({30, 10, 10}, 0.90);
  const auto a99 = nps_adjusted_wald_interval({30, 10, 10}, 0.99);
  EXPECT_LT(a99->low, a90->low);
  EXPECT_GT(a99->high, a90->high);
}

TEST(NpsIntervals, Validation) {
  const auto level = nps_adjusted_wald_interval({1, 1, 1}, 0.5);
  ASSERT_FALSE(level.ok());
  EXPECT_EQ(level.error().code, "confidence_level_out_of_range");
  EXPECT_EQ(level.error().field, "confidence_level");
  EXPECT_FALSE(level.error().message_it.empty());
  EXPECT_FALSE(nps_wald_interval({1, 1, 1}, 0.995).ok());
  EXPECT_TRUE(nps_wald_interval({1, 1, 1}, 0.80).ok());
  EXPECT_TRUE(nps_wald_interval({1, 1, 1}, 0.99).ok());
  const auto negative = nps_wald_interval({-1, 1, 1}, 0.95);
  EXPECT_EQ(negative.error().code, "invalid_count");
  EXPECT_EQ(negative.error().field, "promoters");
  EXPECT_EQ(nps_wald_interval({1, 1.5, 1}, 0.95).error().field, "passives");
  EXPECT_EQ(nps_wald_interval({0, 0, 0}, 0.95).error().code, "no_responses");
  EXPECT_EQ(nps_bootstrap_interval({1, 1, 1}, 0.95, {10, 1}).error().code,
            "bootstrap_resamples_out_of_range");
}

TEST(NpsIntervals, BootstrapIsReproducibleAndAgreesWithWaldForLargeN) {
  const NpsCounts counts{400, 300, 300};
  const auto a = nps_bootstrap_interval(counts, 0.95);
  const auto b = nps_bootstrap_interval(counts, 0.95);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->method, "bootstrap");
  EXPECT_EQ(a->low, b->low);
  EXPECT_EQ(a->high, b->high);
  const auto other_seed = nps_bootstrap_interval(counts, 0.95, {2000, 99});
  EXPECT_NE(a->low, other_seed->low);
  // Wald: 10 +- 1.96 * sqrt(0.69 / 1000) * 100 = 10 +- 5.148. With 2000
  // resamples the percentile bounds wander by about 0.2 points.
  const auto wald = nps_wald_interval(counts, 0.95);
  EXPECT_NEAR(a->low, wald->low, 0.6);
  EXPECT_NEAR(a->high, wald->high, 0.6);
}

TEST(NpsIntervals, BootstrapIsFastForAMillionResponses) {
  const NpsCounts counts{550000, 250000, 200000};
  const auto start = std::chrono::steady_clock::now();
  const auto ci = nps_bootstrap_interval(counts, 0.95);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(ci.ok());
  // var = 0.55 + 0.2 - 0.35^2 = 0.6275; half-width
  // 1.959964 * sqrt(0.6275 / 1e6) * 100 = 0.155259 points around 35.
  const auto wald = nps_wald_interval(counts, 0.95);
  EXPECT_NEAR(wald->high - wald->low, 2 * 0.155259, 1e-5);
  EXPECT_NEAR(ci->low, wald->low, 0.02);
  EXPECT_NEAR(ci->high, wald->high, 0.02);
  // A per-respondent loop would take seconds; binomial draws take microseconds.
  EXPECT_LT(seconds, 0.5);
}

TEST(NpsIntervals, BootstrapHandlesDegenerateShares) {
  const auto all_promoters = nps_bootstrap_interval({20, 0, 0}, 0.95);
  ASSERT_TRUE(all_promoters.ok());
  EXPECT_EQ(all_promoters->low, 100.0);
  EXPECT_EQ(all_promoters->high, 100.0);
  const auto all_detractors = nps_bootstrap_interval({0, 0, 7}, 0.95);
  EXPECT_EQ(all_detractors->low, -100.0);
}

}  // namespace
}  // namespace polso::stats
