// Answers per score: adding, merging (a wider scale widens the counts) and
// the total.
#include "core/datasets/score_counts.hpp"

#include <gtest/gtest.h>

namespace polso::datasets {
namespace {

TEST(ScoreCounts, AddMergeTotal) {
  ScoreCounts five(5), ten;
  EXPECT_EQ(five.counts.size(), 6u);  // 0..5
  EXPECT_EQ(ten.counts.size(), 11u);  // 0..10
  five.add(5);
  five.add(1, 3);
  ten.add(10, 2.5);  // a survey-counts row may weigh a score by its count
  ten.add(5);
  EXPECT_DOUBLE_EQ(five.total(), 4);
  five.merge(ten);
  ASSERT_EQ(five.counts.size(), 11u);
  EXPECT_DOUBLE_EQ(five.counts[5], 2);
  EXPECT_DOUBLE_EQ(five.counts[1], 3);
  EXPECT_DOUBLE_EQ(five.counts[10], 2.5);
  EXPECT_DOUBLE_EQ(five.total(), 7.5);
  ScoreCounts narrow(5);
  ten.merge(narrow);  // a narrower one leaves the size
  EXPECT_EQ(ten.counts.size(), 11u);
  EXPECT_DOUBLE_EQ(ten.total(), 3.5);
}

}  // namespace
}  // namespace polso::datasets
