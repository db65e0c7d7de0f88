#include "core/stats/intervals.hpp"

#include <algorithm>
#include <cmath>

#include "core/stats/distributions.hpp"

namespace polso::stats {

Expected<Interval> wilson_interval(double successes, double total, double level) {
  if (auto e = check_level(level)) return *e;
  if (auto e = check_count(successes, "successes")) return *e;
  if (auto e = check_count(total, "total")) return *e;
  if (auto e = check_nonempty(total, "total")) return *e;
  if (successes > total) {
    return make_error("successes_exceed_total",
                      "The number of successes cannot be larger than the total.",
                      "Il numero di successi non può superare il totale.", "successes");
  }
  const ShareBounds b = wilson_bounds(successes, total, normal_critical(level));
  return Interval{"wilson", level, 100 * b.low, 100 * b.high};
}

ShareBounds wilson_bounds(double successes, double total, double z) {
  const double z2 = z * z;
  const double p = successes / total;
  const double denominator = 1 + z2 / total;
  const double centre = (p + z2 / (2 * total)) / denominator;
  const double half =
      z / denominator * std::sqrt(p * (1 - p) / total + z2 / (4 * total * total));
  // At 0 (or all) successes the bound is exactly 0 (1); the formula leaves
  // a rounding residue there (1e-15).
  return {successes == 0 ? 0.0 : std::max(0.0, centre - half),
          successes == total ? 1.0 : std::min(1.0, centre + half)};
}

Expected<Interval> t_interval(const MeanSummary& s, double level) {
  if (auto e = check_level(level)) return *e;
  if (auto e = check_finite(s.mean, "mean")) return *e;
  if (auto e = check_nonnegative(s.sd, "sd")) return *e;
  if (auto e = check_count(s.n, "n")) return *e;
  if (s.n < 2) {
    return make_error("too_few_values", "At least two values are needed for this interval.",
                      "Servono almeno due valori per questo intervallo.", "n");
  }
  const double half = student_t_critical(level, s.n - 1) * s.sd / std::sqrt(s.n);
  return Interval{"t", level, s.mean - half, s.mean + half};
}

}  // namespace polso::stats
