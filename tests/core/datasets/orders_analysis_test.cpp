// Orders exports through the whole pipeline. Every expected number is worked
// out by hand from the fixture's rows in the comments beside it — never by
// calling the code under test.
#include "core/datasets/orders_analysis.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/datasets/orders_amounts.hpp"
#include "core/datasets/orders_report.hpp"
#include "test_files.hpp"

namespace polso::datasets {
namespace {

std::string fixture(const std::string& name) { return polso::test::data_file("orders/" + name); }

std::unique_ptr<OrdersAnalysis> analyse(const std::string& bytes, std::size_t chunk = 1 << 16,
                                        OrdersAnalysisOptions o = {}) {
  auto a = std::make_unique<OrdersAnalysis>(std::move(o));
  for (std::size_t i = 0; i < bytes.size(); i += chunk) {
    auto e = a->feed(std::string_view(bytes).substr(i, chunk));
    EXPECT_FALSE(e) << e->message_en;
  }
  auto e = a->finish();
  EXPECT_FALSE(e) << (e ? e->message_en : "");
  return a;
}

OrdersReport report_of(const OrdersAggregate& aggregate, OrdersReportOptions o = {}) {
  auto r = orders_report(aggregate, o);
  EXPECT_TRUE(r.ok()) << (r ? "" : r.error().message_en);
  return r.ok() ? r.value() : OrdersReport{};
}

const OrdersPeriod& period(const OrdersReport& r, const std::string& key) {
  for (const auto& p : r.periods)
    if (p.period == key) return p;
  ADD_FAILURE() << "no period " << key;
  static OrdersPeriod none;
  return none;
}

// A text of every number of a report, to compare two runs.
std::string fingerprint(const OrdersReport& r) {
  std::ostringstream s;
  s.precision(17);
  const auto& m = r.summary;
  s << m.customers << ' ' << m.orders << ' ' << m.refunds << ' ' << m.revenue << ' ' << m.first_order << ' '
    << m.last_order << ' ' << m.lifespan_years << ' ' << m.customer_months.value_or(0) << ' '
    << (m.historical_clv ? m.historical_clv->outcome.value : -1) << ' '
    << (m.predicted_clv ? m.predicted_clv->outcome.value : -1) << '\n';
  for (const auto& p : r.periods)
    s << p.period << ' ' << p.customers_start << ' ' << p.fresh << ' ' << p.retained << ' ' << p.reactivated << ' '
      << p.lost << ' ' << p.active << ' ' << p.orders << ' ' << p.refunds << ' ' << p.revenue << '\n';
  for (const auto& c : r.cohorts) {
    s << c.cohort << ' ' << c.size;
    for (auto n : c.active) s << ' ' << n;
    s << '\n';
  }
  for (const auto* g : {&r.first_time, &r.loyal, &r.at_risk}) s << g->customers << ' ' << g->revenue << '\n';
  return s.str();
}

// shop.csv, month by month (the duplicated o5 row is skipped):
//   A: Jan 10 (100), Feb 15 (50), Mar 20 (50)       active Jan Feb Mar
//   B: Jan 20 (200), Apr 5 (100)                    active Jan, Apr (back after a gap)
//   C: Feb 1 (80)      D: Mar 3 (40), Mar 25 (60), Apr 30 (20)
//   E: Apr 10 (30)     F: Jan 30 (25)
TEST(OrdersAnalysis, ShopMonthByMonth) {
  auto a = analyse(fixture("shop.csv"));
  EXPECT_EQ(a->columns().customer.name, "customer");
  EXPECT_EQ(a->columns().date.name, "order_date");
  EXPECT_EQ(a->columns().amount.name, "total");
  EXPECT_EQ(a->columns().order.name, "order_id");
  EXPECT_EQ(a->columns().channel.name, "channel");
  EXPECT_EQ(a->aggregate().rows().read(), 12u);
  EXPECT_EQ(a->aggregate().rows().used_rows(), 11u);
  ASSERT_TRUE(a->aggregate().rows().reasons().contains("duplicate_order"));
  EXPECT_EQ(a->aggregate().rows().reasons().at("duplicate_order").first_rows, std::vector<std::uint64_t>{11});

  const OrdersReport r = report_of(a->aggregate());
  ASSERT_EQ(r.periods.size(), 4u);
  // Jan: A, B, F all new.
  const auto& jan = period(r, "2023-01");
  EXPECT_EQ(jan.active, 3u);
  EXPECT_EQ(jan.fresh, 3u);
  EXPECT_EQ(jan.customers_start, 0u);
  EXPECT_FALSE(jan.churn_rate);
  // Feb: at start A, B, F; active A, C; retained A; new C; lost B, F.
  // churn 2/3; retention (end 1+1 − new 1)/3 = 1/3 = retained/start.
  const auto& feb = period(r, "2023-02");
  EXPECT_EQ(feb.customers_start, 3u);
  EXPECT_EQ(feb.retained, 1u);
  EXPECT_EQ(feb.fresh, 1u);
  EXPECT_EQ(feb.lost, 2u);
  EXPECT_EQ(feb.reactivated, 0u);
  EXPECT_EQ(feb.customers_end, 2u);
  EXPECT_NEAR(*feb.churn_rate, 200.0 / 3, 1e-9);
  EXPECT_NEAR(*feb.retention_rate, 100.0 / 3, 1e-9);
  // Mar: at start A, C; active A, D; retained A; new D; lost C → 50 / 50.
  const auto& mar = period(r, "2023-03");
  EXPECT_EQ(mar.lost, 1u);
  EXPECT_EQ(*mar.churn_rate, 50);
  EXPECT_EQ(*mar.retention_rate, 50);
  EXPECT_EQ(mar.orders, 3u);   // A Mar 20, D Mar 3, D Mar 25
  EXPECT_EQ(mar.revenue, 150); // 50 + 40 + 60
  // Apr: at start A, D; active B, D, E; retained D; new E; B reactivated;
  // lost A. active 3 = new 1 + retained 1 + reactivated 1.
  const auto& apr = period(r, "2023-04");
  EXPECT_EQ(apr.customers_start, 2u);
  EXPECT_EQ(apr.active, 3u);
  EXPECT_EQ(apr.retained, 1u);
  EXPECT_EQ(apr.reactivated, 1u);
  EXPECT_EQ(apr.fresh, 1u);
  EXPECT_EQ(apr.lost, 1u);
  EXPECT_EQ(apr.customers_end, 2u);  // retained + new, not active
  EXPECT_EQ(*apr.churn_rate, 50);
  EXPECT_EQ(*apr.retention_rate, 50);  // churn + retention = 100 in every period
  for (const auto& p : r.periods)
    if (p.churn_rate) EXPECT_NEAR(*p.churn_rate + *p.retention_rate, 100, 1e-9) << p.period;

  const auto& s = r.summary;
  EXPECT_EQ(s.customers, 6u);
  EXPECT_EQ(s.orders, 11u);
  // 100+50+50 + 200+100 + 80 + 40+60+20 + 30 + 25 = 755
  EXPECT_EQ(s.revenue, 755);
  EXPECT_EQ(s.repeat_customers, 3u);  // A, B, D
  EXPECT_EQ(s.repeat_purchase_rate.outcome.value, 50);
  EXPECT_NEAR(s.average_purchase_value, 755.0 / 11, 1e-9);
  // Span Jan 10 .. Apr 30 inclusive: 22 + 28 + 31 + 30 = 111 days.
  EXPECT_NEAR(s.span_years, 111 / 365.25, 1e-12);
  EXPECT_NEAR(s.purchase_frequency, 11.0 / 6 / (111 / 365.25), 1e-9);
  // Lifespans (inclusive days): A Jan 10..Mar 20 = 22+28+20 = 70; B Jan 20..Apr 5
  // = 12+28+31+5 = 76; C, E, F 1 each; D Mar 3..Apr 30 = 29+30 = 59. Sum 208.
  EXPECT_NEAR(s.lifespan_years, 208.0 / 6 / 365.25, 1e-12);
  // Historical CLV = 755/11 × 11/6/(111/365.25) × 208/6/365.25 = 755 × 208 / (36 × 111).
  ASSERT_TRUE(s.historical_clv);
  EXPECT_NEAR(s.historical_clv->outcome.value, 755.0 * 208 / (36 * 111), 1e-9);
  // Monthly churn: lost 2+1+1 of at start 3+2+2 → 4/7. Customer-months 3+2+2+3 = 10,
  // so 75.5 a month; predicted CLV = 75.5 × 7/4 = 132.125.
  ASSERT_TRUE(s.monthly_churn_rate);
  EXPECT_NEAR(s.monthly_churn_rate->outcome.value, 400.0 / 7, 1e-9);
  EXPECT_EQ(s.customer_months, 10u);
  EXPECT_EQ(s.monthly_revenue_per_customer, 75.5);
  ASSERT_TRUE(s.predicted_clv);
  EXPECT_NEAR(s.predicted_clv->outcome.value, 132.125, 1e-9);

  // Cohorts: Jan {A,B,F}: Feb A, Mar A, Apr B → 3,1,1,1; Feb {C}: 1,0,0;
  // Mar {D}: 1,1; Apr {E}: 1.
  ASSERT_EQ(r.cohorts.size(), 4u);
  EXPECT_EQ(r.cohort_width, 4u);
  EXPECT_EQ(r.cohorts[0].cohort, "2023-01");
  EXPECT_EQ(r.cohorts[0].size, 3u);
  EXPECT_EQ(r.cohorts[0].active, (std::vector<std::uint64_t>{3, 1, 1, 1}));
  EXPECT_EQ(r.cohorts[1].active, (std::vector<std::uint64_t>{1, 0, 0}));
  EXPECT_EQ(r.cohorts[2].active, (std::vector<std::uint64_t>{1, 1}));
  EXPECT_EQ(r.cohorts[3].active, (std::vector<std::uint64_t>{1}));

  // Segments, from the latest order Apr 30: first-time C, E, F (80+30+25);
  // loyal A (200) and D (120) with 3 orders each in the year; at risk: last
  // order on or before Apr 30 − 90 days = Jan 30 → F only (C's Feb 1 is 88 days).
  EXPECT_EQ(r.first_time.customers, 3u);
  EXPECT_EQ(r.first_time.revenue, 135);
  EXPECT_NEAR(*r.first_time.revenue_share, 135.0 / 755 * 100, 1e-9);
  EXPECT_EQ(r.loyal.customers, 2u);
  EXPECT_EQ(r.loyal.revenue, 320);
  EXPECT_EQ(r.at_risk.customers, 1u);
  EXPECT_EQ(r.at_risk.revenue, 25);

  // Channels: Web o1 o2 o5 o6 o8 o9 o11 = 100+50+100+80+60+20+25; Shop o3 o4 o7 o10.
  const auto& ch = a->aggregate().channels();
  EXPECT_EQ(ch.at("Web").orders, 7u);
  EXPECT_EQ(ch.at("Web").order_revenue, 435 * 1000000);  // micro-units
  EXPECT_EQ(ch.at("Shop").orders, 4u);
  EXPECT_EQ(ch.at("Shop").order_revenue, 320 * 1000000);
}

TEST(OrdersAnalysis, ShopByQuarter) {
  // Q1 active A, B, C, D, F (all new); Q2 active B, D, E: at start 5,
  // retained B, D, new E, lost A, C, F → churn 60, retention 40.
  auto a = analyse(fixture("shop.csv"));
  const OrdersReport r = report_of(a->aggregate(), {.period = csv::Period::quarter});
  ASSERT_EQ(r.periods.size(), 2u);
  EXPECT_EQ(r.periods[0].period, "2023-Q1");
  EXPECT_EQ(r.periods[0].fresh, 5u);
  EXPECT_EQ(r.periods[1].customers_start, 5u);
  EXPECT_EQ(r.periods[1].retained, 2u);
  EXPECT_EQ(r.periods[1].lost, 3u);
  EXPECT_EQ(*r.periods[1].churn_rate, 60);
  EXPECT_EQ(*r.periods[1].retention_rate, 40);
}

TEST(OrdersAnalysis, GrossMarginAndCac) {
  // Historical CLV 755×208/(36×111) × 40%; CAC 20 → ratio CLV/20.
  // Payback = 20 / (75.5 × 40%) months; predicted = 132.125 × 40%.
  auto a = analyse(fixture("shop.csv"));
  const OrdersReport r = report_of(a->aggregate(), {.gross_margin = 40.0, .cac = 20.0});
  const double clv = 755.0 * 208 / (36 * 111) * 0.4;
  EXPECT_NEAR(r.summary.historical_clv->outcome.value, clv, 1e-9);
  const auto* ratio = std::get_if<double>(r.summary.historical_clv->outcome.find_detail("clv_cac_ratio"));
  ASSERT_TRUE(ratio);
  EXPECT_NEAR(*ratio, clv / 20, 1e-9);
  EXPECT_NEAR(r.summary.predicted_clv->outcome.value, 132.125 * 0.4, 1e-9);
  ASSERT_TRUE(r.summary.cac_payback);
  EXPECT_NEAR(r.summary.cac_payback->outcome.value, 20 / (75.5 * 0.4), 1e-9);
}

TEST(OrdersAnalysis, OneCustomerOnePeriod) {
  // One order of 42 on one day: span and lifespan one day each, so
  // frequency 365.25 a year and historical CLV = 42 × 365.25 × 1/365.25 = 42.
  auto a = analyse(fixture("one_customer.csv"));
  const OrdersReport r = report_of(a->aggregate());
  const auto& s = r.summary;
  EXPECT_EQ(s.customers, 1u);
  EXPECT_EQ(s.orders, 1u);
  EXPECT_EQ(s.repeat_purchase_rate.outcome.value, 0);
  EXPECT_EQ(s.average_purchase_value, 42);
  EXPECT_NEAR(s.purchase_frequency, 365.25, 1e-9);
  EXPECT_NEAR(s.historical_clv->outcome.value, 42, 1e-9);
  EXPECT_FALSE(s.monthly_churn_rate);  // one month: no transition
  EXPECT_FALSE(s.predicted_clv);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].code, "no_monthly_churn");
  ASSERT_EQ(r.periods.size(), 1u);
  EXPECT_EQ(r.periods[0].period, "2024-06");
  EXPECT_FALSE(r.periods[0].churn_rate);
  EXPECT_EQ(r.cohorts[0].active, (std::vector<std::uint64_t>{1}));
  EXPECT_EQ(r.first_time.customers, 1u);
  EXPECT_EQ(*r.first_time.revenue_share, 100);
  EXPECT_EQ(r.loyal.customers, 0u);
  EXPECT_EQ(r.at_risk.customers, 0u);
}

