#include "core/stats/random.hpp"

#include <cmath>

namespace polso::stats {
namespace {

std::uint64_t splitmix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// log(k!) minus its Stirling approximation, exact values for k <= 9.
double stirling_tail(double k) {
  static constexpr double kSmall[] = {
      0.0810614667953272,  0.0413406959554092,  0.0276779256849983,
      0.02079067210376509, 0.0166446911898211,  0.0138761288230707,
      0.0118967099458917,  0.0104112652619720,  0.00925546218271273,
      0.00833056343336287};
  if (k <= 9) return kSmall[static_cast<int>(k)];
  const double kp1sq = (k + 1) * (k + 1);
  return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kp1sq) / kp1sq) / (k + 1);
}

// Inversion by summing geometric waiting times: expected n*p + 1 steps, used
// only when n*p < 10.
double binomial_inversion(Rng& rng, double n, double p) {
  const double log_q = std::log1p(-p);
  double sum = 0.0, count = 0.0;
  for (;;) {
    sum += std::ceil(std::log(uniform01(rng)) / log_q);
    if (sum > n) return count;
    count += 1.0;
  }
}

// Hormann (1993), "The generation of binomial random variates", algorithm
// BTRS: transformed rejection with a squeeze. Needs n*p >= 10, p <= 0.5.
double binomial_btrs(Rng& rng, double n, double p) {
  const double sd = std::sqrt(n * p * (1 - p));
  const double b = 1.15 + 2.53 * sd;
  const double a = -0.0873 + 0.0248 * b + 0.01 * p;
  const double alpha = (2.83 + 5.1 / b) * sd;
  const double m = std::floor((n + 1) * p);
  const double r = p / (1 - p);
  const double v_r = 0.92 - 4.2 / b;
  for (;;) {
    const double u = uniform01(rng) - 0.5;
    double v = uniform01(rng);
    const double us = 0.5 - std::fabs(u);
    const double k = std::floor((2 * a / us + b) * u + n * p + 0.43);
    if (us >= 0.07 && v <= v_r) return k;
    if (k < 0 || k > n) continue;
    v = std::log(v * alpha / (a / (us * us) + b));
    const double bound =
        (m + 0.5) * std::log((m + 1) / (r * (n - m + 1))) +
        (n + 1) * std::log((n - m + 1) / (n - k + 1)) +
        (k + 0.5) * std::log(r * (n - k + 1) / (k + 1)) + stirling_tail(m) +
        stirling_tail(n - m) - stirling_tail(k) - stirling_tail(n - k);
    if (v <= bound) return k;
  }
}

}  // namespace

Rng make_rng(std::uint64_t seed) {
  Rng rng{};
  for (auto& word : rng.state) word = splitmix64(seed);
  return rng;
}

std::uint64_t next_u64(Rng& rng) {
  auto& s = rng.state;
  const std::uint64_t result = rotl(s[1] * 5, 7) * 9;
  const std::uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return result;
}

double uniform01(Rng& rng) {
  return (static_cast<double>(next_u64(rng) >> 11) + 0.5) * 0x1.0p-53;
}

double standard_normal(Rng& rng) {
  const double u1 = uniform01(rng);
  const double u2 = uniform01(rng);
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

double binomial(Rng& rng, double n, double p) {
  if (!(n > 0) || !(p > 0)) return 0.0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(rng, n, 1 - p);
  if (n * p < 10) return binomial_inversion(rng, n, p);
  return binomial_btrs(rng, n, p);
}

}  // namespace polso::stats
