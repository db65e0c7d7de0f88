// Engagement and web metrics (METRICS.md section 3). Expected values are
// worked by hand in the comments.
#include <gtest/gtest.h>

#include "core/evaluate.hpp"
#include "metric_test_support.hpp"

namespace polso::metric_testing {
namespace {

Result share(std::string_view id, std::string part, double p, std::string whole, double w) {
  return evaluate(id, Inputs{{std::move(part), p}, {std::move(whole), w}});
}

TEST(EngagementRateMetric, ActiveOverTotal) {
  // 45 / 180 = 25%.
  const auto r = share("engagement_rate", "active_customers", 45, "total_customers", 180);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 25.0);
  EXPECT_EQ(unit_of(r), "percent");
  EXPECT_EQ(num_detail(r, "active_customers"), 45.0);
  EXPECT_EQ(num_detail(r, "total_customers"), 180.0);
  EXPECT_TRUE(fails_with(share("engagement_rate", "active_customers", 181, "total_customers", 180),
                         "part_exceeds_whole", "active_customers"));
  EXPECT_TRUE(fails_with(share("engagement_rate", "active_customers", 0, "total_customers", 0),
                         "zero_denominator", "total_customers"));
}

TEST(RepeatInteractionRateMetric, RepeatOverTotal) {
  // 18 / 24 = 75%.
  EXPECT_EQ(share("repeat_interaction_rate", "repeat_customers", 18, "total_customers", 24)->outcome.value, 75.0);
  EXPECT_TRUE(fails_with(share("repeat_interaction_rate", "repeat_customers", 25, "total_customers", 24),
                         "part_exceeds_whole", "repeat_customers"));
}

TEST(CtrMetric, CalculatorSixOfTenIsSixty) {
  const auto r = share("ctr", "clicks", 6, "impressions", 10);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 60.0);
  EXPECT_EQ(unit_of(r), "percent");
  EXPECT_EQ(r->band, nullptr);
}

TEST(CtrMetric, HandCaseAndErrors) {
  // 3 / 1,200 = 0.0025 -> 0.25%.
  EXPECT_NEAR(share("ctr", "clicks", 3, "impressions", 1200)->outcome.value, 0.25, 1e-9);
  EXPECT_TRUE(fails_with(share("ctr", "clicks", 11, "impressions", 10), "part_exceeds_whole", "clicks"));
  EXPECT_TRUE(fails_with(share("ctr", "clicks", 0, "impressions", 0), "zero_denominator", "impressions"));
  EXPECT_EQ(share("ctr", "clicks", 10, "impressions", 10)->outcome.value, 100.0);  // equal is allowed
}

TEST(ConversionRateMetric, ConversionsOverVisitors) {
  // 27 / 900 = 3%.
  EXPECT_NEAR(share("conversion_rate", "conversions", 27, "visitors", 900)->outcome.value, 3.0, 1e-9);
  EXPECT_TRUE(fails_with(share("conversion_rate", "conversions", 901, "visitors", 900), "part_exceeds_whole", "conversions"));
}

TEST(BounceRateMetric, ValueAndBandAtForty) {
  // 123 / 500 = 24.6% -> good.
  const auto r = share("bounce_rate", "bounced_sessions", 123, "sessions", 500);
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r->outcome.value, 24.6, 1e-9);
  EXPECT_EQ(band_of(r), "good");
  EXPECT_EQ(band_of(share("bounce_rate", "bounced_sessions", 40, "sessions", 100)), "high");   // 40: not < 40
  EXPECT_EQ(band_of(share("bounce_rate", "bounced_sessions", 399, "sessions", 1000)), "good"); // 39.9
  EXPECT_EQ(band_of(share("bounce_rate", "bounced_sessions", 100, "sessions", 100)), "high");
  EXPECT_TRUE(fails_with(share("bounce_rate", "bounced_sessions", 101, "sessions", 100), "part_exceeds_whole", "bounced_sessions"));
}

TEST(AvgSessionDurationMetric, TotalOverSessions) {
  // 7,200 s / 48 = 150 s.
  const auto r = share("avg_session_duration", "total_duration_seconds", 7200, "sessions", 48);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 150.0);
  EXPECT_EQ(unit_of(r), "seconds");
  // 100 s / 3 = 33.33 s.
  EXPECT_NEAR(share("avg_session_duration", "total_duration_seconds", 100, "sessions", 3)->outcome.value,
              33.333333333333333, 1e-9);
  EXPECT_TRUE(fails_with(share("avg_session_duration", "total_duration_seconds", 100, "sessions", 0),
                         "zero_denominator", "sessions"));
  // Durations need not be whole seconds.
  EXPECT_NEAR(share("avg_session_duration", "total_duration_seconds", 10.5, "sessions", 2)->outcome.value, 5.25, 1e-9);
}

TEST(PagesPerVisitMetric, PageviewsOverSessions) {
  // 1,234 / 500 = 2.468.
  const auto r = share("pages_per_visit", "pageviews", 1234, "sessions", 500);
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r->outcome.value, 2.468, 1e-9);
  EXPECT_EQ(unit_of(r), "ratio");
  EXPECT_TRUE(fails_with(share("pages_per_visit", "pageviews", 5, "sessions", 0), "zero_denominator", "sessions"));
}

