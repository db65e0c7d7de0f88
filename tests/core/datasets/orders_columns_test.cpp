// Which columns of an orders file hold the customer, date, amount and the
// rest: by name, by an export profile, or by the user's choice; what the
// revenue is computed from; and an error naming the field when a needed
// column is missing. Each header set as a shop or a person writes it.
#include "core/datasets/orders_columns.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace polso::datasets {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Expected<OrdersLayout> layout(const std::vector<std::string>& headers, const Rows& rows,
                              const OrdersColumnOverrides& wanted = {}) {
  csv::Dialect d;
  d.date_order = csv::DateOrder::ymd;
  return choose_order_columns(headers, rows, wanted, d);
}

TEST(OrdersColumns, ByName) {
  const auto l = layout({"Customer", "Date", "Amount"}, {{"a@x.it", "2025-01-02", "10.50"}, {"b@x.it", "2025-01-03", "7"}});
  ASSERT_TRUE(l.ok()) << l.error().message_en;
  EXPECT_EQ(l->columns.customer.index, 0);
  EXPECT_EQ(l->columns.date.index, 1);
  EXPECT_EQ(l->columns.amount.index, 2);
  EXPECT_FALSE(l->columns.order.found());
  EXPECT_EQ(l->revenue_from, RevenueFrom::order_total);
  EXPECT_EQ(l->profile, nullptr);
}

TEST(OrdersColumns, ByProfile) {
  const std::vector<std::string> shopify = {"Name", "Email", "Financial Status", "Paid at", "Total", "Created at",
                                            "Lineitem quantity", "Lineitem price"};
  const auto l = layout(shopify, {{"#1001", "a@x.it", "paid", "2025-01-02 10:00:00", "20.00", "2025-01-02 09:58:00", "2", "10.00"}});
  ASSERT_TRUE(l.ok()) << l.error().message_en;
  ASSERT_NE(l->profile, nullptr);
  EXPECT_EQ(l->profile->id, "shopify_orders");
  EXPECT_EQ(l->columns.order.name, "Name");
  EXPECT_EQ(l->columns.customer.name, "Email");
  EXPECT_EQ(l->columns.date.name, "Created at");  // the profile prefers it to "Paid at"
  EXPECT_EQ(l->columns.amount.name, "Total");
  EXPECT_EQ(l->columns.status.name, "Financial Status");
  EXPECT_EQ(l->revenue_from, RevenueFrom::order_total);  // a total: taken once per order
}

TEST(OrdersColumns, LinesWithoutATotalAreQuantityTimesUnitPrice) {
  const auto l = layout({"Order ID", "Customer", "Date", "Quantity", "Unit Price"},
                        {{"1", "a", "2025-01-02", "2", "3.50"}, {"1", "a", "2025-01-02", "1", "4.00"}});
  ASSERT_TRUE(l.ok()) << l.error().message_en;
  EXPECT_FALSE(l->columns.amount.found());
  EXPECT_EQ(l->columns.quantity.name, "Quantity");
  EXPECT_EQ(l->columns.unit_price.name, "Unit Price");
  EXPECT_EQ(l->revenue_from, RevenueFrom::quantity_x_unit_price);
  EXPECT_EQ(revenue_from_id(l->revenue_from), "quantity_x_unit_price");
}

TEST(OrdersColumns, TheUsersChoiceWins) {
  OrdersColumnOverrides wanted;
  wanted.customer = "Email";  // by name, over "Customer"
  wanted.amount = "4";        // by 1-based number
  const auto l = layout({"Customer", "Date", "Email", "Net", "Gross"}, {{"7", "2025-01-02", "a@x.it", "8", "10"}}, wanted);
  ASSERT_TRUE(l.ok()) << l.error().message_en;
  EXPECT_EQ(l->columns.customer.name, "Email");
  EXPECT_TRUE(l->columns.customer.by_user);
  EXPECT_EQ(l->columns.amount.name, "Net");
  EXPECT_TRUE(l->columns.amount.by_user);
}

TEST(OrdersColumns, AMissingColumnIsAnErrorOnItsField) {
  const struct {
    std::vector<std::string> headers;
    OrdersColumnOverrides wanted;
    const char* field;
  } cases[] = {
      {{"Date", "Amount"}, {}, "customer_column"},
      {{"Customer", "Amount"}, {}, "date_column"},
      {{"Customer", "Date"}, {}, "amount_column"},
      {{"Customer", "Date", "Amount"}, {.customer = "Client"}, "customer_column"},  // chosen, not there
      {{"Customer", "Date", "Amount"}, {.amount = "9"}, "amount_column"},         // no 9th column
  };
  for (const auto& c : cases) {
    std::vector<std::string> row;  // each cell as its header says
    for (const auto& h : c.headers) row.push_back(h == "Customer" ? "a" : h == "Date" ? "2025-01-02" : "3");
    const auto l = layout(c.headers, {row}, c.wanted);
    ASSERT_FALSE(l.ok()) << c.field;
    EXPECT_EQ(l.error().field, c.field);
    EXPECT_EQ(l.error().message_en.find("--"), std::string::npos) << "core messages name no flag";
  }
}

}  // namespace
}  // namespace polso::datasets