TEST(OrdersAnalysis, RefundsAndDuplicateOrderIds) {
  // X: order 1001 (100), refund of 1001 (−30, same id: kept), order 1003 (0).
  // Y: order 1002 (50), the same row again (skipped). Z: a refund only (−20).
  auto a = analyse(fixture("refunds.csv"));
  EXPECT_EQ(a->aggregate().rows().read(), 6u);
  EXPECT_EQ(a->aggregate().rows().used_rows(), 5u);
  EXPECT_EQ(a->aggregate().rows().reasons().at("duplicate_order").first_rows, std::vector<std::uint64_t>{5});
  const OrdersReport r = report_of(a->aggregate());
  const auto& s = r.summary;
  EXPECT_EQ(s.orders, 3u);     // 1001, 1002, 1003 (a zero amount is an order)
  EXPECT_EQ(s.refunds, 2u);
  EXPECT_EQ(s.order_revenue, 150);
  EXPECT_EQ(s.refund_amount, 50);
  EXPECT_EQ(s.revenue, 100);
  EXPECT_EQ(s.customers, 2u);  // Z has no order
  EXPECT_EQ(s.refund_only_customers, 1u);
  EXPECT_NEAR(s.average_purchase_value, 100.0 / 3, 1e-12);
  EXPECT_EQ(s.repeat_purchase_rate.outcome.value, 50);  // X of X, Y
  // Jan: X, Y new; revenue 100 − 30 + 50. Feb: X's zero order keeps X active,
  // Y lost; revenue 0 − 20 (Z's refund).
  EXPECT_EQ(period(r, "2024-01").revenue, 120);
  EXPECT_EQ(period(r, "2024-01").refunds, 1u);
  EXPECT_EQ(period(r, "2024-02").revenue, -20);
  EXPECT_EQ(period(r, "2024-02").retained, 1u);
  EXPECT_EQ(period(r, "2024-02").lost, 1u);
  // First-time Y: 50 of 100.
  EXPECT_EQ(*r.first_time.revenue_share, 50);
  bool warned = false;
  for (const auto& w : r.warnings) warned = warned || w.code == "refunds_without_orders";
  EXPECT_TRUE(warned);
}

