// Reading an orders-counts file: its header is recognised, and a bad row
// stops the reading with its line, its column and plain words.
#include "core/datasets/orders_counts_table.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/datasets/dataset_kind.hpp"

namespace polso::datasets {
namespace {

const std::string kHeader =
    "period,active,new,retained,reactivated,lost,orders,refunds,revenue,refund_amount,first_order,last_order,"
    "repeat_customers,lifespan_days,refund_only_customers,first_time_customers,first_time_revenue,loyal_customers,"
    "loyal_revenue,at_risk_customers,at_risk_revenue\n";
const std::string kJan = "2025-01,2,2,0,0,0,2,0,180,0,2025-01-10,2025-01-15,1,102,0,1,60,1,180,1,60\n";
const std::string kFeb = "2025-02,2,1,1,0,1,2,1,70,20,2025-02-01,2025-02-05,1,31,0,0,0,0,0,0,0\n";

std::optional<Error> read(const std::string& csv) {
  OrdersCountsAnalysis a(TableOptions{});
  if (auto e = a.feed(csv)) return e;
  return a.finish();
}

TEST(OrdersCountsTable, ReadsAGoodFile) { EXPECT_FALSE(read(kHeader + kJan + kFeb)); }

TEST(OrdersCountsTable, ANegativeCountNamesItsLineAndColumn) {
  auto e = read(kHeader + "2025-01,2,-2,0,0,0,2,0,180,0,2025-01-10,2025-01-15,1,102,0,1,60,1,180,1,60\n");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "counts_not_a_count");
  EXPECT_EQ(e->row, 2);
  EXPECT_EQ(e->column, 3);
  EXPECT_NE(e->message_en.find("Line 2, column"), std::string::npos) << e->message_en;
  EXPECT_NE(e->message_en.find("new"), std::string::npos);
  EXPECT_NE(e->message_it.find("Riga 2, colonna"), std::string::npos);
}

TEST(OrdersCountsTable, NewMoreThanActiveIsRefused) {
  auto e = read(kHeader + "2025-01,2,3,0,0,0,3,0,180,0,2025-01-10,2025-01-15,1,102,0,2,60,1,180,1,60\n");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "counts_parts_do_not_add_up");
  EXPECT_NE(e->message_en.find("new + retained + reactivated"), std::string::npos) << e->message_en;
}

TEST(OrdersCountsTable, LostMustFollowFromThePeriodBefore) {
  auto e = read(kHeader + kJan + "2025-02,2,1,1,0,0,2,1,70,20,2025-02-01,2025-02-05,1,31,0,0,0,0,0,0,0\n");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "counts_periods_disagree");
  EXPECT_EQ(e->row, 3);
  EXPECT_NE(e->message_en.find("that is 1"), std::string::npos) << e->message_en;
}

TEST(OrdersCountsTable, AMissingPeriodThatLostCustomersIsNamed) {
  auto e = read(kHeader + kJan + "2025-03,1,1,0,0,0,1,0,10,0,2025-03-03,2025-03-03,0,1,0,1,10,0,0,0,0\n");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "counts_period_missing");
  EXPECT_NE(e->message_en.find("2025-02"), std::string::npos) << e->message_en;
}

TEST(OrdersCountsTable, PeriodsOfOneLengthOnly) {
  auto e = read(kHeader + kJan + "2025-W07,0,0,0,0,2,0,0,0,0,,,0,0,0,0,0,0,0,0,0\n");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "counts_mixed_periods");
  auto week53 = read(kHeader + "2025-W53,0,0,0,0,0,0,0,0,0,,,0,0,0,0,0,0,0,0,0\n");  // 2025 has 52 weeks
  ASSERT_TRUE(week53);
  EXPECT_EQ(week53->code, "counts_bad_period");
  EXPECT_FALSE(read(kHeader + "2026-W53,1,1,0,0,0,1,0,5,0,2027-01-03,2027-01-03,0,1,0,1,5,0,0,0,0\n"));
}

TEST(OrdersCountsTable, OrderDaysBelongToTheirPeriod) {
  auto e = read(kHeader + "2025-01,2,2,0,0,0,2,0,180,0,2025-02-10,2025-01-15,1,102,0,1,60,1,180,1,60\n");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "counts_bad_date");
  EXPECT_EQ(e->column, 11);
}

TEST(OrdersCountsTable, ARowIsACohortOrAChannelNotBoth) {
  auto e = read("period,cohort,channel," + kHeader.substr(7) + "2025-01,2025-01,web,2,,0,,,,,,,,,,,,,,,,\n");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "counts_cohort_and_channel");
}

TEST(OrdersCountsTable, CohortsMustAddUpToTheirMonths) {
  auto e = read("period,cohort," + kHeader.substr(7) + "2025-01," + kJan.substr(7) + "2025-01,2025-01,1,,0,,,,,,,,,,,,,,,,,\n");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "counts_cohorts_disagree");
  // A cohort active in a month the period rows do not have.
  auto apart = read("period,cohort," + kHeader.substr(7) + "2025-01," + kJan.substr(7) +
                    "2025-01,2025-01,2,,0,,,,,,,,,,,,,,,,,\n2025-03,2025-01,1,,0,,,,,,,,,,,,,,,,,\n");
  ASSERT_TRUE(apart);
  EXPECT_EQ(apart->code, "counts_cohorts_disagree");
  EXPECT_EQ(apart->row, 4);
  // Retained in a month after one where none of the cohort was active.
  auto gap = read("period,cohort," + kHeader.substr(7) + "2025-01,," + kJan.substr(8) + "2025-02,," + kFeb.substr(8) +
                  "2025-01,2025-01,2,,0,,,,,,,,,,,,,,,,,\n2025-03,2025-01,1,,1,,,,,,,,,,,,,,,,,\n");
  ASSERT_TRUE(gap);
  EXPECT_EQ(gap->code, "counts_cohorts_disagree");
  EXPECT_EQ(gap->row, 5);
  EXPECT_EQ(gap->column, 5);  // retained
}

TEST(OrdersCountsTable, AMissingColumnIsListed) {
  auto e = read("period,active,new,retained,reactivated,lost\n2025-01,1,1,0,0,0\n");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "counts_column_missing");
  EXPECT_NE(e->message_en.find("“orders”"), std::string::npos) << e->message_en;
}

TEST(OrdersCountsTable, AutoDetectionKnowsTheHeader) {
  const std::vector<std::string> counts = {"period", "active", "New", "retained", "reactivated", "lost", "orders"};
  EXPECT_TRUE(is_orders_counts_header(counts));
  const KindGuess g = guess_dataset_kind(counts);
  EXPECT_TRUE(g.sure);
  EXPECT_TRUE(g.counts);
  EXPECT_EQ(dataset_id(g), "orders-counts");
  const KindGuess raw = guess_dataset_kind({"order_id", "customer_id", "ordered_at", "amount", "status", "channel"});
  EXPECT_FALSE(raw.counts);
  EXPECT_EQ(dataset_id(raw), "orders");
}

}  // namespace
}  // namespace polso::datasets
