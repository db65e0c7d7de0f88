#include "core/stats/comparisons.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
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

double observed_nps(const NpsCounts& c) { return adjusted_shares(c, 0).score(); }

// Builds the comparison a normal-theory interval centre +- z * se implies,
// stretched to hold the observed difference (as the one-sample adjusted-Wald
// interval is). Its two-sided p-value is the one that inverts that interval:
// 1 when the observed difference is 0 or lies across 0 from the centre (0 is
// then inside at every level), else 2 * upper tail of |centre| / se.
Comparison z_comparison(std::string test, const char* method, double observed, double centre,
                        double se, double level) {
  Comparison out;
  out.test = std::move(test);
  out.difference = observed;
  const double half = normal_critical(level) * se;
  out.interval = Interval{method, level, std::min(centre - half, observed),
                          std::max(centre + half, observed)};
  const bool same_side = (centre > 0 && observed > 0) || (centre < 0 && observed < 0);
  if (se > 0) {
    out.statistic = centre / se;
    out.p_value = same_side ? 2 * normal_upper_tail(std::fabs(out.statistic)) : 1.0;
  } else {  // every answer of both sides in one group: no sampling spread
    out.p_value = same_side ? 0.0 : 1.0;
  }
  return out;
}

}  // namespace

void settle_verdict(Comparison& c) {
  const double alpha = 1 - c.interval.level;
  c.significant = c.interval.low > 0 || c.interval.high < 0;
  // Same procedure, so p and the interval can differ only in the last bits at
  // the boundary; there the interval decides and p is put on its side.
  // A real disagreement (a bug) is left for the tests to see.
  if (std::fabs(c.p_value - alpha) > 1e-9 * alpha) return;
  if (c.significant && !(c.p_value < alpha)) c.p_value = std::nextafter(alpha, 0.0);
  if (!c.significant && c.p_value < alpha) c.p_value = alpha;
}

void clip_difference(Comparison& c, double range) {
  c.interval.low = std::max(c.interval.low, -range);
  c.interval.high = std::min(c.interval.high, range);
}

Expected<Comparison> compare_nps(const NpsCounts& a, const NpsCounts& b, double level,
                                 std::string_view method) {
  if (auto e = check_level(level)) return *e;
  if (auto e = check_nps_counts(a)) return with_suffix(*e, "_a");
  if (auto e = check_nps_counts(b)) return with_suffix(*e, "_b");
  // Plain Wald: no answers added. Adjusted Wald (Sauro & Lewis): 3 added to
  // each side, 3/4 of one to promoters and to detractors; the centre is the
  // difference of the adjusted scores, which keeps a handful of answers from
  // looking conclusive (1 detractor against 3 promoters: p = 0.11, not 0.0000).
  const double added = method == "wald" ? 0 : 3;
  const AdjustedShares xa = adjusted_shares(a, added), xb = adjusted_shares(b, added);
  const double se = 100 * std::sqrt(xa.variance() / xa.n + xb.variance() / xb.n);
  Comparison out = z_comparison("nps_z", added > 0 ? "adjusted_wald" : "wald",
                                observed_nps(b) - observed_nps(a), xb.score() - xa.score(), se,
                                level);
  clip_difference(out, 200);
  settle_verdict(out);
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
  const double d = p_b - p_a;
  // Newcombe: combine each group's distance to its own Wilson bounds, at the
  // critical value z. Both distances grow with z, so the bounds only widen.
  const auto bounds = [&](double z) {
    const ShareBounds wa = wilson_bounds(successes_a, total_a, z);
    const ShareBounds wb = wilson_bounds(successes_b, total_b, z);
    return ShareBounds{d - std::hypot(p_b - wb.low, wa.high - p_a),
                       d + std::hypot(wb.high - p_b, p_a - wa.low)};
  };
  Comparison out;
  out.test = "newcombe";
  out.difference = 100 * d;
  const ShareBounds shown = bounds(normal_critical(level));
  out.interval = Interval{"newcombe", level, 100 * shown.low, 100 * shown.high};
  // The p-value inverts the interval: the z at which the near bound reaches
  // 0, by bisection (the bound falls as z grows); past z = 40 p underflows.
  if (d != 0) {
    const auto crosses = [&](double z) {
      const ShareBounds b = bounds(z);
      return d > 0 ? b.low <= 0 : b.high >= 0;
    };
    double below = 0, above = 40;
    if (crosses(above)) {
      for (int i = 0; i < 200 && above - below > 1e-13 * above; ++i) {
        const double mid = (below + above) / 2;
        (crosses(mid) ? above : below) = mid;
      }
    }
    out.statistic = std::copysign(above, d);
    out.p_value = crosses(above) ? 2 * normal_upper_tail(above) : 0.0;
  }
  settle_verdict(out);
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
  const double half = student_t_critical(level, df) * se;
  out.interval = Interval{"welch_t", level, out.difference - half, out.difference + half};
  settle_verdict(out);
  return out;
}

}  // namespace polso::stats
