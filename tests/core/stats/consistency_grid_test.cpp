// Issue 16's property: over a grid of small counts on both sides, every
// comparison's verdict, p-value and interval agree (significant <=> the
// interval excludes 0 <=> p < 1 − level), every interval stays inside what the
// difference can be and holds the observed difference, and every plan only
// grows as the margin narrows (and, for a mean, as the sd widens).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/stats/comparisons.hpp"
#include "core/stats/planning.hpp"

namespace polso::stats {
namespace {

constexpr double kLevels[] = {0.80, 0.90, 0.95, 0.99};

// Returns "" when the comparison is consistent, else what is wrong.
std::string inconsistency(const Comparison& c, double level, double range) {
  const bool excludes_zero = c.interval.low > 0 || c.interval.high < 0;
  const bool p_below = c.p_value < 1 - level;
  if (c.significant != excludes_zero) return "verdict vs interval";
  if (c.significant != p_below) return "verdict vs p";
  if (!(c.p_value >= 0 && c.p_value <= 1)) return "p outside 0..1";
  if (!(c.interval.low <= c.interval.high)) return "low above high";
  if (c.interval.low < -range || c.interval.high > range) return "interval outside ±range";
  if (c.difference < c.interval.low - 1e-9 || c.difference > c.interval.high + 1e-9)
    return "observed difference outside";
  return "";
}

// 1..200 answers: every size up to 12, then a spread to 200.
std::vector<double> sizes() {
  std::vector<double> out;
  for (int n = 1; n <= 12; ++n) out.push_back(n);
  for (double n : {15, 20, 30, 47, 64, 100, 137, 200}) out.push_back(n);
  return out;
}

TEST(ConsistencyGrid, SharesEveryCountOnBothSides) {
  // Every number of successes for each size on each side: ~400,000 pairs.
  std::vector<std::pair<double, double>> sides;
  for (double n : sizes())
    for (double s = 0; s <= n; ++s) sides.push_back({s, n});
  int checked = 0;
  for (double level : kLevels)
    for (const auto& [sa, na] : sides)
      for (const auto& [sb, nb] : sides) {
        if ((na > 12 || nb > 12) && static_cast<int>(sa + sb + na) % 3 != 0) continue;  // thin the large ones
        const auto c = compare_proportions(sa, na, sb, nb, level);
        ASSERT_TRUE(c.ok());
        const std::string why = inconsistency(*c, level, 100);
        ASSERT_EQ(why, "") << sa << "/" << na << " vs " << sb << "/" << nb << " at " << level << ": p "
                           << c->p_value << ", " << c->interval.low << " to " << c->interval.high;
        ++checked;
      }
  EXPECT_GT(checked, 100000);
}

TEST(ConsistencyGrid, NpsEveryCountOnBothSides) {
  // Every (promoters, passives, detractors) up to 6 answers, then sizes to
  // 200 with the shares in steps of a fifth.
  std::vector<NpsCounts> sides;
  for (double n = 1; n <= 6; ++n)
    for (double p = 0; p <= n; ++p)
      for (double d = 0; d + p <= n; ++d) sides.push_back({p, n - p - d, d});
  for (double n : {10, 25, 60, 200})
    for (double p = 0; p <= n; p += n / 5)
      for (double d = 0; d + p <= n; d += n / 5) sides.push_back({p, n - p - d, d});
  for (const char* method : {"adjusted_wald", "wald"})
    for (double level : kLevels)
      for (const NpsCounts& a : sides)
        for (const NpsCounts& b : sides) {
          const auto c = compare_nps(a, b, level, method);
          ASSERT_TRUE(c.ok());
          const std::string why = inconsistency(*c, level, 200);
          ASSERT_EQ(why, "") << method << " " << a.promoters << "/" << a.passives << "/" << a.detractors << " vs "
                             << b.promoters << "/" << b.passives << "/" << b.detractors << " at " << level;
        }
}

TEST(ConsistencyGrid, MeansOnASevenPointScale) {
  // Summaries a 1–7 scale allows, n from 2 to 200; the difference is kept
  // within ±6 as the CES comparison does.
  std::vector<MeanSummary> sides;
  for (double n : {2, 3, 4, 5, 8, 13, 30, 75, 200})
    for (double mean : {1.0, 1.5, 3.0, 4.0, 5.5, 6.9, 7.0})
      for (double sd : {0.0, 0.3, 1.0, 2.0, 3.0}) sides.push_back({mean, sd, n});
  for (double level : kLevels)
    for (const MeanSummary& a : sides)
      for (const MeanSummary& b : sides) {
        auto c = compare_means(a, b, level);
        if (!c) {
          ASSERT_EQ(c.error().code, "no_variation");
          continue;
        }
        clip_difference(c.value(), 6);
        const std::string why = inconsistency(*c, level, 6);
        ASSERT_EQ(why, "") << a.mean << "±" << a.sd << " (" << a.n << ") vs " << b.mean << "±" << b.sd << " ("
                           << b.n << ") at " << level;
      }
}

TEST(ConsistencyGrid, PlansGrowAsTheMarginNarrows) {
  for (double level : kLevels) {
    for (double expected = 0; expected <= 100; expected += 5) {
      double previous = 0;
      for (double margin = 50; margin >= 0.5; margin -= 0.5) {
        const double n = *sample_size_proportion(expected, margin, level);
        ASSERT_GE(n, previous) << expected << "% at ±" << margin;
        ASSERT_GE(n, 1);
        previous = n;
      }
    }
    for (double p = 0; p <= 100; p += 10)
      for (double d = 0; d + p <= 100; d += 10) {
        double previous = 0;
        for (double margin = 100; margin >= 1; margin -= 1) {
          const double n = *sample_size_nps(p, d, margin, level);
          ASSERT_GE(n, previous) << p << "/" << d << " at ±" << margin;
          previous = n;
        }
      }
    for (double sd : {0.25, 1.0, 2.0, 60.0}) {
      double previous = 0;
      for (double margin = 100; margin >= 0.05; margin *= 0.9) {
        const double n = *sample_size_mean(sd, margin, level);
        ASSERT_GE(n, previous) << "sd " << sd << " at ±" << margin;
        previous = n;
      }
    }
    for (double margin : {0.5, 1.0, 2.0, 90.0}) {
      double previous = 0;
      for (double sd = 0; sd <= 100; sd += 0.5) {
        const double n = *sample_size_mean(sd, margin, level);
        ASSERT_GE(n, previous) << "sd " << sd << " at ±" << margin;
        previous = n;
      }
    }
  }
}

}  // namespace
}  // namespace polso::stats
