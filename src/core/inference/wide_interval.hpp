// The `wide_interval` warning: the result stands, but its interval is wider
// than ±10 NPS points or ±10 percentage points, said in plain words.
#pragma once

#include <optional>

#include "core/evaluate.hpp"
#include "core/stats/interval.hpp"

namespace polso::inference {

inline constexpr double kWideHalfWidth = 10.0;

// Only for NPS and share metrics (means have no common scale to judge by).
std::optional<Warning> wide_interval_warning(const Evaluation& e, const stats::Interval& interval);

}  // namespace polso::inference
