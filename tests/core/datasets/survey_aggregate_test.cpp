// The survey aggregate: answers overall, per period and per segment; the
// segments past kMaxSegments in "(other)"; and a file split in two parts
// merging to the whole. (The period budget: survey_period_budget_test.cpp.)
#include "core/datasets/survey_aggregate.hpp"

#include <gtest/gtest.h>

#include <string>

namespace polso::datasets {
namespace {

TEST(SurveyAggregate, OverallPeriodsSegments) {
  SurveyAggregate a;
  a.add(10, "2025-01", "Italy");
  a.add(3, "2025-01", "");        // no segment
  a.add(9, "", "France");         // no period
  a.add(7, "2025-02", "Italy", 4);  // a survey-counts row: 4 answers of 7
  EXPECT_DOUBLE_EQ(a.overall().total(), 7);
  EXPECT_DOUBLE_EQ(a.overall().counts[7], 4);
  EXPECT_EQ(a.rows().used_rows(), 4u);  // rows, not answers
  ASSERT_EQ(a.periods().size(), 2u);
  EXPECT_DOUBLE_EQ(a.periods().at("2025-01").total(), 2);
  EXPECT_DOUBLE_EQ(a.periods().at("2025-02").total(), 4);
  ASSERT_EQ(a.segments().size(), 2u);
  EXPECT_DOUBLE_EQ(a.segments().at("Italy").total(), 5);
  EXPECT_DOUBLE_EQ(a.segments().at("France").counts[9], 1);
  EXPECT_FALSE(a.segments_capped());
}

TEST(SurveyAggregate, SegmentsPastTheBudgetShareOther) {
  SurveyAggregate a;
  for (std::size_t i = 0; i < SurveyAggregate::kMaxSegments + 3; ++i) a.add(5, "", "s" + std::to_string(i));
  EXPECT_TRUE(a.segments_capped());
  EXPECT_EQ(a.segments().size(), SurveyAggregate::kMaxSegments + 1);
  EXPECT_DOUBLE_EQ(a.segments().at(std::string(SurveyAggregate::kOtherSegment)).total(), 3);
  a.add(6, "", "s0");  // a segment already kept keeps its bucket
  EXPECT_DOUBLE_EQ(a.segments().at("s0").total(), 2);
}

TEST(SurveyAggregate, TwoPartsMergeToTheWhole) {
  // Lines 2..7 of a file; the second part read on its own from line 1 after line 4.
  const struct {
    int score;
    const char* period;
    const char* segment;
  } rows[] = {{10, "2025-01", "A"}, {0, "2025-01", "B"}, {8, "2025-02", "A"}, {9, "2025-03", "B"}, {2, "2025-03", "C"}};
  SurveyAggregate whole, head, tail;
  for (std::size_t i = 0; i < 5; ++i) {
    whole.add(rows[i].score, rows[i].period, rows[i].segment);
    (i < 3 ? head : tail).add(rows[i].score, rows[i].period, rows[i].segment);
  }
  whole.skip("blank", 7);
  tail.skip("blank", 3);  // line 3 of the part is line 7 of the file
  head.merge(tail, 4);
  EXPECT_EQ(head.overall().counts, whole.overall().counts);
  ASSERT_EQ(head.periods().size(), whole.periods().size());
  for (const auto& [k, v] : whole.periods()) EXPECT_EQ(head.periods().at(k).counts, v.counts) << k;
  for (const auto& [k, v] : whole.segments()) EXPECT_EQ(head.segments().at(k).counts, v.counts) << k;
  EXPECT_EQ(head.rows().read(), 6u);
  EXPECT_EQ(head.rows().reasons().at("blank").first_rows, std::vector<std::uint64_t>{7});
}

}  // namespace
}  // namespace polso::datasets
