// Cutting a file into byte ranges and guessing where a record starts after
// each cut (Ge et al.): the guess reads quotes, passes over quoted line
// breaks when the quotes around them tell, and never starts a range on a BOM.
#include "core/datasets/byte_ranges.hpp"

#include <gtest/gtest.h>

#include <string>

namespace polso::datasets {
namespace {

TEST(RangeCuts, SpreadEvenlyStrictlyInside) {
  EXPECT_EQ(range_cuts(100, 200, 4), (std::vector<std::uint64_t>{125, 150, 175}));
  EXPECT_EQ(range_cuts(0, 10, 3), (std::vector<std::uint64_t>{3, 6}));
  EXPECT_TRUE(range_cuts(0, 10, 1).empty());
  EXPECT_TRUE(range_cuts(5, 5, 4).empty());
  // More parts than bytes: only distinct cuts inside the range.
  EXPECT_EQ(range_cuts(0, 3, 8), (std::vector<std::uint64_t>{1, 2}));
}

TEST(GuessRecordStart, PlainLinesStartAfterTheFirstLineFeed) {
  const std::string w = "re,1\nb,2\nc,3\n";
  EXPECT_EQ(guess_record_start(w, ',', '"'), 5u);
}

TEST(GuessRecordStart, CutInsideAQuotedFieldThatTheQuotesBetray) {
  // The cut fell inside "…"; reading from it as outside quotes, the closing
  // quote would open a field after a letter: the inside reading wins.
  const std::string w = "ond line of it\nand more\",9\nx,\"y\",1\nz,2\n";
  const auto at = guess_record_start(w, ',', '"');
  ASSERT_TRUE(at);
  EXPECT_EQ(w.substr(*at), "x,\"y\",1\nz,2\n");
}

TEST(GuessRecordStart, CutOutsideWithQuotedFieldsAfter) {
  const std::string w = "9,web\n10,\"a, b\nc\",app\n8,\"d\",x\n";
  const auto at = guess_record_start(w, ',', '"');
  ASSERT_TRUE(at);
  EXPECT_EQ(w.substr(*at), "10,\"a, b\nc\",app\n8,\"d\",x\n");
}

TEST(GuessRecordStart, DoubledQuotesInsideAFieldDoNotFlipTheReading) {
  const std::string w = "x\n1,\"say \"\"hi\"\"\nthere\",2\n3,4\n";
  const auto at = guess_record_start(w, ';', '"');  // another delimiter: quotes still pair
  ASSERT_TRUE(at);
  EXPECT_EQ(*at, 2u);
}

TEST(GuessRecordStart, NoLineFeedOrTooCloseToTheEnd) {
  EXPECT_FALSE(guess_record_start("abc,def", ',', '"'));
  EXPECT_FALSE(guess_record_start("abc\nd", ',', '"'));
  EXPECT_FALSE(guess_record_start("", ',', '"'));
}

TEST(GuessRecordStart, ALineStartingWithABomIsPassedOver) {
  const std::string w = "a\n\xEF\xBB\xBF" "b,1\nc,2\n";
  const auto at = guess_record_start(w, ',', '"');
  ASSERT_TRUE(at);
  EXPECT_EQ(w.substr(*at), "c,2\n");
}

TEST(GuessRecordStart, CrlfStartsAfterTheLineFeed) {
  const std::string w = "a,1\r\nb,2\r\n";
  EXPECT_EQ(guess_record_start(w, ',', '"'), 5u);
}

}  // namespace
}  // namespace polso::datasets
