// The generic validation in evaluate(): every input is checked against its
// declaration before any formula runs, and every error names its field in
// both languages.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/evaluate.hpp"
#include "metric_test_support.hpp"

namespace polso::metric_testing {
namespace {

constexpr double kTwoTo53 = 9007199254740992.0;

Result ctr(InputValue clicks, InputValue impressions) {
  return evaluate("ctr", Inputs{{"clicks", std::move(clicks)}, {"impressions", std::move(impressions)}});
}

TEST(EvaluateValidation, UnknownMetric) {
  const auto r = evaluate("net_promoter", Inputs{{"promoters", 1.0}});
  EXPECT_TRUE(fails_with(r, "unknown_metric", "metric"));
  EXPECT_NE(r.error().message_en.find("net_promoter"), std::string::npos);
  EXPECT_NE(r.error().message_it.find("net_promoter"), std::string::npos);
  EXPECT_TRUE(fails_with(evaluate("", Inputs{}), "unknown_metric", "metric"));
}

TEST(EvaluateValidation, NegativeCount) {
  EXPECT_TRUE(fails_with(ctr(-1.0, 10.0), "negative", "clicks"));
  EXPECT_TRUE(fails_with(ctr(1.0, -10.0), "negative", "impressions"));
  EXPECT_TRUE(fails_with(evaluate("nps", Inputs{{"promoters", 1.0}, {"passives", -2.0}, {"detractors", 1.0}}),
                         "negative", "passives"));
}

TEST(EvaluateValidation, NonIntegerCount) {
  const auto r = ctr(1.5, 10.0);
  EXPECT_TRUE(fails_with(r, "not_integer", "clicks"));
  EXPECT_NE(r.error().message_en.find("1.5"), std::string::npos);  // the value is quoted back
  EXPECT_NE(r.error().message_it.find("1,5"), std::string::npos);  // with an Italian comma
  EXPECT_TRUE(fails_with(ctr(1.0, 10.000001), "not_integer", "impressions"));
}

TEST(EvaluateValidation, NanAndInfinity) {
  EXPECT_TRUE(fails_with(ctr(std::numeric_limits<double>::quiet_NaN(), 10.0), "not_finite", "clicks"));
  EXPECT_TRUE(fails_with(ctr(1.0, std::numeric_limits<double>::infinity()), "not_finite", "impressions"));
  EXPECT_TRUE(fails_with(ctr(-std::numeric_limits<double>::infinity(), 10.0), "not_finite", "clicks"));
  // Non-count kinds too: money, percent.
  EXPECT_TRUE(fails_with(evaluate("mrr", Inputs{{"customers", 1.0}, {"arpc", std::nan("")}}), "not_finite", "arpc"));
  EXPECT_TRUE(fails_with(evaluate("clv", Inputs{{"monthly_revenue", 1.0}, {"monthly_churn_rate", std::nan("")}}),
                         "not_finite", "monthly_churn_rate"));
}

TEST(EvaluateValidation, CountsBeyondTwoToThe53) {
  EXPECT_TRUE(ctr(1.0, kTwoTo53).ok());  // 2^53 itself is exact
  EXPECT_TRUE(fails_with(ctr(1.0, kTwoTo53 + 2.0), "too_large", "impressions"));
  EXPECT_TRUE(fails_with(ctr(1.0, 1e300), "too_large", "impressions"));
  EXPECT_TRUE(fails_with(evaluate("nps", Inputs{{"distribution", Scores{kTwoTo53 * 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}}),
                         "value_out_of_range", "distribution"));
}

TEST(EvaluateValidation, PercentInputsStayWithinZeroToHundred) {
  const Inputs base{{"cac", 400.0}, {"monthly_revenue", 50.0}};
  Inputs over = base;
  over["gross_margin"] = 100.5;
  EXPECT_TRUE(fails_with(evaluate("cac_payback", over), "above_maximum", "gross_margin"));
  Inputs under = base;
  under["gross_margin"] = -5.0;
  EXPECT_TRUE(fails_with(evaluate("cac_payback", under), "negative", "gross_margin"));
  Inputs full = base;
  full["gross_margin"] = 100.0;
  EXPECT_TRUE(evaluate("cac_payback", full).ok());
}

TEST(EvaluateValidation, WrongTypes) {
  // A string where a count belongs, a list where a number belongs.
  EXPECT_TRUE(fails_with(ctr(text("6"), 10.0), "wrong_type", "clicks"));
  EXPECT_TRUE(fails_with(ctr(Scores{6}, 10.0), "wrong_type", "clicks"));
  // A number where a list belongs.
  EXPECT_TRUE(fails_with(evaluate("nps", Inputs{{"scores", 9.0}}), "wrong_type", "scores"));
  EXPECT_TRUE(fails_with(evaluate("nps", Inputs{{"distribution", text("1,2,3")}}), "wrong_type", "distribution"));
  // A number where free text belongs; a list or a fraction where a choice belongs.
  EXPECT_TRUE(fails_with(evaluate("mrr", Inputs{{"customers", 1.0}, {"arpc", 1.0}, {"currency", 978.0}}),
                         "wrong_type", "currency"));
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"scores", Scores{5}}, {"scale", Scores{5}}}), "wrong_type", "scale"));
  EXPECT_TRUE(fails_with(evaluate("csat", Inputs{{"scores", Scores{5}}, {"scale", 5.5}}), "wrong_type", "scale"));
}

