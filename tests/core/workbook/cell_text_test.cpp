#include "core/workbook/cell_text.hpp"

#include <gtest/gtest.h>

namespace polso::workbook {
namespace {

TEST(CellText, NumbersInShortestDecimalForm) {
  EXPECT_EQ(number_text("4.5"), "4.5");
  EXPECT_EQ(number_text("5.0"), "5");
  EXPECT_EQ(number_text("1E-3"), "0.001");
  EXPECT_EQ(number_text("1.5E+3"), "1500");
  EXPECT_EQ(number_text("0.30000000000000004"), "0.30000000000000004");
  EXPECT_EQ(number_text("-0"), "0");
  EXPECT_EQ(number_text("-0.50"), "-0.5");
  EXPECT_EQ(number_text("007"), "7");
  EXPECT_EQ(number_text("0.000123"), "0.000123");
  EXPECT_EQ(number_text("-12.25"), "-12.25");
  EXPECT_EQ(number_text("abc"), std::nullopt);
  EXPECT_EQ(number_text(""), std::nullopt);
}

TEST(CellText, Excel1900SystemKeepsItsLeapDayQuirk) {
  const auto date = [](std::string_view v) { return serial_date_text(v, DateSystem::from1900, NumberKind::date); };
  EXPECT_EQ(date("1"), "1900-01-01");
  EXPECT_EQ(date("59"), "1900-02-28");
  EXPECT_EQ(date("60"), "1900-02-29");  // the day that never was: no date reader accepts it
  EXPECT_EQ(date("61"), "1900-03-01");
  EXPECT_EQ(date("45292"), "2024-01-01");
  EXPECT_EQ(date("45292.5"), "2024-01-01T12:00:00");
  EXPECT_EQ(date("45330.21769675926"), "2024-02-08T05:13:29");
  EXPECT_EQ(date("-1"), std::nullopt);
}

TEST(CellText, Excel1904System) {
  const auto date = [](std::string_view v) { return serial_date_text(v, DateSystem::from1904, NumberKind::date); };
  EXPECT_EQ(date("0"), "1904-01-01");
  EXPECT_EQ(date("43830"), "2024-01-01");  // 45292 − 1462
}

TEST(CellText, TimesOfDayAndElapsedTimes) {
  EXPECT_EQ(serial_date_text("0.5", DateSystem::from1900, NumberKind::time), "12:00:00");
  EXPECT_EQ(serial_date_text("1.25", DateSystem::from1900, NumberKind::time), "30:00:00");
}

TEST(CellText, FormatKinds) {
  EXPECT_EQ(builtin_format_kind(14), NumberKind::date);
  EXPECT_EQ(builtin_format_kind(22), NumberKind::date);
  EXPECT_EQ(builtin_format_kind(21), NumberKind::time);
  EXPECT_EQ(builtin_format_kind(9), NumberKind::number);  // 0%: the fraction
  EXPECT_EQ(builtin_format_kind(0), NumberKind::number);
  EXPECT_EQ(format_code_kind("dd/mm/yyyy"), NumberKind::date);
  EXPECT_EQ(format_code_kind("yyyy-mm-dd hh:mm:ss"), NumberKind::date);
  EXPECT_EQ(format_code_kind("[h]:mm:ss"), NumberKind::time);
  EXPECT_EQ(format_code_kind("hh:mm"), NumberKind::time);
  EXPECT_EQ(format_code_kind("mmmm"), NumberKind::date);
  EXPECT_EQ(format_code_kind("0.00%"), NumberKind::number);
  EXPECT_EQ(format_code_kind("#,##0.00 \"days\""), NumberKind::number);
  EXPECT_EQ(format_code_kind("[Red]0.00"), NumberKind::number);
  EXPECT_EQ(format_code_kind("General"), NumberKind::number);
  EXPECT_EQ(format_code_kind("0.00E+00"), NumberKind::number);
}

}  // namespace
}  // namespace polso::workbook
