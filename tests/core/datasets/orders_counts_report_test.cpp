// An orders-counts file to the orders report: a hand-worked fixture whose
// figures come from orders_counts_reference.py (Python, from the definitions,
// not from Polso), and what a report leaves out when the counts lack it.
#include "core/datasets/orders_counts_report.hpp"

#include <gtest/gtest.h>

#include <string>

namespace polso::datasets {
namespace {

// python3 tests/core/datasets/orders_counts_reference.py: the counts of
// five customers over four months (A retained then back, B refunded apart,
// C's refunded order, D with refunds only, E new in April).
constexpr std::string_view kFixture =
    "period,cohort,active,new,retained,reactivated,lost,orders,refunds,revenue,refund_amount,first_order,last_order,"
    "repeat_customers,lifespan_days,refund_only_customers,first_time_customers,first_time_revenue,loyal_customers,"
    "loyal_revenue,at_risk_customers,at_risk_revenue\n"
    "2025-01,,2,2,0,0,0,2,0,180,0,2025-01-10,2025-01-15,1,102,0,1,60,1,180,1,60\n"
    "2025-02,,2,1,1,0,1,2,1,70,20,2025-02-01,2025-02-05,1,31,0,0,0,0,0,0,0\n"
    "2025-03,,1,0,1,0,1,1,2,-15,75,2025-03-03,2025-03-03,0,0,1,0,0,0,0,0,0\n"
    "2025-04,,2,1,0,1,1,2,0,55,0,2025-04-02,2025-04-20,0,1,0,1,25,0,0,0,0\n"
    "2025-01,2025-01,2,,0,,,,,,,,,,,,,,,,,\n"
    "2025-02,2025-01,1,,1,,,,,,,,,,,,,,,,,\n"
    "2025-04,2025-01,1,,0,,,,,,,,,,,,,,,,,\n"
    "2025-02,2025-02,1,,0,,,,,,,,,,,,,,,,,\n"
    "2025-03,2025-02,1,,1,,,,,,,,,,,,,,,,,\n"
    "2025-04,2025-04,1,,0,,,,,,,,,,,,,,,,,\n";

Expected<OrdersReport> report_of(std::string_view csv, OrdersReportOptions options = {}) {
  OrdersCountsAnalysis a(TableOptions{});
  if (auto e = a.feed(csv)) return *e;
  if (auto e = a.finish()) return *e;
  return orders_counts_report(a.counts(), options);
}

bool has_warning(const OrdersReport& r, std::string_view code) {
  for (const Warning& w : r.warnings)
    if (w.code == code) return true;
  return false;
}

TEST(OrdersCountsReport, HandWorkedFixtureGivesTheReferenceFigures) {
  auto r = report_of(kFixture);
  ASSERT_TRUE(r) << r.error().message_en;
  const OrdersSummary& s = r->summary;
  EXPECT_EQ(s.customers, 4u);
  EXPECT_EQ(s.orders, 7u);
  EXPECT_EQ(s.refunds, 3u);
  EXPECT_EQ(s.repeat_customers, 2u);
  EXPECT_EQ(s.refund_only_customers, 1u);
  EXPECT_DOUBLE_EQ(s.order_revenue, 385);
  EXPECT_DOUBLE_EQ(s.refund_amount, 95);
  EXPECT_DOUBLE_EQ(s.revenue, 290);
  EXPECT_EQ(s.first_order, "2025-01-10");
  EXPECT_EQ(s.last_order, "2025-04-20");
  EXPECT_NEAR(s.span_years, 0.27652292950034224, 1e-12);
  EXPECT_NEAR(s.repeat_purchase_rate.outcome.value, 50.0, 1e-12);
  EXPECT_NEAR(s.average_purchase_value, 41.42857142857143, 1e-12);
  EXPECT_NEAR(s.purchase_frequency, 6.328589108910891, 1e-12);
  EXPECT_NEAR(s.lifespan_years, 0.0917180013689254, 1e-12);
  ASSERT_TRUE(s.historical_clv);
  EXPECT_NEAR(s.historical_clv->outcome.value, 24.047029702970296, 1e-9);
  EXPECT_EQ(s.customer_months, 7u);
  ASSERT_TRUE(s.monthly_churn_rate);
  EXPECT_NEAR(s.monthly_churn_rate->outcome.value, 60.0, 1e-12);
  ASSERT_TRUE(s.monthly_revenue_per_customer);
  EXPECT_NEAR(*s.monthly_revenue_per_customer, 41.42857142857143, 1e-12);
  ASSERT_TRUE(s.predicted_clv);
  EXPECT_NEAR(s.predicted_clv->outcome.value, 69.04761904761905, 1e-9);

  ASSERT_EQ(r->periods.size(), 4u);
  const OrdersPeriod& mar = r->periods[2];
  EXPECT_EQ(mar.period, "2025-03");
  EXPECT_EQ(mar.customers_start, 2u);
  EXPECT_EQ(mar.lost, 1u);
  EXPECT_EQ(mar.customers_end, 1u);
  EXPECT_DOUBLE_EQ(*mar.churn_rate, 50);
  EXPECT_DOUBLE_EQ(*mar.retention_rate, 50);
  EXPECT_DOUBLE_EQ(mar.revenue, -15);
  EXPECT_FALSE(r->periods[0].churn_rate);  // nobody at the start of the first month

  ASSERT_EQ(r->cohorts.size(), 3u);
  EXPECT_EQ(r->cohort_width, 4u);
  EXPECT_EQ(r->cohorts[0].cohort, "2025-01");
  EXPECT_EQ(r->cohorts[0].active, (std::vector<std::uint64_t>{2, 1, 0, 1}));
  EXPECT_EQ(r->cohorts[1].active, (std::vector<std::uint64_t>{1, 1, 0}));
  EXPECT_DOUBLE_EQ(r->cohorts[0].retention[1], 50);

  EXPECT_EQ(r->first_time.customers, 2u);
  EXPECT_DOUBLE_EQ(r->first_time.revenue, 85);
  EXPECT_EQ(r->loyal.customers, 1u);
  EXPECT_EQ(r->at_risk.customers, 1u);
  EXPECT_NEAR(*r->loyal.revenue_share, 180.0 / 290 * 100, 1e-12);
  EXPECT_TRUE(has_warning(*r, "refunds_without_orders"));
  EXPECT_TRUE(r->channels.empty());
}

TEST(OrdersCountsReport, ChannelRowsAddUpPerChannel) {
  std::string csv(kFixture);
  csv.replace(csv.find('\n'), 1, ",channel\n");  // the header's last column
  // period, cohort, the five customer counts blank, orders … refund_amount, the rest blank, channel.
  csv += "2025-01,,,,,,,2,0,180,0,,,,,,,,,,,,web\n"
         "2025-02,,,,,,,2,1,70,20,,,,,,,,,,,,web\n"
         "2025-03,,,,,,,1,2,-15,75,,,,,,,,,,,,store\n";
  auto r = report_of(csv);
  ASSERT_TRUE(r) << r.error().message_en;
  ASSERT_EQ(r->channels.size(), 2u);
  EXPECT_EQ(r->channels[1].channel, "web");
  EXPECT_EQ(r->channels[1].orders, 4u);
  EXPECT_EQ(r->channels[1].refunds, 1u);
  EXPECT_DOUBLE_EQ(r->channels[1].revenue, 250);
}

TEST(OrdersCountsReport, WithoutCohortRowsMonthsStillGiveTheMonthlyFigures) {
  std::string csv(kFixture.substr(0, kFixture.find("2025-01,2025-01")));
  auto r = report_of(csv);
  ASSERT_TRUE(r) << r.error().message_en;
  EXPECT_TRUE(r->cohorts.empty());
  EXPECT_TRUE(has_warning(*r, "counts_cohorts_missing"));
  ASSERT_TRUE(r->summary.predicted_clv);
  EXPECT_NEAR(r->summary.predicted_clv->outcome.value, 69.04761904761905, 1e-9);
}

TEST(OrdersCountsReport, QuarterRowsWithoutCohortsLeaveTheMonthlyFiguresOut) {
  // The same orders by quarter: A, B and C new in Q1 (D refunds only); A
  // retained and E new in Q2, B and C lost.
  const std::string csv =
      "period,active,new,retained,reactivated,lost,orders,refunds,revenue,refund_amount,first_order,last_order,"
      "repeat_customers,lifespan_days,refund_only_customers,first_time_customers,first_time_revenue,loyal_customers,"
      "loyal_revenue,at_risk_customers,at_risk_revenue\n"
      "2025-Q1,3,3,0,0,0,5,3,235,95,2025-01-10,2025-03-03,2,133,1,1,60,1,180,1,60\n"
      "2025-Q2,2,1,1,0,2,2,0,55,0,2025-04-02,2025-04-20,0,1,0,1,25,0,0,0,0\n";
  auto r = report_of(csv);
  ASSERT_TRUE(r) << r.error().message_en;
  EXPECT_EQ(r->periods[0].period, "2025-Q1");
  EXPECT_EQ(r->summary.customers, 4u);
  EXPECT_FALSE(r->summary.customer_months);  // no monthly activity in the file
  EXPECT_FALSE(r->summary.monthly_revenue_per_customer);
  EXPECT_FALSE(r->summary.monthly_churn_rate);
  EXPECT_FALSE(r->summary.predicted_clv);
  EXPECT_TRUE(has_warning(*r, "counts_monthly_figures_missing"));
  ASSERT_TRUE(r->summary.historical_clv);
  EXPECT_NEAR(r->summary.historical_clv->outcome.value, 24.047029702970296, 1e-9);
}

}  // namespace
}  // namespace polso::datasets

