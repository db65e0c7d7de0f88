#include "core/inference/verdict.hpp"

#include <gtest/gtest.h>

namespace polso::inference {
namespace {

const MetricWords kNps{"NPS", "the NPS", "L’NPS", "l’NPS", false, true};

stats::Comparison comparison(double diff, double low, double high, double p, bool significant) {
  stats::Comparison c;
  c.difference = diff;
  c.interval = {"adjusted_wald", 0.95, low, high};
  c.p_value = p;
  c.significant = significant;
  return c;
}

TEST(Verdict, TheBriefsExampleSentences) {
  const auto c = comparison(9, 2, 16, 0.012, true);
  EXPECT_EQ(verdict(kNps, Unit::points, 32, 41, c, Lang::en),
            "NPS rose from 32 to 41 (+9, 95% CI +2 to +16); the change is statistically significant, p = 0.012.");
  EXPECT_EQ(verdict(kNps, Unit::points, 32, 41, c, Lang::it),
            "L’NPS è salito da 32 a 41 (+9, IC 95% da +2 a +16); la variazione è statisticamente significativa, p = 0,012.");
}

TEST(Verdict, NotSignificantSaysItCouldBeChance) {
  const auto c = comparison(-4, -12, 4, 0.31, false);
  EXPECT_EQ(verdict(kNps, Unit::points, 45, 41, c, Lang::en),
            "NPS fell from 45 to 41 (−4, 95% CI −12 to +4); this could be chance: the change is not statistically significant, p = 0.31.");
  EXPECT_EQ(verdict(kNps, Unit::points, 45, 41, c, Lang::it),
            "L’NPS è sceso da 45 a 41 (−4, IC 95% da −12 a +4); potrebbe essere un caso: la variazione non è statisticamente significativa, p = 0,31.");
}

TEST(Verdict, UnitsAndFeminineSubjects) {
  const MetricWords bounce{"Bounce rate", "the bounce rate", "La frequenza di rimbalzo", "la frequenza di rimbalzo", true, false};
  auto c = comparison(5.5, 1.26, 9.75, 0.0004, true);
  c.interval.level = 0.9;
  EXPECT_EQ(verdict(bounce, Unit::percent, 40, 45.5, c, Lang::it),
            "La frequenza di rimbalzo è salita da 40% a 45,5% (+5,5 punti percentuali, IC 90% da +1,3 a +9,8); "
            "la variazione è statisticamente significativa, p < 0,001.");
  const MetricWords frt{"First response time", "the first response time", "Il tempo di prima risposta",
                        "il tempo di prima risposta", false, false};
  EXPECT_EQ(verdict(frt, Unit::seconds, 142.5, 160, comparison(17.5, -3, 38, 0.09, false), Lang::en),
            "First response time rose from 142.5 s to 160 s (+17.5 s, 95% CI −3 s to +38 s); "
            "this could be chance: the change is not statistically significant, p = 0.09.");
}

TEST(Verdict, AGroupAgainstEveryoneElse) {
  const auto c = comparison(8.3, -72, 88.6, 0.84, false);
  EXPECT_EQ(group_verdict(kNps, Unit::points, 16.7, 25, c, Lang::en),
            "NPS here is 25, against 16.7 for everyone else (+8.3, 95% CI −72 to +88.6); this could be chance: the difference is not statistically significant, p = 0.84.");
  const auto s = comparison(-20, -30, -10, 0.0004, true);
  EXPECT_EQ(group_verdict(kNps, Unit::points, 40, 20, s, Lang::it),
            "L’NPS qui è 20, contro 40 per tutti gli altri (−20, IC 95% da −30 a −10); la differenza è statisticamente significativa, p < 0,001.");
}

TEST(Verdict, TooFewAnswersSaySoInsteadOfCallingIt) {
  const auto c = comparison(200, 107.2, 200, 0.00002, false);
  EXPECT_EQ(verdict(kNps, Unit::points, -100, 100, c, Lang::en, FewAnswers{1, 3}),
            "NPS rose from −100 to 100 (+200, 95% CI +107.2 to +200); with only 1 and 3 answers, too few to tell a real change from chance: it takes at least 10 answers on each side.");
  EXPECT_EQ(verdict(kNps, Unit::points, -100, 100, c, Lang::it, FewAnswers{1, 3}),
            "L’NPS è salito da −100 a 100 (+200, IC 95% da +107,2 a +200); con solo 1 e 3 risposte sono troppo poche per distinguere una variazione reale dal caso: servono almeno 10 risposte per parte.");
  EXPECT_EQ(group_verdict(kNps, Unit::points, 40, 100, c, Lang::en, FewAnswers{57, 3}),
            "NPS here is 100, against 40 for everyone else (+200, 95% CI +107.2 to +200); with 3 answers here and 57 for everyone else, too few to tell a real difference from chance: it takes at least 10 answers on each side.");
  EXPECT_EQ(group_verdict(kNps, Unit::points, 40, 100, c, Lang::it, FewAnswers{57, 3}),
            "L’NPS qui è 100, contro 40 per tutti gli altri (+200, IC 95% da +107,2 a +200); con 3 risposte qui e 57 per tutti gli altri sono troppo poche per distinguere una differenza reale dal caso: servono almeno 10 risposte per parte.");
}

TEST(FormatP, SignificantDigitsAndTheSmallestShown) {
  EXPECT_EQ(format_p(0.012, Lang::en), "p = 0.012");
  EXPECT_EQ(format_p(0.31, Lang::it), "p = 0,31");
  EXPECT_EQ(format_p(0.0049, Lang::en), "p = 0.0049");
  EXPECT_EQ(format_p(0.00049, Lang::en), "p < 0.001");
  EXPECT_EQ(format_p(1, Lang::en), "p = 1");
}

TEST(FormatP, RoundingNeverHidesTheSideOfTheThreshold) {
  // Item 4: 0.04998 read "p = 0.05" beside "significant", 0.0504 beside "not".
  EXPECT_EQ(format_p(0.04998, Lang::en, 0.05), "p = 0.04998");
  EXPECT_EQ(format_p(0.0504, Lang::en, 0.05), "p = 0.0504");
  EXPECT_EQ(format_p(0.0504, Lang::it, 0.05), "p = 0,0504");
  EXPECT_EQ(format_p(0.0999, Lang::en, 0.1), "p = 0.0999");
  EXPECT_EQ(format_p(0.10004, Lang::en, 0.1), "p = 0.10004");
  EXPECT_EQ(format_p(0.2, Lang::en, 0.2), "p = 0.2");  // exactly on it: not below
  EXPECT_EQ(format_p(0.012, Lang::en, 0.01), "p = 0.012");
}

TEST(Verdict, IntervalEndsKeepTheirSign) {
  // Item 4: ends −0.017 and +0.012 were both shown as "0".
  stats::Comparison c;
  c.difference = -7.5;
  c.interval = {"newcombe", 0.95, -15, 0.012};
  c.p_value = 0.0502;
  EXPECT_NE(verdict(kNps, Unit::percent, 94, 86.5, c, Lang::en).find("95% CI −15 to +0.01); this could be chance"),
            std::string::npos) << verdict(kNps, Unit::percent, 94, 86.5, c, Lang::en);
  c.interval = {"newcombe", 0.95, -0.017, 12};
  EXPECT_NE(verdict(kNps, Unit::percent, 94, 86.5, c, Lang::it).find("IC 95% da −0,02 a +12"), std::string::npos)
      << verdict(kNps, Unit::percent, 94, 86.5, c, Lang::it);
}

}  // namespace
}  // namespace polso::inference
