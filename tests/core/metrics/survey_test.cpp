// NPS, CSAT and CES (METRICS.md section 1). Expected values are worked by hand
// in the comments; none comes from the code under test.
#include <gtest/gtest.h>

#include "core/evaluate.hpp"
#include "metric_test_support.hpp"

namespace polso::metric_testing {
namespace {

// ---- NPS --------------------------------------------------------------------

TEST(NpsMetric, WorkedExampleSeventyPromotersTenDetractorsIsSixty) {
  // METRICS.md: 70% promoters, 10% detractors -> 70 - 10 = 60.
  const auto r = evaluate("nps", Inputs{{"promoters", 70.0}, {"passives", 20.0}, {"detractors", 10.0}});
  ASSERT_TRUE(r.ok()) << r.error().message_en;
  EXPECT_EQ(variant_of(r), "counts");
  EXPECT_EQ(unit_of(r), "points");
  EXPECT_EQ(r->outcome.value, 60.0);
  EXPECT_EQ(num_detail(r, "n"), 100.0);
  EXPECT_EQ(num_detail(r, "promoters"), 70.0);
  EXPECT_EQ(num_detail(r, "passives"), 20.0);
  EXPECT_EQ(num_detail(r, "detractors"), 10.0);
  EXPECT_EQ(num_detail(r, "promoters_pct"), 70.0);
  EXPECT_EQ(num_detail(r, "passives_pct"), 20.0);
  EXPECT_EQ(num_detail(r, "detractors_pct"), 10.0);
  EXPECT_FALSE(has_detail(r, "distribution"));  // counts carry no per-score detail
  EXPECT_EQ(band_of(r), "excellent");           // 50 < 60 <= 70
  EXPECT_EQ(warning(r, "small_sample"), nullptr);
}

TEST(NpsMetric, CountsWithAThirdGiveANonIntegerScore) {
  // 2 promoters, 0 passives, 1 detractor: (2 - 1) / 3 x 100 = 33.333...
  const auto r = evaluate("nps", Inputs{{"promoters", 2.0}, {"passives", 0.0}, {"detractors", 1.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r->outcome.value, 33.333333333333333, 1e-9);
  EXPECT_NEAR(num_detail(r, "promoters_pct"), 66.666666666666667, 1e-9);
  EXPECT_NEAR(num_detail(r, "detractors_pct"), 33.333333333333333, 1e-9);
  EXPECT_EQ(num_detail(r, "passives_pct"), 0.0);
}

TEST(NpsMetric, RawScoresAreSortedIntoTheThreeGroups) {
  // 10 9 8 7 6 10 9 2: promoters {10,9,10,9} = 4, passives {8,7} = 2,
  // detractors {6,2} = 2; n = 8; (4 - 2) / 8 x 100 = 25.
  const auto r = evaluate("nps", Inputs{{"scores", Scores{10, 9, 8, 7, 6, 10, 9, 2}}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "scores");
  EXPECT_EQ(r->outcome.value, 25.0);
  EXPECT_EQ(num_detail(r, "n"), 8.0);
  EXPECT_EQ(num_detail(r, "promoters"), 4.0);
  EXPECT_EQ(num_detail(r, "passives"), 2.0);
  EXPECT_EQ(num_detail(r, "detractors"), 2.0);
  EXPECT_EQ(num_detail(r, "promoters_pct"), 50.0);
  EXPECT_EQ(num_detail(r, "passives_pct"), 25.0);
  EXPECT_EQ(num_detail(r, "detractors_pct"), 25.0);
  // index = score: one 2, one 6, one 7, one 8, two 9s, two 10s.
  EXPECT_EQ(list_detail(r, "distribution"), (Scores{0, 0, 1, 0, 0, 0, 1, 1, 1, 2, 2}));
  EXPECT_EQ(band_of(r), "good");  // 20 < 25 <= 50
  EXPECT_TRUE(warns(r, "small_sample"));
}

TEST(NpsMetric, SixIsADetractorAndSevenAPassive) {
  // The group edges: 6 -> detractor, 7 and 8 -> passive, 9 -> promoter.
  // (1 - 1) / 4 x 100 = 0 with 1 promoter, 2 passives, 1 detractor.
  const auto r = evaluate("nps", Inputs{{"scores", Scores{6, 7, 8, 9}}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(num_detail(r, "detractors"), 1.0);
  EXPECT_EQ(num_detail(r, "passives"), 2.0);
  EXPECT_EQ(num_detail(r, "promoters"), 1.0);
  EXPECT_EQ(r->outcome.value, 0.0);
}

TEST(NpsMetric, DistributionOfElevenCounts) {
  // counts for 0..10: 2 0 0 1 0 0 3 5 4 6 9 -> n = 30; promoters 6 + 9 = 15,
  // passives 5 + 4 = 9, detractors 2 + 1 + 3 = 6; (15 - 6) / 30 x 100 = 30.
  const Scores dist{2, 0, 0, 1, 0, 0, 3, 5, 4, 6, 9};
  const auto r = evaluate("nps", Inputs{{"distribution", dist}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "distribution");
  EXPECT_EQ(r->outcome.value, 30.0);
  EXPECT_EQ(num_detail(r, "n"), 30.0);
  EXPECT_EQ(num_detail(r, "promoters"), 15.0);
  EXPECT_EQ(num_detail(r, "passives"), 9.0);
  EXPECT_EQ(num_detail(r, "detractors"), 6.0);
  EXPECT_EQ(num_detail(r, "promoters_pct"), 50.0);
  EXPECT_EQ(num_detail(r, "passives_pct"), 30.0);
  EXPECT_EQ(num_detail(r, "detractors_pct"), 20.0);
  EXPECT_EQ(list_detail(r, "distribution"), dist);
  EXPECT_EQ(warning(r, "small_sample"), nullptr);  // exactly 30
  EXPECT_EQ(warning(r, "scale_1_10"), nullptr);    // there are zeros
}

Result nps_counts(double p, double pa, double d) {
  return evaluate("nps", Inputs{{"promoters", p}, {"passives", pa}, {"detractors", d}});
}

TEST(NpsMetric, BandsAtTheirBoundaries) {
  // METRICS.md: > 0 positive, > 20 good, > 50 excellent, > 70 world-class.
  EXPECT_EQ(band_of(nps_counts(10, 0, 10)), "needs_improvement");   // 0 exactly
  EXPECT_EQ(band_of(nps_counts(501, 0, 499)), "positive");          // 2/1000 -> 0.2
  EXPECT_EQ(band_of(nps_counts(60, 0, 40)), "positive");            // 20 exactly
  EXPECT_EQ(band_of(nps_counts(601, 0, 399)), "good");              // 202/1000 -> 20.2
  EXPECT_EQ(band_of(nps_counts(75, 0, 25)), "good");                // 50 exactly
  EXPECT_EQ(band_of(nps_counts(751, 0, 249)), "excellent");         // 50.2
  EXPECT_EQ(band_of(nps_counts(85, 0, 15)), "excellent");           // 70 exactly
  EXPECT_EQ(band_of(nps_counts(851, 0, 149)), "world_class");       // 70.2
  EXPECT_EQ(band_of(nps_counts(5, 0, 0)), "world_class");           // 100
  EXPECT_EQ(band_of(nps_counts(0, 0, 5)), "needs_improvement");     // -100
  EXPECT_EQ(nps_counts(60, 0, 40)->outcome.value, 20.0);
  EXPECT_EQ(nps_counts(851, 0, 149)->outcome.value, 70.2);
}

TEST(NpsMetric, SmallSampleWarningBelowThirtyOnly) {
  EXPECT_TRUE(warns(nps_counts(20, 5, 4), "small_sample"));       // n = 29
  EXPECT_EQ(warning(nps_counts(20, 5, 5), "small_sample"), nullptr);  // n = 30
}

TEST(NpsMetric, OneToTenScaleWarningNeedsThirtyAnswersSomeOnesAndNoZeros) {
  Scores thirty(30, 9.0);
  thirty[0] = 1;  // a 1, no 0
  EXPECT_TRUE(warns(evaluate("nps", Inputs{{"scores", thirty}}), "scale_1_10", "scores"));

  Scores with_zero = thirty;
  with_zero[1] = 0;
  EXPECT_EQ(warning(evaluate("nps", Inputs{{"scores", with_zero}}), "scale_1_10"), nullptr);

  Scores no_ones(30, 9.0);  // neither 0 nor 1: nothing suggests 1-10
  EXPECT_EQ(warning(evaluate("nps", Inputs{{"scores", no_ones}}), "scale_1_10"), nullptr);

  Scores twenty_nine(thirty.begin(), thirty.end() - 1);  // n = 29: too few to tell
  const auto small = evaluate("nps", Inputs{{"scores", twenty_nine}});
  EXPECT_EQ(warning(small, "scale_1_10"), nullptr);
  EXPECT_TRUE(warns(small, "small_sample"));

  // The same shape as a distribution: 1 answer of 1, 29 of 9, none of 0.
  Scores dist(11, 0.0);
  dist[1] = 1;
  dist[9] = 29;
  EXPECT_TRUE(warns(evaluate("nps", Inputs{{"distribution", dist}}), "scale_1_10"));
  // Counts cannot tell the scale.
  EXPECT_EQ(warning(nps_counts(29, 0, 1), "scale_1_10"), nullptr);
}

TEST(NpsMetric, ScoresOutsideZeroToTenAreRejected) {
  const auto high = evaluate("nps", Inputs{{"scores", Scores{10, 11}}});
  EXPECT_TRUE(fails_with(high, "value_out_of_range", "scores"));
  EXPECT_EQ(high.error().column, 2);  // the second value
  EXPECT_TRUE(fails_with(evaluate("nps", Inputs{{"scores", Scores{-1, 5}}}), "value_out_of_range", "scores"));
  EXPECT_TRUE(fails_with(evaluate("nps", Inputs{{"scores", Scores{7.5}}}), "value_out_of_range", "scores"));
}

TEST(NpsMetric, DistributionMustHaveElevenCounts) {
  EXPECT_TRUE(fails_with(evaluate("nps", Inputs{{"distribution", Scores(10, 1.0)}}), "wrong_length", "distribution"));
  EXPECT_TRUE(fails_with(evaluate("nps", Inputs{{"distribution", Scores(12, 1.0)}}), "wrong_length", "distribution"));
  EXPECT_TRUE(fails_with(evaluate("nps", Inputs{{"distribution", Scores{1, 2, 3, -1, 0, 0, 0, 0, 0, 0, 0}}}),
                         "value_out_of_range", "distribution"));
  EXPECT_TRUE(fails_with(evaluate("nps", Inputs{{"distribution", Scores{1, 2, 3, 0.5, 0, 0, 0, 0, 0, 0, 0}}}),
                         "value_out_of_range", "distribution"));
}

TEST(NpsMetric, NoResponsesIsAnError) {
  EXPECT_TRUE(fails_with(nps_counts(0, 0, 0), "no_responses", "promoters"));
  EXPECT_TRUE(fails_with(evaluate("nps", Inputs{{"distribution", Scores(11, 0.0)}}), "no_responses", "distribution"));
}

// ---- CSAT -------------------------------------------------------------------

TEST(CsatMetric, WorkedExampleFourHundredOfFiveHundredIsEighty) {
  const auto r = evaluate("csat", Inputs{{"satisfied", 400.0}, {"responses", 500.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "counts");
  EXPECT_EQ(unit_of(r), "percent");
  EXPECT_EQ(r->outcome.value, 80.0);
  EXPECT_EQ(num_detail(r, "n"), 500.0);
  EXPECT_EQ(num_detail(r, "satisfied"), 400.0);
  EXPECT_EQ(band_of(r), "good");  // >= 80
}

TEST(CsatMetric, CalculatorScreenshotSevenOfTwelve) {
  // 7 / 12 x 100 = 58.3333...
  const auto r = evaluate("csat", Inputs{{"satisfied", 7.0}, {"responses", 12.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r->outcome.value, 58.333333333333333, 1e-9);
  EXPECT_EQ(band_of(r), "below_benchmark");
  EXPECT_TRUE(warns(r, "small_sample"));
}

TEST(CsatMetric, BandAtEighty) {
  EXPECT_EQ(band_of(evaluate("csat", Inputs{{"satisfied", 80.0}, {"responses", 100.0}})), "good");
  EXPECT_EQ(band_of(evaluate("csat", Inputs{{"satisfied", 799.0}, {"responses", 1000.0}})), "below_benchmark");  // 79.9
  EXPECT_EQ(band_of(evaluate("csat", Inputs{{"satisfied", 0.0}, {"responses", 40.0}})), "below_benchmark");
  EXPECT_EQ(band_of(evaluate("csat", Inputs{{"satisfied", 40.0}, {"responses", 40.0}})), "good");
}

TEST(CsatMetric, FivePointScoresCountTheTopTwoBoxesByDefault) {
  // 5 4 3 2 1 4 5 3: threshold 4 -> {5,4,4,5} = 4 of 8 = 50%.
  const auto r = evaluate("csat", Inputs{{"scores", Scores{5, 4, 3, 2, 1, 4, 5, 3}}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "scores");
  EXPECT_EQ(r->outcome.value, 50.0);
  EXPECT_EQ(num_detail(r, "n"), 8.0);
  EXPECT_EQ(num_detail(r, "satisfied"), 4.0);
  EXPECT_EQ(num_detail(r, "scale"), 5.0);
  EXPECT_EQ(num_detail(r, "threshold"), 4.0);
  EXPECT_EQ(list_detail(r, "distribution"), (Scores{0, 1, 1, 2, 2, 2}));
}

TEST(CsatMetric, TenPointScoresCountNineAndTenByDefault) {
  // 10 9 8 8 10 on 1-10: threshold 9 -> {10,9,10} = 3 of 5 = 60%.
  // (On a 5-point reading the 8s, 9s and 10s would be out of range.)
  for (const InputValue& scale : {InputValue{10.0}, text("10")}) {
    const auto r = evaluate("csat", Inputs{{"scores", Scores{10, 9, 8, 8, 10}}, {"scale", scale}});
    ASSERT_TRUE(r.ok()) << r.error().message_en;
    EXPECT_EQ(r->outcome.value, 60.0);
    EXPECT_EQ(num_detail(r, "scale"), 10.0);
    EXPECT_EQ(num_detail(r, "threshold"), 9.0);
    EXPECT_EQ(num_detail(r, "satisfied"), 3.0);
    EXPECT_EQ(list_detail(r, "distribution").size(), 11u);
  }
}

TEST(CsatMetric, CustomThreshold) {
  // 5 4 3 3 2: threshold 3 -> 4 of 5 = 80%; threshold 5 -> 1 of 5 = 20%.
  const auto low = evaluate("csat", Inputs{{"scores", Scores{5, 4, 3, 3, 2}}, {"threshold", 3.0}});
  ASSERT_TRUE(low.ok());
  EXPECT_EQ(low->outcome.value, 80.0);
  EXPECT_EQ(num_detail(low, "threshold"), 3.0);
  const auto high = evaluate("csat", Inputs{{"scores", Scores{5, 4, 3, 3, 2}}, {"threshold", 5.0}});
  ASSERT_TRUE(high.ok());
  EXPECT_EQ(high->outcome.value, 20.0);
  // 10-point, threshold 7: 10 8 7 6 -> 3 of 4 = 75%.
  const auto ten = evaluate("csat", Inputs{{"scores", Scores{10, 8, 7, 6}}, {"scale", 10.0}, {"threshold", 7.0}});
  ASSERT_TRUE(ten.ok());
  EXPECT_EQ(ten->outcome.value, 75.0);
}

TEST(CsatMetric, ThresholdAboveTheScaleIsRejected) {
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"scores", Scores{5}}, {"threshold", 6.0}}), "above_maximum", "threshold"));
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"scores", Scores{5}}, {"threshold", 0.0}}), "below_minimum", "threshold"));
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"scores", Scores{5}}, {"threshold", 11.0}}), "above_maximum", "threshold"));
}