TEST(EvaluateValidation, InvalidChoices) {
  const auto r = evaluate("ces", Inputs{{"scores", Scores{3}}, {"method", text("median")}});
  EXPECT_TRUE(fails_with(r, "invalid_choice", "method"));
  EXPECT_NE(r.error().message_en.find("percent_easy"), std::string::npos);  // lists the choices
  EXPECT_TRUE(fails_with(evaluate("ces", Inputs{{"scores", Scores{3}}, {"scale", 10.0}}), "invalid_choice", "scale"));
  EXPECT_TRUE(fails_with(evaluate("first_response_time", Inputs{{"durations_seconds", Scores{3}}, {"channel", text("Chat")}}),
                         "invalid_choice", "channel"));
}

TEST(EvaluateValidation, EmptyList) {
  EXPECT_TRUE(fails_with(evaluate("nps", Inputs{{"scores", Scores{}}}), "empty", "scores"));
}

TEST(EvaluateValidation, MissingInputsNameTheirLabels) {
  // Two of the three NPS counts: the counts variant is closest.
  const auto nps = evaluate("nps", Inputs{{"promoters", 5.0}, {"passives", 5.0}});
  EXPECT_TRUE(fails_with(nps, "missing_input", "detractors"));
  EXPECT_NE(nps.error().message_en.find("Detractors"), std::string::npos) << nps.error().message_en;
  EXPECT_NE(nps.error().message_it.find("Detrattori"), std::string::npos) << nps.error().message_it;
  EXPECT_EQ(nps.error().message_en.find("Promoters"), std::string::npos);  // already given
  // The other ways to enter it are offered.
  EXPECT_NE(nps.error().message_en.find("Raw scores (0–10)"), std::string::npos);

  // Nothing at all: both CTR inputs are named.
  const auto empty = evaluate("ctr", Inputs{});
  EXPECT_TRUE(fails_with(empty, "missing_input", "clicks"));
  EXPECT_NE(empty.error().message_en.find("Clicks"), std::string::npos);
  EXPECT_NE(empty.error().message_en.find("Impressions"), std::string::npos);
  EXPECT_NE(empty.error().message_it.find("Clic"), std::string::npos);
  EXPECT_NE(empty.error().message_it.find("Impressioni"), std::string::npos);

  // Churn with the start only: the two-input variant is one input away.
  const auto churn = evaluate("churn_rate", Inputs{{"customers_start", 100.0}});
  EXPECT_TRUE(fails_with(churn, "missing_input", "customers_lost"));
  EXPECT_NE(churn.error().message_en.find("Customers lost"), std::string::npos);
  EXPECT_NE(churn.error().message_it.find("Clienti persi"), std::string::npos);

  // Start and new given: start/new/end is the closer variant.
  const auto churn2 = evaluate("churn_rate", Inputs{{"customers_start", 100.0}, {"customers_new", 5.0}});
  EXPECT_TRUE(fails_with(churn2, "missing_input", "customers_end"));
  EXPECT_NE(churn2.error().message_en.find("Customers at end"), std::string::npos);
}