TEST(OrdersAnalysis, LocalDateDecidesThePeriodWhateverTheZone) {
  // 01:30+01:00 and 03:30+02:00 on 31 March are the same instant (the DST
  // change in Rome) and both March; 23:30Z on 31 March is March; 00:30+02:00 on
  // 1 April is 22:30Z on 31 March but April as written; 23:30−05:00 on 30 April
  // is 1 May in UTC but April; 00:15+02:00 on 1 May is May.
  auto a = analyse(fixture("timezones.csv"));
  const OrdersReport r = report_of(a->aggregate());
  ASSERT_EQ(r.periods.size(), 3u);
  EXPECT_EQ(period(r, "2024-03").orders, 3u);
  EXPECT_EQ(period(r, "2024-03").active, 3u);  // tz1, tz2, tz3
  EXPECT_EQ(period(r, "2024-04").orders, 2u);  // tz4, tz1
  EXPECT_EQ(period(r, "2024-04").retained, 1u);
  EXPECT_EQ(period(r, "2024-04").lost, 2u);    // tz2, tz3
  EXPECT_EQ(period(r, "2024-05").reactivated, 1u);  // tz2
  EXPECT_EQ(period(r, "2024-05").lost, 2u);         // tz4, tz1
  const OrdersReport days = report_of(a->aggregate(), {.period = csv::Period::day});
  EXPECT_EQ(period(days, "2024-03-31").orders, 3u);
  EXPECT_EQ(period(days, "2024-04-01").orders, 1u);
  EXPECT_EQ(period(days, "2024-04-30").orders, 1u);
  EXPECT_EQ(days.periods.size(), 32u);  // 31 March .. 1 May
}

