// parse_number and leading_score: separators, grouping, rejections.
#include <gtest/gtest.h>

#include "core/csv/numbers.hpp"

namespace polso::csv {
namespace {

constexpr NumberFormat kItalian{',', '.'};
constexpr NumberFormat kEnglish{'.', ','};
constexpr NumberFormat kPlain{'.', 0};

double num(std::string_view s, NumberFormat f) {
  auto r = parse_number(s, f);
  EXPECT_TRUE(r.ok()) << "'" << s << "' gave " << number_issue_code(r.issue);
  return r.value;
}

NumberIssue issue(std::string_view s, NumberFormat f) { return parse_number(s, f).issue; }

TEST(ParseNumber, WholeNumbersOfAnySizeWithoutAnIntegerCast) {
  EXPECT_TRUE(parse_number("12", kPlain).whole());
  EXPECT_TRUE(parse_number("1e97", kPlain).whole());  // found by the conversations fuzzer (UBSan)
  EXPECT_TRUE(parse_number("1.234", kItalian).whole());
  EXPECT_FALSE(parse_number("1,5", kItalian).whole());
  EXPECT_FALSE(parse_number("abc", kPlain).whole());
}

TEST(ParseNumber, ItalianDecimalComma) {
  EXPECT_EQ(num("4,5", kItalian), 4.5);
  EXPECT_EQ(num("1.234,56", kItalian), 1234.56);
  EXPECT_EQ(num("1.234.567", kItalian), 1234567.0);
  EXPECT_EQ(num("-0,25", kItalian), -0.25);
  EXPECT_EQ(num("1.234", kItalian), 1234.0);  // grouping, not a decimal
}

TEST(ParseNumber, EnglishDecimalPoint) {
  EXPECT_EQ(num("1,234.5", kEnglish), 1234.5);
  EXPECT_EQ(num("4.5", kEnglish), 4.5);
  EXPECT_EQ(num("1234.5", kEnglish), 1234.5);  // grouping is optional
  EXPECT_EQ(num(".5", kEnglish), 0.5);
  EXPECT_EQ(num("5.", kEnglish), 5.0);
}

TEST(ParseNumber, SpacesSignsAndExponents) {
  EXPECT_EQ(num("  7 ", kPlain), 7.0);
  EXPECT_EQ(num("\xC2\xA0" "12\xC2\xA0", kPlain), 12.0);  // no-break spaces
  EXPECT_EQ(num("-3", kPlain), -3.0);
  EXPECT_EQ(num("+3", kPlain), 3.0);
  EXPECT_EQ(num("1e3", kPlain), 1000.0);
  EXPECT_EQ(num("2.5E-2", kPlain), 0.025);
  EXPECT_EQ(num("0", kPlain), 0.0);
  EXPECT_EQ(num("007", kPlain), 7.0);
}

TEST(ParseNumber, ExactForOrdinaryValues) {
  EXPECT_EQ(num("0.1", kPlain), 0.1);
  EXPECT_EQ(num("123456.789", kPlain), 123456.789);
  EXPECT_EQ(num("9007199254740993", kPlain), 9007199254740992.0);  // 2^53+1 rounds to even
  EXPECT_EQ(num("3.14159265358979", kPlain), 3.14159265358979);
  EXPECT_EQ(num("1e-300", kPlain), 1e-300);
  EXPECT_NEAR(num("12345678901234567890123", kPlain), 1.2345678901234568e22, 1e7);
}

TEST(ParseNumber, RejectsWithReason) {
  EXPECT_EQ(issue("", kPlain), NumberIssue::blank);
  EXPECT_EQ(issue("   ", kPlain), NumberIssue::blank);
  EXPECT_EQ(issue("abc", kPlain), NumberIssue::not_a_number);
  EXPECT_EQ(issue("N/A", kPlain), NumberIssue::not_a_number);
  EXPECT_EQ(issue("-", kPlain), NumberIssue::not_a_number);
  EXPECT_EQ(issue(".", kPlain), NumberIssue::not_a_number);
  EXPECT_EQ(issue("1e", kPlain), NumberIssue::not_a_number);
  EXPECT_EQ(issue("1e999", kPlain), NumberIssue::not_a_number);
  EXPECT_EQ(issue("4,5", kPlain), NumberIssue::not_a_number);
  EXPECT_EQ(issue("7 kg", kPlain), NumberIssue::not_a_number);
  // Bad grouping is refused instead of silently misread.
  EXPECT_EQ(issue("4.5", kItalian), NumberIssue::not_a_number);
  EXPECT_EQ(issue("1.23,4", kItalian), NumberIssue::not_a_number);
  EXPECT_EQ(issue("1234.567,8", kItalian), NumberIssue::not_a_number);
  EXPECT_EQ(issue("1,234.5", kItalian), NumberIssue::not_a_number);
  EXPECT_EQ(issue("1,,234", kEnglish), NumberIssue::not_a_number);
  EXPECT_EQ(issue("1,234,", kEnglish), NumberIssue::not_a_number);
  EXPECT_EQ(number_issue_code(NumberIssue::blank), "blank");
  EXPECT_EQ(number_issue_code(NumberIssue::not_a_number), "not_a_number");
}

std::int64_t score(std::string_view s) {
  auto r = leading_score(s);
  EXPECT_TRUE(r.ok()) << "'" << s << "'";
  return r.value;
}

TEST(LeadingScore, ReadsTheLeadingInteger) {
  EXPECT_EQ(score("9"), 9);
  EXPECT_EQ(score(" 10 "), 10);
  EXPECT_EQ(score("10 - Extremely likely"), 10);
  EXPECT_EQ(score("0 = Per niente probabile"), 0);
  EXPECT_EQ(score("9 (Promoter)"), 9);
  EXPECT_EQ(score("7."), 7);
  EXPECT_EQ(score("10 \xE2\x80\x93 Estremamente probabile"), 10);
  EXPECT_EQ(score("5: Very satisfied"), 5);
}

// Whole numbers written as decimals are whole numbers (issue 15: "10.0" was
// refused as "no usable answer").
TEST(LeadingScore, ReadsWholeNumbersWithAZeroFraction) {
  EXPECT_EQ(score("10.0"), 10);
  EXPECT_EQ(score("9,0"), 9);
  EXPECT_EQ(score("8.00"), 8);
  EXPECT_EQ(score(" 7.0 "), 7);
  EXPECT_EQ(score("10.0 - Extremely likely"), 10);
}

// A cell is a score only if all of it is one: the leading "9" of a timestamp
// once made a date column read as scores (CSAT 100% from the answer dates).
TEST(LeadingScore, RefusesCellsThatOnlyStartWithANumber) {
  for (const char* cell : {"9/17/2025 20:35:23", "3/5", "9:30", "2025-09-17", "17.09.2025", "10 stars", "1.000",
                           "7.05", "9,", "10 -", "10 - 3", "4 (", "5 x"})
    EXPECT_EQ(leading_score(cell).issue, NumberIssue::not_a_number) << cell;
}

TEST(LeadingScore, Rejects) {
  EXPECT_EQ(leading_score("").issue, NumberIssue::blank);
  EXPECT_EQ(leading_score("abc").issue, NumberIssue::not_a_number);
  EXPECT_EQ(leading_score("N/A").issue, NumberIssue::not_a_number);
  EXPECT_EQ(leading_score("Extremely likely - 10").issue, NumberIssue::not_a_number);
  EXPECT_EQ(leading_score("7.5").issue, NumberIssue::not_a_number);
  EXPECT_EQ(leading_score("4,5").issue, NumberIssue::not_a_number);
  EXPECT_EQ(leading_score("5stars").issue, NumberIssue::not_a_number);
  EXPECT_EQ(leading_score("-1").issue, NumberIssue::not_a_number);
  EXPECT_EQ(leading_score("12345678901").issue, NumberIssue::not_a_number);
}

}  // namespace
}  // namespace polso::csv