TEST(CsatMetric, DistributionFromZeroOrFromOne) {
  // 0..5: 0 1 1 2 3 3 -> n = 10, satisfied 3 + 3 = 6 -> 60%.
  const auto six = evaluate("csat", Inputs{{"distribution", Scores{0, 1, 1, 2, 3, 3}}});
  ASSERT_TRUE(six.ok()) << six.error().message_en;
  EXPECT_EQ(variant_of(six), "distribution");
  EXPECT_EQ(six->outcome.value, 60.0);
  EXPECT_EQ(num_detail(six, "n"), 10.0);
  // 1..5 (five counts): the same answers -> 60%.
  const auto five = evaluate("csat", Inputs{{"distribution", Scores{1, 1, 2, 3, 3}}});
  ASSERT_TRUE(five.ok()) << five.error().message_en;
  EXPECT_EQ(five->outcome.value, 60.0);
  EXPECT_EQ(list_detail(five, "distribution"), (Scores{0, 1, 1, 2, 3, 3}));
  // 1..10 (ten counts) on the 10-point scale: 9 and 10 hold 2 + 2 of 10 -> 40%.
  const auto ten = evaluate("csat", Inputs{{"distribution", Scores{1, 1, 1, 1, 1, 1, 0, 0, 2, 2}}, {"scale", 10.0}});
  ASSERT_TRUE(ten.ok()) << ten.error().message_en;
  EXPECT_EQ(ten->outcome.value, 40.0);
}

