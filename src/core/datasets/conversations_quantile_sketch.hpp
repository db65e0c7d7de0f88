// QuantileSketch: a mergeable summary of non-negative values (durations in
// seconds) that answers quantiles within a stated relative error, in memory
// bounded by the range of the values rather than their number.
//
// The bucket mapping is DDSketch's "linearly interpolated" one: a value
// x = m·2^e (m in [1, 2)) falls in bucket e·M + floor((m − 1)·M). Every bucket
// [lo, hi) is reported as 2·lo·hi / (lo + hi), which is within
// (hi − lo) / (hi + lo) ≤ 1 / (2M + 1) of any value in it. With M = 100 that is
// 1/201 ≈ 0.4975%. Only frexp, multiplications and ldexp are used — no log or
// pow — so native and WebAssembly builds give bit-identical answers.
//
// Zero is kept exactly in its own count. Memory: one 8-byte count per bucket
// between the smallest and the largest positive value seen, at most
// 100 buckets per doubling (1 second to 1 year spans 25 doublings: ≤ 20 KB).
#pragma once

#include <cstdint>
#include <vector>

namespace polso::datasets {

struct PartStateCodec;

class QuantileSketch {
 public:
  static constexpr int kBucketsPerDoubling = 100;
  // The worst relative error of quantile(): 1 / (2·100 + 1).
  static constexpr double kRelativeError = 1.0 / (2.0 * kBucketsPerDoubling + 1.0);

  // `x` must be finite and ≥ 0 (negative values are counted as 0).
  void add(double x, std::uint64_t count = 1);
  void merge(const QuantileSketch& other);

  std::uint64_t count() const { return zeros_ + positive_; }
  // The estimate of the k-th smallest value (0-based, k < count()).
  double order_statistic(std::uint64_t k) const;
  // The type-7 quantile (as stats::quantile_sorted) from estimated order
  // statistics: within kRelativeError of the exact one. 0 when empty.
  double quantile(double p) const;
  // Bytes held by the bucket counts, for the documentation of memory use.
  std::size_t bucket_bytes() const { return counts_.capacity() * sizeof(std::uint64_t); }

  static std::int32_t bucket_of(double x);
  static double value_of(std::int32_t bucket);

 private:
  friend struct PartStateCodec;  // part_state.cpp: saved and restored as bytes
  std::uint64_t& slot(std::int32_t bucket);

  std::uint64_t zeros_ = 0, positive_ = 0;
  std::int32_t first_ = 0;             // bucket index of counts_[0]
  std::vector<std::uint64_t> counts_;  // dense from first_ to the largest bucket seen
};

}  // namespace polso::datasets
