// The survey metric a report computes: its id, scale, threshold and method
// checked, each error naming its field; and where the scale came from.
#include "core/datasets/survey_report.hpp"

#include <gtest/gtest.h>

namespace polso::datasets {
namespace {

TEST(SurveyReport, MakeSurveyMetric) {
  const struct {
    const char* id;
    std::optional<int> scale, threshold;
    const char* method;
    const char* error_field;  // nullptr: accepted
    int scale_out;
  } cases[] = {
      {"nps", {}, {}, "", nullptr, 10},
      {"nps", 10, {}, "", nullptr, 10},
      {"nps", 5, {}, "", "scale", 0},
      {"csat", {}, {}, "", nullptr, 5},
      {"csat", 10, 8, "", nullptr, 10},
      {"csat", 7, {}, "", "scale", 0},
      {"csat", 5, 6, "", "threshold", 0},  // above the scale
      {"csat", 5, 0, "", "threshold", 0},
      {"ces", {}, {}, "mean", nullptr, 7},
      {"ces", 5, 4, "percent_easy", nullptr, 5},
      {"ces", 10, {}, "", "scale", 0},
      {"ces", {}, {}, "median", "method", 0},
      {"sus", {}, {}, "", "metric", 0},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.id) + " " + c.method);
    auto m = make_survey_metric(c.id, c.scale, c.threshold, c.method);
    if (c.error_field) {
      ASSERT_FALSE(m.ok());
      EXPECT_EQ(m.error().field, c.error_field);
      EXPECT_EQ(m.error().message_en.find("--"), std::string::npos);  // names no flag
      continue;
    }
    ASSERT_TRUE(m.ok()) << m.error().message_en;
    EXPECT_EQ(m->scale, c.scale_out);
    EXPECT_EQ(m->scale_given, c.scale.has_value());
    EXPECT_EQ(m->threshold, c.threshold);
    EXPECT_EQ(m->method, std::string(c.method).empty() ? "mean" : c.method);
  }
}

TEST(SurveyReport, ScoresAndTheScalesSource) {
  auto nps = make_survey_metric("nps", std::nullopt, std::nullopt, "").value();
  EXPECT_EQ(nps.min_score(), 0);
  EXPECT_EQ(nps.lowest_named(), 0);
  EXPECT_EQ(nps.max_score(), 10);
  EXPECT_EQ(nps.scale_source_id(), "default");
  auto csat = make_survey_metric("csat", 10, std::nullopt, "").value();
  EXPECT_EQ(csat.min_score(), 0);  // one guide's 0–5 CSAT
  EXPECT_EQ(csat.lowest_named(), 1);
  EXPECT_EQ(csat.scale_source_id(), "option");
  auto ces = make_survey_metric("ces", std::nullopt, std::nullopt, "").value();
  EXPECT_EQ(ces.min_score(), 1);
  ces.scale_from_answers = true;
  EXPECT_EQ(ces.scale_source_id(), "answers");
  ces.scale_given = true;  // the user's choice outranks what the answers suggested
  EXPECT_EQ(ces.scale_source_id(), "option");
}

}  // namespace
}  // namespace polso::datasets
