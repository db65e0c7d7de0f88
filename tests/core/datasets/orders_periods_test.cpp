// Orders' periods as consecutive integers, and who is active, new, retained,
// reactivated and lost in each. Days since 1970-01-01 and ISO weeks worked
// out with Python's datetime (date.isocalendar), not with Polso.
#include "core/datasets/orders_periods.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace polso::datasets {
namespace {

using P = csv::Period;

TEST(OrdersPeriods, IndexFirstDayAndLabel) {
  const struct {
    std::int64_t day;  // days since 1970-01-01
    P period;
    std::int64_t index;
    std::int64_t first_day;
    const char* label;
  } cases[] = {
      {0, P::day, 0, 0, "1970-01-01"},
      {0, P::week, 0, -3, "1970-W01"},         // Thursday; its Monday is 1969-12-29 (day −3)
      {-4, P::week, -1, -10, "1969-W52"},      // Sunday 1969-12-28 ends the week before
      {4, P::week, 1, 4, "1970-W02"},          // Monday 1970-01-05
      {19797, P::week, 2828, 19793, "2024-W11"},  // Friday 2024-03-15; Monday 2024-03-11
      {20089, P::week, 2870, 20087, "2025-W01"},  // 2025-01-01: ISO week 1 starts Monday 2024-12-30
      {18630, P::week, 2661, 18624, "2020-W53"},  // Sunday 2021-01-03 is in 2020's week 53 (Monday 2020-12-28)
      {19797, P::month, 2024 * 12 + 2, 19783, "2024-03"},  // 2024-03-01 is day 19783
      {19797, P::quarter, 2024 * 4 + 0, 19723, "2024-Q1"}, // 2024-01-01 is day 19723
      {19797, P::year, 2024, 19723, "2024"},
      {-1, P::month, 1969 * 12 + 11, -31, "1969-12"},     // before 1970: floor, not truncation
      {-1, P::quarter, 1969 * 4 + 3, -92, "1969-Q4"},     // 1969-10-01
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.label);
    EXPECT_EQ(period_index(c.day, c.period), c.index);
    EXPECT_EQ(period_first_day(c.index, c.period), c.first_day);
    EXPECT_EQ(period_label(c.index, c.period), c.label);
  }
}

TEST(OrdersPeriods, EveryPeriodsFirstDayIsInIt) {
  for (P p : {P::day, P::week, P::month, P::quarter, P::year})
    for (std::int64_t i = period_index(-800, p); i <= period_index(800, p); ++i) {
      EXPECT_EQ(period_index(period_first_day(i, p), p), i);
      EXPECT_EQ(period_index(period_first_day(i, p) - 1, p), i - 1);  // the day before is the period before
    }
}

std::int64_t day_of(int y, int m, int d) { return csv::days_from_civil(y, m, d); }

TEST(OrdersPeriods, ActivityNewRetainedReactivatedLost) {
  // a: Jan (twice), Feb, Apr; b: Feb; c: Dec 2024 (before the periods asked) and Jan.
  CustomerTable t;
  const auto a = t.intern("a"), b = t.intern("b"), c = t.intern("c");
  t.add_orders(c, day_of(2024, 12, 20), 1);
  t.add_orders(a, day_of(2025, 1, 5), 1);
  t.add_orders(a, day_of(2025, 1, 20), 2);
  t.add_orders(c, day_of(2025, 1, 9), 1);
  t.add_orders(a, day_of(2025, 2, 1), 1);
  t.add_orders(b, day_of(2025, 2, 28), 1);
  t.add_orders(a, day_of(2025, 4, 30), 1);
  const std::int64_t jan = 2025 * 12, apr = jan + 3;
  const PeriodActivity act = period_activity(t, jan, apr, P::month);
  ASSERT_EQ(act.size(), 4u);
  EXPECT_EQ(act.first, jan);
  // Jan: a new, c retained from December. Feb: a retained, b new. Mar: nobody. Apr: a back after a gap.
  EXPECT_EQ(act.active, (std::vector<std::uint64_t>{2, 2, 0, 1}));
  EXPECT_EQ(act.fresh, (std::vector<std::uint64_t>{1, 1, 0, 0}));
  EXPECT_EQ(act.retained, (std::vector<std::uint64_t>{1, 1, 0, 0}));
  EXPECT_EQ(act.reactivated, (std::vector<std::uint64_t>{0, 0, 0, 1}));
  // At start: the period before's active (nothing before the first asked).
  EXPECT_EQ(act.at_start(0), 0u);
  EXPECT_EQ(act.at_start(1), 2u);
  EXPECT_EQ(act.lost(1), 1u);  // c
  EXPECT_EQ(act.lost(2), 2u);  // a, b
  EXPECT_EQ(act.lost(3), 0u);
  for (std::size_t i = 0; i < act.size(); ++i)
    EXPECT_EQ(act.active[i], act.fresh[i] + act.retained[i] + act.reactivated[i]) << i;
}

TEST(OrdersPeriods, ByQuarterTheSameDaysGroupOtherwise) {
  CustomerTable t;
  const auto a = t.intern("a"), b = t.intern("b");
  t.add_orders(a, day_of(2025, 1, 5), 1);
  t.add_orders(a, day_of(2025, 3, 31), 1);  // same quarter: counted once
  t.add_orders(a, day_of(2025, 10, 1), 1);  // Q4 after an empty Q3: reactivated
  t.add_orders(b, day_of(2025, 4, 1), 1);
  t.add_orders(b, day_of(2025, 9, 30), 1);
  const std::int64_t q1 = 2025 * 4;
  const PeriodActivity act = period_activity(t, q1, q1 + 3, P::quarter);
  EXPECT_EQ(act.active, (std::vector<std::uint64_t>{1, 1, 1, 1}));
  EXPECT_EQ(act.fresh, (std::vector<std::uint64_t>{1, 1, 0, 0}));
  EXPECT_EQ(act.retained, (std::vector<std::uint64_t>{0, 0, 1, 0}));
  EXPECT_EQ(act.reactivated, (std::vector<std::uint64_t>{0, 0, 0, 1}));
  EXPECT_EQ(act.lost(1), 1u);  // a, gone in Q2
  EXPECT_EQ(act.lost(3), 1u);  // b, gone in Q4
}

}  // namespace
}  // namespace polso::datasets
