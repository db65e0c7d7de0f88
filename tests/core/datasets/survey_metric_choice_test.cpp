// The metric a survey column holds, and when a given metric cannot be read
// from it (issue 15: NPS −100 from a 1–5 column, with no warning).
#include "core/datasets/survey_metric_choice.hpp"

#include <gtest/gtest.h>

namespace polso::datasets {
namespace {

ScaleSeen seen(int min, int max, std::uint64_t answers = 40) { return {min, max, answers}; }

MetricFromColumn choice(std::string_view header, ScaleSeen s) {
  auto c = metric_from_column(header, s);
  EXPECT_TRUE(c.ok()) << header;
  return c.ok() ? c.value() : MetricFromColumn{};
}

TEST(MetricFromColumn, TheNameSaysTheMetric) {
  EXPECT_EQ(choice("How likely are you to recommend us?", seen(0, 10)).id, "nps");
  EXPECT_EQ(choice("nps", seen(2, 10)).id, "nps");
  EXPECT_EQ(choice("Empfehlen Sie uns weiter?", seen(0, 10)).id, "nps");
  const MetricFromColumn csat = choice("Quanto sei soddisfatto?", seen(1, 5));
  EXPECT_EQ(csat.id, "csat");
  EXPECT_EQ(csat.scale, 5);
  EXPECT_TRUE(csat.named);
  EXPECT_NE(csat.reason_it.find("soddisf"), std::string::npos);
  EXPECT_EQ(choice("Satisfaction (1-10)", seen(1, 10)).scale, 10);
  const MetricFromColumn ces = choice("How easy was it?", seen(1, 7));
  EXPECT_EQ(ces.id, "ces");
  EXPECT_EQ(ces.scale, 7);
  EXPECT_EQ(choice("Facilidad: ¿fue fácil?", seen(1, 5)).scale, 5);
}

TEST(MetricFromColumn, WithoutAMetricWordTheScaleDecides) {
  const MetricFromColumn r = choice("overall_rating", seen(1, 10));
  EXPECT_EQ(r.id, "csat");  // a rating from 1 is a satisfaction rating
  EXPECT_EQ(r.scale, 10);
  EXPECT_FALSE(r.named);
  EXPECT_EQ(choice("Q3", seen(0, 10)).id, "nps");
  EXPECT_EQ(choice("Q3", seen(1, 5)).id, "csat");
  EXPECT_EQ(choice("Q3", seen(1, 7)).id, "ces");
  EXPECT_FALSE(choice("Score", seen(0, 10)).named);
}

TEST(MetricFromColumn, ANameTheAnswersContradictIsRefused) {
  auto r = metric_from_column("How likely are you to recommend us?", seen(1, 5));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "scale_mismatch");
  EXPECT_NE(r.error().message_en.find("1\xE2\x80\x93" "5"), std::string::npos);
  EXPECT_NE(r.error().message_en.find("CSAT"), std::string::npos);
  // Too few answers cannot show the scale.
  EXPECT_TRUE(metric_from_column("How likely are you to recommend us?", seen(1, 5, 6)).ok());
  // A column the user chose: the metric the scale fits, with the warning.
  auto by_hand = metric_from_column("How likely are you to recommend us?", seen(1, 5), true);
  ASSERT_TRUE(by_hand.ok());
  EXPECT_EQ(by_hand->id, "csat");
  ASSERT_TRUE(by_hand->mismatch);
  EXPECT_EQ(by_hand->mismatch->code, "scale_mismatch");
}

TEST(ScaleMismatch, AGivenMetricMustFitTheColumn) {
  const SurveyMetric nps = *make_survey_metric("nps", std::nullopt, std::nullopt, "mean");
  auto e = scale_mismatch(nps, "rating", seen(1, 5), false);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "scale_mismatch");
  EXPECT_NE(e->message_en.find("choose that metric"), std::string::npos);
  EXPECT_NE(e->message_it.find("CSAT"), std::string::npos);
  EXPECT_NE(scale_mismatch(nps, "rating", seen(1, 5), true)->message_en.find("because you chose this column"),
            std::string::npos);
  EXPECT_FALSE(scale_mismatch(nps, "rating", seen(0, 10), false));
  EXPECT_FALSE(scale_mismatch(nps, "rating", seen(1, 5, 9), false));  // too few to tell
  const SurveyMetric ces = *make_survey_metric("ces", std::nullopt, std::nullopt, "mean");
  EXPECT_TRUE(scale_mismatch(ces, "Q1", seen(0, 10), false));
  EXPECT_FALSE(scale_mismatch(ces, "Q1", seen(1, 7), false));
  const SurveyMetric ces10 = *make_survey_metric("ces", 5, std::nullopt, "mean");
  EXPECT_FALSE(scale_mismatch(ces10, "Q1", seen(0, 10), false));  // a scale the user gave stands
  const SurveyMetric csat = *make_survey_metric("csat", std::nullopt, std::nullopt, "mean");
  EXPECT_FALSE(scale_mismatch(csat, "Satisfaction", seen(0, 10), false));
  EXPECT_TRUE(scale_mismatch(csat, "How likely to recommend", seen(0, 10), false));
}

