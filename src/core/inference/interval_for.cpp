#include "core/inference/interval_for.hpp"

#include <algorithm>

#include "core/inference/estimand.hpp"
#include "core/problems.hpp"
#include "core/stats/intervals.hpp"
#include "core/stats/nps_intervals.hpp"

namespace polso::inference {
namespace {

using Result = Expected<std::optional<stats::Interval>>;

Result lift(Expected<stats::Interval> x) {
  if (!x) return x.error();
  return std::optional<stats::Interval>(std::move(x.value()));
}

Result nps_interval(const stats::NpsCounts& c, double level, std::string_view method) {
  if (method == "wald") return lift(stats::nps_wald_interval(c, level));
  if (method == "bootstrap") return lift(stats::nps_bootstrap_interval(c, level));
  return lift(stats::nps_adjusted_wald_interval(c, level));
}

}  // namespace

bool is_nps_method(std::string_view method) {
  return method == "adjusted_wald" || method == "wald" || method == "bootstrap";
}

Result interval_for(const Evaluation& e, double level, std::string_view nps_method) {
  if (auto err = stats::check_level(level)) return *err;
  if (!is_nps_method(nps_method))
    return problems::invalid("interval_method", "invalid_interval_method",
                             {"The interval method must be “adjusted_wald”, “wald” or “bootstrap”.",
                              "Il metodo dell’intervallo deve essere “adjusted_wald”, “wald” o “bootstrap”."});
  const Estimand x = estimand_of(e);
  if (const auto* c = std::get_if<stats::NpsCounts>(&x)) return nps_interval(*c, level, nps_method);
  if (const auto* p = std::get_if<Proportion>(&x))
    return lift(stats::wilson_interval(p->successes, p->total, level));
  if (const auto* m = std::get_if<stats::MeanSummary>(&x)) {
    if (m->n < 2) return std::optional<stats::Interval>();
    auto t = stats::t_interval(*m, level);
    // The symmetric t interval can leave what the mean can be (CES [1, 7]:
    // −34.1 to 42.1; a skewed duration below 0): keep it inside.
    if (t) {
      const ValueRange r = mean_range(e);
      t.value().low = std::clamp(t->low, r.low, r.high);
      t.value().high = std::clamp(t->high, r.low, r.high);
    }
    return lift(std::move(t));
  }
  return std::optional<stats::Interval>();
}

}  // namespace polso::inference
