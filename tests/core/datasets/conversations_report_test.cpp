// The report's rules on hand-built aggregates: outliers, periods and gaps.
#include "core/datasets/conversations_report.hpp"

#include <gtest/gtest.h>

namespace polso::datasets {
namespace {

Conversation answered(std::string_view channel, std::int64_t seconds) {
  Conversation c;
  c.channel = channel;
  c.period = 0;
  c.first_response = seconds;
  return c;
}

TEST(ConversationsReport, OutlierIsAMedianOverTwiceTheOverallWithFiveOrMore) {
  // Fast: 20 × 100 s; Slow: 5 × 1000 s; Rare: 4 × 5000 s. 29 values, the
  // overall median is the 15th smallest = 100. Slow's median 1000 > 200 with
  // n = 5 → outlier; Rare's 5000 > 200 but n = 4 → not; Fast → not.
  ConversationAggregate agg;
  for (int i = 0; i < 20; ++i) agg.add(answered("Fast", 100));
  for (int i = 0; i < 5; ++i) agg.add(answered("Slow", 1000));
  for (int i = 0; i < 4; ++i) agg.add(answered("Rare", 5000));
  auto r = conversations_report(agg, {});
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->overall.first_response->median, 100);
  for (const auto& g : r->channels) {
    EXPECT_EQ(g.outlier(), g.key == "Slow") << g.key;
    if (g.key == "Slow") {
      EXPECT_EQ(g.outlier_reasons, std::vector<std::string>{"first_response"});
    }
  }
}

TEST(ConversationsReport, NoRowsIsAnErrorValue) {
  auto r = conversations_report(ConversationAggregate{}, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "no_usable_rows");
}

TEST(ConversationsReport, PeriodIndexesRoundTripAndWeeksStartOnMonday) {
  // 2024-01-01 is a Monday (ISO 2024-W01); 2024-12-30 is the Monday of 2025-W01.
  const csv::CivilDate jan1{2024, 1, 1}, jan7{2024, 1, 7}, jan8{2024, 1, 8}, dec30{2024, 12, 30};
  EXPECT_EQ(period_index(jan1, csv::Period::week), period_index(jan7, csv::Period::week));
  EXPECT_EQ(period_index(jan8, csv::Period::week), period_index(jan1, csv::Period::week) + 1);
  EXPECT_EQ(period_start(period_index(jan7, csv::Period::week), csv::Period::week), jan1);
  EXPECT_EQ(csv::period_key(period_start(period_index(dec30, csv::Period::week), csv::Period::week), csv::Period::week),
            "2025-W01");
  for (auto p : {csv::Period::day, csv::Period::month, csv::Period::quarter, csv::Period::year})
    for (csv::CivilDate d : {csv::CivilDate{1969, 12, 31}, csv::CivilDate{2024, 2, 29}, csv::CivilDate{2024, 11, 15}})
      EXPECT_EQ(csv::period_key(period_start(period_index(d, p), p), p), csv::period_key(d, p));
  // December and the next January are consecutive months.
  EXPECT_EQ(period_index({2024, 1, 5}, csv::Period::month), period_index({2023, 12, 5}, csv::Period::month) + 1);
}

TEST(ConversationsReport, VolumeSeriesFillsEmptyPeriodsUnlessThereAreTooMany) {
  const auto jan = period_index({2024, 1, 1}, csv::Period::month);
  bool filled = false;
  auto s = volume_series({{jan, 5}, {jan + 3, 2}}, csv::Period::month, filled);
  EXPECT_TRUE(filled);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[1].period, "2024-02");
  EXPECT_EQ(s[1].conversations, 0u);
  EXPECT_EQ(s[3].period, "2024-04");
  const auto day = period_index({2024, 1, 1}, csv::Period::day);
  s = volume_series({{day - 40000, 1}, {day, 1}}, csv::Period::day, filled);
  EXPECT_FALSE(filled);
  EXPECT_EQ(s.size(), 2u);
}

}  // namespace
}  // namespace polso::datasets
