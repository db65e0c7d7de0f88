// Retention and revenue metrics (METRICS.md section 2). Expected values are
// worked by hand in the comments.
#include <gtest/gtest.h>

#include "core/evaluate.hpp"
#include "metric_test_support.hpp"

namespace polso::metric_testing {
namespace {

// ---- churn_rate ---------------------------------------------------------------

TEST(ChurnRateMetric, WorkedExampleThousandStartFiftyLostIsFive) {
  const auto r = evaluate("churn_rate", Inputs{{"customers_start", 1000.0}, {"customers_lost", 50.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "lost");
  EXPECT_EQ(unit_of(r), "percent");
  EXPECT_EQ(r->outcome.value, 5.0);
  EXPECT_EQ(num_detail(r, "customers_start"), 1000.0);
  EXPECT_EQ(num_detail(r, "customers_lost"), 50.0);
  EXPECT_EQ(r->band, nullptr);
}

TEST(ChurnRateMetric, CalculatorStartNewEndShowsTwenty) {
  // 100 at start + 20 new - 100 at end = 20 lost; 20 / 100 x 100 = 20.
  const auto r = evaluate("churn_rate", Inputs{{"customers_start", 100.0}, {"customers_new", 20.0}, {"customers_end", 100.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "start_new_end");
  EXPECT_EQ(r->outcome.value, 20.0);
  EXPECT_EQ(num_detail(r, "customers_lost"), 20.0);
  EXPECT_EQ(warning(r, "churn_includes_new"), nullptr);
}

TEST(ChurnRateMetric, HandComputedCases) {
  // 35 of 250 = 14%.
  EXPECT_EQ(evaluate("churn_rate", Inputs{{"customers_start", 250.0}, {"customers_lost", 35.0}})->outcome.value, 14.0);
  // 80 + 30 - 95 = 15 lost; 15 / 80 = 18.75%.
  const auto r = evaluate("churn_rate", Inputs{{"customers_start", 80.0}, {"customers_new", 30.0}, {"customers_end", 95.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 18.75);
  EXPECT_EQ(num_detail(r, "customers_lost"), 15.0);
  // 1 of 3 = 33.33...%.
  EXPECT_NEAR(evaluate("churn_rate", Inputs{{"customers_start", 3.0}, {"customers_lost", 1.0}})->outcome.value,
              33.333333333333333, 1e-9);
}

TEST(ChurnRateMetric, LosingNewCustomersTooGoesAboveHundredWithAWarning) {
  // 10 + 20 - 5 = 25 lost of 10 at start = 250%.
  const auto r = evaluate("churn_rate", Inputs{{"customers_start", 10.0}, {"customers_new", 20.0}, {"customers_end", 5.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 250.0);
  EXPECT_TRUE(warns(r, "churn_includes_new", "customers_new"));
}

TEST(ChurnRateMetric, Errors) {
  EXPECT_TRUE(fails_with(evaluate("churn_rate", Inputs{{"customers_start", 100.0}, {"customers_lost", 101.0}}),
                         "part_exceeds_whole", "customers_lost"));
  EXPECT_TRUE(fails_with(evaluate("churn_rate", Inputs{{"customers_start", 0.0}, {"customers_lost", 0.0}}),
                         "zero_denominator", "customers_start"));
  EXPECT_TRUE(fails_with(evaluate("churn_rate", Inputs{{"customers_start", 0.0}, {"customers_new", 5.0}, {"customers_end", 5.0}}),
                         "zero_denominator", "customers_start"));
  // 100 + 10 = 110 at most at the end.
  EXPECT_TRUE(fails_with(evaluate("churn_rate", Inputs{{"customers_start", 100.0}, {"customers_new", 10.0}, {"customers_end", 111.0}}),
                         "end_exceeds_start_plus_new", "customers_end"));
  EXPECT_TRUE(evaluate("churn_rate", Inputs{{"customers_start", 100.0}, {"customers_new", 10.0}, {"customers_end", 110.0}}).ok());
}

// ---- retention_rate -------------------------------------------------------------

TEST(RetentionRateMetric, CalculatorStartNewEndShowsNinety) {
  // (100 - 10) / 100 x 100 = 90.
  const auto r = evaluate("retention_rate", Inputs{{"customers_start", 100.0}, {"customers_new", 10.0}, {"customers_end", 100.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "start_end_new");
  EXPECT_EQ(unit_of(r), "percent");
  EXPECT_EQ(r->outcome.value, 90.0);
  EXPECT_EQ(num_detail(r, "customers_retained"), 90.0);
  EXPECT_EQ(num_detail(r, "customers_start"), 100.0);
}

TEST(RetentionRateMetric, HandComputedCases) {
  // (230 - 60) / 200 = 170 / 200 = 85%.
  EXPECT_EQ(evaluate("retention_rate", Inputs{{"customers_start", 200.0}, {"customers_end", 230.0}, {"customers_new", 60.0}})
                ->outcome.value, 85.0);
  // 33 of 40 retained = 82.5%.
  const auto r = evaluate("retention_rate", Inputs{{"customers_start", 40.0}, {"customers_retained", 33.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "retained");
  EXPECT_EQ(r->outcome.value, 82.5);
  EXPECT_EQ(num_detail(r, "customers_retained"), 33.0);
}

TEST(RetentionRateMetric, Errors) {
  EXPECT_TRUE(fails_with(evaluate("retention_rate", Inputs{{"customers_start", 40.0}, {"customers_retained", 41.0}}),
                         "part_exceeds_whole", "customers_retained"));
  EXPECT_TRUE(fails_with(evaluate("retention_rate", Inputs{{"customers_start", 40.0}, {"customers_end", 10.0}, {"customers_new", 11.0}}),
                         "part_exceeds_whole", "customers_new"));
  // 150 - 10 = 140 retained > 100 at start.
  EXPECT_TRUE(fails_with(evaluate("retention_rate", Inputs{{"customers_start", 100.0}, {"customers_end", 150.0}, {"customers_new", 10.0}}),
                         "retained_exceeds_start", "customers_end"));
  EXPECT_TRUE(fails_with(evaluate("retention_rate", Inputs{{"customers_start", 0.0}, {"customers_retained", 0.0}}),
                         "zero_denominator", "customers_start"));
}

// ---- repeat_purchase_rate ---------------------------------------------------------

TEST(RepeatPurchaseRateMetric, WorkedExampleAndHandCase) {
  const auto r = evaluate("repeat_purchase_rate", Inputs{{"repeat_customers", 200.0}, {"total_customers", 1000.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 20.0);  // 200 / 1000
  EXPECT_EQ(unit_of(r), "percent");
  EXPECT_EQ(num_detail(r, "repeat_customers"), 200.0);
  EXPECT_EQ(num_detail(r, "total_customers"), 1000.0);
  // 37 / 148 = 0.25 -> 25%.
  EXPECT_EQ(evaluate("repeat_purchase_rate", Inputs{{"repeat_customers", 37.0}, {"total_customers", 148.0}})->outcome.value, 25.0);
  EXPECT_TRUE(fails_with(evaluate("repeat_purchase_rate", Inputs{{"repeat_customers", 3.0}, {"total_customers", 2.0}}),
                         "part_exceeds_whole", "repeat_customers"));
  EXPECT_TRUE(fails_with(evaluate("repeat_purchase_rate", Inputs{{"repeat_customers", 0.0}, {"total_customers", 0.0}}),
                         "zero_denominator", "total_customers"));
}

// ---- clv ------------------------------------------------------------------------

TEST(ClvMetric, WorkedExampleFiftyTimesFourTimesFive) {
  const auto r = evaluate("clv", Inputs{{"avg_purchase_value", 50.0}, {"purchase_frequency", 4.0}, {"lifespan", 5.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "transactional");
  EXPECT_EQ(unit_of(r), "currency");
  EXPECT_EQ(r->outcome.value, 1000.0);
  EXPECT_EQ(num_detail(r, "lifetime_months"), 60.0);  // 5 years
  EXPECT_FALSE(has_detail(r, "clv_cac_ratio"));
  EXPECT_EQ(r->band, nullptr);  // no CAC, no ratio band
}

TEST(ClvMetric, GrossMarginAndCacRatio) {
  // 80 x 2.5 x 3 = 600; x 40% margin = 240; 240 / 100 CAC = 2.4 -> below 3x.
  const auto r = evaluate("clv", Inputs{{"avg_purchase_value", 80.0}, {"purchase_frequency", 2.5}, {"lifespan", 3.0},
                                        {"gross_margin", 40.0}, {"cac", 100.0}, {"currency", text("EUR")}});
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r->outcome.value, 240.0, 1e-9);
  EXPECT_EQ(num_detail(r, "gross_margin"), 40.0);
  EXPECT_EQ(num_detail(r, "cac"), 100.0);
  EXPECT_NEAR(num_detail(r, "clv_cac_ratio"), 2.4, 1e-9);
  EXPECT_EQ(band_of(r), "below_3x_cac");
  const DetailValue* cur = r->outcome.find_detail("currency");
  ASSERT_NE(cur, nullptr);
  ASSERT_TRUE(std::holds_alternative<std::string>(*cur));
  EXPECT_EQ(std::get<std::string>(*cur), "EUR");
  EXPECT_TRUE(r->outcome.warnings.empty());
}

TEST(ClvMetric, SubscriptionMonthlyRevenueTimesMonths) {
  // 30 x 24 months = 720.
  const auto r = evaluate("clv", Inputs{{"monthly_revenue", 30.0}, {"lifetime_months", 24.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "subscription");
  EXPECT_EQ(r->outcome.value, 720.0);
  EXPECT_EQ(num_detail(r, "lifetime_months"), 24.0);
}

TEST(ClvMetric, LifetimeFromMonthlyChurn) {
  // 5% monthly churn -> 1 / 0.05 = 20 months; 30 x 20 = 600.
  const auto r = evaluate("clv", Inputs{{"monthly_revenue", 30.0}, {"monthly_churn_rate", 5.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "churn");
  EXPECT_NEAR(r->outcome.value, 600.0, 1e-9);
  EXPECT_NEAR(num_detail(r, "lifetime_months"), 20.0, 1e-9);
  // 3% churn -> 33.33 months; 45 x 33.33 = 1500; x 60% = 900.
  const auto m = evaluate("clv", Inputs{{"monthly_revenue", 45.0}, {"monthly_churn_rate", 3.0}, {"gross_margin", 60.0}});
  ASSERT_TRUE(m.ok());
  EXPECT_NEAR(m->outcome.value, 900.0, 1e-9);
  EXPECT_NEAR(num_detail(m, "lifetime_months"), 33.333333333333333, 1e-9);
  EXPECT_TRUE(fails_with(evaluate("clv", Inputs{{"monthly_revenue", 30.0}, {"monthly_churn_rate", 0.0}}),
                         "zero_denominator", "monthly_churn_rate"));
  EXPECT_TRUE(fails_with(evaluate("clv", Inputs{{"monthly_revenue", 30.0}, {"monthly_churn_rate", 101.0}}),
                         "above_maximum", "monthly_churn_rate"));
}

TEST(ClvMetric, CacRatioBandAtThree) {
  // 600 / 200 = 3 exactly -> healthy; 600 / 201 = 2.985 -> below.
  const auto at = evaluate("clv", Inputs{{"monthly_revenue", 30.0}, {"lifetime_months", 20.0}, {"cac", 200.0}});
  EXPECT_EQ(num_detail(at, "clv_cac_ratio"), 3.0);
  EXPECT_EQ(band_of(at), "healthy");
  EXPECT_EQ(band_of(evaluate("clv", Inputs{{"monthly_revenue", 30.0}, {"lifetime_months", 20.0}, {"cac", 201.0}})),
            "below_3x_cac");
  EXPECT_EQ(band_of(evaluate("clv", Inputs{{"monthly_revenue", 30.0}, {"lifetime_months", 20.0}, {"cac", 10.0}})),
            "healthy");  // 60x
  EXPECT_TRUE(fails_with(evaluate("clv", Inputs{{"monthly_revenue", 30.0}, {"lifetime_months", 20.0}, {"cac", 0.0}}),
                         "zero_denominator", "cac"));
}

// ---- mrr, cac, cac_payback, customer_acquisition_rate ---------------------------

TEST(MrrMetric, WorkedExampleAndHandCase) {
  const auto r = evaluate("mrr", Inputs{{"customers", 100.0}, {"arpc", 50.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 5000.0);  // 100 x 50
  EXPECT_EQ(unit_of(r), "currency");
  EXPECT_EQ(num_detail(r, "customers"), 100.0);
  EXPECT_EQ(num_detail(r, "arpc"), 50.0);
  // 37 x 19.99 = 739.63.
  EXPECT_NEAR(evaluate("mrr", Inputs{{"customers", 37.0}, {"arpc", 19.99}})->outcome.value, 739.63, 1e-9);
  EXPECT_TRUE(fails_with(evaluate("mrr", Inputs{{"customers", 10.5}, {"arpc", 19.99}}), "not_integer", "customers"));
  EXPECT_TRUE(fails_with(evaluate("mrr", Inputs{{"customers", 10.0}, {"arpc", -1.0}}), "negative", "arpc"));
}

TEST(CacMetric, SpendOverNewCustomers) {
  // 12,000 / 30 = 400.
  const auto r = evaluate("cac", Inputs{{"acquisition_spend", 12000.0}, {"new_customers", 30.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 400.0);
  EXPECT_EQ(unit_of(r), "currency");
  // 1,000 / 3 = 333.33...
  EXPECT_NEAR(evaluate("cac", Inputs{{"acquisition_spend", 1000.0}, {"new_customers", 3.0}})->outcome.value,
              333.33333333333333, 1e-9);
  EXPECT_TRUE(fails_with(evaluate("cac", Inputs{{"acquisition_spend", 1000.0}, {"new_customers", 0.0}}),
                         "zero_denominator", "new_customers"));
}

TEST(CacPaybackMetric, FromCac) {
  // 400 / (50 x 100%) = 8 months (margin defaults to 100%).
  const auto r = evaluate("cac_payback", Inputs{{"cac", 400.0}, {"monthly_revenue", 50.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "cac");
  EXPECT_EQ(unit_of(r), "count");
  EXPECT_EQ(r->metric->unit_label.en, "months");
  EXPECT_EQ(r->outcome.value, 8.0);
  EXPECT_EQ(num_detail(r, "cac"), 400.0);
  EXPECT_EQ(num_detail(r, "months"), 8.0);
  // 300 / (40 x 75%) = 300 / 30 = 10.
  EXPECT_NEAR(evaluate("cac_payback", Inputs{{"cac", 300.0}, {"monthly_revenue", 40.0}, {"gross_margin", 75.0}})
                  ->outcome.value, 10.0, 1e-9);
}

TEST(CacPaybackMetric, FromSpendAndNewCustomers) {
  // 12,000 / 30 = 400 CAC; 400 / (100 x 50%) = 8.
  const auto r = evaluate("cac_payback", Inputs{{"acquisition_spend", 12000.0}, {"new_customers", 30.0},
                                                {"monthly_revenue", 100.0}, {"gross_margin", 50.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "spend");
  EXPECT_NEAR(r->outcome.value, 8.0, 1e-9);
  EXPECT_EQ(num_detail(r, "cac"), 400.0);
  EXPECT_TRUE(fails_with(evaluate("cac_payback", Inputs{{"acquisition_spend", 12000.0}, {"new_customers", 0.0},
                                                        {"monthly_revenue", 100.0}}),
                         "zero_denominator", "new_customers"));
}

TEST(CacPaybackMetric, BandsAtEightAndTwentyTwo) {
  auto payback = [](double cac) { return evaluate("cac_payback", Inputs{{"cac", cac}, {"monthly_revenue", 50.0}}); };
  EXPECT_EQ(band_of(payback(399)), "fast");      // 7.98
  EXPECT_EQ(band_of(payback(400)), "typical");   // 8
  EXPECT_EQ(band_of(payback(1100)), "typical");  // 22
  EXPECT_EQ(band_of(payback(1101)), "slow");     // 22.02
  EXPECT_EQ(band_of(payback(0)), "fast");        // 0
}

TEST(CacPaybackMetric, ZeroRevenueOrMargin) {
  EXPECT_TRUE(fails_with(evaluate("cac_payback", Inputs{{"cac", 400.0}, {"monthly_revenue", 0.0}}),
                         "zero_denominator", "monthly_revenue"));
  EXPECT_TRUE(fails_with(evaluate("cac_payback", Inputs{{"cac", 400.0}, {"monthly_revenue", 50.0}, {"gross_margin", 0.0}}),
                         "zero_denominator", "gross_margin"));
}

TEST(CustomerAcquisitionRateMetric, NewOverStartMayExceedHundred) {
  // 30 / 120 = 25%; 150 / 100 = 150% (growth, not a share).
  const auto r = evaluate("customer_acquisition_rate", Inputs{{"customers_new", 30.0}, {"customers_start", 120.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 25.0);
  EXPECT_EQ(unit_of(r), "percent");
  EXPECT_EQ(evaluate("customer_acquisition_rate", Inputs{{"customers_new", 150.0}, {"customers_start", 100.0}})->outcome.value, 150.0);
  EXPECT_TRUE(fails_with(evaluate("customer_acquisition_rate", Inputs{{"customers_new", 1.0}, {"customers_start", 0.0}}),
                         "zero_denominator", "customers_start"));
}

}  // namespace
}  // namespace polso::metric_testing
