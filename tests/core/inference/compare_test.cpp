#include "core/inference/compare.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/stats/distributions.hpp"
#include "core/inference/inference_test_support.hpp"

namespace polso::inference {
namespace {

using namespace polso::inference::testing;

Evaluation nps(double p, double m, double d) {
  return eval_ok("nps", {{"promoters", p}, {"passives", m}, {"detractors", d}});
}

TEST(CompareEvaluations, TwoPercentagesDifferByPercentagePoints) {
  EXPECT_EQ(difference_unit_id(Unit::percent), "percentage_points");
  for (Unit u : {Unit::points, Unit::score, Unit::seconds})
    EXPECT_EQ(difference_unit_id(u), unit_id(u)) << unit_id(u);
}

TEST(CompareEvaluations, AGroupAgainstTheRestSaysSo) {
  // The same comparison; only the sentence changes, to group_verdict's.
  const Evaluation rest = nps(30, 10, 10), group = nps(50, 20, 10);
  auto plain = compare_evaluations(rest, group, 0.95);
  auto c = compare_with_rest(rest, group, 0.95);
  ASSERT_TRUE(plain.ok());
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->comparison.difference, plain->comparison.difference);
  EXPECT_EQ(c->comparison.p_value, plain->comparison.p_value);
  const MetricWords words = metric_words(*group.metric);
  EXPECT_EQ(c->verdict_en, group_verdict(words, c->unit, c->value_a, c->value_b, c->comparison, Lang::en));
  EXPECT_EQ(c->verdict_it, group_verdict(words, c->unit, c->value_a, c->value_b, c->comparison, Lang::it));
  EXPECT_NE(c->verdict_en, plain->verdict_en);
  EXPECT_NE(c->verdict_en.find("everyone else"), std::string::npos) << c->verdict_en;
  EXPECT_FALSE(compare_with_rest(rest, group, 0.5).ok());  // a level outside 0.80–0.99 stays an error
}

TEST(CompareEvaluations, NpsUsesTheAdjustedWaldZ) {
  // By hand: A = 30/10/10, B = 50/20/10 (same case as the stats tests, comparisons_reference.py).
  auto r = compare_evaluations(nps(30, 10, 10), nps(50, 20, 10), 0.95);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->metric, "nps");
  EXPECT_EQ(r->family, "nps");
  EXPECT_EQ(r->comparison.test, "nps_z");
  EXPECT_EQ(r->unit, Unit::points);
  EXPECT_DOUBLE_EQ(r->value_a, 40);
  EXPECT_DOUBLE_EQ(r->value_b, 50);
  EXPECT_NEAR(r->comparison.difference, 10, 1e-12);
  EXPECT_NEAR(r->comparison.p_value, 0.43847315137229437, 1e-10);  // comparisons_reference.py
  EXPECT_FALSE(r->comparison.significant);
}

TEST(CompareEvaluations, AHandfulOfAnswersIsSaidSoWhenNotConclusive) {
  // 1 detractor against 3 promoters: adjusted Wald gives p = 0.113 (not the
  // observed-centred z's p < 0.001), so the call is "too few to tell", and
  // the interval holds 0 as the verdict says.
  auto r = compare_evaluations(nps(0, 0, 1), nps(3, 0, 0));
  ASSERT_TRUE(r.ok());
  EXPECT_GT(r->comparison.p_value, 0.05);
  EXPECT_FALSE(r->comparison.significant);
  EXPECT_LT(r->comparison.interval.low, 0);
  ASSERT_TRUE(r->few_answers.has_value());
  EXPECT_DOUBLE_EQ(r->few_answers->a, 1);
  EXPECT_DOUBLE_EQ(r->few_answers->b, 3);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].code, "too_few_to_compare");
  EXPECT_NE(r->verdict_en.find("too few"), std::string::npos);
  // Item 3: a blanket "never significant below 10" contradicted the p-value
  // and interval it printed. 1 of 9 against 500 of 500 is a difference no
  // sample of that size explains (Newcombe's interval excludes 0 by 57
  // points), so it is called, with no "too few" warning.
  auto shares = compare_evaluations(eval_ok("csat", {{"satisfied", 1.0}, {"responses", 9.0}}),
                                    eval_ok("csat", {{"satisfied", 500.0}, {"responses", 500.0}}));
  ASSERT_TRUE(shares.ok());
  EXPECT_TRUE(shares->comparison.significant);
  EXPECT_GT(shares->comparison.interval.low, 50);
  EXPECT_FALSE(shares->few_answers.has_value());
  EXPECT_TRUE(shares->warnings.empty());
}