TEST(OrdersAnalysis, ItalianSemicolonDecimalCommaDayFirst) {
  // Amounts 1.234,50; € 99,90; 12,50 EUR; refund −9,90 €; 0,99. The e-mail
  // in capitals is the same customer.
  auto a = analyse(fixture("italian.csv"));
  EXPECT_EQ(a->table().dialect().delimiter, ';');
  EXPECT_EQ(a->table().dialect().decimal, ',');
  EXPECT_EQ(a->date_order(), csv::DateOrder::dmy);
  EXPECT_EQ(a->columns().customer.name, "Cliente");
  EXPECT_EQ(a->columns().date.name, "Data");
  EXPECT_EQ(a->columns().amount.name, "Importo");
  EXPECT_EQ(a->columns().order.name, "Ordine");
  EXPECT_EQ(a->columns().channel.name, "Canale");
  const OrdersReport r = report_of(a->aggregate());
  EXPECT_EQ(r.summary.customers, 3u);  // mario (2 orders), Lucia, Giovanni
  EXPECT_EQ(r.summary.orders, 4u);
  EXPECT_EQ(r.summary.refunds, 1u);
  EXPECT_NEAR(r.summary.order_revenue, 1234.50 + 99.90 + 12.50 + 0.99, 1e-9);
  EXPECT_NEAR(r.summary.revenue, 1234.50 + 99.90 + 12.50 + 0.99 - 9.90, 1e-9);
  // Jan mario, Lucia; Feb mario (Lucia only refunded: not active); Mar Giovanni.
  EXPECT_EQ(period(r, "2024-01").active, 2u);
  EXPECT_EQ(period(r, "2024-02").active, 1u);
  EXPECT_EQ(period(r, "2024-02").lost, 1u);
  EXPECT_EQ(period(r, "2024-03").fresh, 1u);
  EXPECT_EQ(period(r, "2024-03").lost, 1u);
  EXPECT_EQ(r.summary.repeat_customers, 1u);
}

