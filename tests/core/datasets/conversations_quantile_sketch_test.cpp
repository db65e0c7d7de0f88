// The quantile sketch against exact quantiles computed by sorting, and the
// per-group duration state (exact up to a limit, then sketched) against the
// same exact values.
#include "core/datasets/conversations_quantile_sketch.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "core/datasets/conversations_aggregate.hpp"

namespace polso::datasets {
namespace {

// Exact type-7 quantile, written out here rather than borrowed from
// stats::quantile_sorted: h = (n − 1)p, interpolate between x[⌊h⌋] and x[⌊h⌋+1].
double exact_quantile(std::vector<double> xs, double p) {
  std::sort(xs.begin(), xs.end());
  const double h = static_cast<double>(xs.size() - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= xs.size()) return xs[lo];
  return xs[lo] + (h - static_cast<double>(lo)) * (xs[lo + 1] - xs[lo]);
}

// Durations spread over six orders of magnitude (1 s to ~11 days), whole
// seconds as the analysis produces them, with some zeros.
std::vector<double> random_durations(std::uint64_t seed, std::size_t n) {
  std::mt19937_64 gen(seed);
  std::vector<double> xs(n);
  for (auto& x : xs) {
    const double u = static_cast<double>(gen() >> 11) / 9007199254740992.0;  // [0, 1)
    x = u < 0.02 ? 0 : std::floor(std::exp(u * 13.8));
  }
  return xs;
}

constexpr double kBound = QuantileSketch::kRelativeError * (1 + 1e-12);
constexpr double kPs[] = {0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1};

// bucket_of reads the exponent and mantissa from the double's bits; frexp,
// as it was computed before, must give the same bucket for every value.
std::int32_t bucket_by_frexp(double x) {
  int e = 0;
  const double m = std::frexp(x, &e);
  const auto sub = static_cast<std::int32_t>((2 * m - 1) * QuantileSketch::kBucketsPerDoubling);
  return (e - 1) * QuantileSketch::kBucketsPerDoubling + std::min(sub, QuantileSketch::kBucketsPerDoubling - 1);
}

TEST(ConversationsQuantileSketch, BucketFromTheBitsIsFrexpsBucket) {
  std::vector<double> xs = {1.0, 2.0, 0.5, 3.0, 59.0, 60.0, 86400.0, 31536000.0, 1e-300, 4.9e-324, 2.2e-308,
                            1.7e308, std::nextafter(1.0, 0.0), std::nextafter(1.0, 2.0), std::nextafter(2.0, 0.0)};
  // Every bucket boundary of a doubling and its neighbours, at several scales.
  for (int e : {-1030, -20, 0, 1, 10, 40, 1000})
    for (int j = 0; j <= QuantileSketch::kBucketsPerDoubling; ++j) {
      const double b = std::ldexp(1.0 + static_cast<double>(j) / QuantileSketch::kBucketsPerDoubling, e);
      xs.insert(xs.end(), {b, std::nextafter(b, 0.0), std::nextafter(b, 1e300)});
    }
  std::mt19937_64 rng(11);
  for (int i = 0; i < 100000; ++i) xs.push_back(static_cast<double>(rng() % 100000000) / 7.0 + 1e-3);
  for (const double x : xs)
    if (x > 0) ASSERT_EQ(QuantileSketch::bucket_of(x), bucket_by_frexp(x)) << x;
}

TEST(ConversationsQuantileSketch, StatedBoundIsBelowHalfAPercent) {
  EXPECT_NEAR(QuantileSketch::kRelativeError, 1.0 / 201, 1e-15);
  EXPECT_LT(QuantileSketch::kRelativeError, 0.005);
}

TEST(ConversationsQuantileSketch, EveryBucketRepresentativeIsWithinTheBound) {
  // Any value maps to a bucket whose representative is within 1/201 of it,
  // including values on bucket boundaries and powers of two.
  for (double x : {1.0, 2.0, 1.01, 1.02, 1.99, 3.0, 7.0, 59.0, 60.0, 299.0, 300.0, 301.0, 7200.0, 86400.0, 1e9, 0.001}) {
    const double v = QuantileSketch::value_of(QuantileSketch::bucket_of(x));
    EXPECT_LE(std::abs(v - x) / x, kBound) << x;
  }
  for (double x = 1; x < 1e6; x = std::floor(x * 1.003) + 1) {
    const double v = QuantileSketch::value_of(QuantileSketch::bucket_of(x));
    ASSERT_LE(std::abs(v - x) / x, kBound) << x;
  }
}

TEST(ConversationsQuantileSketch, QuantilesOfRandomDataWithinTheBoundOfExact) {
  for (std::uint64_t seed : {1u, 2u, 3u}) {
    const auto xs = random_durations(seed, 100000);
    QuantileSketch s;
    for (double x : xs) s.add(x);
    ASSERT_EQ(s.count(), xs.size());
    for (double p : kPs) {
      const double exact = exact_quantile(xs, p), got = s.quantile(p);
      if (exact == 0) EXPECT_EQ(got, 0) << p;
      else EXPECT_LE(std::abs(got - exact) / exact, kBound) << "seed " << seed << " p " << p;
    }
  }
}

TEST(ConversationsQuantileSketch, EveryOrderStatisticOfASmallSampleWithinTheBound) {
  const auto xs = random_durations(9, 300);
  auto sorted = xs;
  std::sort(sorted.begin(), sorted.end());
  QuantileSketch s;
  for (double x : xs) s.add(x);
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    const double got = s.order_statistic(k);
    if (sorted[k] == 0) EXPECT_EQ(got, 0);
    else EXPECT_LE(std::abs(got - sorted[k]) / sorted[k], kBound) << k;
  }
}

TEST(ConversationsQuantileSketch, MergingPartsEqualsOneSketchOfTheWhole) {
  const auto xs = random_durations(4, 20000);
  QuantileSketch whole, a, b, c;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    whole.add(xs[i]);
    (i % 3 == 0 ? a : i % 3 == 1 ? b : c).add(xs[i]);
  }
  c.merge(a);
  c.merge(b);
  ASSERT_EQ(c.count(), whole.count());
  for (double p : kPs) EXPECT_EQ(c.quantile(p), whole.quantile(p)) << p;
}

