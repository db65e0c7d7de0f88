// The volume series: every period from the first to the last, empty ones as
// 0, unless that is more than kMaxFilledPeriods periods.
#include "core/datasets/conversations_periods.hpp"

#include <gtest/gtest.h>

#include "core/datasets/period_index.hpp"

namespace polso::datasets {
namespace {

using P = csv::Period;

std::int64_t index_of(int y, int m, int d, P p) { return period_index(csv::CivilDate{y, m, d}, p); }

TEST(ConversationsPeriods, EmptyPeriodsAreZeros) {
  bool filled = false;
  const auto s = volume_series({{index_of(2025, 1, 9, P::month), 3}, {index_of(2025, 3, 2, P::month), 1}}, P::month, filled);
  EXPECT_TRUE(filled);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].period, "2025-01");
  EXPECT_EQ(s[0].conversations, 3u);
  EXPECT_EQ(s[1].period, "2025-02");
  EXPECT_EQ(s[1].conversations, 0u);
  EXPECT_EQ(s[2].period, "2025-03");
  EXPECT_EQ(s[2].conversations, 1u);
}

TEST(ConversationsPeriods, AcrossAYearEndByWeek) {
  bool filled = false;
  // Monday 2024-12-23 (ISO 2024-W52) and Wednesday 2025-01-08 (2025-W02).
  const auto s = volume_series({{index_of(2024, 12, 23, P::week), 2}, {index_of(2025, 1, 8, P::week), 5}}, P::week, filled);
  EXPECT_TRUE(filled);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].period, "2024-W52");
  EXPECT_EQ(s[1].period, "2025-W01");
  EXPECT_EQ(s[1].conversations, 0u);
  EXPECT_EQ(s[2].period, "2025-W02");
}

TEST(ConversationsPeriods, NothingGivesNothing) {
  bool filled = false;
  EXPECT_TRUE(volume_series({}, P::day, filled).empty());
  EXPECT_TRUE(filled);
}

TEST(ConversationsPeriods, TooManyPeriodsListOnlyTheFullOnes) {
  const std::int64_t first = index_of(2000, 1, 1, P::day);
  for (const auto& [span, filled_expected, size] :
       {std::tuple{kMaxFilledPeriods - 1, true, std::size_t(kMaxFilledPeriods)}, std::tuple{kMaxFilledPeriods, false, std::size_t(2)}}) {
    bool filled = !filled_expected;
    const auto s = volume_series({{first, 1}, {first + span, 4}}, P::day, filled);
    EXPECT_EQ(filled, filled_expected) << span;
    ASSERT_EQ(s.size(), size) << span;
    EXPECT_EQ(s.front().period, "2000-01-01");
    EXPECT_EQ(s.back().conversations, 4u);
  }
}

}  // namespace
}  // namespace polso::datasets
