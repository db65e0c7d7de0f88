#include "core/stats/distributions.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/stats/incomplete_beta.hpp"

namespace polso::stats {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kPi = 3.14159265358979323846;
constexpr double kSqrt2 = 1.41421356237309504880;
constexpr double kSqrt2Pi = 2.50662827463100050242;
// Beyond this df the t distribution is the normal plus a 1/df correction
// whose neglected 1/df^2 term is below 1e-14; the continued fraction would
// need ~sqrt(df) steps.
constexpr double kLargeDf = 1e7;

// Acklam's rational approximation (relative error 1.15e-9) for the lower
// tail, p <= 0.5, then one Halley step on erfc brings it to ~1e-15.
double normal_lower_quantile(double p) {
  static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                 -2.759285104469687e+02, 1.383577518672690e+02,
                                 -3.066479806614716e+01, 2.506628277459239e+00};
  static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                 -1.556989798598866e+02, 6.680131188771972e+01,
                                 -1.328068155288572e+01};
  static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                 -2.400758277161838e+00, -2.549732539343734e+00,
                                 4.374664141464968e+00,  2.938163982698783e+00};
  static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                 2.445134137142996e+00, 3.754408661907416e+00};
  double x;
  if (p < 0.02425) {
    const double q = std::sqrt(-2 * std::log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else {
    const double q = p - 0.5, r = q * q;
    x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  }
  const double e = normal_cdf(x) - p;
  const double u = e * kSqrt2Pi * std::exp(x * x / 2);
  return x - u / (1 + x * u / 2);
}

// Cornish-Fisher expansion of the t quantile in powers of 1/df
// (Abramowitz & Stegun 26.7.5); z is the normal quantile.
double t_quantile_expansion(double z, double df) {
  const double z2 = z * z, z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2;
  const double g1 = (z3 + z) / 4;
  const double g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  const double g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

// The t with upper tail q (0 < q < 0.5), found by safeguarded Newton steps on
// u = ln t, where the power-law tails of small df look nearly linear.
double t_upper_quantile(double q, double df) {
  if (df == 1) return 1.0 / std::tan(kPi * q);
  if (df == 2) return (1 - 2 * q) / std::sqrt(2 * q * (1 - q));
  const double z = -normal_lower_quantile(q);
  if (df > kLargeDf) return t_quantile_expansion(z, df);
  double t = df >= 3 ? t_quantile_expansion(z, df) : z;
  if (!(t > 0) || !std::isfinite(t)) t = z;
  // Bracket [lo, hi] in t with tail(lo) > q > tail(hi).
  double lo = t, hi = t;
  while (student_t_upper_tail(lo, df) <= q) lo /= 2;
  while (student_t_upper_tail(hi, df) >= q && std::isfinite(hi)) hi *= 2;
  const double log_q = std::log(q);
  for (int i = 0; i < 100; ++i) {
    const double tail = student_t_upper_tail(t, df);
    if (tail > q) lo = t; else hi = t;
    const double slope = -t * student_t_pdf(t, df) / tail;  // d ln tail / d ln t
    double next = t * std::exp(-(std::log(tail) - log_q) / slope);
    // Newton converges quadratically: once a step is this small the next
    // iterate is exact to rounding, even if it sits on the bracket's edge.
    if (std::fabs(next - t) <= 1e-12 * t) return next;
    if (!(next > lo && next < hi)) next = std::sqrt(lo * hi);
    t = next;
  }
  return t;
}

}  // namespace

double normal_cdf(double x) { return 0.5 * std::erfc(-x / kSqrt2); }

double normal_upper_tail(double x) { return 0.5 * std::erfc(x / kSqrt2); }

double normal_quantile(double p) {
  if (std::isnan(p) || p < 0 || p > 1) return kNaN;
  if (p == 0) return -kInf;
  if (p == 1) return kInf;
  // 1 - p is exact for p >= 0.5, so the upper half loses nothing by symmetry.
  return p <= 0.5 ? normal_lower_quantile(p) : -normal_lower_quantile(1 - p);
}

double student_t_pdf(double t, double df) {
  if (std::isnan(t) || std::isnan(df) || !(df > 0)) return kNaN;
  if (std::isinf(df)) return std::exp(-t * t / 2) / kSqrt2Pi;
  return std::exp(-(df + 1) / 2 * std::log1p(t * t / df) - 0.5 * std::log(df) -
                  log_beta(df / 2, 0.5));
}

double student_t_upper_tail(double t, double df) {
  if (std::isnan(t) || std::isnan(df) || !(df > 0)) return kNaN;
  if (t < 0) return 1.0 - student_t_upper_tail(-t, df);
  if (df > kLargeDf) return normal_upper_tail(t - (t * t * t + t) / (4 * df));
  // P(T > t) = I_x(df/2, 1/2) / 2 with x = df / (df + t^2).
  const double t2 = t * t;
  if (std::isinf(t2)) return 0.0;
  return 0.5 * incomplete_beta(df / 2, 0.5, df / (df + t2), t2 / (df + t2));
}

double student_t_cdf(double t, double df) {
  if (std::isnan(t)) return kNaN;
  return t < 0 ? student_t_upper_tail(-t, df) : 1.0 - student_t_upper_tail(t, df);
}

double student_t_quantile(double p, double df) {
  if (std::isnan(p) || std::isnan(df) || !(df > 0) || p < 0 || p > 1) return kNaN;
  if (p == 0) return -kInf;
  if (p == 1) return kInf;
  if (p == 0.5) return 0.0;
  if (std::isinf(df)) return normal_quantile(p);
  return p > 0.5 ? t_upper_quantile(1 - p, df) : -t_upper_quantile(p, df);
}

double binomial_cdf(double k, double n, double p) {
  if (std::isnan(k) || std::isnan(n) || std::isnan(p) || n < 0 || p < 0 || p > 1) {
    return kNaN;
  }
  k = std::floor(k);
  if (k < 0) return 0.0;
  if (k >= n) return 1.0;
  // P(X <= k) = I_{1-p}(n - k, k + 1).
  return incomplete_beta(n - k, k + 1, 1 - p, p);
}

// (1 - level) / 2 keeps the tail exact where 0.5 + level / 2 would round.
double normal_critical(double level) { return -normal_quantile((1 - level) / 2); }

double student_t_critical(double level, double df) {
  return -student_t_quantile((1 - level) / 2, df);
}

}  // namespace polso::stats
