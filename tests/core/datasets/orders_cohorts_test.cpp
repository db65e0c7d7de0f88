// The cohort matrix: customers by the month of their first order, and who
// of them ordered k months later; rows end at the last month of the data.
#include "core/datasets/orders_cohorts.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "core/budgets.hpp"
#include "core/csv/dates.hpp"

namespace polso::datasets {
namespace {

using Counts = std::vector<std::uint64_t>;
using Shares = std::vector<double>;

std::int64_t day_of(int y, int m, int d) { return csv::days_from_civil(y, m, d); }
constexpr std::int64_t month(int y, int m) { return std::int64_t{y} * 12 + m - 1; }

TEST(OrdersCohorts, ByHand) {
  // a: Jan, Mar. b: Jan, Feb twice. c: first in Mar. Nobody's first order in Feb or Apr.
  CustomerTable t;
  const auto a = t.intern("a"), b = t.intern("b"), c = t.intern("c");
  t.add_orders(a, day_of(2025, 1, 3), 1);
  t.add_orders(b, day_of(2025, 1, 31), 1);
  t.add_orders(b, day_of(2025, 2, 1), 1);
  t.add_orders(b, day_of(2025, 2, 27), 1);
  t.add_orders(a, day_of(2025, 3, 15), 1);
  t.add_orders(c, day_of(2025, 3, 16), 1);
  const auto rows = cohort_matrix(t, month(2025, 1), month(2025, 4));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].cohort, "2025-01");
  EXPECT_EQ(rows[0].size, 2u);
  EXPECT_EQ(rows[0].active, (Counts{2, 1, 1, 0}));  // Feb: b; Mar: a; Apr: nobody
  EXPECT_EQ(rows[0].retention, (Shares{100, 50, 50, 0}));
  EXPECT_EQ(rows[1].cohort, "2025-03");
  EXPECT_EQ(rows[1].active, (Counts{1, 0}));  // ends at April, the last month
  EXPECT_EQ(rows[1].retention, (Shares{100, 0}));
  EXPECT_EQ(cohort_width(month(2025, 1), month(2025, 4)), 4u);
}

TEST(OrdersCohorts, OnlyTheLatestMonthsHaveRows) {
  const std::int64_t last = month(2025, 12), first = last - 130;
  CustomerTable t;
  const auto old = t.intern("old"), recent = t.intern("recent");
  t.add_orders(old, csv::days_from_civil(static_cast<int>(first / 12), static_cast<int>(first % 12) + 1, 1), 1);
  t.add_orders(old, day_of(2025, 12, 1), 1);
  const std::int64_t oldest_kept = last - budget::kMaxCohortMonths + 1;
  t.add_orders(recent, csv::days_from_civil(static_cast<int>(oldest_kept / 12), static_cast<int>(oldest_kept % 12) + 1, 9), 1);
  const auto rows = cohort_matrix(t, first, last);
  ASSERT_EQ(rows.size(), 1u);  // "old" began before the latest 120 months
  EXPECT_EQ(rows[0].cohort, "2016-01");  // 2025-12 − 119 months
  EXPECT_EQ(rows[0].active.size(), static_cast<std::size_t>(budget::kMaxCohortMonths));
  EXPECT_EQ(cohort_width(first, last), static_cast<std::size_t>(budget::kMaxCohortMonths));
}

}  // namespace
}  // namespace polso::datasets
