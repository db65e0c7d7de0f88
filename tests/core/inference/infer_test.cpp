#include "core/inference/infer.hpp"

#include <gtest/gtest.h>

#include "core/inference/inference_test_support.hpp"

namespace polso::inference {
namespace {

using namespace polso::inference::testing;

TEST(Infer, DurationsGetTheMedianOrderStatisticInterval) {
  // 1..20 shuffled: the 95% ranks for a median of 20 are 6 and 15 (binomial
  // tables: P(B <= 5) = 0.0207 <= 0.025 < P(B <= 6) = 0.0577).
  const std::vector<double> xs{20, 3, 17, 1, 8, 12, 5, 19, 14, 2, 11, 7, 16, 4, 9, 13, 18, 6, 15, 10};
  const Inputs in{{"durations_seconds", xs}};
  auto r = infer(eval_ok("resolution_time", in), in, {});
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r->median_interval);
  EXPECT_EQ(r->median_interval->method, "order_statistic");
  EXPECT_EQ(r->median_interval->low, 6);
  EXPECT_EQ(r->median_interval->high, 15);
  ASSERT_TRUE(r->interval);
  EXPECT_EQ(r->interval->method, "t");
  EXPECT_TRUE(r->warnings.empty());
}

TEST(Infer, TooFewDurationsForTheMedianLevelAreWarnedAbout) {
  const Inputs in{{"durations_seconds", list({30, 60, 90})}};
  auto r = infer(eval_ok("first_response_time", in), in, {});
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r->median_interval);
  EXPECT_EQ(r->median_interval->low, 30);
  EXPECT_EQ(r->median_interval->high, 90);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].code, "median_interval_level_not_reached");
  EXPECT_EQ(r->warnings[0].field, "durations_seconds");
}

TEST(Infer, OtherMetricsHaveNoMedianInterval) {
  const Inputs in{{"promoters", 20.0}, {"passives", 10.0}, {"detractors", 7.0}};
  auto r = infer(eval_ok("nps", in), in, {0.90, "wald"});
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->median_interval);
  ASSERT_TRUE(r->interval);
  EXPECT_EQ(r->interval->method, "wald");
  EXPECT_DOUBLE_EQ(r->interval->level, 0.90);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].code, "wide_interval");
}

TEST(Infer, PassesOnALevelError) {
  const Inputs in{{"promoters", 20.0}, {"passives", 10.0}, {"detractors", 7.0}};
  EXPECT_FALSE(infer(eval_ok("nps", in), in, {1.5, "adjusted_wald"}).ok());
}

}  // namespace
}  // namespace polso::inference
