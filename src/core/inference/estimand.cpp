#include "core/inference/estimand.hpp"

#include <cmath>
#include <string>
#include <vector>

namespace polso::inference {
namespace {

const double* number(const Outcome& o, std::string_view key) {
  const DetailValue* v = o.find_detail(key);
  return v ? std::get_if<double>(v) : nullptr;
}

Estimand share(const Outcome& o, std::string_view successes, std::string_view total) {
  const double* s = number(o, successes);
  const double* t = number(o, total);
  if (!s || !t || !(*t > 0) || *s < 0 || *s > *t) return NoSample{};
  return Proportion{*s, *t};
}

// Mean and sample sd of the scores a distribution (index = score) describes.
Estimand mean_of_distribution(const std::vector<double>& counts) {
  double n = 0, sum = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    n += counts[i];
    sum += counts[i] * static_cast<double>(i);
  }
  if (!(n > 0)) return NoSample{};
  const double mean = sum / n;
  double squares = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const double d = static_cast<double>(i) - mean;
    squares += counts[i] * d * d;
  }
  return stats::MeanSummary{mean, n > 1 ? std::sqrt(squares / (n - 1)) : 0.0, n};
}

}  // namespace

// The metric's catalogue entry says which family it is and which details hold
// its counts; the result supplies the numbers.
Estimand estimand_of(const Evaluation& e) {
  if (!e.metric) return NoSample{};
  const EstimandSpec& spec = e.metric->estimand;
  const Outcome& o = e.outcome;
  switch (spec.kind) {
    case EstimandKind::nps: {
      const double *p = number(o, "promoters"), *m = number(o, "passives"), *d = number(o, "detractors");
      if (!p || !m || !d) return NoSample{};
      return stats::NpsCounts{*p, *m, *d};
    }
    case EstimandKind::share:
      return share(o, spec.successes, spec.total);
    case EstimandKind::mean: {
      if (!spec.successes.empty() && o.unit == Unit::percent) return share(o, spec.successes, spec.total);
      const DetailValue* dist = o.find_detail("distribution");
      if (const auto* counts = dist ? std::get_if<std::vector<double>>(dist) : nullptr)
        return mean_of_distribution(*counts);
      const double *mean = number(o, "mean"), *sd = number(o, "sd"), *n = number(o, "n");
      if (!mean || !sd || !n) return NoSample{};  // e.g. a CES from sum and responses: no spread
      return stats::MeanSummary{*mean, *sd, *n};
    }
    case EstimandKind::none:
    case EstimandKind::unset:
      break;
  }
  return NoSample{};
}

ValueRange mean_range(const Evaluation& e) {
  if (!e.metric) return {};
  ValueRange r{e.metric->range.low, e.metric->range.high};
  // Answers on a scale (CES): the mean lies between 1 and the scale's top.
  if (const double* scale = number(e.outcome, "scale")) r = {1, *scale};
  return r;
}

std::string_view family_of(const Estimand& x) {
  switch (x.index()) {
    case 1: return "nps";
    case 2: return "proportion";
    case 3: return "mean";
    default: return "none";
  }
}

}  // namespace polso::inference
