// Support metrics (METRICS.md section 4). Quantiles are Hyndman & Fan type 7:
// h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
#include <gtest/gtest.h>

#include "core/evaluate.hpp"
#include "metric_test_support.hpp"

namespace polso::metric_testing {
namespace {

TEST(FirstResponseTimeMetric, MeanMedianP90OfUnsortedDurations) {
  // sorted 60 120 300 600: mean 1080 / 4 = 270; median h = 1.5 -> 120 + 0.5 x 180 = 210;
  // p90 h = 2.7 -> 300 + 0.7 x 300 = 510. Within 5 min (<= 300): 3 of 4 = 75%.
  const auto r = evaluate("first_response_time", Inputs{{"durations_seconds", Scores{300, 60, 600, 120}}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(unit_of(r), "seconds");
  EXPECT_EQ(r->outcome.value, 270.0);
  EXPECT_EQ(num_detail(r, "n"), 4.0);
  EXPECT_EQ(num_detail(r, "mean"), 270.0);
  EXPECT_NEAR(num_detail(r, "median"), 210.0, 1e-9);
  EXPECT_NEAR(num_detail(r, "p90"), 510.0, 1e-9);
  EXPECT_EQ(num_detail(r, "min"), 60.0);
  EXPECT_EQ(num_detail(r, "max"), 600.0);
  EXPECT_EQ(num_detail(r, "target_seconds"), 300.0);  // chat is the default
  EXPECT_EQ(num_detail(r, "within_target_pct"), 75.0);
  EXPECT_EQ(band_of(r), "on_target");  // 270 <= 300
}

TEST(FirstResponseTimeMetric, ChatVersusEmailTarget) {
  // mean (600 + 900) / 2 = 750 s: over 5 min for chat, within 2 h for e-mail.
  const Scores xs{600, 900};
  const auto chat = evaluate("first_response_time", Inputs{{"durations_seconds", xs}, {"channel", text("chat")}});
  ASSERT_TRUE(chat.ok());
  EXPECT_EQ(chat->outcome.value, 750.0);
  EXPECT_EQ(band_of(chat), "over_target");
  EXPECT_EQ(num_detail(chat, "on_target"), 0.0);
  EXPECT_EQ(num_detail(chat, "within_target_pct"), 0.0);
  const auto email = evaluate("first_response_time", Inputs{{"durations_seconds", xs}, {"channel", text("email")}});
  ASSERT_TRUE(email.ok());
  EXPECT_EQ(num_detail(email, "target_seconds"), 7200.0);
  EXPECT_EQ(num_detail(email, "within_target_pct"), 100.0);
  EXPECT_EQ(band_of(email), "on_target");
  // Exactly at the chat target counts as on target: mean 300.
  EXPECT_EQ(band_of(evaluate("first_response_time", Inputs{{"durations_seconds", Scores{200, 400}}})), "on_target");
  EXPECT_EQ(band_of(evaluate("first_response_time", Inputs{{"durations_seconds", Scores{200, 401}}})), "over_target");
  // E-mail just over 2 h: mean 7201.
  EXPECT_EQ(band_of(evaluate("first_response_time", Inputs{{"durations_seconds", Scores{7201}}, {"channel", text("email")}})),
            "over_target");
  EXPECT_TRUE(fails_with(evaluate("first_response_time", Inputs{{"durations_seconds", xs}, {"channel", text("phone")}}),
                         "invalid_choice", "channel"));
}

TEST(FirstResponseTimeMetric, TheBandFollowsTheMedianNotOneSlowTicket) {
  // Issue 16 item 13: 30, 45, 60, 120 and 3,000 s against 300 s: mean 651 s
  // (over), median 60 s, 4 of 5 = 80% within: the band is "within the target".
  const auto r = evaluate("first_response_time",
                          Inputs{{"durations_seconds", Scores{30, 45, 60, 3000, 120}}, {"target_seconds", 300.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 651.0);
  EXPECT_EQ(num_detail(r, "median"), 60.0);
  EXPECT_EQ(num_detail(r, "within_target_pct"), 80.0);
  EXPECT_EQ(band_of(r), "on_target");
}

TEST(FirstResponseTimeMetric, CustomTarget) {
  // mean 750 against a 600 s target -> over; 1 of 2 values within (600 <= 600) = 50%.
  const auto r = evaluate("first_response_time", Inputs{{"durations_seconds", Scores{600, 900}}, {"target_seconds", 600.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(num_detail(r, "target_seconds"), 600.0);
  EXPECT_EQ(num_detail(r, "within_target_pct"), 50.0);
  EXPECT_EQ(band_of(r), "over_target");
}

TEST(FirstResponseTimeMetric, DurationErrors) {
  EXPECT_TRUE(fails_with(evaluate("first_response_time", Inputs{{"durations_seconds", Scores{}}}), "empty", "durations_seconds"));
  EXPECT_TRUE(fails_with(evaluate("first_response_time", Inputs{{"durations_seconds", Scores{10, -1}}}),
                         "value_out_of_range", "durations_seconds"));
  EXPECT_TRUE(fails_with(evaluate("first_response_time", Inputs{{"durations_seconds", Scores{10, std::nan("")}}}),
                         "value_out_of_range", "durations_seconds"));
  EXPECT_TRUE(fails_with(evaluate("first_response_time", Inputs{{"durations_seconds", 10.0}}), "wrong_type", "durations_seconds"));
}

TEST(ResolutionTimeMetric, MeanMedianP90) {
  // sorted 10 20 30 40 100: mean 200 / 5 = 40; median h = 2 -> 30;
  // p90 h = 3.6 -> 40 + 0.6 x 60 = 76.
  const auto r = evaluate("resolution_time", Inputs{{"durations_seconds", Scores{100, 10, 40, 20, 30}}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 40.0);
  EXPECT_EQ(num_detail(r, "median"), 30.0);
  EXPECT_NEAR(num_detail(r, "p90"), 76.0, 1e-9);
  EXPECT_EQ(num_detail(r, "min"), 10.0);
  EXPECT_EQ(num_detail(r, "max"), 100.0);
  EXPECT_FALSE(has_detail(r, "target_seconds"));
  EXPECT_EQ(r->band, nullptr);
  // One value: all three summaries equal it; fractional seconds are fine.
  const auto one = evaluate("resolution_time", Inputs{{"durations_seconds", Scores{42.5}}});
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->outcome.value, 42.5);
  EXPECT_EQ(num_detail(one, "median"), 42.5);
  EXPECT_EQ(num_detail(one, "p90"), 42.5);
  // Ten values 1..10: median h = 4.5 -> 5.5; p90 h = 8.1 -> 9 + 0.1 = 9.1.
  const auto ten = evaluate("resolution_time", Inputs{{"durations_seconds", Scores{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}}});
  EXPECT_NEAR(num_detail(ten, "median"), 5.5, 1e-9);
  EXPECT_NEAR(num_detail(ten, "p90"), 9.1, 1e-9);
  EXPECT_NEAR(ten->outcome.value, 5.5, 1e-9);
}

TEST(FirstContactResolutionMetric, ResolvedFirstOverResolved) {
  // 63 / 90 = 70%.
  const auto r = evaluate("first_contact_resolution", Inputs{{"resolved_first_contact", 63.0}, {"resolved_total", 90.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r->outcome.value, 70.0, 1e-9);
  EXPECT_EQ(unit_of(r), "percent");
  EXPECT_TRUE(fails_with(evaluate("first_contact_resolution", Inputs{{"resolved_first_contact", 91.0}, {"resolved_total", 90.0}}),
                         "part_exceeds_whole", "resolved_first_contact"));
  EXPECT_TRUE(fails_with(evaluate("first_contact_resolution", Inputs{{"resolved_first_contact", 0.0}, {"resolved_total", 0.0}}),
                         "zero_denominator", "resolved_total"));
}

Result self_service(double served, double total) {
  return evaluate("self_service_rate", Inputs{{"self_served", served}, {"total_requests", total}});
}

TEST(SelfServiceRateMetric, ValueAndBandsAtThirtyAndFifty) {
  // 7 / 20 = 35% -> good.
  EXPECT_EQ(self_service(7, 20)->outcome.value, 35.0);
  EXPECT_EQ(band_of(self_service(7, 20)), "good");
  EXPECT_EQ(band_of(self_service(29, 100)), "low");    // 29
  EXPECT_EQ(band_of(self_service(30, 100)), "good");   // 30 exactly
  EXPECT_EQ(band_of(self_service(50, 100)), "good");   // 50 exactly
  EXPECT_EQ(band_of(self_service(51, 100)), "high");   // 51
  EXPECT_EQ(band_of(self_service(0, 100)), "low");
  EXPECT_EQ(band_of(self_service(100, 100)), "high");
  EXPECT_TRUE(fails_with(self_service(101, 100), "part_exceeds_whole", "self_served"));
  EXPECT_TRUE(fails_with(self_service(0, 0), "zero_denominator", "total_requests"));
}

TEST(ConversationVolumeMetric, PerDayWeekMonthFromTotals) {
  // 300 in 30 days = 10 a day, 70 a week, 10 x 365.25 / 12 = 304.375 a month.
  const auto r = evaluate("conversation_volume", Inputs{{"conversations", 300.0}, {"days", 30.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "totals");
  EXPECT_EQ(unit_of(r), "count");
  EXPECT_EQ(r->outcome.value, 10.0);
  EXPECT_EQ(num_detail(r, "per_day"), 10.0);
  EXPECT_EQ(num_detail(r, "per_week"), 70.0);
  EXPECT_NEAR(num_detail(r, "per_month"), 304.375, 1e-9);
  // 45 in 7 days: 6.428571... a day, 45 a week.
  const auto w = evaluate("conversation_volume", Inputs{{"conversations", 45.0}, {"days", 7.0}});
  EXPECT_NEAR(w->outcome.value, 6.4285714285714286, 1e-9);
  EXPECT_NEAR(num_detail(w, "per_week"), 45.0, 1e-9);
  EXPECT_TRUE(fails_with(evaluate("conversation_volume", Inputs{{"conversations", 45.0}, {"days", 0.0}}),
                         "zero_denominator", "days"));
}

TEST(ConversationVolumeMetric, SeriesLatestChangeAndSlope) {
  // 10 20 30 50: latest 50, change 50 - 30 = 20 (+66.67%), mean 27.5.
  // Slope: x - 1.5 = -1.5 -0.5 0.5 1.5; y - 27.5 = -17.5 -7.5 2.5 22.5;
  // sxy = 26.25 + 3.75 + 1.25 + 33.75 = 65; sxx = 5; slope 13.
  const auto r = evaluate("conversation_volume", Inputs{{"volumes", Scores{10, 20, 30, 50}}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "series");
  EXPECT_EQ(r->outcome.value, 50.0);
  EXPECT_EQ(num_detail(r, "periods"), 4.0);
  EXPECT_EQ(num_detail(r, "latest"), 50.0);
  EXPECT_EQ(num_detail(r, "mean"), 27.5);
  EXPECT_EQ(num_detail(r, "change"), 20.0);
  EXPECT_NEAR(num_detail(r, "change_pct"), 66.666666666666667, 1e-9);
  EXPECT_NEAR(num_detail(r, "slope"), 13.0, 1e-9);
  // A falling series 9 6 3: slope -3, change -3 (-50%).
  const auto down = evaluate("conversation_volume", Inputs{{"volumes", Scores{9, 6, 3}}});
  EXPECT_NEAR(num_detail(down, "slope"), -3.0, 1e-9);
  EXPECT_EQ(num_detail(down, "change_pct"), -50.0);
}

TEST(ConversationVolumeMetric, ShortSeriesAndZeroPreviousPeriod) {
  const auto one = evaluate("conversation_volume", Inputs{{"volumes", Scores{7}}});
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->outcome.value, 7.0);
  EXPECT_FALSE(has_detail(one, "slope"));
  EXPECT_FALSE(has_detail(one, "change"));
  // 0 then 5: change 5, no percentage of 0, slope 5.
  const auto from_zero = evaluate("conversation_volume", Inputs{{"volumes", Scores{0, 5}}});
  ASSERT_TRUE(from_zero.ok());
  EXPECT_EQ(num_detail(from_zero, "change"), 5.0);
  EXPECT_FALSE(has_detail(from_zero, "change_pct"));
  EXPECT_NEAR(num_detail(from_zero, "slope"), 5.0, 1e-9);
  EXPECT_TRUE(fails_with(evaluate("conversation_volume", Inputs{{"volumes", Scores{1, 2.5}}}), "value_out_of_range", "volumes"));
  EXPECT_TRUE(fails_with(evaluate("conversation_volume", Inputs{{"volumes", Scores{}}}), "empty", "volumes"));
}

}  // namespace
}  // namespace polso::metric_testing