TEST(OrdersAnalysis, SkippedRowsKeepTheirReasons) {
  auto a = analyse(fixture("skipped.csv"));
  const auto& rows = a->aggregate().rows();
  EXPECT_EQ(rows.read(), 8u);
  EXPECT_EQ(rows.used_rows(), 2u);  // a@x.com 10 and f@x.com $12.00
  const std::pair<const char*, std::uint64_t> expected[] = {{"blank_customer", 3}, {"not_a_date", 4},
                                                            {"not_an_amount", 5}, {"blank_date", 6},
                                                            {"blank_amount", 7},  {"empty_row", 8}};
  for (const auto& [reason, line] : expected) {
    ASSERT_TRUE(rows.reasons().contains(reason)) << reason;
    EXPECT_EQ(rows.reasons().at(reason).first_rows, std::vector<std::uint64_t>{line}) << reason;
  }
  const OrdersReport r = report_of(a->aggregate());
  EXPECT_EQ(r.summary.revenue, 22);
}

TEST(OrdersAnalysis, ChunkSizeDoesNotMatter) {
  for (const char* name : {"shop.csv", "italian.csv", "timezones.csv", "refunds.csv", "skipped.csv"}) {
    const std::string bytes = fixture(name);
    auto whole = analyse(bytes);
    auto bytewise = analyse(bytes, 1);
    auto sevens = analyse(bytes, 7);
    EXPECT_EQ(fingerprint(report_of(bytewise->aggregate())), fingerprint(report_of(whole->aggregate()))) << name;
    EXPECT_EQ(fingerprint(report_of(sevens->aggregate())), fingerprint(report_of(whole->aggregate()))) << name;
    EXPECT_EQ(bytewise->aggregate().rows().read(), whole->aggregate().rows().read()) << name;
  }
}

