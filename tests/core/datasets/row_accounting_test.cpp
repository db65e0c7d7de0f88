// Rows read, used and skipped, and the first rows of each reason — also when
// parts of a file read apart are merged back with their line offsets.
#include "core/datasets/row_accounting.hpp"

#include <gtest/gtest.h>

namespace polso::datasets {
namespace {

using Rows = std::vector<std::uint64_t>;

TEST(RowAccounting, CountsAndTheFirstFiveRowsOfEachReason) {
  RowAccounting r;
  r.used();
  for (std::uint64_t line : {3, 4, 7, 9, 12, 15, 20}) r.skipped("blank", line);
  r.skipped("not_a_number", 8);
  r.used();
  EXPECT_EQ(r.read(), 10u);
  EXPECT_EQ(r.used_rows(), 2u);
  EXPECT_EQ(r.skipped_rows(), 8u);
  ASSERT_EQ(r.reasons().size(), 2u);
  EXPECT_EQ(r.reasons().at("blank").count, 7u);
  EXPECT_EQ(r.reasons().at("blank").first_rows, (Rows{3, 4, 7, 9, 12}));
  EXPECT_EQ(r.reasons().at("not_a_number").first_rows, (Rows{8}));
}

TEST(RowAccounting, MergeShiftsThePartsLinesAndKeepsTheFirstFive) {
  RowAccounting head, tail;
  head.used();
  head.skipped("blank", 10);
  head.skipped("blank", 30);
  // The tail part was read on its own from line 1; it starts after line 25.
  for (std::uint64_t line : {1, 2, 3, 4}) tail.skipped("blank", line);
  tail.skipped("out_of_range", 6);
  tail.used();
  head.merge(tail, 25);
  EXPECT_EQ(head.read(), 9u);
  EXPECT_EQ(head.used_rows(), 2u);
  EXPECT_EQ(head.reasons().at("blank").count, 6u);
  EXPECT_EQ(head.reasons().at("blank").first_rows, (Rows{10, 26, 27, 28, 29}));  // in file order, 30 cut
  EXPECT_EQ(head.reasons().at("out_of_range").first_rows, (Rows{31}));
}

TEST(RowAccounting, MergeWithoutOffset) {
  RowAccounting a, b;
  a.skipped("x", 5);
  b.skipped("x", 2);
  a.merge(b);
  EXPECT_EQ(a.reasons().at("x").first_rows, (Rows{2, 5}));
  EXPECT_EQ(a.skipped_rows(), 2u);
}

}  // namespace
}  // namespace polso::datasets
