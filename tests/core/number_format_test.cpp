#include "core/number_format.hpp"

#include <gtest/gtest.h>

namespace polso {
namespace {

TEST(FormatNumber, UsesEachLanguagesSeparators) {
  EXPECT_EQ(format_number(1234.5, Lang::en), "1,234.5");
  EXPECT_EQ(format_number(1234.5, Lang::it), "1.234,5");
  EXPECT_EQ(format_number(58.3333333, Lang::en), "58.33");
  EXPECT_EQ(format_number(60, Lang::en), "60");
  EXPECT_EQ(format_number(-12.5, Lang::it), "−12,5");
  EXPECT_EQ(format_number(1000000, Lang::en), "1,000,000");
  EXPECT_EQ(format_number(999, Lang::en), "999");
  EXPECT_EQ(format_number(-0.001, Lang::en), "0");
}

}  // namespace
}  // namespace polso

namespace polso {
namespace {

// Issue 16 item 10: CES 41/8 = 5.125 read 5.13 in the page's headline
// (Intl.NumberFormat: ties away from zero on the exact value) and 5.12 in the
// core's formula line (printf: ties to even). One rule: the page's.
TEST(FormatNumber, ExactTiesRoundUpAsThePageDoes) {
  EXPECT_EQ(format_number(41.0 / 8, Lang::en, 2), "5.13");
  EXPECT_EQ(format_number(0.125, Lang::it, 2), "0,13");
  EXPECT_EQ(format_number(2.5, Lang::en, 0), "3");
  EXPECT_EQ(format_number(-2.5, Lang::en, 0), "−3");
  EXPECT_EQ(format_number(99.95, Lang::en, 1), "100");  // shortest form 99.95, a tie
  EXPECT_EQ(format_number(999.5, Lang::en, 0), "1,000");
  EXPECT_EQ(format_number(0.5, Lang::en, 0), "1");
  // Intl rounds the shortest decimal that reads back as the double, not its
  // binary expansion (1.00499999999999989…): node -e 'new Intl.NumberFormat("en",
  // {maximumFractionDigits: 2}).format(1.005)' prints 1.01.
  EXPECT_EQ(format_number(1.005, Lang::en, 2), "1.01");
  EXPECT_EQ(format_number(0.285, Lang::en, 2), "0.29");
  EXPECT_EQ(format_number(1.0049, Lang::en, 2), "1");
  EXPECT_EQ(format_number(1e20, Lang::en, 0), "100,000,000,000,000,000,000");
}

}  // namespace
}  // namespace polso
