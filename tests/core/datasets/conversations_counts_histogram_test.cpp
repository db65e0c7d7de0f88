// The fixed duration buckets: the documented rule, the stated error bound,
// and quantiles against the exact ones computed another way.
#include "core/datasets/conversations_counts_histogram.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/stats/descriptive.hpp"

namespace polso::datasets {
namespace {

TEST(ConversationCountsHistogram, EdgesFollowTheDocumentedRule) {
  // 0..20 by the second, then ×1.1 rounded up to the first past a year, plus 300 and 7200.
  std::vector<std::int64_t> rule;
  for (std::int64_t s = 0; s <= 20; ++s) rule.push_back(s);
  while (rule.back() < 365LL * 86400) rule.push_back(static_cast<std::int64_t>(std::ceil(static_cast<double>(rule.back()) * 1.1)));
  rule.push_back(300);
  rule.push_back(7200);
  std::sort(rule.begin(), rule.end());
  ASSERT_EQ(rule.size(), kDurationEdges.size());
  EXPECT_TRUE(std::equal(rule.begin(), rule.end(), kDurationEdges.begin()));
  EXPECT_EQ(kDurationEdges.back(), 32467987);
}

TEST(ConversationCountsHistogram, EveryBucketIsWithinTheStatedError) {
  // Bucket (a−1, b] holds the whole seconds a..b; its representative
  // 2ab/(a+b) is within (b−a)/(b+a) of each.
  double worst = 0;
  for (std::size_t i = 1; i < kDurationEdges.size(); ++i) {
    const auto a = static_cast<double>(kDurationEdges[i - 1] + 1), b = static_cast<double>(kDurationEdges[i]);
    worst = std::max(worst, (b - a) / (b + a));
  }
  EXPECT_LE(worst, kHistogramRelativeError);
  EXPECT_GT(worst, kHistogramRelativeError * 0.99);  // the bound is tight, not loose
}

TEST(ConversationCountsHistogram, AnEdgeBelongsToTheBucketItCloses) {
  EXPECT_EQ(bucket_of_seconds(0), 0u);
  EXPECT_EQ(bucket_of_seconds(20), 20u);
  EXPECT_EQ(kDurationEdges[bucket_of_seconds(21)], 22);
  EXPECT_EQ(kDurationEdges[bucket_of_seconds(300)], 300);
  EXPECT_EQ(kDurationEdges[bucket_of_seconds(301)], 313);
  EXPECT_EQ(bucket_of_seconds(32467988), DurationHistogram::kOverflow);
  EXPECT_EQ(bucket_of_edge(7200), bucket_of_seconds(7200));
  EXPECT_FALSE(bucket_of_edge(7201));
  EXPECT_FALSE(bucket_of_edge(-1));
}

TEST(ConversationCountsHistogram, QuantilesAreWithinTheBoundOfTheExactOnes) {
  // A heavy tail from 0 s to ten days, every value whole seconds.
  std::vector<double> values;
  DurationHistogram h;
  std::uint64_t x = 12345;
  for (int i = 0; i < 5000; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    const double u = static_cast<double>(x >> 11) / 9007199254740992.0;
    const auto s = static_cast<std::int64_t>(std::floor(std::exp(u * std::log(864000.0 + 1)) - 1));
    values.push_back(static_cast<double>(s));
    h.add(bucket_of_seconds(s), 1, static_cast<std::uint64_t>(s));
  }
  const auto sorted = stats::sorted_copy(values);
  double sum = 0;
  for (double v : values) sum += v;
  EXPECT_DOUBLE_EQ(h.mean(), sum / 5000);
  for (double p : {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0}) {
    const double exact = stats::quantile_sorted(sorted, p);
    const auto estimate = h.quantile(p);
    ASSERT_TRUE(estimate);
    EXPECT_LE(std::abs(*estimate - exact), kHistogramRelativeError * exact + 1e-9) << p;
  }
}

TEST(ConversationCountsHistogram, SmallDurationsAreExact) {
  DurationHistogram h;
  for (std::int64_t s : {0, 3, 7, 12, 20}) h.add(bucket_of_seconds(s), 1, static_cast<std::uint64_t>(s));
  EXPECT_DOUBLE_EQ(*h.quantile(0.5), 7);
  EXPECT_DOUBLE_EQ(*h.quantile(0.9), 12 + 0.6 * 8);  // h = 3.6
}

TEST(ConversationCountsHistogram, AQuantileInTheOverflowIsUnknown) {
  DurationHistogram h;
  h.add(bucket_of_seconds(60), 1, 60);
  h.add(DurationHistogram::kOverflow, 2, 2 * 40000000ULL);
  EXPECT_FALSE(h.quantile(0.5));
  ASSERT_TRUE(h.quantile(0.0));
  EXPECT_EQ(h.n(), 3u);
}

}  // namespace
}  // namespace polso::datasets
