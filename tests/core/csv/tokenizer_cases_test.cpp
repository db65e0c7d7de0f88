// One table of tiny CSV inputs and the exact records (or error) expected, in
// the manner of Papa Parse's tests. Every case runs whole, split in two at
// every offset, and byte by byte: chunking must never change the result. Both
// scans (scalar and SIMD blocks) run every case.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/csv/scan_param.hpp"
#include "core/csv/tokenizer.hpp"

namespace polso::csv {
namespace {

struct Record {
  std::uint64_t line;
  std::vector<std::string> fields;
  bool operator==(const Record&) const = default;
};

struct Outcome {
  std::vector<Record> rows;
  std::string error_code;  // empty when none
  std::int64_t error_row = -1;
  std::uint64_t blank_lines = 0;
  bool operator==(const Outcome&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Outcome& o) {
  for (const auto& r : o.rows) {
    os << "\n  line " << r.line << ":";
    for (const auto& f : r.fields) os << " [" << f << "]";
  }
  if (!o.error_code.empty()) os << "\n  error " << o.error_code << " row " << o.error_row;
  return os << "\n  blank lines " << o.blank_lines;
}

struct Case {
  const char* name;
  std::string input;
  std::vector<Record> rows;
  std::string error_code = {};
  std::int64_t error_row = -1;
  char delimiter = ',';
  std::uint64_t blank_lines = 0;
};

// Feeds `chunks` in order, then finishes.
Outcome run(const std::vector<std::string_view>& chunks, char delimiter, bool simd) {
  TokenizerOptions opt;
  opt.delimiter = delimiter;
  opt.simd = simd;
  CsvTokenizer tok(opt);
  Outcome out;
  auto sink = [&](const Row& row) {
    Record r{row.line, {}};
    for (auto f : row.fields) r.fields.emplace_back(f);
    out.rows.push_back(std::move(r));
  };
  std::optional<Error> err;
  for (auto c : chunks) {
    err = tok.feed(c, sink);
    if (err) break;
  }
  if (!err) err = tok.finish(sink);
  if (err) {
    out.error_code = err->code;
    out.error_row = err->row;
  }
  out.blank_lines = tok.blank_lines();
  return out;
}

const std::vector<Case>& cases() {
  static const std::vector<Case> kCases = {
      {"empty input", "", {}},
      {"one field", "a", {{1, {"a"}}}},
      {"one row", "a,b,c", {{1, {"a", "b", "c"}}}},
      {"LF rows", "a,b\nc,d", {{1, {"a", "b"}}, {2, {"c", "d"}}}},
      {"CRLF rows with final break", "a,b\r\nc,d\r\n", {{1, {"a", "b"}}, {2, {"c", "d"}}}},
      {"lone CR rows", "a\rb\rc", {{1, {"a"}}, {2, {"b"}}, {3, {"c"}}}},
      {"trailing CR", "a\r", {{1, {"a"}}}},
      {"quoted delimiter", "a,\"b,c\",d", {{1, {"a", "b,c", "d"}}}},
      {"doubled quotes", "\"a \"\"q\"\" b\"", {{1, {"a \"q\" b"}}}},
      {"doubled quote at end", "\"a\"\"\"", {{1, {"a\""}}}},
      {"quoted LF advances lines", "\"l1\nl2\",x\ny",
       {{1, {"l1\nl2", "x"}}, {3, {"y"}}}},
      {"quoted CRLF counts one line", "\"l1\r\nl2\"\r\nz",
       {{1, {"l1\r\nl2"}}, {3, {"z"}}}},
      {"quoted lone CR", "\"a\rb\"\nc", {{1, {"a\rb"}}, {3, {"c"}}}},
      {"blank line skipped and counted", "a\n\nb", {{1, {"a"}}, {3, {"b"}}}, {}, -1, ',', 1},
      {"CRLF blank lines", "a\r\n\r\n\r\nb", {{1, {"a"}}, {4, {"b"}}}, {}, -1, ',', 2},
      {"leading blank lines", "\n\na", {{3, {"a"}}}, {}, -1, ',', 2},
      {"trailing blank line", "a,b\n\n", {{1, {"a", "b"}}}, {}, -1, ',', 1},
      {"only delimiters", ",,", {{1, {"", "", ""}}}},
      {"trailing delimiter", "a,\n", {{1, {"a", ""}}}},
      {"empty quoted field", "\"\"", {{1, {""}}}},
      {"two empty quoted fields", "\"\",\"\"", {{1, {"", ""}}}},
      {"quoted fields then CRLF", "\"a\"\r\n\"b\"", {{1, {"a"}}, {2, {"b"}}}},
      {"spaces kept", "  a  , b ", {{1, {"  a  ", " b "}}}},
      {"BOM stripped", "\xEF\xBB\xBF" "a,b", {{1, {"a", "b"}}}},
      {"BOM then quote", "\xEF\xBB\xBF\"a\"", {{1, {"a"}}}},
      {"BOM prefix that is not a BOM", "\xEF\xBBx", {{1, {"\xEF\xBBx"}}}},
      {"quote inside unquoted field is text", "a\"b,c", {{1, {"a\"b", "c"}}}},
      {"text after closing quote kept", "\"a\"b,c", {{1, {"ab", "c"}}}},
      {"UTF-8 kept whole", "caff\xC3\xA8,\xE2\x82\xAC\n\xF0\x9F\x98\x80",
       {{1, {"caff\xC3\xA8", "\xE2\x82\xAC"}}, {2, {"\xF0\x9F\x98\x80"}}}},
      {"semicolon delimiter", "a;b,c\n1;2", {{1, {"a", "b,c"}}, {2, {"1", "2"}}}, {}, -1, ';'},
      {"tab delimiter", "a\tb\n\"x\ty\"\tz", {{1, {"a", "b"}}, {2, {"x\ty", "z"}}}, {}, -1, '\t'},
      {"pipe delimiter", "a|b|", {{1, {"a", "b", ""}}}, {}, -1, '|'},
      {"unterminated quote on line 1", "a,\"b", {}, "unterminated_quote", 1},
      {"unterminated quote reports opening line", "x\ny,\"b\nc\nd", {{1, {"x"}}},
       "unterminated_quote", 2},
      {"unterminated after CRLF lines", "h\r\n\r\n\"open\r\n", {{1, {"h"}}},
       "unterminated_quote", 3, ',', 1},
  };
  return kCases;
}

class TokenizerCases : public ScanTest {};
POLSO_BOTH_SCANS(TokenizerCases);

Outcome expected(const Case& c) { return {c.rows, c.error_code, c.error_row, c.blank_lines}; }

TEST_P(TokenizerCases, Whole) {
  for (const auto& c : cases()) {
    EXPECT_EQ(run({c.input}, c.delimiter, simd()), expected(c)) << c.name;
  }
}

TEST_P(TokenizerCases, EverySplitPoint) {
  for (const auto& c : cases()) {
    const std::string_view in = c.input;
    for (std::size_t k = 0; k <= in.size(); ++k) {
      EXPECT_EQ(run({in.substr(0, k), in.substr(k)}, c.delimiter, simd()), expected(c))
          << c.name << " split at " << k;
    }
  }
}

TEST_P(TokenizerCases, ByteByByte) {
  for (const auto& c : cases()) {
    std::vector<std::string_view> bytes;
    for (std::size_t i = 0; i < c.input.size(); ++i) bytes.push_back(std::string_view(c.input).substr(i, 1));
    EXPECT_EQ(run(bytes, c.delimiter, simd()), expected(c)) << c.name;
  }
}

}  // namespace
}  // namespace polso::csv
