#include "core/stats/comparisons.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/stats/distributions.hpp"
#include "core/stats/intervals.hpp"
#include "core/stats/nps_intervals.hpp"

namespace polso::stats {
namespace {

Error with_suffix(Error e, const char* suffix) {
  if (!e.field.empty()) e.field += suffix;
  return e;
}

Comparison z_comparison(std::string test, double difference, double z, double level) {
  Comparison out;
  out.test = std::move(test);
  out.difference = difference;
  out.statistic = z;
  out.p_value = 2 * normal_upper_tail(std::fabs(z));
  out.significant = out.p_value < 1 - level;
  return out;
}

// Adjusted-Wald variance of p' - d' (per respondent) and the adjusted n'.
std::pair<double, double> nps_variance(const NpsCounts& c) {
  const double n_adj = c.promoters + c.passives + c.detractors + 3;
  const double p = (c.promoters + 0.75) / n_adj, d = (c.detractors + 0.75) / n_adj;
  return {p + d - (p - d) * (p - d), n_adj};
}

double observed_nps(const NpsCounts& c) {
  return 100 * (c.promoters - c.detractors) / (c.promoters + c.passives + c.detractors);
}

}  // namespace

Expected<Comparison> compare_nps(const NpsCounts& a, const NpsCounts& b, double level) {
  if (auto e = check_level(level)) return *e;
  if (auto e = check_nps_counts(a)) return with_suffix(*e, "_a");
  if (auto e = check_nps_counts(b)) return with_suffix(*e, "_b");
  const auto [var_a, n_a] = nps_variance(a);
  const auto [var_b, n_b] = nps_variance(b);
  // Adjusted variances are never 0, so se > 0.
  const double se = 100 * std::sqrt(var_a / n_a + var_b / n_b);
  const double difference = observed_nps(b) - observed_nps(a);
  Comparison out = z_comparison("nps_z", difference, difference / se, level);
  const double half = normal_critical(level) * se;
  out.interval = Interval{"adjusted_wald", level, std::max(-200.0, difference - half),
                          std::min(200.0, difference + half)};
  return out;
}

Expected<Comparison> compare_proportions(double successes_a, double total_a,
                                         double successes_b, double total_b,
                                         double level) {
  const auto wilson_a = wilson_interval(successes_a, total_a, level);
  if (!wilson_a) return with_suffix(wilson_a.error(), "_a");
  const auto wilson_b = wilson_interval(successes_b, total_b, level);
  if (!wilson_b) return with_suffix(wilson_b.error(), "_b");

  const double p_a = successes_a / total_a, p_b = successes_b / total_b;
  const double pooled = (successes_a + successes_b) / (total_a + total_b);
  const double se = std::sqrt(pooled * (1 - pooled) * (1 / total_a + 1 / total_b));
  // Both groups all-yes or all-no: no evidence of any difference.
  const double z = se > 0 ? (p_b - p_a) / se : 0.0;
  Comparison out = z_comparison("two_proportion_z", 100 * (p_b - p_a), z, level);

  // Newcombe: combine each group's distance to its own Wilson bounds (in %).
  const double d = 100 * (p_b - p_a);
  const double lb = wilson_b->low, ub = wilson_b->high;
  const double la = wilson_a->low, ua = wilson_a->high;
  const double pa = 100 * p_a, pb = 100 * p_b;
  out.interval = Interval{
      "newcombe", level,
      d - std::sqrt((pb - lb) * (pb - lb) + (ua - pa) * (ua - pa)),
      d + std::sqrt((ub - pb) * (ub - pb) + (pa - la) * (pa - la))};
  return out;
}

Expected<Comparison> compare_means(const MeanSummary& a, const MeanSummary& b,
                                   double level) {
  const auto check = [level](const MeanSummary& s, const char* suffix) -> std::optional<Error> {
    // t_interval validates mean, sd, n >= 2 and the level.
    const auto interval = t_interval(s, level);
    if (!interval) return with_suffix(interval.error(), suffix);
    return std::nullopt;
  };
  if (auto e = check(a, "_a")) return *e;
  if (auto e = check(b, "_b")) return *e;
  const double va = a.sd * a.sd / a.n, vb = b.sd * b.sd / b.n;
  if (!(va + vb > 0)) {
    return make_error("no_variation",
                      "Both groups have no variation, so the difference cannot be tested.",
                      "Nessuno dei due gruppi presenta variabilità, quindi la differenza non "
                      "può essere verificata.",
                      "sd");
  }
  const double se = std::sqrt(va + vb);
  const double df = (va + vb) * (va + vb) /
                    (va * va / (a.n - 1) + vb * vb / (b.n - 1));
  Comparison out;
  out.test = "welch_t";
  out.difference = b.mean - a.mean;
  out.statistic = out.difference / se;
  out.degrees_of_freedom = df;
  out.p_value = 2 * student_t_upper_tail(std::fabs(out.statistic), df);
  out.significant = out.p_value < 1 - level;
  const double half = student_t_critical(level, df) * se;
  out.interval = Interval{"welch_t", level, out.difference - half, out.difference + half};
  return out;
}

}  // namespace polso::stats
