#include "core/stats/planning.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/stats/distributions.hpp"

namespace polso::stats {
namespace {

TEST(Planning, ProportionTextbookSizes) {
  // 1.959964^2 * 0.25 / 0.05^2 = 384.15 -> 385; at +-3 points 1067.07 -> 1068.
  EXPECT_EQ(*sample_size_proportion(50, 5, 0.95), 385.0);
  EXPECT_EQ(*sample_size_proportion(50, 3, 0.95), 1068.0);
  // 90%: 1.644854^2 * 0.21 / 0.04^2 = 355.1 -> 356.
  EXPECT_EQ(*sample_size_proportion(30, 4, 0.90), 356.0);
  // Item 5: at 0% or 100% Wald's p(1 − p) = 0 gave n = 1. The Wilson
  // interval shown for 0 of n is 0 to z²/(n + z²), half-width z²/(2(n + z²))
  // <= 0.05 from n = 34.6 → 35 (comparisons_reference.py scans n one by one).
  EXPECT_EQ(*sample_size_proportion(0, 5, 0.95), 35.0);
  EXPECT_EQ(*sample_size_proportion(100, 5, 0.95), 35.0);
  // At 10% Wald's 139 would leave the Wilson interval at ±5.04: 141.
  EXPECT_EQ(*sample_size_proportion(10, 5, 0.95), 141.0);
  // A margin past ±50 points is wider than the scale.
  EXPECT_EQ(sample_size_proportion(50, 50.5).error().code, "margin_out_of_range");
  EXPECT_EQ(sample_size_proportion(120, 5).error().field, "expected_percent");
  EXPECT_EQ(sample_size_proportion(50, 0).error().code, "margin_out_of_range");
}

TEST(Planning, NpsSize) {
  // p = 0.5, d = 0.2: var = 0.7 - 0.09 = 0.61; 3.841459 * 0.61 / 0.05^2 = 937.3.
  EXPECT_EQ(*sample_size_nps(50, 20, 5, 0.95), 938.0);
  // The resulting Wald half-width is within the margin, one fewer is not.
  const double z = normal_critical(0.95);
  EXPECT_LE(100 * z * std::sqrt(0.61 / 938), 5.0);
  EXPECT_GT(100 * z * std::sqrt(0.61 / 937), 5.0);
  EXPECT_EQ(sample_size_nps(70, 40, 5).error().field, "detractors_percent");
  // Item 5: NPS 100 or −100 (and all passives) gave n = 1; the adjusted-Wald
  // interval shown at those shares needs 80 (46) answers for ±5
  // (comparisons_reference.py). A margin of 150 points exceeds the scale.
  EXPECT_EQ(*sample_size_nps(100, 0, 5, 0.95), 80.0);
  EXPECT_EQ(*sample_size_nps(0, 100, 5, 0.95), 80.0);
  EXPECT_EQ(*sample_size_nps(0, 0, 5, 0.95), 46.0);
  EXPECT_EQ(sample_size_nps(50, 20, 150).error().code, "margin_out_of_range");
}

TEST(Planning, MeanSizeUsesT) {
  // sd 10, margin 2: normal gives 96.04 -> 97, but t(96) = 1.98498 widens it;
  // n = 99 is the first with t(n - 1) * 10 / sqrt(n) <= 2.
  const auto n = sample_size_mean(10, 2, 0.95);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 99.0);
  EXPECT_LE(student_t_critical(0.95, 98) * 10 / std::sqrt(99.0), 2.0);
  EXPECT_GT(student_t_critical(0.95, 97) * 10 / std::sqrt(98.0), 2.0);
  EXPECT_EQ(*sample_size_mean(0, 1), 2.0);
  // Item 1: sd 1, margin 2 gave 41 (one step from t(1) = 12.7). From t
  // tables: t(.975, 2) = 4.302653 / sqrt(3) = 2.484 > 2, t(.975, 3) =
  // 3.182446 / 2 = 1.591 <= 2, so 4.
  EXPECT_EQ(*sample_size_mean(1, 2, 0.95), 4.0);
  // sd 1, margin 1.4: t(.975, 3) / 2 = 1.591 > 1.4, t(.975, 4) = 2.776445 /
  // sqrt(5) = 1.2417 <= 1.4, so 5; margin 1: t(.975, 6) = 2.446912 / sqrt(7)
  // = 0.9248 <= 1, t(.975, 5) = 2.570582 / sqrt(6) = 1.0494 > 1, so 7.
  EXPECT_EQ(*sample_size_mean(1, 1.4, 0.95), 5.0);
  EXPECT_EQ(*sample_size_mean(1, 1, 0.95), 7.0);
  // sd 60 s, margin 90 s: t(.975, 3) × 60 / 2 = 95.5 > 90; t(.975, 4) × 60 /
  // sqrt(5) = 74.5 <= 90, so 5 (was 72).
  EXPECT_EQ(*sample_size_mean(60, 90, 0.95), 5.0);
  EXPECT_EQ(sample_size_mean(-1, 1).error().field, "expected_sd");
}

TEST(Planning, PromotersNeededClosedFormByHand) {
  const NpsCounts counts{30, 10, 10};  // NPS 40
  // Target 50: x >= (0.5 * 50 - 20) / 0.5 = 10; check (40 - 10) / 60 = 0.5.
  EXPECT_EQ(*promoters_needed(counts, 50), 10.0);
  // Target 60: (30 - 20) / 0.4 = 25; (55 - 10) / 75 = 0.6.
  EXPECT_EQ(*promoters_needed(counts, 60), 25.0);
  // Target 45: (22.5 - 20) / 0.55 = 4.55 -> 5; (35 - 10) / 55 = 45.45 but
  // 4 gives (34 - 10) / 54 = 44.4.
  EXPECT_EQ(*promoters_needed(counts, 45), 5.0);
  EXPECT_EQ(*promoters_needed(counts, 40), 0.0);
  EXPECT_EQ(*promoters_needed(counts, -20), 0.0);
  // Target 99: (49.5 - 20) / 0.01 = 2950.
  EXPECT_EQ(*promoters_needed(counts, 99), 2950.0);
}

TEST(Planning, PromotersNeededLimits) {
  const auto unreachable = promoters_needed({30, 10, 10}, 100);
  ASSERT_FALSE(unreachable.ok());
  EXPECT_EQ(unreachable.error().code, "target_unreachable");
  EXPECT_FALSE(unreachable.error().message_it.empty());
  EXPECT_EQ(*promoters_needed({5, 0, 0}, 100), 0.0);
  EXPECT_EQ(promoters_needed({30, 10, 10}, 101).error().code, "target_out_of_range");
  EXPECT_EQ(promoters_needed({0, 0, 0}, 10).error().code, "no_responses");
  // Large n: 2^50 respondents, NPS 0, target 10 -> n * 0.1 / 0.9 rounded up.
  const double n = 1125899906842624.0;
  const auto x = promoters_needed({n / 4, n / 2, n / 4}, 10);
  ASSERT_TRUE(x.ok());
  EXPECT_NEAR(*x, std::ceil(n / 9), 2.0);
  // 10^14 detractors to NPS 99 needs about 2 x 10^16 promoters, past 2^53
  // where adding one changes nothing: answered at once, not stepped forever.
  const auto huge = promoters_needed({0, 0, 1e14}, 99);
  ASSERT_TRUE(huge.ok());
  EXPECT_NEAR(*huge / ((0.99 * 1e14 + 1e14) / 0.01), 1.0, 1e-12);
  // Exactly: x = 199 × 10^14, a double; the closed form in doubles gave
  // 19,899,999,999,999,984.
  EXPECT_EQ(*huge, 19900000000000000.0);
  // n = 2^50 exactly by whole numbers: ceil(2^50 / 9) = 125,099,989,649,181.
  EXPECT_EQ(*x, 125099989649181.0);
  // A target with decimals, checked by stepping: 5/3/7 to 33.33 takes 11.
  EXPECT_EQ(*promoters_needed({5, 3, 7}, 33.33), 11.0);
}

}  // namespace
}  // namespace polso::stats
