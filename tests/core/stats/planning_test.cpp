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
  EXPECT_EQ(*sample_size_proportion(0, 5, 0.95), 1.0);
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
}

}  // namespace
}  // namespace polso::stats
