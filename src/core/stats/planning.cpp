#include "core/stats/planning.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/stats/distributions.hpp"
#include "core/stats/nps_intervals.hpp"

namespace polso::stats {
namespace {

Error bad_margin() {
  return make_error("margin_out_of_range",
                    "The margin of error must be greater than zero and within the scale.",
                    "Il margine di errore deve essere maggiore di zero e restare nella scala.",
                    "margin");
}

Error bad_percent(const char* field) {
  return make_error("percent_out_of_range", "A percentage must be between 0 and 100.",
                    "Una percentuale deve essere compresa tra 0 e 100.", field);
}

bool is_percent(double x) { return x >= 0 && x <= 100; }

// ceil(z^2 * variance / margin^2), at least 1: the textbook Wald answer. The
// small slack keeps an exact integer (e.g. 384.00000000000006 from rounding)
// from becoming 385.
double wald_respondents(double variance, double margin, double level) {
  const double z = normal_critical(level);
  const double n = z * z * variance / (margin * margin);
  return std::max(1.0, std::ceil(n * (1 - 1e-12)));
}

// The smallest whole n >= first with half_width(n) <= margin, for a half-width
// that shrinks as n grows (so the answer only grows as the margin shrinks):
// doubling, then bisection. Nullopt past 2^53 respondents.
template <class HalfWidth>
std::optional<double> smallest_n(double first, double margin, HalfWidth half_width) {
  if (half_width(first) <= margin) return first;
  double fails = first, passes = std::max(2 * first, 2.0);
  while (half_width(passes) > margin) {
    fails = passes;
    passes *= 2;
    if (passes > kMaxCount) return std::nullopt;
  }
  while (passes - fails > 1) {
    const double mid = std::floor((fails + passes) / 2);
    (half_width(mid) <= margin ? passes : fails) = mid;
  }
  return passes;
}

Error margin_too_small() {
  return make_error("margin_too_small",
                    "This margin would need more than 2^53 respondents; choose a wider margin.",
                    "Questo margine richiederebbe più di 2^53 rispondenti: scegli un margine più ampio.",
                    "margin");
}

}  // namespace

Expected<double> sample_size_proportion(double expected_percent, double margin_points,
                                        double level) {
  if (auto e = check_level(level)) return *e;
  if (!is_percent(expected_percent)) return bad_percent("expected_percent");
  // Beyond ±50 points the interval would be wider than 0..100 itself.
  if (!(margin_points > 0 && margin_points <= 50)) return bad_margin();
  const double p = expected_percent / 100, margin = margin_points / 100;
  const double z = normal_critical(level), z2 = z * z;
  // Half the width of the Wilson interval the product shows, at share p of n.
  const auto wilson_half = [&](double n) {
    return z * std::sqrt(p * (1 - p) * n + z2 / 4) / (n + z2);
  };
  const auto wilson_n = smallest_n(1, margin, wilson_half);
  if (!wilson_n) return margin_too_small();
  return std::max(wald_respondents(p * (1 - p), margin, level), *wilson_n);
}

Expected<double> sample_size_nps(double promoters_percent, double detractors_percent,
                                 double margin_points, double level) {
  if (auto e = check_level(level)) return *e;
  if (!is_percent(promoters_percent)) return bad_percent("promoters_percent");
  if (!is_percent(detractors_percent) || promoters_percent + detractors_percent > 100) {
    return bad_percent("detractors_percent");
  }
  // Beyond ±100 points the interval would be wider than -100..100 itself.
  if (!(margin_points > 0 && margin_points <= 100)) return bad_margin();
  const double p = promoters_percent / 100, d = detractors_percent / 100;
  const double margin = margin_points / 100, z = normal_critical(level);
  // Half the width of the adjusted-Wald interval the product shows when the
  // shares come true among n answers (nps_intervals.hpp).
  const auto adjusted_half = [&](double n) {
    const AdjustedShares x = adjusted_shares({p * n, (1 - p - d) * n, d * n});
    return z * std::sqrt(x.variance() / x.n);
  };
  const auto adjusted_n = smallest_n(1, margin, adjusted_half);
  if (!adjusted_n) return margin_too_small();
  return std::max(wald_respondents(p + d - (p - d) * (p - d), margin, level), *adjusted_n);
}

Expected<double> sample_size_mean(double expected_sd, double margin, double level) {
  if (auto e = check_level(level)) return *e;
  if (!(std::isfinite(expected_sd) && expected_sd >= 0)) {
    return *check_nonnegative(expected_sd, "expected_sd");
  }
  if (!(margin > 0 && std::isfinite(margin))) return bad_margin();
  // t(n - 1) / sqrt(n) falls as n grows, so the smallest n is well defined
  // and grows with sd / margin.
  const auto t_half = [&](double n) {
    return student_t_critical(level, n - 1) * expected_sd / std::sqrt(n);
  };
  const auto n = smallest_n(2, margin, t_half);
  if (!n) return margin_too_small();
  return *n;
}

Expected<double> promoters_needed(const NpsCounts& c, double target_nps) {
  if (auto e = check_nps_counts(c)) return *e;
  if (!(target_nps >= -100 && target_nps <= 100)) {
    return make_error("target_out_of_range", "The target NPS must be between -100 and 100.",
                      "L'NPS obiettivo deve essere compreso tra -100 e 100.", "target");
  }
  const double n = c.promoters + c.passives + c.detractors;
  const double net = c.promoters - c.detractors;
  // Compare in whole numbers times 100 to avoid rounding at the boundary.
  const auto reached = [&](double x) { return 100 * (net + x) >= target_nps * (n + x); };
  if (reached(0)) return 0.0;
  if (target_nps >= 100) {
    return make_error("target_unreachable",
                      "An NPS of 100 cannot be reached by adding promoters while passives "
                      "or detractors remain.",
                      "Un NPS di 100 non si raggiunge aggiungendo promotori finché restano "
                      "passivi o detrattori.",
                      "target");
  }
  // A target typed with up to four decimals is a fraction a / 10^4 exactly,
  // and the answer ceil((a n − 10^6 net) / (10^6 − a)) is a whole-number
  // division: exact even past 2^53, where adding one promoter at a time to a
  // double would change nothing.
  const double scaled = std::round(target_nps * 1e4);
  if (std::abs(scaled - target_nps * 1e4) <= 1e-6 * std::max(1.0, std::abs(target_nps))) {
    const __int128 a = static_cast<__int128>(scaled), whole = 1000000;
    const __int128 num = a * static_cast<__int128>(n) - whole * static_cast<__int128>(net);
    const __int128 den = whole - a;  // > 0: target < 100
    const __int128 x = (num + den - 1) / den;  // num > 0: not reached yet
    return static_cast<double>(x < 1 ? 1 : x);
  }
  const double t = target_nps / 100;
  double x = std::max(1.0, std::ceil((t * n - net) / (1 - t)));
  if (!(x < 9007199254740992.0)) return x;  // to double precision, as asked
  // The closed form is exact in real numbers; rounding moves it by a step at
  // most, so a few bounded steps settle it.
  for (int step = 0; step < 4 && !reached(x); ++step) x += 1;
  for (int step = 0; step < 4 && x > 1 && reached(x - 1); ++step) x -= 1;
  return x;
}

}  // namespace polso::stats
