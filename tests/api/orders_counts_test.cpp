// The orders-counts dataset through the JSON door: its name and alias, the
// dataset "auto" recognising its header, the report in the orders shape, the
// period the file fixes, and a bad row as an error with its line and column.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "api/analyze.hpp"

namespace {

using json = nlohmann::json;

constexpr std::string_view kCounts =
    "period,active,new,retained,reactivated,lost,orders,refunds,revenue,refund_amount,first_order,last_order,"
    "repeat_customers,lifespan_days,refund_only_customers,first_time_customers,first_time_revenue,loyal_customers,"
    "loyal_revenue,at_risk_customers,at_risk_revenue,channel\n"
    "2025-W01,2,2,0,0,0,3,0,90,0,2024-12-30,2025-01-05,1,9,0,1,40,0,0,1,40,\n"
    "2025-W02,1,0,1,0,1,1,0,20,0,2025-01-06,2025-01-06,0,0,0,0,0,0,0,0,0,\n"
    "2025-W01,,,,,,3,0,90,0,,,,,,,,,,,,web\n";

json analyse(const std::string& options, std::string_view bytes) {
  polso::api::Analysis a(options);
  const std::string failure = a.feed(bytes);
  return json::parse(failure.empty() ? a.finish() : failure);
}

TEST(OrdersCountsApi, AutoRecognisesTheHeaderAndKeepsTheFilesWeeks) {
  const json r = analyse(R"({"dataset":"auto","lang":"en"})", kCounts);
  ASSERT_TRUE(r["ok"]) << r.dump();
  EXPECT_EQ(r["dataset"], "orders-counts");
  EXPECT_EQ(r["detected"]["dataset"], "orders-counts");
  EXPECT_EQ(r["period"], "week");
  EXPECT_EQ(r["periods"][0]["period"], "2025-W01");  // 30 December 2024 is in the first week of 2025
  EXPECT_EQ(r["summary"]["customers"], 2);
  EXPECT_EQ(r["summary"]["first_order"], "2024-12-30");
  EXPECT_TRUE(r["summary"]["revenue_from"].is_null());
  EXPECT_TRUE(r["summary"]["customer_months"].is_null());  // weeks, no cohort rows: no monthly figures
  EXPECT_EQ(r["channels"][0]["channel"], "web");
  bool noted = false;
  for (const auto& w : r["warnings"]) noted = noted || w["code"] == "counts_monthly_figures_missing";
  EXPECT_TRUE(noted);
}

TEST(OrdersCountsApi, TheAliasWorksAndAnotherPeriodIsRefused) {
  EXPECT_TRUE(analyse(R"({"dataset":"orders_counts"})", kCounts)["ok"]);
  const json r = analyse(R"({"dataset":"orders-counts","period":"month","lang":"it"})", kCounts);
  ASSERT_FALSE(r["ok"]);
  EXPECT_EQ(r["error"]["field"], "period");
  // The file's period, in the sentence's language (it said "week" in Italian).
  EXPECT_NE(r["error"]["message"].get<std::string>().find("per settimana"), std::string::npos);
}

TEST(OrdersCountsApi, ABadRowIsAnErrorWithItsLineAndColumn) {
  std::string csv(kCounts);
  csv.replace(csv.find("2025-W02,1,0,1,0,1"), 18, "2025-W02,1,0,1,0,2");
  const json r = analyse(R"({"dataset":"orders-counts","lang":"en"})", csv);
  ASSERT_FALSE(r["ok"]);
  EXPECT_EQ(r["error"]["code"], "counts_periods_disagree");
  EXPECT_EQ(r["error"]["row"], 3);
  EXPECT_EQ(r["error"]["column"], 6);
}

}  // namespace
