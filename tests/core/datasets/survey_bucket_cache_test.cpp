// SurveyAnalysis caches each row's period and segment bucket; the aggregate
// must be exactly what looking every row up by its keys gives, also past
// kMaxSegments (the "(other)" bucket), past kMaxPeriods (periods dropped
// while cached) and past the cache's own capacity.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/csv/dates.hpp"
#include "core/datasets/survey_analysis.hpp"

namespace polso::datasets {
namespace {

TEST(SurveyBucketCache, SameAggregateAsKeyLookups) {
  for (csv::Period period : {csv::Period::day, csv::Period::week, csv::Period::month, csv::Period::quarter}) {
    SurveyAnalysisOptions o;
    o.metric = *make_survey_metric("nps", std::nullopt, std::nullopt, "mean");
    o.period = period;
    o.columns.score = "score";
    o.columns.date = "date";
    o.columns.segment = "segment";
    SurveyAnalysis analysis(o);
    SurveyAggregate expected(10);
    std::mt19937 rng(3);
    std::string csv = "date,segment,score\n";
    for (int i = 0; i < 30000; ++i) {
      // Many years, so dates collide in the direct-mapped period cache;
      // 5000 segment values, more than kMaxSegments and than the cache holds.
      const csv::CivilDate d = csv::civil_from_days(std::uniform_int_distribution<int>(-3000, 30000)(rng));
      const int seg = i < 6000 ? i % 5000 : std::uniform_int_distribution<int>(0, 5000)(rng);
      const std::string segment = seg == 5000 ? "" : "s" + std::to_string(seg * 7919 % 5000);
      const int score = std::uniform_int_distribution<int>(0, 10)(rng);
      csv += csv::period_key(d, csv::Period::day) + "," + segment + "," + std::to_string(score) + "\n";
      expected.add(score, csv::period_key(d, period), segment.empty() ? "(blank)" : segment);
    }
    ASSERT_FALSE(analysis.feed(csv));
    ASSERT_FALSE(analysis.finish());
    const SurveyAggregate& got = analysis.aggregate();
    EXPECT_EQ(got.overall().counts, expected.overall().counts);
    ASSERT_EQ(got.periods().size(), expected.periods().size());
    for (const auto& [k, v] : expected.periods()) EXPECT_EQ(got.periods().at(k).counts, v.counts) << k;
    ASSERT_EQ(got.segments().size(), expected.segments().size());
    for (const auto& [k, v] : expected.segments()) EXPECT_EQ(got.segments().at(k).counts, v.counts) << k;
    EXPECT_TRUE(got.segments_capped());
    EXPECT_EQ(got.periods_capped(), period != csv::Period::quarter);  // ~33,000 days, ~4,700 weeks, ~1,090 months
    EXPECT_EQ(got.rows().used_rows(), 30000u);
  }
}

}  // namespace
}  // namespace polso::datasets