TEST(CompareEvaluations, MeansKeepWelchsSmallSampleTest) {
  auto r = compare_evaluations(eval_ok("first_response_time", {{"durations_seconds", list({100, 110, 105})}}),
                               eval_ok("first_response_time", {{"durations_seconds", list({900, 910, 905})}}));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->comparison.significant);
  EXPECT_FALSE(r->few_answers.has_value());
}

TEST(CompareEvaluations, SharesUseTheNewcombeInversion) {
  // CSAT 400/500 vs 450/500: the z at which Newcombe's lower bound reaches
  // 0 and its p (tests/core/stats/comparisons_reference.py).
  const double z = 4.388935298997238, p = 1.1390694878432583e-05;
  auto r = compare_evaluations(eval_ok("csat", {{"satisfied", 400.0}, {"responses", 500.0}}),
                               eval_ok("csat", {{"satisfied", 450.0}, {"responses", 500.0}}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->family, "proportion");
  EXPECT_EQ(r->comparison.test, "newcombe");
  EXPECT_NEAR(r->comparison.difference, 10, 1e-9);
  EXPECT_NEAR(r->comparison.statistic, z, 1e-9);
  EXPECT_NEAR(r->comparison.p_value, p, 1e-12);
  EXPECT_TRUE(r->comparison.significant);
  EXPECT_EQ(r->comparison.interval.method, "newcombe");
}

TEST(CompareEvaluations, MeansUseWelchT) {
  // CES scores A = {1,2,3,4,5}, B = {3,4,5,6,7}: means 3 and 5, sd² 2.5 each,
  // se = sqrt(2 × 2.5/5) = 1, t = 2, df = 8.
  auto r = compare_evaluations(eval_ok("ces", {{"scores", list({1, 2, 3, 4, 5})}}),
                               eval_ok("ces", {{"scores", list({3, 4, 5, 6, 7})}}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->family, "mean");
  EXPECT_EQ(r->comparison.test, "welch_t");
  EXPECT_NEAR(r->comparison.difference, 2, 1e-12);
  EXPECT_NEAR(r->comparison.statistic, 2, 1e-12);
  EXPECT_NEAR(r->comparison.degrees_of_freedom, 8, 1e-9);
  EXPECT_NEAR(r->comparison.p_value, 0.080516, 1e-6);  // t tables: 2 P(T8 > 2)
}

TEST(CompareEvaluations, DurationsUseWelchTOnTheirMeans) {
  auto r = compare_evaluations(eval_ok("first_response_time", {{"durations_seconds", list({100, 120, 140})}}),
                               eval_ok("first_response_time", {{"durations_seconds", list({200, 220, 240})}}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->comparison.test, "welch_t");
  EXPECT_NEAR(r->comparison.difference, 100, 1e-9);
  // sd 20 each, se = sqrt(2 × 400 / 3), t = 100 / se.
  EXPECT_NEAR(r->comparison.statistic, 100 / std::sqrt(800.0 / 3), 1e-9);
}

TEST(CompareEvaluations, RefusesDifferentMetrics) {
  auto r = compare_evaluations(nps(30, 10, 10), eval_ok("csat", {{"satisfied", 400.0}, {"responses", 500.0}}));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "different_metrics");
  EXPECT_EQ(r.error().field, "compare");
  EXPECT_NE(r.error().message_en.find("“nps”"), std::string::npos);
  EXPECT_NE(r.error().message_it.find("“csat”"), std::string::npos);
}

TEST(CompareEvaluations, RefusesACesMeanAgainstAPercentEasy) {
  auto r = compare_evaluations(eval_ok("ces", {{"scores", list({1, 2, 3})}}),
                               eval_ok("ces", {{"easy", 3.0}, {"responses", 5.0}}));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "different_methods");
}

TEST(CompareEvaluations, RefusesWhatHasNoSample) {
  const Inputs clv{{"avg_purchase_value", 50.0}, {"purchase_frequency", 4.0}, {"lifespan", 5.0}};
  EXPECT_EQ(compare_evaluations(eval_ok("clv", clv), eval_ok("clv", clv)).error().code, "not_comparable");
  const Inputs totals{{"sum", 110.0}, {"responses", 30.0}};
  auto ces = compare_evaluations(eval_ok("ces", totals), eval_ok("ces", totals));
  ASSERT_FALSE(ces.ok());
  EXPECT_EQ(ces.error().code, "not_comparable");
  EXPECT_NE(ces.error().message_en.find("raw scores"), std::string::npos);
}

TEST(CompareEvaluations, RefusesALevelOutsideTheRange) {
  EXPECT_EQ(compare_evaluations(nps(30, 10, 10), nps(50, 20, 10), 0.999).error().code,
            "confidence_level_out_of_range");
}

TEST(CompareEvaluations, SignificantRiseInBothLanguages) {
  // 1,000 answers each: NPS 32 → 41.
  auto r = compare_evaluations(nps(500, 320, 180), nps(550, 310, 140));
  ASSERT_TRUE(r.ok());
  const auto& c = r->comparison;
  ASSERT_TRUE(c.significant);
  EXPECT_NEAR(c.difference, 9, 1e-9);
  // The interval and p from the same adjusted-Wald standard error, by hand:
  // se = 100 sqrt((0.57767 + 0.52234) / 1003) = 3.3117, centred on the
  // adjusted scores' difference 900 / 1003 = 8.973: z = 2.7095, p = 0.0067.
  const double na = 1003, pa = 500.75 / na, da = 180.75 / na;
  const double nb = 1003, pb = 550.75 / nb, db = 140.75 / nb;
  const double se = 100 * std::sqrt((pa + da - (pa - da) * (pa - da)) / na + (pb + db - (pb - db) * (pb - db)) / nb);
  const double centre = 100 * 90 / 1003.0;
  EXPECT_NEAR(c.interval.low, centre - kZ95 * se, 1e-9);
  EXPECT_NEAR(c.p_value, std::erfc(centre / se / std::sqrt(2.0)), 1e-12);
  EXPECT_EQ(r->verdict_en,
            "NPS rose from 32 to 41 (+9, 95% CI +2.5 to +15.5); the change is statistically significant, p = 0.0067.");
  EXPECT_EQ(r->verdict_it,
            "L’NPS è salito da 32 a 41 (+9, IC 95% da +2,5 a +15,5); la variazione è statisticamente significativa, p = 0,0067.");
}

TEST(CompareEvaluations, ChanceFallInBothLanguages) {
  // Bounce rate 40% → 35% on 100 sessions each: p = 0.4652 (Newcombe
  // inverted, comparisons_reference.py; the pooled z said 0.4652).
  auto r = compare_evaluations(eval_ok("bounce_rate", {{"bounced_sessions", 40.0}, {"sessions", 100.0}}),
                               eval_ok("bounce_rate", {{"bounced_sessions", 35.0}, {"sessions", 100.0}}));
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r->comparison.p_value, 0.4651531018650874, 1e-9);
  EXPECT_FALSE(r->comparison.significant);
  EXPECT_EQ(r->verdict_en.substr(0, r->verdict_en.find(" (")), "Bounce rate fell from 40% to 35%");
  EXPECT_NE(r->verdict_en.find("(−5 percentage points, 95% CI "), std::string::npos) << r->verdict_en;
  EXPECT_NE(r->verdict_en.find("); this could be chance: the change is not statistically significant, p = 0.47."),
            std::string::npos) << r->verdict_en;
  EXPECT_EQ(r->verdict_it.substr(0, r->verdict_it.find(" (")), "La frequenza di rimbalzo è scesa da 40% a 35%");
  EXPECT_NE(r->verdict_it.find("(−5 punti percentuali, IC 95% da "), std::string::npos) << r->verdict_it;
  EXPECT_NE(r->verdict_it.find("); potrebbe essere un caso: la variazione non è statisticamente significativa, p = 0,47."),
            std::string::npos) << r->verdict_it;
}

TEST(CompareEvaluations, NoChangeSaysItStayed) {
  auto r = compare_evaluations(nps(30, 10, 10), nps(30, 10, 10));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->verdict_en.substr(0, r->verdict_en.find(" (")), "NPS stayed at 40");
  EXPECT_EQ(r->verdict_it.substr(0, r->verdict_it.find(" (")), "L’NPS è rimasto a 40");
  EXPECT_NE(r->verdict_en.find("p = 1."), std::string::npos) << r->verdict_en;
}

}  // namespace
}  // namespace polso::inference