TEST(CsatMetric, WrongDistributionLength) {
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"distribution", Scores{1, 2, 3, 4}}}), "wrong_length", "distribution"));
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"distribution", Scores(11, 1.0)}}), "wrong_length", "distribution"));
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"distribution", Scores(6, 1.0)}, {"scale", 10.0}}),
                         "wrong_length", "distribution"));
}

TEST(CsatMetric, ScoresAboveTheScaleAreRejected) {
  // 6 on the default 5-point scale; 11 on the 10-point scale.
  const auto five = evaluate("csat", Inputs{{"scores", Scores{5, 6}}});
  EXPECT_TRUE(fails_with(five, "value_out_of_range", "scores"));
  EXPECT_EQ(five.error().column, 2);
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"scores", Scores{11}}, {"scale", 10.0}}), "value_out_of_range", "scores"));
}

TEST(CsatMetric, SatisfiedAboveResponsesAndZeroResponses) {
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"satisfied", 501.0}, {"responses", 500.0}}), "part_exceeds_whole", "satisfied"));
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"satisfied", 0.0}, {"responses", 0.0}}), "zero_denominator", "responses"));
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"distribution", Scores(6, 0.0)}}), "no_responses", "distribution"));
}

TEST(CsatMetric, ScaleMustBeFiveOrTen) {
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"scores", Scores{5}}, {"scale", 7.0}}), "invalid_choice", "scale"));
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"scores", Scores{5}}, {"scale", text("five")}}), "invalid_choice", "scale"));
}

