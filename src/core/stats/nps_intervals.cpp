#include "core/stats/nps_intervals.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/stats/descriptive.hpp"
#include "core/stats/distributions.hpp"
#include "core/stats/random.hpp"

namespace polso::stats {
namespace {

double total(const NpsCounts& c) { return c.promoters + c.passives + c.detractors; }

double clip_points(double x) { return std::clamp(x, -100.0, 100.0); }

// Wald interval for p - d (shares of the same n), returned in points.
Interval wald_points(const char* method, double level, double p, double d, double n) {
  const double centre = p - d;
  const double variance = std::max(0.0, p + d - centre * centre);
  const double half = normal_critical(level) * std::sqrt(variance / n);
  return Interval{method, level, clip_points(100 * (centre - half)),
                  clip_points(100 * (centre + half))};
}

}  // namespace

AdjustedShares adjusted_shares(const NpsCounts& c, double added) {
  const double n = total(c) + added;
  return {(c.promoters + added / 4) / n, (c.detractors + added / 4) / n, n};
}

std::optional<Error> check_nps_counts(const NpsCounts& c) {
  if (auto e = check_count(c.promoters, "promoters")) return e;
  if (auto e = check_count(c.passives, "passives")) return e;
  if (auto e = check_count(c.detractors, "detractors")) return e;
  if (!(total(c) <= kMaxCount)) return total_too_large("responses");
  return check_nonempty(total(c), "responses");
}

Expected<Interval> nps_adjusted_wald_interval(const NpsCounts& c, double level) {
  if (auto e = check_level(level)) return *e;
  if (auto e = check_nps_counts(c)) return *e;
  const AdjustedShares x = adjusted_shares(c);
  Interval out = wald_points("adjusted_wald", level, x.promoters, x.detractors, x.n);
  // The adjustment pulls the centre towards 0; with few, one-sided answers
  // that can leave the observed score outside (1 promoter: NPS 100, interval
  // −48 to 98). Stretch the near end to the observed score so the figure a
  // person reads is always inside its own interval.
  const double observed = 100 * (c.promoters - c.detractors) / total(c);
  out.low = std::min(out.low, observed);
  out.high = std::max(out.high, observed);
  return out;
}

Expected<Interval> nps_wald_interval(const NpsCounts& c, double level) {
  if (auto e = check_level(level)) return *e;
  if (auto e = check_nps_counts(c)) return *e;
  const double n = total(c);
  return wald_points("wald", level, c.promoters / n, c.detractors / n, n);
}

Expected<Interval> nps_bootstrap_interval(const NpsCounts& c, double level,
                                          BootstrapOptions options) {
  if (auto e = check_level(level)) return *e;
  if (auto e = check_nps_counts(c)) return *e;
  if (options.resamples < 100 || options.resamples > 100000) {
    return make_error("bootstrap_resamples_out_of_range",
                      "The number of bootstrap resamples must be between 100 and 100,000.",
                      "Il numero di ricampionamenti bootstrap deve essere compreso tra 100 e 100.000.",
                      "resamples");
  }
  const double n = total(c);
  const double p = c.promoters / n;
  const double not_promoters = n - c.promoters;
  // Detractors among the non-promoters: the second step of the multinomial.
  const double d_given_not_p = not_promoters > 0 ? c.detractors / not_promoters : 0.0;
  Rng rng = make_rng(options.seed);
  std::vector<double> scores(static_cast<std::size_t>(options.resamples));
  for (double& score : scores) {
    const double promoters = binomial(rng, n, p);
    const double detractors = binomial(rng, n - promoters, d_given_not_p);
    score = 100 * (promoters - detractors) / n;
  }
  std::sort(scores.begin(), scores.end());
  const double alpha = 1 - level;
  return Interval{"bootstrap", level, quantile_sorted(scores, alpha / 2),
                  quantile_sorted(scores, 1 - alpha / 2)};
}

}  // namespace polso::stats
