// Issue 16 item 12: input as people type it. Each expectation worked out by
// hand from the text (no Polso figures copied).
#include "core/typed_text.hpp"

#include <gtest/gtest.h>

namespace polso {
namespace {

using datasets::DurationUnit;
using V = std::vector<double>;

TypedValues read(std::string_view text, TextShape shape, char decimal = '.', DurationUnit unit = DurationUnit::seconds,
                 bool list = true) {
  return read_typed_text(text, shape, decimal, unit, list);
}

bool has_note(const TypedValues& v, std::string_view code) {
  for (const auto& n : v.notes)
    if (n.code == code) return true;
  return false;
}

TEST(TypedText, APastedColumnSkipsItsHeaderWithANote) {
  const auto v = read("Score\n10\n9\n8\n", TextShape::whole_numbers);
  EXPECT_EQ(v.values, (V{10, 9, 8}));
  EXPECT_TRUE(v.unread.empty());
  ASSERT_TRUE(has_note(v, "header_skipped"));
  EXPECT_NE(v.notes[0].message_en.find("Score"), std::string::npos);
  EXPECT_NE(v.notes[0].message_it.find("saltata"), std::string::npos);
  // A header of several words, and Windows line ends.
  EXPECT_EQ(read("How likely are you to recommend us?\r\n10\r\n7", TextShape::whole_numbers).values, (V{10, 7}));
}

TEST(TypedText, AWordInTheMiddleIsUnreadNotAHeader) {
  const auto v = read("10\nn/a\n9", TextShape::whole_numbers);
  EXPECT_EQ(v.values, (V{10, 9}));
  ASSERT_EQ(v.unread.size(), 1u);
  EXPECT_EQ(v.unread[0].position, 2u);
  EXPECT_EQ(v.unread[0].text, "n/a");
  EXPECT_FALSE(has_note(v, "header_skipped"));
}

TEST(TypedText, SevenCommaFiveOnAnEnglishPage) {
  // A field of decimals: the comma is read as a decimal mark, and said.
  const auto d = read("7,5", TextShape::numbers);
  EXPECT_EQ(d.values, (V{7.5}));
  EXPECT_TRUE(has_note(d, "decimal_comma_read"));
  // "10, 9, 8" and "1,234" are not decimal commas.
  EXPECT_EQ(read("10, 9, 8", TextShape::numbers).values, (V{10, 9, 8}));
  EXPECT_FALSE(has_note(read("10, 9, 8", TextShape::numbers), "decimal_comma_read"));
  // Scores are whole numbers: two answers, and the note asks.
  const auto s = read("7,5", TextShape::whole_numbers);
  EXPECT_EQ(s.values, (V{7, 5}));
  EXPECT_TRUE(has_note(s, "comma_between_numbers"));
  EXPECT_FALSE(has_note(read("10,9,8", TextShape::whole_numbers), "comma_between_numbers"));
  // On an Italian page the comma is the decimal mark, no note needed.
  const auto it = read("7,5 8,25", TextShape::numbers, ',');
  EXPECT_EQ(it.values, (V{7.5, 8.25}));
  EXPECT_TRUE(it.notes.empty());
}

TEST(TypedText, MoneyWithItsCurrency) {
  auto one = [](std::string_view t, char d = '.') { return read(t, TextShape::money, d, DurationUnit::seconds, false).values; };
  EXPECT_EQ(one("€45"), (V{45}));
  EXPECT_EQ(one("45 €"), (V{45}));
  EXPECT_EQ(one("$1,234.50"), (V{1234.5}));
  EXPECT_EQ(one("1.234,50 €"), (V{1234.5}));
  EXPECT_EQ(one("1.234,50 €", ','), (V{1234.5}));
  EXPECT_EQ(one("45,90", ','), (V{45.9}));
  EXPECT_TRUE(one("forty").empty());
}

TEST(TypedText, DurationsWithUnits) {
  const auto v = read("90\n2m\n1:30\n1h 5m\n5 min", TextShape::duration);
  EXPECT_EQ(v.values, (V{90, 120, 90, 3900, 300}));
  EXPECT_TRUE(v.unread.empty());
  // Bare numbers count the chosen unit; m:ss stays minutes and seconds.
  EXPECT_EQ(read("2, 3 1:30", TextShape::duration, '.', DurationUnit::minutes).values, (V{120, 180, 90}));
  // With hours chosen, 1:30 is an hour and a half; 1:02:03 is always h:mm:ss.
  EXPECT_EQ(read("1:30 1:02:03", TextShape::duration, '.', DurationUnit::hours).values, (V{5400, 3723}));
  EXPECT_EQ(read("1,5 min", TextShape::duration, ',').values, (V{90}));
  const auto bad = read("90 soon", TextShape::duration);
  EXPECT_EQ(bad.values, (V{90}));
  ASSERT_EQ(bad.unread.size(), 1u);
  EXPECT_EQ(bad.unread[0].text, "soon");
}

// A clock's digits are read by the core's parser: 400 nines of hours is no
// finite number of seconds, so it is unread (std::stod threw out_of_range here,
// which aborts the wasm module), and long minutes still read exactly.
TEST(TypedText, AClockTooLongToBeATimeIsUnread) {
  const std::string huge = std::string(400, '9') + ":00";
  const auto v = read(huge + " 1:30", TextShape::duration);
  EXPECT_EQ(v.values, (V{90}));
  ASSERT_EQ(v.unread.size(), 1u);
  EXPECT_EQ(v.unread[0].text, huge);
  EXPECT_EQ(read("1000000:05", TextShape::duration).values, (V{60000005}));
}

}  // namespace
}  // namespace polso