TEST(CsatMetric, WarnsWhenEveryFivePointAnswerIsOneToThree) {
  const Scores low{1, 2, 3, 1, 2, 3, 1, 2, 3, 3};  // 10 answers, all 1-3
  const auto r = evaluate("csat", Inputs{{"scores", low}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 0.0);
  EXPECT_TRUE(warns(r, "all_low_scores"));
  Scores one_four = low;
  one_four[0] = 4;
  EXPECT_EQ(warning(evaluate("csat", Inputs{{"scores", one_four}}), "all_low_scores"), nullptr);
}

// ---- CES --------------------------------------------------------------------

TEST(CesMetric, CalculatorMeanElevenOverThree) {
  // sum 11 over 3 responses = 3.6666...
  const auto totals = evaluate("ces", Inputs{{"sum", 11.0}, {"responses", 3.0}});
  ASSERT_TRUE(totals.ok());
  EXPECT_EQ(variant_of(totals), "mean_totals");
  EXPECT_EQ(unit_of(totals), "score");
  EXPECT_NEAR(totals->outcome.value, 3.6666666666666667, 1e-9);
  EXPECT_EQ(num_detail(totals, "n"), 3.0);
  EXPECT_EQ(num_detail(totals, "sum"), 11.0);
  EXPECT_EQ(totals->band, nullptr);  // the 70% band is for percent_easy only

  // The same as raw scores 3 4 4 (sum 11).
  const auto scores = evaluate("ces", Inputs{{"scores", Scores{3, 4, 4}}});
  ASSERT_TRUE(scores.ok());
  EXPECT_EQ(variant_of(scores), "scores");
  EXPECT_EQ(unit_of(scores), "score");
  EXPECT_NEAR(scores->outcome.value, 3.6666666666666667, 1e-9);
  EXPECT_EQ(num_detail(scores, "sum"), 11.0);
  EXPECT_EQ(num_detail(scores, "scale"), 7.0);
  EXPECT_EQ(list_detail(scores, "distribution"), (Scores{0, 0, 0, 1, 2, 0, 0, 0}));
  EXPECT_EQ(scores->band, nullptr);
}

TEST(CesMetric, MeanOfRawScores) {
  // 7 6 5 1 2: sum 21 / 5 = 4.2.
  const auto r = evaluate("ces", Inputs{{"scores", Scores{7, 6, 5, 1, 2}}, {"method", text("mean")}});
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r->outcome.value, 4.2, 1e-9);
  EXPECT_EQ(num_detail(r, "n"), 5.0);
}

