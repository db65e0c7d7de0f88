// The fast paths of the CSV layer against the general code they shortcut:
// parse_date's fixed-ISO path, CsvTokenizer's whole-record path, Decoder's
// UTF-8 pass-through and leading_score's one- and two-digit cells. Each must
// give exactly what the general code gives, on generated inputs and edges.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/csv/dates.hpp"
#include "core/csv/encoding.hpp"
#include "core/csv/numbers.hpp"
#include "core/csv/tokenizer.hpp"

namespace polso::csv {
namespace {

void expect_same_date(std::string_view s, DateOrder o) {
  const ParsedDate fast = parse_date(s, o);
  const ParsedDate slow = detail::parse_date_general(s, o);
  const CalendarDate day = parse_calendar_date(s, o);
  EXPECT_EQ(fast.issue, slow.issue) << "'" << s << "'";
  EXPECT_EQ(day.issue, slow.issue) << "'" << s << "'";
  EXPECT_EQ(day.date, fast.date) << "'" << s << "'";
  if (!slow.ok()) return;
  EXPECT_EQ(fast.date, slow.date) << "'" << s << "'";
  EXPECT_EQ(fast.utc_seconds, slow.utc_seconds) << "'" << s << "'";
  EXPECT_EQ(fast.has_time, slow.has_time) << "'" << s << "'";
  EXPECT_EQ(fast.has_zone, slow.has_zone) << "'" << s << "'";
  EXPECT_EQ(fast.offset_minutes, slow.offset_minutes) << "'" << s << "'";
}

TEST(FastPaths, IsoDatesAgreeWithTheGeneralParserOnEdges) {
  for (const char* s :
       {"2024-03-15", "2024-02-29", "2023-02-29", "2024-04-31", "2024-00-10", "2024-13-01", "2024-01-00",
        "0000-01-01", "0001-01-01", "9999-12-31", "2024-03-15 10:20", "2024-03-15T10:20", "2024-03-15t10:20",
        "2024-03-15 10:20:30", "2024-03-15T23:59:59Z", "2024-03-15T23:59:59z", "2024-03-15T24:00:00",
        "2024-03-15T10:60", "2024-03-15T10:20:60", "2024-03-15T10:20:61", "2024-03-15T10:20:30.5",
        "2024-03-15T10:20:30+02:00", "2024-03-15T10:20:30-05:30", "2024-03-15T10:20+14:00",
        "2024-03-15T10:20+15:00", "2024-03-15T10:20+02:60", "2024-03-15T10:20+0200", "2024-03-15T10:20+02",
        "2024-03-15T10:20Z ", " 2024-03-15 ", "2024-03-15  10:20", "2024-03-15 10:20 PM", "2024-03-15 10:20 UTC",
        "2024-03-15 10:2", "2024-03-15 1:20", "2024-03-15 10:20:3", "2024-03-15 10:20:305", "2024-03-155",
        "2024-3-15", "2024/03/15", "20240-03-15", "2024-03-15T", "2024-03-15 ", "2024-03-15X10:20",
        "2024-03-15T10:20:30+02:00Z", "1999-12-31T23:59:59-14:00", "2024-03-15T10:20:30+-2:00",
        "2024-03-15T10:20:30+2:000", "1710498000", "15/03/2024", "2024-03-15\xC2\xA0", ""})
    for (DateOrder o : {DateOrder::unknown, DateOrder::dmy, DateOrder::mdy, DateOrder::ymd}) expect_same_date(s, o);
}

// Every byte value at every position of each fixed shape: a byte next to
// '0'..'9' (such as '/' or ':') or with the high bit set is never taken for a
// digit or a separator, by parse_date or by parse_calendar_date.
TEST(FastPaths, IsoDatesAgreeWithTheGeneralParserOnEveryByteAtEveryPosition) {
  for (const std::string base : {"2024-02-29", "2024-03-15T10:20", "2024-12-31 23:59:59", "2024-03-15T10:20:30Z",
                                 "2024-03-15T10:20:30+02:00", "2023-01-01 00:00-14:00"}) {
    for (std::size_t at = 0; at < base.size(); ++at) {
      for (int byte = 0; byte < 256; ++byte) {
        std::string s = base;
        s[at] = static_cast<char>(byte);
        for (DateOrder o : {DateOrder::unknown, DateOrder::dmy}) expect_same_date(s, o);
      }
      if (::testing::Test::HasFailure()) return;
    }
  }
}

TEST(FastPaths, IsoDatesAgreeWithTheGeneralParserOnGeneratedValues) {
  std::mt19937 rng(20240315);
  auto num = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  // Appends v with at least two digits.
  auto two = [&](std::string& s, int v) {
    if (v < 10) s.push_back('0');
    s.append(std::to_string(v));
  };
  const char* tails[] = {"", "Z", "z", "+", "-", " ", ".5", "x", "0"};
  for (int i = 0; i < 200000; ++i) {
    const std::string year = std::to_string(num(0, 9999));
    std::string s(4 - year.size(), '0');
    s.append(year);
    s.push_back('-');
    two(s, num(0, 13));
    s.push_back('-');
    two(s, num(0, 32));
    const int shape = num(0, 5);
    if (shape >= 1) {
      s.push_back("T T "[num(0, 3)]);
      two(s, num(0, 25));
      s.push_back(':');
      two(s, num(0, 61));
    }
    if (shape >= 2 && num(0, 1)) {
      s.push_back(':');
      two(s, num(0, 61));
    }
    if (shape >= 3) {
      const std::string_view t = tails[num(0, 8)];
      s.append(t);
      if (t == "+" || t == "-") {
        two(s, num(0, 16));
        if (num(0, 5)) s.push_back(':');
        two(s, num(0, 61));
      }
    }
    if (num(0, 50) == 0 && !s.empty()) s.erase(static_cast<std::size_t>(num(0, static_cast<int>(s.size()) - 1)), 1);
    expect_same_date(s, DateOrder::unknown);
    if (::testing::Test::HasFailure()) return;
  }
}

TEST(FastPaths, LeadingScoreOfOneOrTwoDigits) {
  for (int v = 0; v <= 99; ++v) {
    const std::string s = std::to_string(v);
    EXPECT_EQ(leading_score(s).value, v);
    EXPECT_TRUE(leading_score(s).ok());
  }
  EXPECT_EQ(leading_score("07").value, 7);
  EXPECT_FALSE(leading_score("a").ok());
  EXPECT_FALSE(leading_score("7a").ok());
  EXPECT_EQ(leading_score(" 7").value, 7);
  EXPECT_EQ(leading_score("7 ").value, 7);
  EXPECT_EQ(leading_score("").issue, NumberIssue::blank);
}

// Everything a tokenizer reports, to compare two runs.
struct Tokens {
  std::vector<std::uint64_t> lines, indexes;
  std::vector<std::vector<std::string>> rows;
  std::optional<Error> error;
  std::uint64_t blank_lines = 0, stray = 0, stray_line = 0, emitted = 0;
};

Tokens tokenize(const std::string& text, std::size_t chunk, TokenizerOptions opt) {
  CsvTokenizer tok(opt);
  Tokens t;
  auto sink = [&](const Row& r) {
    t.lines.push_back(r.line);
    t.indexes.push_back(r.index);
    t.rows.emplace_back(r.fields.begin(), r.fields.end());
  };
  for (std::size_t at = 0; at < text.size() && !t.error; at += chunk)
    t.error = tok.feed(std::string_view(text).substr(at, chunk), sink);
  if (!t.error) t.error = tok.finish(sink);
  t.blank_lines = tok.blank_lines();
  t.stray = tok.stray_quotes();
  t.stray_line = tok.first_stray_quote_line();
  t.emitted = tok.rows_emitted();
  return t;
}

void expect_same(const Tokens& a, const Tokens& b, const std::string& text) {
  EXPECT_EQ(a.rows, b.rows) << text;
  EXPECT_EQ(a.lines, b.lines) << text;
  EXPECT_EQ(a.indexes, b.indexes) << text;
  EXPECT_EQ(a.blank_lines, b.blank_lines) << text;
  EXPECT_EQ(a.stray, b.stray) << text;
  EXPECT_EQ(a.stray_line, b.stray_line) << text;
  EXPECT_EQ(a.emitted, b.emitted) << text;
  ASSERT_EQ(a.error.has_value(), b.error.has_value()) << text;
  if (a.error) {
    EXPECT_EQ(a.error->code, b.error->code) << text;
    EXPECT_EQ(a.error->row, b.error->row) << text;
    EXPECT_EQ(a.error->message_en, b.error->message_en) << text;
  }
}

// One-byte chunks never hold a whole record, so they run the state machine
// alone; whole and odd-sized chunks run the fast path wherever it applies.
TEST(FastPaths, WholeRecordsTokenizeAsTheStateMachineDoes) {
  std::mt19937 rng(7);
  const std::string pieces[] = {"a", "bc", "2024-03-15 10:20:30", ",", ",", ",", "\n", "\r\n", "\r", "\"",
                                "\"q\"", "\"a,b\"", "\"x\"\"y\"", "\"l1\nl2\"", "\"c\r\nd\"", "\"e\rf\"",
                                "\"\"", " ", "\xC3\xA9", ";", "\"a\"b", "\n\n", "\"\"\"\"", "\xEF\xBB\xBF"};
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    const int n = std::uniform_int_distribution<int>(0, 40)(rng);
    for (int k = 0; k < n; ++k) text += pieces[std::uniform_int_distribution<std::size_t>(0, std::size(pieces) - 1)(rng)];
    TokenizerOptions opt;
    if (i % 5 == 0) opt.max_row_bytes = std::uniform_int_distribution<std::uint64_t>(1, 40)(rng);
    if (i % 7 == 0) opt.max_fields = std::uniform_int_distribution<std::uint32_t>(1, 6)(rng);
    if (i % 11 == 0) opt.skip_records = 1;
    if (i % 13 == 0) opt.delimiter = ';';
    const Tokens reference = tokenize(text, 1, opt);
    for (std::size_t chunk : {text.size() + 1, std::size_t{3}, std::size_t{7}, std::size_t{64}}) {
      expect_same(reference, tokenize(text, chunk, opt), text + "\n[chunk " + std::to_string(chunk) + " delim " + opt.delimiter + " skip " + std::to_string(opt.skip_records) + "]");
      if (::testing::Test::HasFailure()) return;
    }
  }
}

std::string decoded(Decoder& d, std::string_view chunk) {
  std::string out;
  d.feed(chunk, out);
  return out;
}

// passthrough() says yes exactly when feed() would hand the chunk back as it is.
TEST(FastPaths, Utf8PassThroughMatchesFeed) {
  std::mt19937 rng(11);
  const std::string pieces[] = {"abc", "a,b\n", std::string(1, '\0'), "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80",
                                "\xC3", "\xE2\x82", "\xFF", "\x80", "\xED\xA0\x80", "\xC0\xAF", "\xE9",
                                "0123456789abcdef", std::string(9, 'x')};
  for (int i = 0; i < 20000; ++i) {
    const Encoding forced = i % 4 == 0 ? Encoding::utf8 : i % 4 == 1 ? Encoding::windows1252 : Encoding::detect;
    Decoder a(forced), b(forced);
    std::string first = i % 3 == 0 ? "\xC3\xA9," : "x,";
    EXPECT_EQ(decoded(a, first), decoded(b, first));
    for (int c = 0; c < 4; ++c) {
      std::string chunk;
      const int n = std::uniform_int_distribution<int>(0, 12)(rng);
      for (int k = 0; k < n; ++k) {
        const auto& p = pieces[std::uniform_int_distribution<std::size_t>(0, std::size(pieces) - 1)(rng)];
        if (p[0] & 0x80 && std::uniform_int_distribution<int>(0, 3)(rng)) continue;  // mostly ASCII
        chunk += p;
      }
      std::uint64_t nuls = 0;
      const Encoding before = a.encoding();
      const bool was_decided = a.decided();
      const std::string want = decoded(b, chunk);
      if (a.passthrough(chunk, nuls)) {
        EXPECT_EQ(want, chunk);
        EXPECT_EQ(nuls, static_cast<std::uint64_t>(std::count(chunk.begin(), chunk.end(), '\0')));
      } else {
        EXPECT_EQ(nuls, 0u);
        EXPECT_EQ(a.encoding(), before);
        EXPECT_EQ(a.decided(), was_decided);
        EXPECT_EQ(decoded(a, chunk), want);
      }
      EXPECT_EQ(a.encoding(), b.encoding());
      EXPECT_EQ(a.decided(), b.decided());
      EXPECT_EQ(a.replacements(), b.replacements());
      if (::testing::Test::HasFailure()) return;
    }
    std::string ta, tb;
    a.finish(ta);
    b.finish(tb);
    EXPECT_EQ(ta, tb);
  }
}

TEST(FastPaths, PassThroughWaitsForTheBomAndForHeldBytes) {
  std::uint64_t nuls = 0;
  Decoder fresh;
  EXPECT_FALSE(fresh.passthrough("abc", nuls));  // the BOM check comes first
  Decoder split;
  EXPECT_EQ(decoded(split, "ab\xC3"), "ab");
  EXPECT_FALSE(split.passthrough("\xA9x", nuls));  // a held byte
  EXPECT_EQ(decoded(split, "\xA9x"), "\xC3\xA9x");
  EXPECT_TRUE(split.passthrough("plain", nuls));
  Decoder latin;
  EXPECT_EQ(decoded(latin, "caf\xE9,"), "caf\xC3\xA9,");
  EXPECT_FALSE(latin.passthrough("abc", nuls));  // Windows-1252 is always decoded
  EXPECT_EQ(nuls, 0u);
}

}  // namespace
}  // namespace polso::csv
