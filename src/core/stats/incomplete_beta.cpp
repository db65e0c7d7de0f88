#include "core/stats/incomplete_beta.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace polso::stats {
namespace {

constexpr double kHalfLog2Pi = 0.91893853320467274178;
constexpr double kStirlingFrom = 10.0;

// lgamma(x) - [(x - 1/2) ln x - x + ln(2 pi)/2], x >= 10: the series error is
// below 2e-14 there.
double stirling_delta(double x) {
  const double r = 1.0 / x, r2 = r * r;
  return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 / 1188))));
}

// Modified Lentz evaluation of the continued fraction for I_x(a, b)
// (Numerical Recipes' betacf); converges fast for x < (a + 1) / (a + b + 2)
// in about sqrt(max(a, b)) steps.
double beta_continued_fraction(double a, double b, double x) {
  constexpr double kTiny = 1e-300;
  constexpr double kEps = 1e-16;
  const int max_steps = 1000 + static_cast<int>(10 * std::sqrt(std::max(a, b)));
  const double qab = a + b, qap = a + 1, qam = a - 1;
  double c = 1.0;
  double d = 1.0 - qab * x / qap;
  if (std::fabs(d) < kTiny) d = kTiny;
  d = 1.0 / d;
  double h = d;
  for (int m = 1; m <= max_steps; ++m) {
    const double m2 = 2.0 * m;
    double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1.0 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1.0 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1.0 + aa * d;
    if (std::fabs(d) < kTiny) d = kTiny;
    c = 1.0 + aa / c;
    if (std::fabs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    const double del = d * c;
    h *= del;
    if (std::fabs(del - 1.0) < kEps) break;
  }
  return h;
}

}  // namespace

double log_beta(double a, double b) {
  const double small = std::min(a, b), large = std::max(a, b);
  if (large < kStirlingFrom) {
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
  }
  if (small < kStirlingFrom) {
    // lgamma(large) - lgamma(large + small) by Stirling: both terms are huge
    // for a large df, their difference is not, and lgamma would lose it.
    return std::lgamma(small) - small * std::log(large) -
           (large + small - 0.5) * std::log1p(small / large) + small +
           stirling_delta(large) - stirling_delta(large + small);
  }
  const double sum = a + b;
  return kHalfLog2Pi - 0.5 * std::log(sum) - (a - 0.5) * std::log1p(b / a) -
         (b - 0.5) * std::log1p(a / b) + stirling_delta(a) + stirling_delta(b) -
         stirling_delta(sum);
}

double incomplete_beta(double a, double b, double x, double y) {
  if (std::isnan(a) || std::isnan(b) || std::isnan(x) || std::isnan(y) || a <= 0 ||
      b <= 0) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  if (x <= 0) return 0.0;
  if (y <= 0) return 1.0;
  const double log_x = x < 0.5 ? std::log(x) : std::log1p(-y);
  const double log_y = y < 0.5 ? std::log(y) : std::log1p(-x);
  const double front = std::exp(a * log_x + b * log_y - log_beta(a, b));
  if (x < (a + 1) / (a + b + 2)) {
    return front * beta_continued_fraction(a, b, x) / a;
  }
  return 1.0 - front * beta_continued_fraction(b, a, y) / b;
}

}  // namespace polso::stats