namespace polso::datasets {
namespace {

TEST(OrdersCountsReport, APeriodOtherThanTheFilesIsAnErrorOnThePeriodField) {
  using P = csv::Period;
  const struct {
    P file;
    std::optional<P> asked;
    bool error;
  } cases[] = {{P::month, std::nullopt, false}, {P::month, P::month, false}, {P::quarter, P::quarter, false},
               {P::month, P::quarter, true},    {P::week, P::month, true},   {P::year, P::day, true}};
  for (const auto& c : cases) {
    const auto e = orders_counts_period_error(c.file, c.asked);
    ASSERT_EQ(e.has_value(), c.error) << csv::period_id(c.file);
    if (!e) continue;
    EXPECT_EQ(e->field, "period");
    EXPECT_EQ(e->code, "invalid_option");
    EXPECT_EQ(e->message_en.find("--"), std::string::npos) << "core messages name no flag";
  }
  const auto e = orders_counts_period_error(P::month, P::quarter);
  EXPECT_EQ(e->message_en,
            "The counts are by month, so the report is too: customers counted by month cannot be regrouped by quarter "
            "(one customer active twice is one customer). Run the SQL again with the period you want.");
  EXPECT_EQ(e->message_it,
            "I conteggi sono per mese, quindi anche il rapporto: i clienti contati per mese non si possono raggruppare "
            "per trimestre (un cliente attivo due volte è un solo cliente). Esegui di nuovo l’SQL con il periodo che vuoi.");
}

}  // namespace
}  // namespace polso::datasets
