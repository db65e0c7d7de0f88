// Which warnings a survey report carries, decided in the core; and which
// periods may be compared with the one before.
#include "core/datasets/survey_warnings.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

#include "core/datasets/survey_report.hpp"

namespace polso::datasets {
namespace {

// On the heap: the analysis's table stream calls back into it, so it never moves.
std::unique_ptr<SurveyAnalysis> analysed(const std::string& csv, std::optional<std::string> segment = std::nullopt) {
  SurveyAnalysisOptions o;
  o.metric = *make_survey_metric("nps", std::nullopt, std::nullopt, "mean");
  o.period = csv::Period::month;
  o.columns.segment = std::move(segment);
  auto a = std::make_unique<SurveyAnalysis>(std::move(o));
  auto fed = a->feed(csv);
  EXPECT_FALSE(fed) << fed->message_en;
  auto done = a->finish();
  EXPECT_FALSE(done) << done->message_en;
  return a;
}

const Warning* find(const std::vector<Warning>& ws, const std::string& code) {
  auto it = std::find_if(ws.begin(), ws.end(), [&](const Warning& w) { return w.code == code; });
  return it == ws.end() ? nullptr : &*it;
}

TEST(SurveyWarnings, AnswersOutsideTheScaleAreCountedInWords) {
  std::string csv = "score\n11\n12\n";
  for (int i = 0; i < 20; ++i) csv += std::to_string(i % 11) + "\n";
  auto a = analysed(csv);
  const auto ws = survey_warnings(*a, nullptr);
  const Warning* w = find(ws, "scores_out_of_scale");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->message_en, "2 answers are outside the 0–10 scale and were skipped.");
  EXPECT_EQ(w->message_it, "2 risposte sono fuori dalla scala 0–10 e sono state scartate.");
}

TEST(SurveyWarnings, TooManySegmentsNamesTheBudgetInEachLanguage) {
  std::string csv = "score,channel\n";
  for (std::size_t i = 0; i <= budget::kMaxSegments; ++i) csv += "9,s" + std::to_string(i) + "\n";
  auto a = analysed(csv, "channel");
  const auto ws = survey_warnings(*a, nullptr);  // kept: `w` points into it
  const Warning* w = find(ws, "too_many_segments");
  ASSERT_NE(w, nullptr);
  EXPECT_NE(w->message_en.find("more than 1,000 different values"), std::string::npos) << w->message_en;
  EXPECT_NE(w->message_it.find("più di 1.000 valori diversi"), std::string::npos) << w->message_it;
}

TEST(SurveyWarnings, AQuietFileHasNone) {
  EXPECT_TRUE(survey_warnings(*analysed("score\n9\n10\n3\n"), nullptr).empty());
}

TEST(SurveyReport, OnlyTheCalendarPeriodRightBeforeIsThePreviousOne) {
  // January, February, then April: March had no answers, so April has no
  // "previous period" to compare with.
  auto a = analysed("date,score\n2024-01-05,9\n2024-02-05,3\n2024-04-05,10\n");
  auto r = survey_report(a->aggregate(), a->options().metric, csv::Period::month);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->periods.size(), 3u);
  EXPECT_FALSE(r->periods[0].follows_previous);
  EXPECT_TRUE(r->periods[1].follows_previous);
  EXPECT_FALSE(r->periods[2].follows_previous);
}

}  // namespace
}  // namespace polso::datasets