TEST(CesMetric, DistributionFromOneOrFromZero) {
  // 1..7: one 1, two 7s -> (1 + 14) / 3 = 5.
  const auto seven = evaluate("ces", Inputs{{"distribution", Scores{1, 0, 0, 0, 0, 0, 2}}});
  ASSERT_TRUE(seven.ok());
  EXPECT_EQ(variant_of(seven), "distribution");
  EXPECT_EQ(seven->outcome.value, 5.0);
  // 0..7 with index 0 empty: same answers.
  const auto eight = evaluate("ces", Inputs{{"distribution", Scores{0, 1, 0, 0, 0, 0, 0, 2}}});
  ASSERT_TRUE(eight.ok());
  EXPECT_EQ(eight->outcome.value, 5.0);
  // ...but answers of 0 do not exist on a 1-7 scale.
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"distribution", Scores{1, 1, 0, 0, 0, 0, 0, 2}}}),
                         "value_out_of_range", "distribution"));
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"distribution", Scores(6, 1.0)}}), "wrong_length", "distribution"));
}

TEST(CesMetric, PercentEasyOnSevenPointsDefaultsToFiveAndUp) {
  // 7 6 5 4 3 2 1 5: >= 5 -> {7,6,5,5} = 4 of 8 = 50%.
  const auto r = evaluate("ces", Inputs{{"scores", Scores{7, 6, 5, 4, 3, 2, 1, 5}}, {"method", text("percent_easy")}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(unit_of(r), "percent");
  EXPECT_EQ(r->outcome.value, 50.0);
  EXPECT_EQ(num_detail(r, "easy"), 4.0);
  EXPECT_EQ(num_detail(r, "threshold"), 5.0);
  EXPECT_EQ(num_detail(r, "percent_easy"), 50.0);
  EXPECT_EQ(band_of(r), "below_benchmark");
}

TEST(CesMetric, PercentEasyOnFivePointsDefaultsToFourAndUp) {
  // 5 4 3 2 1 on 1-5: >= 4 -> 2 of 5 = 40%. (With a 7-point threshold of 5
  // it would be 20%.)
  for (const InputValue& scale : {InputValue{5.0}, text("5")}) {
    const auto r = evaluate("ces", Inputs{{"scores", Scores{5, 4, 3, 2, 1}}, {"scale", scale}, {"method", text("percent_easy")}});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->outcome.value, 40.0);
    EXPECT_EQ(num_detail(r, "threshold"), 4.0);
    EXPECT_EQ(num_detail(r, "scale"), 5.0);
  }
}

TEST(CesMetric, PercentEasyCustomThresholdAndBand) {
  // 7 6 5 4 with threshold 6 -> 2 of 4 = 50%.
  const auto r = evaluate("ces", Inputs{{"scores", Scores{7, 6, 5, 4}}, {"method", text("percent_easy")}, {"threshold", 6.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 50.0);
  // 7 7 7 6 6 5 5 4 3 1: >= 5 -> 7 of 10 = 70% -> good (>= 70).
  const auto good = evaluate("ces", Inputs{{"scores", Scores{7, 7, 7, 6, 6, 5, 5, 4, 3, 1}}, {"method", text("percent_easy")}});
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good->outcome.value, 70.0);
  EXPECT_EQ(band_of(good), "good");
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"scores", Scores{5}}, {"scale", 5.0}, {"threshold", 6.0},
                                                {"method", text("percent_easy")}}),
                         "above_maximum", "threshold"));
}

