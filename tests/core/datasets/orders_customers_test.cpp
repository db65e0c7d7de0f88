// The compact customer table: interning, active days (inline, then spilled),
// saturating per-day counts, merging — and its footprint for a million
// customers, the browser's budget.
#include "core/datasets/orders_customers.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/datasets/orders_aggregate.hpp"

namespace polso::datasets {
namespace {

std::vector<std::int64_t> days_of(const CustomerTable& t, std::uint32_t c) {
  std::vector<std::int64_t> out;
  for (DayEntry e : t.days(c)) out.push_back(entry_day(e));
  return out;
}

TEST(OrdersCustomers, InternsOnceAndKeepsDaysSorted) {
  CustomerTable t;
  const auto a = t.intern("anna"), b = t.intern("bob");
  EXPECT_EQ(t.intern("anna"), a);
  EXPECT_NE(a, b);
  EXPECT_EQ(t.id(b), "bob");
  // Out of order, repeated, crossing from inline (2) to spilled (3+).
  for (std::int64_t d : {10, -5, 10, 3, 40, 3, 20}) t.add_orders(a, d, 1);
  EXPECT_EQ(days_of(t, a), (std::vector<std::int64_t>{-5, 3, 10, 20, 40}));
  EXPECT_EQ(t.state(a).orders, 7u);
  EXPECT_EQ(entry_orders(t.days(a)[1]), 2u);  // day 3 twice
  EXPECT_TRUE(t.days(b).empty());
}

TEST(OrdersCustomers, PerDayCountsSaturateButTotalsDoNot) {
  CustomerTable t;
  const auto a = t.intern("busy");
  for (int i = 0; i < 300; ++i) t.add_orders(a, 7, 1);
  EXPECT_EQ(entry_orders(t.days(a)[0]), 255u);
  EXPECT_EQ(t.state(a).orders, 300u);
  CustomerTable u;
  u.merge(t);
  EXPECT_EQ(u.state(u.intern("busy")).orders, 300u);
}

TEST(OrdersCustomers, ManyCustomersSurviveGrowth) {
  CustomerTable t;
  for (int i = 0; i < 100000; ++i) t.add_orders(t.intern("c" + std::to_string(i)), i % 400, 1);
  EXPECT_EQ(t.size(), 100000u);
  for (int i = 0; i < 100000; i += 997) {
    const auto c = t.intern("c" + std::to_string(i));
    EXPECT_EQ(t.id(c), "c" + std::to_string(i));
    EXPECT_EQ(days_of(t, c), std::vector<std::int64_t>{i % 400});
  }
  EXPECT_EQ(t.size(), 100000u);
}

// A million customers with 12-character ids and two orders on different
// days each: the state must stay small enough for a browser tab. Measured:
// 32 (state) + 12 (id bytes) + 8 × 2^21 / 10^6 ≈ 17 (index) ≈ 61 bytes, plus
// the vectors' spare capacity.
TEST(OrdersCustomers, MillionCustomersFootprint) {
  OrdersAggregate a;
  char id[16];
  for (int i = 0; i < 1000000; ++i) {
    std::snprintf(id, sizeof id, "cust%08d", i);
    const std::uint32_t c = a.customer(id);
    a.add(c, 19000 + i % 365, "", DayTotals{1, 0, 10, 0});
    a.add(c, 19400 + i % 365, "", DayTotals{1, 0, 10, 0});
  }
  EXPECT_EQ(a.customers().size(), 1000000u);
  const double per_customer = static_cast<double>(a.memory_bytes()) / 1e6;
  RecordProperty("bytes_per_customer", std::to_string(per_customer));
  std::printf("orders state: %.1f bytes per customer\n", per_customer);
  EXPECT_LT(per_customer, 100);
}

}  // namespace
}  // namespace polso::datasets
