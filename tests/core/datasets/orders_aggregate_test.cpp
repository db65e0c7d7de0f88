// The orders aggregate: what one row adds to its customer, day and channel;
// refunds lower revenue but are no orders; channels past the budget share
// "(other)"; the largest order, unknown refunds and currencies; and two parts
// merging to the state of the whole file. Every figure is the sum of the rows
// written in the test, worked by hand in the comments.
#include "core/datasets/orders_aggregate.hpp"

#include <gtest/gtest.h>

#include <string>

namespace polso::datasets {
namespace {

// Amounts in whole units, kept as micro-units (orders_money.hpp).
DayTotals order(double amount) { return {.orders = 1, .order_revenue = *to_micros(amount)}; }
DayTotals refund(double amount) { return {.refunds = 1, .refund_amount = *to_micros(amount)}; }

TEST(OrdersAggregate, RowsAddToCustomerDayAndChannel) {
  OrdersAggregate a;
  const std::uint32_t ann = a.customer("ann"), bob = a.customer("bob");
  EXPECT_EQ(a.customer("ann"), ann);  // the same id is the same customer
  a.add(ann, 100, "web", order(40));
  a.add(ann, 100, "web", order(10));
  a.add(bob, 101, "", order(25));     // no channel: no channel bucket
  a.add(ann, 102, "shop", refund(5));  // a refund: no order, not active that day

  EXPECT_EQ(a.customers().size(), 2u);
  // ann: 40 + 10 − 5 = 45 net, 2 orders, active on day 100 only (the refund day is not activity).
  EXPECT_DOUBLE_EQ(from_micros(a.customers().state(ann).revenue), 45);
  EXPECT_EQ(a.customers().state(ann).orders, 2u);
  ASSERT_EQ(a.customers().days(ann).size(), 1u);
  EXPECT_EQ(entry_day(a.customers().days(ann)[0]), 100);
  EXPECT_EQ(entry_orders(a.customers().days(ann)[0]), 2u);
  EXPECT_DOUBLE_EQ(from_micros(a.customers().state(bob).revenue), 25);

  // Days: 100 → 2 orders, 50; 101 → 1 order, 25; 102 → 1 refund of 5.
  ASSERT_EQ(a.days().size(), 3u);
  EXPECT_EQ(a.days().at(100).orders, 2u);
  EXPECT_DOUBLE_EQ(from_micros(a.days().at(100).order_revenue), 50);
  EXPECT_EQ(a.days().at(101).orders, 1u);
  EXPECT_EQ(a.days().at(102).orders, 0u);
  EXPECT_EQ(a.days().at(102).refunds, 1u);
  EXPECT_DOUBLE_EQ(from_micros(a.days().at(102).refund_amount), 5);

  // Channels: web 2 orders of 50; shop one refund of 5; the row without one is in none.
  ASSERT_EQ(a.channels().size(), 2u);
  EXPECT_EQ(a.channels().at("web").orders, 2u);
  EXPECT_DOUBLE_EQ(from_micros(a.channels().at("web").order_revenue), 50);
  EXPECT_DOUBLE_EQ(from_micros(a.channels().at("shop").refund_amount), 5);
  EXPECT_FALSE(a.channels_capped());
  EXPECT_EQ(a.rows().used_rows(), 4u);
  EXPECT_EQ(a.rows().skipped_rows(), 0u);
}

TEST(OrdersAggregate, SkippedRowsAreCountedByReason) {
  OrdersAggregate a;
  a.add(a.customer("c"), 1, "", order(1));
  a.skip("no_amount", 3);
  a.skip("no_amount", 7);
  a.skip("bad_date", 9);
  EXPECT_EQ(a.rows().read(), 4u);  // 1 used + 3 skipped
  EXPECT_EQ(a.rows().skipped_rows(), 3u);
  EXPECT_EQ(a.rows().reasons().at("no_amount").count, 2u);
  EXPECT_EQ(a.rows().reasons().at("bad_date").count, 1u);
}

TEST(OrdersAggregate, ChannelsPastTheBudgetShareOther) {
  OrdersAggregate a;
  const std::uint32_t c = a.customer("c");
  // kMaxChannels channels of 1 each, then 3 new ones of 2 each: 6 in "(other)".
  for (std::size_t i = 0; i < OrdersAggregate::kMaxChannels; ++i) a.add(c, 1, "ch" + std::to_string(i), order(1));
  EXPECT_FALSE(a.channels_capped());
  for (int i = 0; i < 3; ++i) a.add(c, 1, "new" + std::to_string(i), order(2));
  EXPECT_TRUE(a.channels_capped());
  EXPECT_EQ(a.channels().size(), OrdersAggregate::kMaxChannels + 1);
  const DayTotals& other = a.channels().at(std::string(OrdersAggregate::kOtherChannel));
  EXPECT_EQ(other.orders, 3u);
  EXPECT_DOUBLE_EQ(from_micros(other.order_revenue), 6);
  a.add(c, 1, "ch0", order(1));  // a channel already kept keeps its bucket: 1 + 1 = 2
  EXPECT_DOUBLE_EQ(from_micros(a.channels().at("ch0").order_revenue), 2);
  EXPECT_EQ(a.days().at(1).orders, OrdersAggregate::kMaxChannels + 4);  // every row still counts in its day
}

TEST(OrdersAggregate, LargestOrderUnknownRefundsAndOrderFlags) {
  OrdersAggregate a;
  a.note_order_amount(*to_micros(30));
  a.note_order_amount(*to_micros(120));
  a.note_order_amount(*to_micros(80));
  EXPECT_DOUBLE_EQ(from_micros(a.largest_order()), 120);
  a.note_unknown_refund();
  a.note_unknown_refund();
  EXPECT_EQ(a.unknown_refunds(), 2u);
  EXPECT_EQ(a.order_flags("A-1"), 0);  // unseen
  EXPECT_EQ(a.mark_order("A-1", kOrderCounted), 0);
  EXPECT_EQ(a.mark_order("A-1", kTotalTaken), kOrderCounted);  // returns the flags it had
  EXPECT_EQ(a.order_flags("A-1"), kOrderCounted | kTotalTaken);
}

TEST(OrdersAggregate, CurrenciesIgnoreCapitalsAndStopAtTheBudget) {
  struct Case {
    std::vector<std::string> noted;
    std::vector<std::string> kept;
  };
  const Case cases[] = {
      {{"eur", "EUR", "Eur"}, {"EUR"}},
      {{"usd", "eur", "USD"}, {"USD", "EUR"}},  // first-seen order
      {{}, {}},
      // Nine different codes: the first kMaxCurrencies (8) are kept.
      {{"a", "b", "c", "d", "e", "f", "g", "h", "i"}, {"A", "B", "C", "D", "E", "F", "G", "H"}},
  };
  for (const Case& c : cases) {
    OrdersAggregate a;
    for (const auto& code : c.noted) a.note_currency(code);
    EXPECT_EQ(a.currencies(), c.kept);
  }
}

TEST(OrdersAggregate, TwoPartsMergeToTheWhole) {
  // The same six rows read whole and split 3 + 3.
  struct Row {
    const char* customer;
    std::int64_t day;
    const char* channel;
    DayTotals delta;
    const char* order_id;
  };
  const Row rows[] = {
      {"ann", 10, "web", order(40), "o1"}, {"bob", 10, "shop", order(15), "o2"}, {"ann", 11, "web", refund(4), "o1"},
      {"cy", 12, "web", order(60), "o3"},  {"ann", 12, "", order(5), "o4"},      {"bob", 13, "shop", order(20), "o2"},
  };
  auto read = [&](OrdersAggregate& a, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      const Row& r = rows[i];
      // An order id new to this part counts as an order (what the reader does).
      if (r.delta.orders && !(a.mark_order(r.order_id, kOrderCounted) & kOrderCounted))
        a.note_order_amount(r.delta.order_revenue);
      a.add(a.customer(r.customer), r.day, r.channel, r.delta);
    }
  };
  OrdersAggregate whole, first, second;
  read(whole, 0, 6);
  read(first, 0, 3);
  read(second, 3, 6);
  first.note_currency("eur");
  second.note_currency("EUR");
  second.note_currency("usd");
  second.note_unknown_refund();
  first.merge(second);

