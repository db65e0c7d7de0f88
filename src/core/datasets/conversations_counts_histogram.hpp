// The fixed duration buckets of a conversations-counts file and the
// histogram built on them. A bucket is named by its upper edge E (whole
// seconds) and holds the durations d with previous edge < d ≤ E; the first
// edge, 0, holds d = 0; a duration above the last edge (over a year) goes in
// the overflow bucket, written with an empty edge. Durations are whole
// seconds, as Polso reads them from a raw export.
//
// The edges: every second from 0 to 20, then each edge is the one before
// times 1.1 rounded up, to the first past one year (32 467 987 s), plus the
// two default response targets (300 s and 7 200 s), so "within target" is
// exact. docs/datasets.md and the SQL of docs/at-scale.md list the same
// numbers.
//
// Quantiles: the k-th smallest duration is read as its bucket's
// representative 2ab/(a+b) for a bucket of the whole seconds a..b, which is
// within (b−a)/(b+a) ≤ 1/21 (4.8%) of any of them; a type-7 quantile (as the
// raw report) interpolates two such estimates, so it is within 1/21 of the
// exact quantile too. Buckets of one second (0..20 s) are exact.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace polso::datasets {

inline constexpr std::array<std::int64_t, 171> kDurationEdges = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 25, 28, 31, 35, 39, 43,
    48, 53, 59, 65, 72, 80, 88, 97, 107, 118, 130, 143, 158, 174, 192, 212, 234, 258, 284, 300, 313, 345,
    380, 419, 461, 508, 559, 615, 677, 745, 820, 903, 994, 1094, 1204, 1325, 1458, 1604, 1765, 1942, 2137,
    2351, 2587, 2846, 3131, 3445, 3790, 4169, 4586, 5045, 5550, 6106, 6717, 7200, 7389, 8128, 8941, 9836,
    10820, 11903, 13094, 14404, 15845, 17430, 19173, 21091, 23201, 25522, 28075, 30883, 33972, 37370,
    41107, 45218, 49740, 54715, 60187, 66206, 72827, 80110, 88121, 96934, 106628, 117291, 129021, 141924,
    156117, 171729, 188902, 207793, 228573, 251431, 276575, 304233, 334657, 368123, 404936, 445430, 489974,
    538972, 592870, 652157, 717373, 789111, 868023, 954826, 1050309, 1155340, 1270874, 1397962, 1537759,
    1691535, 1860689, 2046758, 2251434, 2476578, 2724236, 2996660, 3296327, 3625960, 3988557, 4387413,
    4826155, 5308771, 5839649, 6423614, 7065976, 7772574, 8549832, 9404816, 10345298, 11379828, 12517811,
    13769593, 15146553, 16661209, 18327330, 20160063, 22176070, 24393678, 26833046, 29516351, 32467987
};

// The worst relative error of a quantile read from the histogram.
inline constexpr double kHistogramRelativeError = 1.0 / 21.0;

// The bucket (index into kDurationEdges) of an edge written in a file;
// nullopt when the number is not one of the edges.
std::optional<std::size_t> bucket_of_edge(std::int64_t edge);
// The bucket of a duration in whole seconds (≥ 0); kDurationEdges.size() for
// the overflow bucket.
std::size_t bucket_of_seconds(std::int64_t seconds);

class DurationHistogram {
 public:
  static constexpr std::size_t kOverflow = kDurationEdges.size();

  // `bucket` ≤ kOverflow; `sum`: the seconds of the `count` durations.
  void add(std::size_t bucket, std::uint64_t count, std::uint64_t sum);
  void merge(const DurationHistogram& other);

  std::uint64_t n() const { return n_; }
  double mean() const { return n_ ? static_cast<double>(sum_) / static_cast<double>(n_) : 0; }
  // The type-7 quantile within kHistogramRelativeError; nullopt when it
  // falls in the overflow bucket (no upper bound to estimate it from).
  std::optional<double> quantile(double p) const;

 private:
  std::optional<double> order_statistic(std::uint64_t k) const;

  std::array<std::uint64_t, kOverflow + 1> counts_{};
  std::uint64_t n_ = 0, sum_ = 0;
};

}  // namespace polso::datasets
