// The order ids seen so far, with their flags: an order counted once, its
// total taken once, its refund counted once, also across parts merged back.
#include "core/datasets/orders_order_ids.hpp"

#include <gtest/gtest.h>

#include <string>

namespace polso::datasets {
namespace {

TEST(OrderIdSet, MarkReturnsTheFlagsBefore) {
  OrderIdSet s;
  EXPECT_EQ(s.flags("#1001"), 0);
  EXPECT_EQ(s.mark("#1001", kOrderCounted), 0);  // new
  EXPECT_EQ(s.mark("#1001", kTotalTaken), kOrderCounted);
  EXPECT_EQ(s.mark("#1001", kOrderCounted), kOrderCounted | kTotalTaken);  // a repeated row
  EXPECT_EQ(s.flags("#1001"), kOrderCounted | kTotalTaken);
  EXPECT_EQ(s.mark("#1002", kRefundCounted), 0);
  EXPECT_EQ(s.flags("#1003"), 0);
  EXPECT_EQ(s.flags("#100"), 0);  // ids are whole strings
  EXPECT_EQ(s.size(), 2u);
}

TEST(OrderIdSet, GrowsAndKeepsEveryId) {
  OrderIdSet s;
  for (int i = 0; i < 50000; ++i) s.mark("order-" + std::to_string(i), i % 2 ? kOrderCounted : kRefundCounted);
  EXPECT_EQ(s.size(), 50000u);
  for (int i = 0; i < 50000; i += 997)
    EXPECT_EQ(s.flags("order-" + std::to_string(i)), i % 2 ? kOrderCounted : kRefundCounted) << i;
  EXPECT_EQ(s.flags("order-50000"), 0);
}

TEST(OrderIdSet, MergeCountsTheOrdersCountedInBoth) {
  OrderIdSet a, b;
  a.mark("1", kOrderCounted);
  a.mark("2", kOrderCounted | kTotalTaken);
  a.mark("3", kRefundCounted);  // a refund only: not an order in a
  b.mark("2", kOrderCounted);
  b.mark("3", kOrderCounted);
  b.mark("4", kOrderCounted | kRefundCounted);
  EXPECT_EQ(a.merge(b), 1u);  // only "2" was counted as an order by both parts
  EXPECT_EQ(a.size(), 4u);
  EXPECT_EQ(a.flags("2"), kOrderCounted | kTotalTaken);
  EXPECT_EQ(a.flags("3"), kOrderCounted | kRefundCounted);
  EXPECT_EQ(a.flags("4"), kOrderCounted | kRefundCounted);
}

}  // namespace
}  // namespace polso::datasets
