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

// A merge (and a part's state loaded) reserves room first: ids walked in
// home-slot order into a set that grows meanwhile would pile into its first
// slots (orders_order_ids.hpp).
TEST(OrderIdSet, ReserveMakesRoomSoAddingThatManyDoesNotGrow) {
  OrderIdSet s;
  s.reserve(100000);
  const std::uint64_t bytes = s.memory_bytes();
  for (int i = 0; i < 100000; ++i) s.mark("r-" + std::to_string(i), kOrderCounted);
  EXPECT_EQ(s.memory_bytes(), bytes);
  EXPECT_EQ(s.size(), 100000u);
}

TEST(OrderIdSet, ABigSetMergedIntoASmallOneAndBackKeepsEveryIdAndFlag) {
  OrderIdSet big, small, other;
  for (int i = 0; i < 120000; ++i) big.mark("o-" + std::to_string(i), kOrderCounted | (i % 3 ? 0 : kTotalTaken));
  for (int i = 119000; i < 121000; ++i) small.mark("o-" + std::to_string(i), i % 2 ? kOrderCounted : kRefundCounted);
  other = small;
  EXPECT_EQ(small.merge(big), 500u);  // the odd ids of 119000..119999: orders in both
  EXPECT_EQ(other.merge(small), 1000u);  // every odd id of 119000..120999
  EXPECT_EQ(big.merge(other), 120000u);  // all of big's
  for (OrderIdSet* s : {&small, &big}) {
    EXPECT_EQ(s->size(), 121000u);
    for (int i = 0; i < 121000; i += 7) {
      std::uint8_t want = i < 120000 ? kOrderCounted | (i % 3 ? 0 : kTotalTaken) : 0;
      if (i >= 119000) want |= i % 2 ? kOrderCounted : kRefundCounted;
      EXPECT_EQ(s->flags("o-" + std::to_string(i)), want) << i;
    }
  }
}

}  // namespace
}  // namespace polso::datasets
