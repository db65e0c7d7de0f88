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
