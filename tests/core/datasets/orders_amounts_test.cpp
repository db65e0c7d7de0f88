// Order amounts as shops write them, and the decimal separator the amount
// cells themselves show. Each expectation is the number a person reads.
#include "core/datasets/orders_amounts.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace polso::datasets {
namespace {

constexpr csv::NumberFormat kDot{'.', ','}, kComma{',', '.'};

TEST(OrdersAmounts, ParseAmount) {
  const struct {
    const char* cell;
    csv::NumberFormat format;
    csv::NumberIssue issue;
    double value;
  } cases[] = {
      {"12,50", kComma, csv::NumberIssue::none, 12.5},
      {"€ 1.234,50", kComma, csv::NumberIssue::none, 1234.5},
      {"1.234,50 €", kComma, csv::NumberIssue::none, 1234.5},
      {"-12,50 EUR", kComma, csv::NumberIssue::none, -12.5},
      {"€ -12,50", kComma, csv::NumberIssue::none, -12.5},   // the sign after the currency
      {"-€5", kComma, csv::NumberIssue::none, -5},           // the sign before it
      {"\xE2\x88\x92" "7,5", kComma, csv::NumberIssue::none, -7.5},  // U+2212 minus
      {"1 250,00", kComma, csv::NumberIssue::none, 1250},
      {"1\xC2\xA0" "250,00", kComma, csv::NumberIssue::none, 1250},      // no-break space
      {"1\xE2\x80\xAF" "250,00", kComma, csv::NumberIssue::none, 1250},  // narrow no-break space
      {"12 50", kComma, csv::NumberIssue::not_a_number, 0},  // a space is grouping only before 3 digits
      {"$99", kDot, csv::NumberIssue::none, 99},
      {"USD 5", kDot, csv::NumberIssue::none, 5},
      {"$1,234.56", kDot, csv::NumberIssue::none, 1234.56},
      {"£0.99", kDot, csv::NumberIssue::none, 0.99},
      {"+3.10 CHF", kDot, csv::NumberIssue::none, 3.1},
      {"", kDot, csv::NumberIssue::blank, 0},
      {"   ", kDot, csv::NumberIssue::blank, 0},
      {"EUR", kDot, csv::NumberIssue::not_a_number, 0},  // nothing but a currency
      {"€", kDot, csv::NumberIssue::not_a_number, 0},
      {"--5", kDot, csv::NumberIssue::not_a_number, 0},
      {"- € -5", kDot, csv::NumberIssue::not_a_number, 0},  // two signs
      {"n/a", kDot, csv::NumberIssue::not_a_number, 0},
  };
  for (const auto& c : cases) {
    const csv::ParsedNumber n = parse_amount(c.cell, c.format);
    EXPECT_EQ(n.issue, c.issue) << c.cell;
    if (n.ok()) {
      EXPECT_DOUBLE_EQ(n.value, c.value) << c.cell;
    }
  }
}

TEST(OrdersAmounts, FormatFromTheCells) {
  const struct {
    std::vector<std::string_view> cells;
    csv::NumberFormat sniffed;
    char decimal;
  } cases[] = {
      {{"$61.80", "$5.00"}, kComma, '.'},  // "61.80" cannot be 6,180 (groups of three)
      {{"45,90", "€ 3,00"}, kDot, ','},
      {{"12", "1.234"}, kDot, '.'},        // both readings work: the sniffed one stays
      {{"12", "1.234"}, kComma, ','},
      {{}, kComma, ','},
      {{"$61.80", "45,90", "7,25"}, kDot, ','},  // most cells vote
  };
  for (const auto& c : cases) EXPECT_EQ(amount_format(c.cells, c.sniffed).decimal, c.decimal) << c.cells.size();
}

}  // namespace
}  // namespace polso::datasets
