// Money as micro-units: sums exact whatever the order of addition, amounts
// with more decimals rounded once, amounts too large refused. Expected
// numbers are worked out by hand in the comments.
#include "core/datasets/orders_money.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/datasets/orders_analysis.hpp"
#include "core/datasets/orders_report.hpp"

namespace polso::datasets {
namespace {

TEST(OrdersMoney, AmountsBecomeWholeMicroUnits) {
  EXPECT_EQ(to_micros(19.99), 19990000);
  EXPECT_EQ(to_micros(-4.2), -4200000);
  EXPECT_EQ(to_micros(0.1234564), 123456);   // 7 decimals: to the nearest micro-unit
  EXPECT_EQ(to_micros(0.1234565), 123457);   // (half away from zero)
  EXPECT_EQ(to_micros(1234567.891), 1234567891000);
  EXPECT_FALSE(to_micros(9.5e12));           // past 9 trillion units
  EXPECT_FALSE(to_micros(-1e300));
  EXPECT_FALSE(to_micros(std::numeric_limits<double>::infinity()));
  EXPECT_EQ(from_micros(291650000), 291.65);  // the double nearest the decimal
}

TEST(OrdersMoney, SumsDoNotDependOnTheOrderOfAddition) {
  // 0.1 ten times, 0.7 and 0.2: in doubles 0.1 × 10 is 0.9999999999999999,
  // and the order changes the last digits; in micro-units it is 1.9 exactly.
  std::vector<double> amounts(10, 0.1);
  amounts.push_back(0.7), amounts.push_back(0.2);
  double forward = 0;
  for (double x : amounts) forward += x;
  EXPECT_NE(forward, 1.9);  // what the double sums did
  Micros a = 0, b = 0;
  for (double x : amounts) a += *to_micros(x);
  std::reverse(amounts.begin(), amounts.end());
  for (double x : amounts) b += *to_micros(x);
  EXPECT_EQ(a, b);
  EXPECT_EQ(from_micros(a), 1.9);
}

std::unique_ptr<OrdersAnalysis> analyse(const std::string& csv) {
  auto a = std::make_unique<OrdersAnalysis>(OrdersAnalysisOptions{});
  EXPECT_FALSE(a->feed(csv));
  EXPECT_FALSE(a->finish());
  return a;
}

TEST(OrdersMoney, ARevenueOfTenthsIsTheDecimalSum) {
  // Ten orders of 0.10 and one of 0.70 and 0.20: revenue 1.90, not 1.9000000000000001.
  std::string csv = "order,customer,date,amount\n";
  for (int i = 0; i < 10; ++i) csv += "o" + std::to_string(i) + ",c" + std::to_string(i % 3) + ",2025-01-0" + std::to_string(i % 9 + 1) + ",0.10\n";
  csv += "o10,c1,2025-02-01,0.70\no11,c2,2025-02-02,0.20\n";
  auto a = analyse(csv);
  auto r = orders_report(a->aggregate(), {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->summary.revenue, 1.9);
  EXPECT_EQ(r->summary.order_revenue, 1.9);
  EXPECT_EQ(r->periods.front().revenue, 1.0);  // January: 10 × 0.10
  EXPECT_EQ(r->periods.back().revenue, 0.9);   // February: 0.70 + 0.20
}

TEST(OrdersMoney, AmountsPastNineTrillionAreRefusedNotRounded) {
  auto a = analyse("order,customer,date,amount\no1,c1,2025-01-01,12.50\no2,c2,2025-01-02,9500000000000\n");
  auto r = orders_report(a->aggregate(), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "amounts_too_large");
  EXPECT_FALSE(r.error().message_it.empty());
  // Each amount fits, their total does not: refused too.
  std::string csv = "order,customer,date,amount\n";
  for (int i = 0; i < 3; ++i) csv += "o" + std::to_string(i) + ",c1,2025-01-01,4000000000000\n";
  auto b = analyse(csv);
  EXPECT_FALSE(orders_report(b->aggregate(), {}).ok());
  // Below it, a large total is exact: 2 × 4 trillion + 0.01.
  auto c = analyse("order,customer,date,amount\no1,c1,2025-01-01,4000000000000\no2,c2,2025-01-01,4000000000000.01\n");
  auto rc = orders_report(c->aggregate(), {});
  ASSERT_TRUE(rc.ok());
  EXPECT_EQ(rc->summary.revenue, 8000000000000.01);
}

}  // namespace
}  // namespace polso::datasets
