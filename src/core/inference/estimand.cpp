#include "core/inference/estimand.hpp"

#include <cmath>
#include <string>
#include <vector>

namespace polso::inference {
namespace {

struct ShareKeys {
  std::string_view metric;
  std::string_view successes;
  std::string_view total;
};

// The details each share metric writes (see src/core/metrics/*.cpp).
constexpr ShareKeys kShares[] = {
    {"csat", "satisfied", "n"},
    {"churn_rate", "customers_lost", "customers_start"},
    {"retention_rate", "customers_retained", "customers_start"},
    {"repeat_purchase_rate", "repeat_customers", "total_customers"},
    {"customer_acquisition_rate", "customers_new", "customers_start"},
    {"engagement_rate", "active_customers", "total_customers"},
    {"repeat_interaction_rate", "repeat_customers", "total_customers"},
    {"ctr", "clicks", "impressions"},
    {"conversion_rate", "conversions", "visitors"},
    {"bounce_rate", "bounced_sessions", "sessions"},
    {"cart_abandonment_rate", "abandoned", "carts_created"},
    {"feature_adoption_rate", "feature_users", "active_users"},
    {"stickiness", "dau", "mau"},
    {"first_contact_resolution", "resolved_first_contact", "resolved_total"},
    {"self_service_rate", "self_served", "total_requests"},
};

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

Estimand estimand_of(const Evaluation& e) {
  if (!e.metric) return NoSample{};
  const std::string_view id = e.metric->id;
  const Outcome& o = e.outcome;
  if (id == "nps") {
    const double *p = number(o, "promoters"), *m = number(o, "passives"), *d = number(o, "detractors");
    if (!p || !m || !d) return NoSample{};
    return stats::NpsCounts{*p, *m, *d};
  }
  if (id == "ces") {
    if (o.find_detail("percent_easy")) return share(o, "easy", "n");
    const DetailValue* dist = o.find_detail("distribution");
    if (const auto* counts = dist ? std::get_if<std::vector<double>>(dist) : nullptr)
      return mean_of_distribution(*counts);
    return NoSample{};  // from sum and responses alone: no spread, no interval
  }
  if (id == "first_response_time" || id == "resolution_time") {
    const double *mean = number(o, "mean"), *sd = number(o, "sd"), *n = number(o, "n");
    if (!mean || !sd || !n) return NoSample{};
    return stats::MeanSummary{*mean, *sd, *n};
  }
  for (const ShareKeys& k : kShares)
    if (k.metric == id) return share(o, k.successes, k.total);
  return NoSample{};
}

ValueRange mean_range(const Evaluation& e) {
  if (!e.metric) return {};
  if (e.metric->id == "ces") {
    const double* scale = number(e.outcome, "scale");
    return scale ? ValueRange{1, *scale} : ValueRange{};
  }
  if (e.outcome.unit.value_or(e.metric->unit) == Unit::seconds) return {0, ValueRange{}.high};
  return {};
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
