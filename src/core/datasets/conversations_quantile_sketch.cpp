#include "core/datasets/conversations_quantile_sketch.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace polso::datasets {
namespace {

// std::bit_cast, which the wasm toolchain's library lacks.
template <class To, class From>
To bits_as(const From& from) {
  static_assert(sizeof(To) == sizeof(From));
  To to;
  std::memcpy(&to, &from, sizeof(To));
  return to;
}

}  // namespace

std::int32_t QuantileSketch::bucket_of(double x) {
  // x = m'·2^e' with m' in [1, 2). A normal double holds e' and m' in its
  // bits (what frexp would give as m'/2 and e'+1, without the libm call a
  // duration); subnormals, infinities and NaN go through frexp.
  const auto bits = bits_as<std::uint64_t>(x);
  const auto biased = static_cast<std::int32_t>((bits >> 52) & 0x7FF);
  double m2;  // m'
  std::int32_t e1;  // e'
  if (biased != 0 && biased != 0x7FF) {
    m2 = bits_as<double>((bits & 0x000FFFFFFFFFFFFFull) | 0x3FF0000000000000ull);
    e1 = biased - 1023;
  } else {
    int e = 0;
    m2 = 2 * std::frexp(x, &e);
    e1 = e - 1;
  }
  // (m' − 1)·M is exact enough that a value on a boundary lands in one of
  // its two neighbours, whose representative is then still within the bound
  // (to rounding).
  const auto sub = static_cast<std::int32_t>((m2 - 1) * kBucketsPerDoubling);
  return e1 * kBucketsPerDoubling + std::min(sub, kBucketsPerDoubling - 1);
}

double QuantileSketch::value_of(std::int32_t bucket) {
  // Floor division, so negative buckets (values below 1) work too.
  std::int32_t e = bucket / kBucketsPerDoubling, j = bucket % kBucketsPerDoubling;
  if (j < 0) j += kBucketsPerDoubling, --e;
  const double lo = std::ldexp(1.0 + static_cast<double>(j) / kBucketsPerDoubling, e);
  const double hi = std::ldexp(1.0 + static_cast<double>(j + 1) / kBucketsPerDoubling, e);
  return 2 * lo * hi / (lo + hi);
}

std::uint64_t& QuantileSketch::slot(std::int32_t b) {
  if (counts_.empty()) {
    first_ = b;
    counts_.assign(1, 0);
  } else if (b < first_) {
    counts_.insert(counts_.begin(), static_cast<std::size_t>(first_ - b), 0);
    first_ = b;
  } else if (static_cast<std::size_t>(b - first_) >= counts_.size()) {
    counts_.resize(static_cast<std::size_t>(b - first_) + 1, 0);
  }
  return counts_[static_cast<std::size_t>(b - first_)];
}

void QuantileSketch::add(double x, std::uint64_t count) {
  if (count == 0) return;
  if (!(x > 0)) {
    zeros_ += count;
    return;
  }
  const std::int32_t b = bucket_of(x);
  // Most durations land within the buckets already there: no call.
  if (!counts_.empty() && b >= first_ && static_cast<std::size_t>(b - first_) < counts_.size())
    counts_[static_cast<std::size_t>(b - first_)] += count;
  else
    slot(b) += count;
  positive_ += count;
}

void QuantileSketch::merge(const QuantileSketch& other) {
  zeros_ += other.zeros_;
  for (std::size_t i = 0; i < other.counts_.size(); ++i)
    if (other.counts_[i] > 0) {
      slot(other.first_ + static_cast<std::int32_t>(i)) += other.counts_[i];
      positive_ += other.counts_[i];
    }
}

double QuantileSketch::order_statistic(std::uint64_t k) const {
  if (k < zeros_) return 0;
  k -= zeros_;
  for (std::size_t i = 0; i < counts_.size(); ++i) {
    if (k < counts_[i]) return value_of(first_ + static_cast<std::int32_t>(i));
    k -= counts_[i];
  }
  return counts_.empty() ? 0 : value_of(first_ + static_cast<std::int32_t>(counts_.size() - 1));
}

double QuantileSketch::quantile(double p) const {
  const std::uint64_t n = count();
  if (n == 0) return 0;
  const double h = static_cast<double>(n - 1) * std::clamp(p, 0.0, 1.0);
  const auto lo = static_cast<std::uint64_t>(std::floor(h));
  const double a = order_statistic(lo);
  if (lo + 1 >= n) return a;
  const double b = order_statistic(lo + 1);
  return a + (h - static_cast<double>(lo)) * (b - a);
}

}  // namespace polso::datasets
