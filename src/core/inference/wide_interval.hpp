// Warnings about an interval's width, in plain words: `wide_interval` (the
// result stands, but its interval is wider than ±10 NPS points or ±10
// percentage points) and `zero_width_interval`.
#pragma once

#include <optional>

#include "core/evaluate.hpp"
#include "core/stats/interval.hpp"

namespace polso::inference {

inline constexpr double kWideHalfWidth = 10.0;

// Only for NPS and share metrics (means have no common scale to judge by).
std::optional<Warning> wide_interval_warning(const Evaluation& e, const stats::Interval& interval);

// `zero_width_interval`: a Wald or bootstrap NPS interval of no width (all
// answers promoters, say), which reads as certainty it does not have.
std::optional<Warning> zero_width_warning(const stats::Interval& interval);

}  // namespace polso::inference
