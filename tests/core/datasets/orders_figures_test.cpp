// The orders figures that follow from counts alone, worked by hand: four
// customers, ten orders, 500 of net revenue over 2024 (a leap year, 366 days).
#include "core/datasets/orders_figures.hpp"

#include <gtest/gtest.h>

#include "warning_codes.hpp"

#include <string>
#include <vector>

#include "core/csv/dates.hpp"

namespace polso::datasets {
namespace {

using testing::codes;

OrdersSummary summary() {
  OrdersSummary s;
  s.customers = 4, s.orders = 10, s.repeat_customers = 2, s.revenue = 500;
  const auto error = summary_rates(s, csv::days_from_civil(2024, 1, 1), csv::days_from_civil(2024, 12, 31), 400);
  EXPECT_FALSE(error);
  return s;
}

TEST(OrdersFigures, SummaryRates) {
  const OrdersSummary s = summary();
  EXPECT_EQ(s.first_order, "2024-01-01");
  EXPECT_EQ(s.last_order, "2024-12-31");
  EXPECT_DOUBLE_EQ(s.span_years, 366 / 365.25);
  EXPECT_DOUBLE_EQ(s.repeat_purchase_rate.outcome.value, 50);  // 2 of 4
  EXPECT_DOUBLE_EQ(s.average_purchase_value, 50);              // 500 / 10
  EXPECT_NEAR(s.purchase_frequency, 2.494877049180328, 1e-12);  // 10 / 4 / 1.00205…
  EXPECT_NEAR(s.lifespan_years, 0.2737850787132101, 1e-12);    // 400 days / 4 / 365.25
}

TEST(OrdersFigures, HistoricalClv) {
  OrdersSummary s = summary();
  std::vector<Warning> warnings;
  historical_clv(s, {.gross_margin = 50}, warnings);
  ASSERT_TRUE(s.historical_clv);
  // 50 × 2.4949 × 0.27379 = 12500 / 366 = 34.153…, × 50% margin.
  EXPECT_NEAR(s.historical_clv->outcome.value, 17.076502732240435, 1e-9);
  EXPECT_TRUE(warnings.empty());
  OrdersSummary refunded = summary();
  refunded.revenue = 0;  // refunds as large as the orders
  historical_clv(refunded, {}, warnings);
  EXPECT_FALSE(refunded.historical_clv);
  EXPECT_EQ(codes(warnings), std::vector<std::string>{"no_net_revenue"});
}

TEST(OrdersFigures, MonthlyClvAndPayback) {
  OrdersSummary s = summary();
  std::vector<Warning> warnings;
  // 20 customer-months; 10 customers at the starts of months, 2 of them lost: 20% monthly churn.
  ASSERT_FALSE(monthly_clv(s, {.customer_months = 20, .customers_start = 10, .customers_lost = 2},
                           {.gross_margin = 50, .cac = 100}, warnings));
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(s.customer_months, 20u);
  ASSERT_TRUE(s.monthly_revenue_per_customer);
  EXPECT_DOUBLE_EQ(*s.monthly_revenue_per_customer, 25);  // 500 / 20
  EXPECT_DOUBLE_EQ(s.monthly_churn_rate->outcome.value, 20);
  EXPECT_DOUBLE_EQ(s.predicted_clv->outcome.value, 62.5);  // 25 / 0.20 × 50%
  EXPECT_DOUBLE_EQ(s.cac_payback->outcome.value, 8);       // 100 / (25 × 50%)
}

TEST(OrdersFigures, NoActiveMonthLeavesTheMonthlyFiguresOutAndSaysWhyThereIsNoPayback) {
  // A counts file without monthly activity: no customer-months, so no
  // monthly revenue per customer (not revenue / 0), and a CAC asked for
  // gets a note instead of a payback.
  OrdersSummary s = summary();
  std::vector<Warning> warnings;
  ASSERT_FALSE(monthly_clv(s, {}, {.cac = 100}, warnings));
  EXPECT_FALSE(s.customer_months);
  EXPECT_FALSE(s.monthly_revenue_per_customer);
  EXPECT_FALSE(s.predicted_clv);
  EXPECT_FALSE(s.cac_payback);
  EXPECT_EQ(codes(warnings), (std::vector<std::string>{"no_monthly_churn", "payback_not_computed"}));
}

TEST(OrdersFigures, NoMonthlyChurnSaysWhy) {
  for (const auto& [months, what] : {std::pair{MonthlyTotals{5, 0, 0}, "a single month"},
                                     std::pair{MonthlyTotals{20, 10, 0}, "nobody lost"}}) {
    OrdersSummary s = summary();
    std::vector<Warning> warnings;
    ASSERT_FALSE(monthly_clv(s, months, {}, warnings)) << what;
    EXPECT_FALSE(s.predicted_clv) << what;
    EXPECT_EQ(codes(warnings), std::vector<std::string>{"no_monthly_churn"}) << what;
  }
}

TEST(OrdersFigures, PeriodRates) {
  OrdersPeriod p;
  p.customers_start = 10, p.retained = 7, p.fresh = 3, p.lost = 3;
  ASSERT_FALSE(period_rates(p));
  EXPECT_EQ(p.customers_end, 10u);  // retained + new
  EXPECT_DOUBLE_EQ(*p.churn_rate, 30);
  EXPECT_DOUBLE_EQ(*p.retention_rate, 70);  // (10 − 3) / 10
  OrdersPeriod first;  // nobody at the start: no rates, not 0
  first.fresh = 4;
  ASSERT_FALSE(period_rates(first));
  EXPECT_EQ(first.customers_end, 4u);
  EXPECT_FALSE(first.churn_rate);
  EXPECT_FALSE(first.retention_rate);
}

TEST(OrdersFigures, SegmentShares) {
  OrdersReport r;
  r.summary.revenue = 500;
  r.first_time.revenue = 100, r.loyal.revenue = 400, r.at_risk.revenue = 0;
  segment_shares(r);
  EXPECT_DOUBLE_EQ(*r.first_time.revenue_share, 20);
  EXPECT_DOUBLE_EQ(*r.loyal.revenue_share, 80);
  EXPECT_DOUBLE_EQ(*r.at_risk.revenue_share, 0);
  OrdersReport refunded;  // no net revenue: no share
  refunded.first_time.revenue = 10;
  segment_shares(refunded);
  EXPECT_FALSE(refunded.first_time.revenue_share);
}

TEST(OrdersFigures, Notes) {
  EXPECT_EQ(refunds_without_orders(3).code, "refunds_without_orders");
  EXPECT_EQ(refunds_without_orders(3).message_en.rfind("3 customers have refunds", 0), 0u);
  EXPECT_EQ(too_many_channels().field, "channel_column");
}

}  // namespace
}  // namespace polso::datasets
