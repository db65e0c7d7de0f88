#include "core/inference/infer.hpp"

#include "core/inference/interval_for.hpp"
#include "core/inference/wide_interval.hpp"
#include "core/stats/descriptive.hpp"
#include "core/stats/order_statistics.hpp"

namespace polso::inference {
namespace {

bool is_duration_metric(const Evaluation& e) {
  return e.metric && (e.metric->id == "first_response_time" || e.metric->id == "resolution_time");
}

}  // namespace

Expected<Inference> infer(const Evaluation& e, const Inputs& inputs, const IntervalOptions& options) {
  auto interval = interval_for(e, options.level, options.nps_method);
  if (!interval) return interval.error();
  Inference out;
  out.interval = std::move(interval.value());
  if (out.interval) {
    if (auto w = wide_interval_warning(e, *out.interval)) out.warnings.push_back(std::move(*w));
    if (auto w = zero_width_warning(*out.interval)) out.warnings.push_back(std::move(*w));
  }
  if (is_duration_metric(e)) {
    const auto it = inputs.find("durations_seconds");
    const auto* xs = it == inputs.end() ? nullptr : std::get_if<NumberList>(&it->second);
    if (xs && !xs->empty()) {
      auto median = stats::median_interval(stats::sorted_copy(xs->to_vector()), options.level);
      if (median) {
        out.median_interval = median->interval;
        if (median->warning) {
          Warning w = *median->warning;
          w.code = "median_interval_level_not_reached";
          w.field = "durations_seconds";
          out.warnings.push_back(std::move(w));
        }
      }
    }
  }
  return out;
}

}  // namespace polso::inference
