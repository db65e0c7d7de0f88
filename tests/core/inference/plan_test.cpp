#include "core/inference/plan.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/inference/inference_test_support.hpp"

namespace polso::inference {
namespace {

using namespace polso::inference::testing;

TEST(PlanSampleSize, NpsWorstCaseByHand) {
  // p = d = 50%: variance 1, n = ceil(z² / 0.05²) = ceil(1536.58) = 1537.
  auto r = plan_sample_size("nps", {{"margin", 5.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->n, std::ceil(kZ95 * kZ95 / 0.0025));
  EXPECT_EQ(r->explanation_en,
            "To know the NPS within ±5 points at 95% confidence in the worst case (no expected shares given), you need 1,537 answers.");
  EXPECT_EQ(r->explanation_it,
            "Per conoscere l’NPS entro ±5 punti con una confidenza del 95% nel caso peggiore (senza quote previste), servono 1.537 risposte.");
}

TEST(PlanSampleSize, NpsWithExpectedShares) {
  // p = .4, d = .2: variance .6 - .04 = .56; n = ceil(z² × .56 / .05²).
  auto r = plan_sample_size("nps", {{"margin", 5.0}, {"expected_promoters_pct", 40.0}, {"expected_detractors_pct", 20.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->n, std::ceil(kZ95 * kZ95 * 0.56 / 0.0025));
  EXPECT_NE(r->explanation_en.find("expecting about 40% promoters and 20% detractors"), std::string::npos);
  // Only one of the two shares is not enough.
  EXPECT_EQ(plan_sample_size("nps", {{"margin", 5.0}, {"expected_promoters_pct", 40.0}}).error().field,
            "expected_detractors_pct");
  EXPECT_EQ(plan_sample_size("nps", {{"margin", 5.0}, {"expected_promoters_pct", 70.0}, {"expected_detractors_pct", 40.0}})
                .error().field.rfind("expected_", 0), 0u);
}

TEST(PlanSampleSize, ProportionsByHand) {
  auto r = plan_sample_size("csat", {{"margin", 5.0}, {"expected_percent", 80.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->n, std::ceil(kZ95 * kZ95 * 0.16 / 0.0025));  // 246
  EXPECT_EQ(r->explanation_en,
            "To know the CSAT within ±5 percentage points at 95% confidence, expecting about 80%, you need 246 answers.");
  auto churn = plan_sample_size("churn_rate", {{"margin", 2.0}}, 0.90);
  ASSERT_TRUE(churn.ok());
  EXPECT_EQ(churn->n, std::ceil(kZ90 * kZ90 * 0.25 / 0.0004));
  EXPECT_NE(churn->explanation_it.find("il tasso di abbandono"), std::string::npos) << churn->explanation_it;
}

TEST(PlanSampleSize, MeansUseTheTQuantile) {
  // sd 1.5, margin 0.5: z gives 34.6; t(n-1) pushes it up to the n with
  // t(0.975, n-1) × 1.5 / sqrt(n) <= 0.5: n = 37 (t36 = 2.0281: 0.50013 > 0.5;
  // n = 38: t37 = 2.0262, 0.49304).
  auto r = plan_sample_size("mean", {{"margin", 0.5}, {"expected_sd", 1.5}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->n, 38);
  EXPECT_NE(r->explanation_en.find("standard deviation of about 1.5"), std::string::npos);
  EXPECT_EQ(plan_sample_size("ces", {{"margin", 0.5}}).error().field, "expected_sd");
}

TEST(PlanSampleSize, Refusals) {
  EXPECT_EQ(plan_sample_size("clv", {{"margin", 5.0}}).error().code, "unknown_plan_metric");
  EXPECT_EQ(plan_sample_size("nps", {}).error().field, "margin");
  EXPECT_EQ(plan_sample_size("nps", {{"margin", std::string("five")}}).error().code, "wrong_type");
  EXPECT_EQ(plan_sample_size("nps", {{"margin", 5.0}}, 0.5).error().field, "confidence");
  EXPECT_EQ(plan_sample_size("csat", {{"margin", 0.0}}).error().field, "margin");
}

TEST(PromotersNeeded, ByHand) {
  // 50/30/20 (NPS 30) to 50: (50 + x - 20) / (100 + x) >= 0.5 → x >= 40.
  auto r = plan_promoters_needed({{"promoters", 50.0}, {"passives", 30.0}, {"detractors", 20.0}, {"target", 50.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->n, 40);
  EXPECT_EQ(r->explanation_en,
            "With 50 promoters, 30 passives and 20 detractors the NPS is 30; 40 more promoters (and no other new answers) would lift it to 50.");
  EXPECT_EQ(r->explanation_it,
            "Con 50 promotori, 30 passivi e 20 detrattori l’NPS è 30; servirebbero altri 40 promotori (senza altre nuove risposte) per portarlo a 50.");
}

TEST(PromotersNeeded, AlreadyThereAndUnreachable) {
  auto r = plan_promoters_needed({{"promoters", 50.0}, {"passives", 30.0}, {"detractors", 20.0}, {"target", 20.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->n, 0);
  EXPECT_EQ(r->explanation_en, "The NPS is already 30, at or above the target of 20: no more promoters are needed.");
  EXPECT_EQ(plan_promoters_needed({{"promoters", 50.0}, {"passives", 30.0}, {"detractors", 20.0}, {"target", 100.0}})
                .error().code, "target_unreachable");
  EXPECT_EQ(plan_promoters_needed({{"promoters", 50.0}, {"passives", 30.0}, {"target", 60.0}}).error().field, "detractors");
}

}  // namespace
}  // namespace polso::inference