TEST(CartAbandonmentRateMetric, ValueDetailsAndErrors) {
  // (200 - 60) / 200 = 70%; 140 abandoned.
  const auto r = share("cart_abandonment_rate", "carts_created", 200, "purchases", 60);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 70.0);
  EXPECT_EQ(num_detail(r, "abandoned"), 140.0);
  EXPECT_EQ(num_detail(r, "carts_created"), 200.0);
  EXPECT_EQ(num_detail(r, "purchases"), 60.0);
  EXPECT_TRUE(fails_with(share("cart_abandonment_rate", "carts_created", 10, "purchases", 11), "part_exceeds_whole", "purchases"));
  EXPECT_TRUE(fails_with(share("cart_abandonment_rate", "carts_created", 0, "purchases", 0), "zero_denominator", "carts_created"));
}

TEST(CartAbandonmentRateMetric, BandAtTheIndustryAverage) {
  // (10,000 - 3,147) / 10,000 = 68.53% exactly -> at the average.
  const auto at = share("cart_abandonment_rate", "carts_created", 10000, "purchases", 3147);
  EXPECT_NEAR(at->outcome.value, 68.53, 1e-9);
  EXPECT_EQ(band_of(at), "worse_than_average");
  // 3,148 purchases -> 68.52% -> better.
  EXPECT_EQ(band_of(share("cart_abandonment_rate", "carts_created", 10000, "purchases", 3148)), "better_than_average");
}

TEST(FeatureAdoptionRateMetric, FeatureUsersOverActive) {
  // 12 / 80 = 15%.
  EXPECT_EQ(share("feature_adoption_rate", "feature_users", 12, "active_users", 80)->outcome.value, 15.0);
  EXPECT_TRUE(fails_with(share("feature_adoption_rate", "feature_users", 81, "active_users", 80), "part_exceeds_whole", "feature_users"));
}

TEST(StickinessMetric, DauOverMau) {
  // 1,500 / 6,000 = 25%.
  EXPECT_EQ(share("stickiness", "dau", 1500, "mau", 6000)->outcome.value, 25.0);
  EXPECT_TRUE(fails_with(share("stickiness", "dau", 6001, "mau", 6000), "part_exceeds_whole", "dau"));
  EXPECT_TRUE(fails_with(share("stickiness", "dau", 0, "mau", 0), "zero_denominator", "mau"));
}

TEST(SocialEngagementRateMetric, PerFollowerAndPerImpression) {
  // (120 + 30 + 10 + 40) / 4,000 = 200 / 4,000 = 5%.
  const auto f = evaluate("social_engagement_rate", Inputs{{"likes", 120.0}, {"comments", 30.0}, {"shares", 10.0},
                                                           {"saves", 40.0}, {"followers", 4000.0}});
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(variant_of(f), "followers");
  EXPECT_EQ(f->outcome.value, 5.0);
  EXPECT_EQ(num_detail(f, "interactions"), 200.0);
  EXPECT_EQ(num_detail(f, "followers"), 4000.0);
  // Only likes: 50 / 2,000 = 2.5%.
  const auto i = evaluate("social_engagement_rate", Inputs{{"likes", 50.0}, {"impressions", 2000.0}});
  ASSERT_TRUE(i.ok());
  EXPECT_EQ(variant_of(i), "impressions");
  EXPECT_EQ(i->outcome.value, 2.5);
  EXPECT_EQ(num_detail(i, "impressions"), 2000.0);
  // Interactions may exceed the audience: 300 / 100 = 300%.
  EXPECT_EQ(evaluate("social_engagement_rate", Inputs{{"likes", 300.0}, {"followers", 100.0}})->outcome.value, 300.0);
  EXPECT_TRUE(fails_with(evaluate("social_engagement_rate", Inputs{{"likes", 3.0}, {"followers", 0.0}}),
                         "zero_denominator", "followers"));
}

TEST(FollowerGrowthRateMetric, GrowthAndDecline) {
  // (2,300 - 2,000) / 2,000 = 15%; (400 - 500) / 500 = -20%.
  const auto up = share("follower_growth_rate", "followers_start", 2000, "followers_end", 2300);
  ASSERT_TRUE(up.ok());
  EXPECT_EQ(up->outcome.value, 15.0);
  EXPECT_EQ(num_detail(up, "change"), 300.0);
  EXPECT_EQ(share("follower_growth_rate", "followers_start", 500, "followers_end", 400)->outcome.value, -20.0);
  EXPECT_TRUE(fails_with(share("follower_growth_rate", "followers_start", 0, "followers_end", 400),
                         "zero_denominator", "followers_start"));
}

TEST(MarketingRoiMetric, ProfitOverCost) {
  // (5,000 - 2,000) / 2,000 = 150%; (1,500 - 2,000) / 2,000 = -25%.
  const auto r = share("marketing_roi", "revenue", 5000, "cost", 2000);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 150.0);
  EXPECT_EQ(num_detail(r, "profit"), 3000.0);
  EXPECT_EQ(share("marketing_roi", "revenue", 1500, "cost", 2000)->outcome.value, -25.0);
  EXPECT_TRUE(fails_with(share("marketing_roi", "revenue", 1500, "cost", 0), "zero_denominator", "cost"));
}

}  // namespace
}  // namespace polso::metric_testing
