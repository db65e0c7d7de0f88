#include "core/inference/interval_for.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/inference/inference_test_support.hpp"

namespace polso::inference {
namespace {

using namespace polso::inference::testing;

std::optional<stats::Interval> interval(std::string_view metric, const Inputs& in, double level = 0.95,
                                        std::string_view method = "adjusted_wald") {
  auto r = interval_for(eval_ok(metric, in), level, method);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message_en);
  return r.ok() ? *r : std::nullopt;
}

TEST(IntervalFor, NpsAdjustedWaldByHand) {
  // 20/10/7: add 3 answers, 0.75 each to promoters and detractors.
  const double n = 40, p = 20.75 / n, d = 7.75 / n;
  const double centre = 100 * (p - d), half = 100 * kZ95 * std::sqrt((p + d - (p - d) * (p - d)) / n);
  const auto i = interval("nps", {{"promoters", 20.0}, {"passives", 10.0}, {"detractors", 7.0}});
  ASSERT_TRUE(i);
  EXPECT_EQ(i->method, "adjusted_wald");
  EXPECT_DOUBLE_EQ(i->level, 0.95);
  EXPECT_NEAR(i->low, centre - half, 1e-9);
  EXPECT_NEAR(i->high, centre + half, 1e-9);
}

TEST(IntervalFor, NpsWaldAndBootstrapOnRequest) {
  const Inputs in{{"promoters", 20.0}, {"passives", 10.0}, {"detractors", 7.0}};
  const double n = 37, p = 20 / n, d = 7 / n;
  const double half = 100 * kZ95 * std::sqrt((p + d - (p - d) * (p - d)) / n);
  const auto wald = interval("nps", in, 0.95, "wald");
  ASSERT_TRUE(wald);
  EXPECT_EQ(wald->method, "wald");
  EXPECT_NEAR(wald->low, 100 * (p - d) - half, 1e-9);
  EXPECT_NEAR(wald->high, 100 * (p - d) + half, 1e-9);
  const auto boot = interval("nps", in, 0.95, "bootstrap");
  ASSERT_TRUE(boot);
  EXPECT_EQ(boot->method, "bootstrap");
  EXPECT_LT(boot->low, 100 * (p - d));
  EXPECT_GT(boot->high, 100 * (p - d));
  // Close to the Wald interval for a sample this size, but not identical.
  EXPECT_NEAR(boot->low, wald->low, 6);
  EXPECT_NEAR(boot->high, wald->high, 6);
}

TEST(IntervalFor, NpsFromScoresUsesTheSameCounts) {
  const auto from_scores = interval("nps", {{"scores", list({10, 9, 9, 8, 7, 6, 3, 10})}});
  const auto from_counts = interval("nps", {{"promoters", 4.0}, {"passives", 2.0}, {"detractors", 2.0}});
  ASSERT_TRUE(from_scores && from_counts);
  EXPECT_DOUBLE_EQ(from_scores->low, from_counts->low);
  EXPECT_DOUBLE_EQ(from_scores->high, from_counts->high);
}

TEST(IntervalFor, CsatIsWilsonOnSatisfiedOfResponses) {
  const auto [lo, hi] = wilson_by_hand(40, 50, kZ95);
  const auto i = interval("csat", {{"satisfied", 40.0}, {"responses", 50.0}});
  ASSERT_TRUE(i);
  EXPECT_EQ(i->method, "wilson");
  EXPECT_NEAR(i->low, lo, 1e-9);
  EXPECT_NEAR(i->high, hi, 1e-9);
  // From scores: 4 of 6 answers are 4 or 5.
  const auto [slo, shi] = wilson_by_hand(4, 6, kZ95);
  const auto s = interval("csat", {{"scores", list({5, 4, 4, 3, 5, 1})}});
  ASSERT_TRUE(s);
  EXPECT_NEAR(s->low, slo, 1e-9);
  EXPECT_NEAR(s->high, shi, 1e-9);
}

TEST(IntervalFor, EveryShareMetricIsWilsonOnItsCounts) {
  struct Case {
    const char* metric;
    Inputs inputs;
    double successes, total;
  };
  const std::vector<Case> cases = {
      {"churn_rate", {{"customers_start", 1000.0}, {"customers_lost", 50.0}}, 50, 1000},
      {"churn_rate", {{"customers_start", 200.0}, {"customers_new", 30.0}, {"customers_end", 190.0}}, 40, 200},
      {"retention_rate", {{"customers_start", 200.0}, {"customers_retained", 150.0}}, 150, 200},
      {"retention_rate", {{"customers_start", 200.0}, {"customers_end", 190.0}, {"customers_new", 30.0}}, 160, 200},
      {"repeat_purchase_rate", {{"repeat_customers", 200.0}, {"total_customers", 1000.0}}, 200, 1000},
      {"customer_acquisition_rate", {{"customers_new", 30.0}, {"customers_start", 300.0}}, 30, 300},
      {"engagement_rate", {{"active_customers", 70.0}, {"total_customers", 90.0}}, 70, 90},
      {"repeat_interaction_rate", {{"repeat_customers", 12.0}, {"total_customers", 90.0}}, 12, 90},
      {"ctr", {{"clicks", 6.0}, {"impressions", 10.0}}, 6, 10},
      {"conversion_rate", {{"conversions", 25.0}, {"visitors", 1000.0}}, 25, 1000},
      {"bounce_rate", {{"bounced_sessions", 400.0}, {"sessions", 1000.0}}, 400, 1000},
      {"cart_abandonment_rate", {{"carts_created", 200.0}, {"purchases", 60.0}}, 140, 200},
      {"feature_adoption_rate", {{"feature_users", 30.0}, {"active_users", 120.0}}, 30, 120},
      {"stickiness", {{"dau", 300.0}, {"mau", 1500.0}}, 300, 1500},
      {"first_contact_resolution", {{"resolved_first_contact", 70.0}, {"resolved_total", 100.0}}, 70, 100},
      {"self_service_rate", {{"self_served", 35.0}, {"total_requests", 100.0}}, 35, 100},
      {"ces", {{"easy", 30.0}, {"responses", 40.0}}, 30, 40},
      {"ces", {{"scores", list({7, 6, 5, 2, 1})}, {"method", text("percent_easy")}}, 3, 5},
  };
  for (const auto& c : cases) {
    const auto [lo, hi] = wilson_by_hand(c.successes, c.total, kZ95);
    const auto i = interval(c.metric, c.inputs);
    ASSERT_TRUE(i) << c.metric;
    EXPECT_EQ(i->method, "wilson") << c.metric;
    EXPECT_NEAR(i->low, lo, 1e-9) << c.metric;
    EXPECT_NEAR(i->high, hi, 1e-9) << c.metric;
  }
}

TEST(IntervalFor, ALowerLevelGivesANarrowerInterval) {
  const auto [lo, hi] = wilson_by_hand(40, 50, kZ90);
  const auto i = interval("csat", {{"satisfied", 40.0}, {"responses", 50.0}}, 0.90);
  ASSERT_TRUE(i);
  EXPECT_DOUBLE_EQ(i->level, 0.90);
  EXPECT_NEAR(i->low, lo, 1e-9);
  EXPECT_NEAR(i->high, hi, 1e-9);
}

TEST(IntervalFor, CesMeanFromScoresIsATInterval) {
  // Scores 1..7 and one more 7: mean 35/8, sd from the squares by hand.
  const std::vector<double> xs{1, 2, 3, 4, 5, 6, 7, 7};
  const double mean = 35.0 / 8;
  double ss = 0;
  for (double x : xs) ss += (x - mean) * (x - mean);
  const double sd = std::sqrt(ss / 7);
  const double t7 = 2.3646242515927849;  // t(0.975, 7), from tables
  const auto i = interval("ces", {{"scores", list(xs)}});
  ASSERT_TRUE(i);
  EXPECT_EQ(i->method, "t");
  EXPECT_NEAR(i->low, mean - t7 * sd / std::sqrt(8.0), 1e-9);
  EXPECT_NEAR(i->high, mean + t7 * sd / std::sqrt(8.0), 1e-9);
  // The same answers as a distribution (index = score) give the same interval.
  const auto d = interval("ces", {{"distribution", list({0, 1, 1, 1, 1, 1, 1, 2})}});
  ASSERT_TRUE(d);
  EXPECT_NEAR(d->low, i->low, 1e-12);
  EXPECT_NEAR(d->high, i->high, 1e-12);
}

TEST(IntervalFor, CesMeanFromSumAndResponsesHasNoInterval) {
  EXPECT_FALSE(interval("ces", {{"sum", 110.0}, {"responses", 30.0}}));
}

TEST(IntervalFor, DurationsGetATIntervalForTheMean) {
  const std::vector<double> xs{100, 120, 140, 160, 180, 200};
  const double t5 = 2.5705818356363146;  // t(0.975, 5)
  const double sd = std::sqrt(7000.0 / 5);  // squares: 2 × (50² + 30² + 10²) = 7000
  const auto i = interval("resolution_time", {{"durations_seconds", list(xs)}});
  ASSERT_TRUE(i);
  EXPECT_EQ(i->method, "t");
  EXPECT_NEAR(i->low, 150 - t5 * sd / std::sqrt(6.0), 1e-9);
  EXPECT_NEAR(i->high, 150 + t5 * sd / std::sqrt(6.0), 1e-9);
}

TEST(IntervalFor, ADurationMeanIntervalStopsAtZero) {
  const auto i = interval("first_response_time", {{"durations_seconds", list({30, 45, 60, 120, 200, 400})}});
  ASSERT_TRUE(i);
  EXPECT_EQ(i->low, 0.0);
  EXPECT_GT(i->high, 142.5);
}

TEST(IntervalFor, OneDurationHasNoInterval) {
  EXPECT_FALSE(interval("resolution_time", {{"durations_seconds", list({60})}}));
}

TEST(IntervalFor, MoneyAndRatioMetricsHaveNone) {
  EXPECT_FALSE(interval("clv", {{"avg_purchase_value", 50.0}, {"purchase_frequency", 4.0}, {"lifespan", 5.0}}));
  EXPECT_FALSE(interval("mrr", {{"customers", 100.0}, {"arpc", 50.0}}));
  EXPECT_FALSE(interval("cac", {{"acquisition_spend", 1000.0}, {"new_customers", 10.0}}));
  EXPECT_FALSE(interval("marketing_roi", {{"revenue", 1500.0}, {"cost", 1000.0}}));
  EXPECT_FALSE(interval("pages_per_visit", {{"pageviews", 1500.0}, {"sessions", 1000.0}}));
}

TEST(IntervalFor, SharesAbove100PercentHaveNone) {
  // 120 new customers on 100 at start: not a share of anything.
  EXPECT_FALSE(interval("customer_acquisition_rate", {{"customers_new", 120.0}, {"customers_start", 100.0}}));
  // Churn above 100% (new customers left too).
  EXPECT_FALSE(interval("churn_rate", {{"customers_start", 100.0}, {"customers_new", 50.0}, {"customers_end", 20.0}}));
}

TEST(IntervalFor, RefusesALevelOutsideTheRangeAndAnUnknownMethod) {
  const Evaluation e = eval_ok("csat", {{"satisfied", 40.0}, {"responses", 50.0}});
  EXPECT_EQ(interval_for(e, 0.5, "adjusted_wald").error().code, "confidence_level_out_of_range");
  EXPECT_EQ(interval_for(e, 0.999, "adjusted_wald").error().code, "confidence_level_out_of_range");
  EXPECT_EQ(interval_for(e, 0.95, "exact").error().code, "invalid_interval_method");
  EXPECT_TRUE(interval_for(e, 0.80, "wald").ok());
  EXPECT_TRUE(interval_for(e, 0.99, "bootstrap").ok());
}

}  // namespace
}  // namespace polso::inference