TEST(EvaluateValidation, ResultTooLargeToRepresent) {
  // 2^53 customers x 1e308 per customer overflows to infinity.
  EXPECT_TRUE(fails_with(evaluate("mrr", Inputs{{"customers", kTwoTo53}, {"arpc", 1e308}}), "not_computable", ""));
}

TEST(EvaluateWarnings, UnknownInputsAreIgnoredWithAWarning) {
  const auto r = evaluate("ctr", Inputs{{"clicks", 6.0}, {"impressions", 10.0}, {"clickz", text("oops")}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome.value, 60.0);
  EXPECT_TRUE(warns(r, "unused_input", "clickz"));
}

TEST(EvaluateWarnings, InputsTheChosenVariantDoesNotUseAreFlagged) {
  // Both churn forms given: the first (lost) wins, 50 / 1000 = 5%, and new/end are reported.
  const auto r = evaluate("churn_rate", Inputs{{"customers_start", 1000.0}, {"customers_lost", 50.0},
                                               {"customers_new", 10.0}, {"customers_end", 960.0}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(variant_of(r), "lost");
  EXPECT_EQ(r->outcome.value, 5.0);
  EXPECT_TRUE(warns(r, "unused_input", "customers_new"));
  EXPECT_TRUE(warns(r, "unused_input", "customers_end"));
  // CES mean from totals has no threshold: it is flagged, the mean stands.
  const auto ces = evaluate("ces", Inputs{{"sum", 11.0}, {"responses", 3.0}, {"threshold", 5.0}});
  ASSERT_TRUE(ces.ok());
  EXPECT_TRUE(warns(ces, "unused_input", "threshold"));
  // A clean request has no warnings at all.
  const auto clean = evaluate("ctr", Inputs{{"clicks", 6.0}, {"impressions", 10.0}});
  ASSERT_TRUE(clean.ok());
  EXPECT_TRUE(clean->outcome.warnings.empty());
}

TEST(EvaluateWarnings, SmallSampleNamesTheCount) {
  const auto r = evaluate("csat", Inputs{{"satisfied", 5.0}, {"responses", 12.0}});
  ASSERT_TRUE(warns(r, "small_sample"));
  EXPECT_NE(warning(r, "small_sample")->message_en.find("12"), std::string::npos);
  EXPECT_EQ(warning(evaluate("csat", Inputs{{"satisfied", 5.0}, {"responses", 30.0}}), "small_sample"), nullptr);
}

TEST(EvaluateErrors, EveryErrorWordingDiffersBetweenLanguages) {
  // One request per error code seen above, checked together so a new code
  // that forgets its Italian sentence shows up here.
  const std::vector<Result> failures = {
      evaluate("nope", Inputs{}),
      ctr(-1.0, 1.0),
      ctr(0.5, 1.0),
      ctr(std::nan(""), 1.0),
      ctr(1.0, 1e20),
      ctr(2.0, 1.0),
      ctr(0.0, 0.0),
      ctr(text("x"), 1.0),
      evaluate("ctr", Inputs{}),
      evaluate("nps", Inputs{{"scores", Scores{}}}),
      evaluate("nps", Inputs{{"scores", Scores{12}}}),
      evaluate("nps", Inputs{{"distribution", Scores{1}}}),
      evaluate("csat", Inputs{{"scores", Scores{5}}, {"scale", 3.0}}),
      evaluate("csat", Inputs{{"scores", Scores{5}}, {"threshold", 0.0}}),
      evaluate("cac_payback", Inputs{{"cac", 1.0}, {"monthly_revenue", 1.0}, {"gross_margin", 101.0}}),
      evaluate("ces", Inputs{{"sum", 1.0}, {"responses", 3.0}}),
      evaluate("churn_rate", Inputs{{"customers_start", 1.0}, {"customers_new", 0.0}, {"customers_end", 2.0}}),
      evaluate("retention_rate", Inputs{{"customers_start", 1.0}, {"customers_new", 0.0}, {"customers_end", 2.0}}),
      evaluate("mrr", Inputs{{"customers", kTwoTo53}, {"arpc", 1e308}}),
  };
  for (const auto& r : failures) {
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().code.empty());
    EXPECT_FALSE(r.error().message_en.empty()) << r.error().code;
    EXPECT_FALSE(r.error().message_it.empty()) << r.error().code;
    EXPECT_NE(r.error().message_en, r.error().message_it) << r.error().code;
  }
}

}  // namespace
}  // namespace polso::metric_testing
