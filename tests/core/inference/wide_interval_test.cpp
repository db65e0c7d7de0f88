#include "core/inference/wide_interval.hpp"

#include <gtest/gtest.h>

#include "core/inference/interval_for.hpp"
#include "core/inference/inference_test_support.hpp"

namespace polso::inference {
namespace {

using namespace polso::inference::testing;

std::optional<Warning> warning_for(std::string_view metric, const Inputs& in) {
  const Evaluation e = eval_ok(metric, in);
  auto i = interval_for(e, 0.95, "adjusted_wald");
  EXPECT_TRUE(i.ok() && i->has_value());
  return wide_interval_warning(e, **i);
}

TEST(WideInterval, SmallNpsSurveySaysTheRangeInPlainWords) {
  // 20/10/7: adjusted Wald 8.36 to 56.64 (see interval_for_test).
  const auto w = warning_for("nps", {{"promoters", 20.0}, {"passives", 10.0}, {"detractors", 7.0}});
  ASSERT_TRUE(w);
  EXPECT_EQ(w->code, "wide_interval");
  EXPECT_EQ(w->message_en,
            "With 37 answers the NPS could be anywhere from 8 to 57 (95% confidence interval): "
            "too few answers to pin it down within ±10 points.");
  EXPECT_EQ(w->message_it,
            "Con 37 risposte l’NPS potrebbe essere ovunque tra 8 e 57 (intervallo di confidenza al 95%): "
            "troppo poche risposte per fissarlo entro ±10 punti.");
}

TEST(WideInterval, SharesSpeakOfPercentagePointsAndTheirBase) {
  // Wilson 6 of 10: 31.27% to 83.18%.
  const auto w = warning_for("bounce_rate", {{"bounced_sessions", 6.0}, {"sessions", 10.0}});
  ASSERT_TRUE(w);
  EXPECT_EQ(w->message_en,
            "With a base of 10, the bounce rate could be anywhere from 31% to 83% (95% confidence interval): "
            "too small a base to pin it down within ±10 percentage points.");
  EXPECT_EQ(w->message_it,
            "Con una base di 10, la frequenza di rimbalzo potrebbe essere ovunque tra 31% e 83% "
            "(intervallo di confidenza al 95%): una base troppo piccola per fissarla entro ±10 punti percentuali.");
}

TEST(WideInterval, LargeSamplesAreQuiet) {
  EXPECT_FALSE(warning_for("nps", {{"promoters", 700.0}, {"passives", 200.0}, {"detractors", 100.0}}));
  EXPECT_FALSE(warning_for("csat", {{"satisfied", 400.0}, {"responses", 500.0}}));
}

TEST(WideInterval, TheThresholdIsTenPoints) {
  // A made-up interval exactly ±10 wide is not "wider than ±10"; ±10.01 is.
  const Evaluation e = eval_ok("csat", {{"satisfied", 40.0}, {"responses", 50.0}});
  EXPECT_FALSE(wide_interval_warning(e, {"wilson", 0.95, 60, 80}));
  EXPECT_TRUE(wide_interval_warning(e, {"wilson", 0.95, 60, 80.02}));
}

TEST(WideInterval, MeansAreNotJudged) {
  const Evaluation e = eval_ok("ces", {{"scores", list({1, 7, 1, 7})}});
  EXPECT_FALSE(wide_interval_warning(e, {"t", 0.95, -5, 15}));
}

}  // namespace
}  // namespace polso::inference