  EXPECT_EQ(first.customers().size(), 3u);
  EXPECT_EQ(first.rows().used_rows(), 6u);
  // Days 10: 40 + 15; 11: refund 4; 12: 60 + 5; 13: 20.
  ASSERT_EQ(first.days().size(), whole.days().size());
  for (const auto& [day, t] : whole.days()) {
    EXPECT_EQ(first.days().at(day).orders, t.orders) << day;
    EXPECT_EQ(first.days().at(day).order_revenue, t.order_revenue) << day;
    EXPECT_EQ(first.days().at(day).refund_amount, t.refund_amount) << day;
  }
  EXPECT_DOUBLE_EQ(from_micros(first.days().at(10).order_revenue), 55);
  EXPECT_DOUBLE_EQ(from_micros(first.days().at(12).order_revenue), 65);
  // Channels: web 40 + 60 orders, 4 refunded; shop 15 + 20.
  EXPECT_DOUBLE_EQ(from_micros(first.channels().at("web").order_revenue), 100);
  EXPECT_DOUBLE_EQ(from_micros(first.channels().at("web").refund_amount), 4);
  EXPECT_DOUBLE_EQ(from_micros(first.channels().at("shop").order_revenue), 35);
  // Order o2 was counted in both parts (rows 2 and 6): one duplicate across parts.
  EXPECT_EQ(first.duplicates_across_parts(), 1u);
  EXPECT_EQ(whole.duplicates_across_parts(), 0u);
  EXPECT_DOUBLE_EQ(from_micros(first.largest_order()), 60);
  EXPECT_EQ(first.unknown_refunds(), 1u);
  EXPECT_EQ(first.currencies(), (std::vector<std::string>{"EUR", "USD"}));
  // Net revenue per customer, found by id: ann 40 − 4 + 5 = 41, bob 15 + 20 = 35, cy 60.
  const std::pair<const char*, double> nets[] = {{"ann", 41}, {"bob", 35}, {"cy", 60}};
  for (const auto& [id, net] : nets) {
    EXPECT_DOUBLE_EQ(from_micros(first.customers().state(first.customer(id)).revenue), net) << id;
    EXPECT_DOUBLE_EQ(from_micros(whole.customers().state(whole.customer(id)).revenue), net) << id;
  }
}

}  // namespace
}  // namespace polso::datasets
