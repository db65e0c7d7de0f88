// What kind of sample stands behind a metric's result: NPS counts, a count of
// successes out of a total, a mean with its spread, or nothing that sampling
// theory applies to (CLV, MRR, CAC, ROI …). Read from the Evaluation's details.
#pragma once

#include <limits>
#include <string_view>
#include <variant>

#include "core/evaluate.hpp"
#include "core/stats/interval.hpp"

namespace polso::inference {

struct Proportion {
  double successes = 0;
  double total = 0;
};

struct NoSample {};

using Estimand = std::variant<NoSample, stats::NpsCounts, Proportion, stats::MeanSummary>;

// NPS → NpsCounts; CSAT, CES % easy and the share metrics → Proportion (only
// when the share is at most 100%); CES mean from scores or a distribution and
// the duration metrics → MeanSummary; everything else → NoSample.
Estimand estimand_of(const Evaluation& e);

// The values a mean metric can take: a CES mean lies on its scale (1..scale),
// a duration is never negative; unbounded sides are ±infinity.
struct ValueRange {
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
};
ValueRange mean_range(const Evaluation& e);

// "nps", "proportion", "mean" or "none": the family, for messages and tests.
std::string_view family_of(const Estimand& x);

}  // namespace polso::inference