TEST(ScaleMismatch, TooFewAnswersBelowEightAreDoubtedNotTrusted) {
  // 9 answers from 1 to 5: no proof of a 1–5 question, but NPS −100 must not
  // stand alone — scale_uncertain says so beside it.
  const SurveyMetric nps = *make_survey_metric("nps", std::nullopt, std::nullopt, "mean");
  auto doubt = scale_doubt(nps, "rating", seen(1, 5, 9));
  ASSERT_TRUE(doubt);
  EXPECT_EQ(doubt->code, "scale_uncertain");
  EXPECT_NE(doubt->message_en.find("csat"), std::string::npos);
  EXPECT_FALSE(scale_doubt(nps, "rating", seen(1, 9, 9)));   // an 8 or more fits 0–10
  EXPECT_FALSE(scale_doubt(nps, "rating", seen(0, 10)));     // enough answers: scale_mismatch decides
  const SurveyMetric csat = *make_survey_metric("csat", std::nullopt, std::nullopt, "mean");
  EXPECT_FALSE(scale_doubt(csat, "rating", seen(1, 5, 9)));
}

TEST(ScaleSeen, ReadsTheSampleLikeTheRows) {
  const std::vector<std::vector<std::string>> rows = {{"9/17/2025 20:35:23", "10.0"}, {"x", "3"}, {"y", ""}, {"z", "7 - ok"}};
  const ScaleSeen s = scale_seen(rows, 1);
  EXPECT_EQ(s.min, 3);
  EXPECT_EQ(s.max, 10);
  EXPECT_EQ(s.answers, 3u);
  EXPECT_FALSE(scale_seen(rows, 0).any());  // timestamps are not answers
}

// A scale the name states is evidence however few the answers: seven answers
// to "Soddisfazione (1-5)" gave NPS −100 (issue 15).
TEST(ScaleSeen, TheNameCanStateTheScale) {
  const std::vector<std::vector<std::string>> rows = {{"4"}, {"2"}, {"3"}};
  for (const char* h : {"Soddisfazione (1-5)", "Rate us 1 to 5", "Voto da 1 a 5", "Note de 1 \xC3\xA0 5", "Stars (1 \xE2\x80\x93 5)"}) {
    const ScaleSeen s = scale_seen(rows, 0, h);
    EXPECT_TRUE(s.stated) << h;
    EXPECT_EQ(s.max, 5) << h;
    EXPECT_EQ(s.min, 1) << h;
  }
  EXPECT_EQ(scale_seen(rows, 0, "How likely (0-10)?").max, 10);
  EXPECT_FALSE(scale_seen(rows, 0, "Visit 2024-10").stated);
  EXPECT_FALSE(scale_seen(rows, 0, "Q15").stated);
  const SurveyMetric nps = *make_survey_metric("nps", std::nullopt, std::nullopt, "mean");
  EXPECT_TRUE(scale_mismatch(nps, "Soddisfazione (1-5)", scale_seen(rows, 0, "Soddisfazione (1-5)"), false));
  // A satisfaction name with answers that stop at 5 is no NPS question either.
  EXPECT_TRUE(scale_mismatch(nps, "Satisfaction", scale_seen(rows, 0, "Satisfaction"), false));
  const SurveyMetric csat = *make_survey_metric("csat", std::nullopt, std::nullopt, "mean");
  EXPECT_TRUE(scale_mismatch(csat, "Effort (1-7)", scale_seen(rows, 0, "Effort (1-7)"), false));
  const MetricFromColumn c = choice("Satisfaction (1-10)", scale_seen(rows, 0, "Satisfaction (1-10)"));
  EXPECT_EQ(c.scale, 10);  // the stated scale, though no answer is above 5
}

}  // namespace
}  // namespace polso::datasets
