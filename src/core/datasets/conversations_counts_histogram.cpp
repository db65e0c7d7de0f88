#include "core/datasets/conversations_counts_histogram.hpp"

#include <algorithm>
#include <cmath>

namespace polso::datasets {
namespace {

// The representative of bucket i: 2ab/(a+b) over its whole seconds a..b.
double representative(std::size_t i) {
  if (i == 0) return 0;
  const auto a = static_cast<double>(kDurationEdges[i - 1] + 1), b = static_cast<double>(kDurationEdges[i]);
  return 2 * a * b / (a + b);
}

}  // namespace

std::optional<std::size_t> bucket_of_edge(std::int64_t edge) {
  const auto it = std::lower_bound(kDurationEdges.begin(), kDurationEdges.end(), edge);
  if (it == kDurationEdges.end() || *it != edge) return std::nullopt;
  return static_cast<std::size_t>(it - kDurationEdges.begin());
}

std::size_t bucket_of_seconds(std::int64_t seconds) {
  // The first edge ≥ seconds (the bucket's upper edge is inclusive).
  return static_cast<std::size_t>(std::lower_bound(kDurationEdges.begin(), kDurationEdges.end(), seconds) -
                                  kDurationEdges.begin());
}

void DurationHistogram::add(std::size_t bucket, std::uint64_t count, std::uint64_t sum) {
  counts_[std::min(bucket, kOverflow)] += count;
  n_ += count;
  sum_ += sum;
}

void DurationHistogram::merge(const DurationHistogram& other) {
  for (std::size_t i = 0; i <= kOverflow; ++i) counts_[i] += other.counts_[i];
  n_ += other.n_;
  sum_ += other.sum_;
}

std::optional<double> DurationHistogram::order_statistic(std::uint64_t k) const {
  for (std::size_t i = 0; i < kOverflow; ++i) {
    if (k < counts_[i]) return representative(i);
    k -= counts_[i];
  }
  return std::nullopt;
}

std::optional<double> DurationHistogram::quantile(double p) const {
  if (n_ == 0) return std::nullopt;
  const double h = static_cast<double>(n_ - 1) * std::clamp(p, 0.0, 1.0);
  const auto lo = static_cast<std::uint64_t>(std::floor(h));
  const auto a = order_statistic(lo);
  if (!a) return std::nullopt;
  if (lo + 1 >= n_ || h == static_cast<double>(lo)) return a;
  const auto b = order_statistic(lo + 1);
  if (!b) return std::nullopt;
  return *a + (h - static_cast<double>(lo)) * (*b - *a);
}

}  // namespace polso::datasets
