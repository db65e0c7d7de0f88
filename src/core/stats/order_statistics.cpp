#include "core/stats/order_statistics.hpp"

#include <algorithm>
#include <cmath>

#include "core/stats/distributions.hpp"

namespace polso::stats {
namespace {

// Smallest k in [lo, hi] with binomial_cdf(k) >= target (hi if none): the cdf
// is increasing in k, so bisection needs ~log2(n) evaluations.
double first_k_reaching(double target, double n, double q, double lo, double hi) {
  while (lo < hi) {
    const double mid = std::floor(lo + (hi - lo) / 2);
    if (binomial_cdf(mid, n, q) >= target) hi = mid; else lo = mid + 1;
  }
  return lo;
}

}  // namespace

Expected<QuantileInterval> quantile_interval(std::span<const double> sorted, double q,
                                             double level) {
  if (auto e = check_level(level)) return *e;
  if (!(q > 0 && q < 1)) {
    return make_error("quantile_out_of_range",
                      "The quantile must be strictly between 0 and 1.",
                      "Il quantile deve essere strettamente compreso tra 0 e 1.", "quantile");
  }
  if (sorted.empty()) return *check_nonempty(0, "values");
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (!std::isfinite(sorted[i]) || (i > 0 && sorted[i] < sorted[i - 1])) {
      return make_error("values_not_sorted",
                        "The values must be numbers sorted from smallest to largest.",
                        "I valori devono essere numeri ordinati dal più piccolo al più grande.",
                        "values");
    }
  }
  const double n = static_cast<double>(sorted.size());
  const double alpha = 1 - level;
  // With K = k - 1: P(B <= l - 1) <= alpha/2 means l - 1 < first K whose cdf
  // exceeds alpha/2, so l = that K (0 when even K = 0 is too likely).
  const double k_low = first_k_reaching(std::nextafter(alpha / 2, 1.0), n, q, 0, n);
  const double k_high = first_k_reaching(1 - alpha / 2, n, q, 0, n);
  double l = k_low, u = k_high + 1;

  QuantileInterval out;
  if (l < 1 || u > n) {
    l = 1;
    u = n;
  }
  // x_(l) <= quantile < x_(u) exactly when l <= B <= u - 1.
  out.coverage = binomial_cdf(u - 1, n, q) - binomial_cdf(l - 1, n, q);
  out.level_reached = out.coverage >= level;
  if (!out.level_reached) {
    out.warning = make_error(
        "too_few_values_for_level",
        "There are too few values to reach the requested confidence level; the interval "
        "shown is the full range of the data.",
        "I valori sono troppo pochi per raggiungere il livello di confidenza richiesto; "
        "l'intervallo mostrato è l'intero campo dei dati.",
        "values");
  }
  out.lower_rank = l;
  out.upper_rank = u;
  out.interval = Interval{"order_statistic", level,
                          sorted[static_cast<std::size_t>(l) - 1],
                          sorted[static_cast<std::size_t>(u) - 1]};
  return out;
}

Expected<QuantileInterval> median_interval(std::span<const double> sorted, double level) {
  return quantile_interval(sorted, 0.5, level);
}

}  // namespace polso::stats