TEST(ConversationsQuantileSketch, MemoryDependsOnTheRangeNotTheCount) {
  // A million durations from 1 s to ~11 days: log2(1e6) ≈ 20 doublings,
  // 100 buckets each, 8 bytes a bucket → about 16 KB, far from 8 MB of values.
  QuantileSketch s;
  const auto xs = random_durations(5, 1000000);
  for (double x : xs) s.add(x);
  EXPECT_LE(s.bucket_bytes(), 2100u * 8u * 2u);  // vector growth may double capacity
}

TEST(ConversationsDurationStats, ExactUpToTheLimitThenWithinTheBound) {
  // 1,024 values stay exact: the median is the exact type-7 one.
  const auto xs = random_durations(6, 5000);
  DurationStats d;
  std::vector<double> seen;
  for (std::size_t i = 0; i < DurationStats::kExactLimit; ++i) {
    d.add(static_cast<std::int64_t>(xs[i]));
    seen.push_back(xs[i]);
  }
  EXPECT_TRUE(d.exact());
  EXPECT_EQ(d.quantile(0.5), exact_quantile(seen, 0.5));
  EXPECT_EQ(d.quantile(0.9), exact_quantile(seen, 0.9));
  // One more and the group moves to the sketch.
  for (std::size_t i = DurationStats::kExactLimit; i < xs.size(); ++i) {
    d.add(static_cast<std::int64_t>(xs[i]));
    seen.push_back(xs[i]);
  }
  EXPECT_FALSE(d.exact());
  EXPECT_EQ(d.n(), xs.size());
  double sum = 0;
  for (double x : seen) sum += x;
  EXPECT_DOUBLE_EQ(d.mean(), sum / static_cast<double>(seen.size()));  // the mean stays exact
  for (double p : {0.5, 0.9}) {
    const double exact = exact_quantile(seen, p);
    EXPECT_LE(std::abs(d.quantile(p) - exact) / exact, kBound) << p;
  }
}

TEST(ConversationsDurationStats, AnySplitMergesToTheSameState) {
  const auto xs = random_durations(8, 3000);
  for (std::size_t split : {std::size_t{0}, std::size_t{10}, std::size_t{600}, std::size_t{1024}, std::size_t{2999}}) {
    DurationStats whole, a, b;
    for (std::size_t i = 0; i < xs.size(); ++i) {
      whole.add(static_cast<std::int64_t>(xs[i]), 300);
      (i < split ? a : b).add(static_cast<std::int64_t>(xs[i]), 300);
    }
    a.merge(b);
    EXPECT_EQ(a.n(), whole.n());
    EXPECT_EQ(a.exact(), whole.exact());
    EXPECT_EQ(a.within_target(), whole.within_target());
    EXPECT_EQ(a.quantile(0.5), whole.quantile(0.5)) << split;
    EXPECT_EQ(a.quantile(0.9), whole.quantile(0.9)) << split;
  }
  // Two small exact parts merge exactly.
  DurationStats a, b;
  for (int x : {10, 20, 30}) a.add(x);
  for (int x : {40, 50}) b.add(x);
  a.merge(b);
  EXPECT_TRUE(a.exact());
  EXPECT_EQ(a.quantile(0.5), 30);  // 10,20,30,40,50: the middle one
}

}  // namespace
}  // namespace polso::datasets
