// The one-sentence verdict of a comparison, in English and Italian:
// "NPS rose from 32 to 41 (+9, 95% CI +2 to +16); the change is statistically
// significant, p = 0.012."
#pragma once

#include <optional>
#include <string>

#include "core/inference/metric_words.hpp"
#include "core/localized.hpp"
#include "core/stats/comparisons.hpp"
#include "core/units.hpp"

namespace polso::inference {

// The answers behind each side when they are too few for the test to decide
// (see kMinAnswersToCompare): the sentence then says so instead of calling the
// change real or chance.
struct FewAnswers {
  double a = 0, b = 0;
};

std::string verdict(const MetricWords& words, Unit unit, double value_a, double value_b,
                    const stats::Comparison& c, Lang lang, std::optional<FewAnswers> few = std::nullopt);

// A group against everyone else in the same file, B = the group, A = the rest:
// "NPS here is 25, against 16.7 for everyone else (+8.3, 95% CI −72 to +88.6); …"
std::string group_verdict(const MetricWords& words, Unit unit, double rest, double group,
                          const stats::Comparison& c, Lang lang, std::optional<FewAnswers> few = std::nullopt);

// "p = 0.012", "p = 0.31", "p < 0.001" (decimal comma in Italian), with
// more decimals when fewer would put p on or across `alpha` (1 − level):
// 0.04998 → "p = 0.04998", 0.0504 → "p = 0.0504".
std::string format_p(double p, Lang lang, double alpha = 0.05);

}  // namespace polso::inference