TEST(CesMetric, EasyCountsVariant) {
  // 7 of 10 easy = 70% -> good; 69 of 100 = 69% -> below.
  const auto r = evaluate("ces", Inputs{{"easy", 7.0}, {"responses", 10.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "easy_counts");
  EXPECT_EQ(unit_of(r), "percent");
  EXPECT_EQ(r->outcome.value, 70.0);
  EXPECT_EQ(num_detail(r, "n"), 10.0);
  EXPECT_EQ(num_detail(r, "percent_easy"), 70.0);
  EXPECT_EQ(band_of(r), "good");
  EXPECT_TRUE(warns(r, "small_sample"));
  EXPECT_EQ(band_of(evaluate("ces", Inputs{{"easy", 69.0}, {"responses", 100.0}})), "below_benchmark");
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"easy", 11.0}, {"responses", 10.0}}), "part_exceeds_whole", "easy"));
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"easy", 0.0}, {"responses", 0.0}}), "zero_denominator", "responses"));
}

TEST(CesMetric, SumMustFitTheScale) {
  // 3 answers on 1-7: the sum lies in 3..21; on 1-5: 3..15.
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"sum", 2.0}, {"responses", 3.0}}), "sum_out_of_range", "sum"));
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"sum", 22.0}, {"responses", 3.0}}), "sum_out_of_range", "sum"));
  EXPECT_TRUE(evaluate("ces", Inputs{{"sum", 21.0}, {"responses", 3.0}}).ok());
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"sum", 16.0}, {"responses", 3.0}, {"scale", 5.0}}), "sum_out_of_range", "sum"));
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"sum", 0.0}, {"responses", 0.0}}), "zero_denominator", "responses"));
}

TEST(CesMetric, ScoresOutsideTheScaleAreRejected) {
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"scores", Scores{0, 3}}}), "value_out_of_range", "scores"));
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"scores", Scores{8}}}), "value_out_of_range", "scores"));
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"scores", Scores{6}}, {"scale", 5.0}}), "value_out_of_range", "scores"));
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"scores", Scores{6}}, {"method", text("median")}}), "invalid_choice", "method"));
}

}  // namespace
}  // namespace polso::metric_testing
