// Everything statistical a single-metric response adds to a result: its
// confidence interval, for durations the median's interval, and the warnings
// that come with them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/evaluate.hpp"
#include "core/inputs.hpp"
#include "core/stats/interval.hpp"
#include "core/stats/validation.hpp"

namespace polso::inference {

struct IntervalOptions {
  double level = stats::kDefaultLevel;
  std::string nps_method = "adjusted_wald";  // or "wald", "bootstrap"
};

struct Inference {
  std::optional<stats::Interval> interval;         // see interval_for
  std::optional<stats::Interval> median_interval;  // first_response_time, resolution_time
  std::vector<Warning> warnings;                   // wide_interval; median level not reached
};

// `inputs` are the request's, already validated by evaluate(): the median
// interval needs the durations themselves, which the details do not keep.
Expected<Inference> infer(const Evaluation& e, const Inputs& inputs, const IntervalOptions& options);

}  // namespace polso::inference