TEST(OrdersAnalysis, MergedPartsEqualTheWhole) {
  // shop.csv split after its 6th data row (before the duplicated o5, so no id
  // crosses the parts); each part keeps the header.
  const std::string bytes = fixture("shop.csv");
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < bytes.size(); ++i)
    if (bytes[i] == '\n') ends.push_back(i + 1);
  const std::string header = bytes.substr(0, ends[0]);
  auto first = analyse(bytes.substr(0, ends[6]));
  auto second = analyse(header + bytes.substr(ends[6]));
  OrdersAggregate merged = first->aggregate();
  merged.merge(second->aggregate());
  auto whole = analyse(bytes);
  EXPECT_EQ(fingerprint(report_of(merged)), fingerprint(report_of(whole->aggregate())));
  EXPECT_EQ(merged.duplicates_across_parts(), 0u);
}

TEST(OrdersAnalysis, ColumnsChosenByTheUser) {
  OrdersAnalysisOptions o;
  o.columns.amount = "3";
  o.columns.customer = "customer";
  auto a = analyse(fixture("shop.csv"), 1 << 16, o);
  EXPECT_EQ(a->columns().amount.name, "total");
  EXPECT_EQ(a->columns().amount.reason_en, "Chosen by you.");

  OrdersAnalysis bad({.columns = {.customer = "client number"}});
  auto e = bad.feed(fixture("shop.csv"));
  if (!e) e = bad.finish();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field, "customer_column");
}

TEST(OrdersAnalysis, MissingAmountColumnIsAnErrorValue) {
  OrdersAnalysis a({});
  auto e = a.feed("customer,date,note\nA,2024-01-01,hello\n");
  if (!e) e = a.finish();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field, "amount_column");
  EXPECT_NE(e->message_it.find("Sceglila"), std::string::npos);  // the doors add their own hint
}

TEST(OrdersAmounts, CurrencySignsAndSeparators) {
  const csv::NumberFormat it{',', '.'}, en{'.', ','};
  EXPECT_EQ(parse_amount("1.234,50", it).value, 1234.5);
  EXPECT_EQ(parse_amount("€ 99,90", it).value, 99.9);
  EXPECT_EQ(parse_amount("12,50 EUR", it).value, 12.5);
  EXPECT_EQ(parse_amount("-9,90 €", it).value, -9.9);
  EXPECT_EQ(parse_amount("€ -9,90", it).value, -9.9);
  EXPECT_EQ(parse_amount("-€9,90", it).value, -9.9);
  EXPECT_EQ(parse_amount("$1,234.50", en).value, 1234.5);
  EXPECT_EQ(parse_amount("USD 5", en).value, 5);
  EXPECT_EQ(parse_amount("£3.10", en).value, 3.1);
  EXPECT_EQ(parse_amount("  7 ", en).value, 7);
  EXPECT_EQ(parse_amount("", en).issue, csv::NumberIssue::blank);
  EXPECT_EQ(parse_amount("EUR", en).issue, csv::NumberIssue::not_a_number);
  EXPECT_EQ(parse_amount("abc", en).issue, csv::NumberIssue::not_a_number);
  EXPECT_EQ(parse_amount("--5", en).issue, csv::NumberIssue::not_a_number);
  EXPECT_EQ(parse_amount("12 apples", en).issue, csv::NumberIssue::not_a_number);
}

}  // namespace
}  // namespace polso::datasets
