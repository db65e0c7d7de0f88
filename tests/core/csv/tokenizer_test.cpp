// Tokenizer behaviour beyond the case table: progress, limits, skipped
// records, counters.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/csv/scan_param.hpp"
#include "core/csv/tokenizer.hpp"

namespace polso::csv {
namespace {

class Tokenizer : public ScanTest {};
POLSO_BOTH_SCANS(Tokenizer);

TEST_P(Tokenizer, CountsBytesConsumedIncludingBom) {
  CsvTokenizer tok(options());
  int rows = 0;
  auto sink = [&](const Row&) { ++rows; };
  EXPECT_FALSE(tok.feed("\xEF\xBB", sink));
  EXPECT_EQ(tok.bytes_consumed(), 2u);
  EXPECT_FALSE(tok.feed("\xBF" "a,b\n", sink));
  EXPECT_EQ(tok.bytes_consumed(), 7u);
  EXPECT_FALSE(tok.finish(sink));
  EXPECT_EQ(rows, 1);
  EXPECT_EQ(tok.rows_emitted(), 1u);
}

TEST_P(Tokenizer, RecordLargerThanCapIsAnErrorNamingItsLine) {
  TokenizerOptions opt = options();
  opt.max_row_bytes = 16;
  CsvTokenizer tok(opt);
  std::vector<std::uint64_t> lines;
  auto sink = [&](const Row& r) { lines.push_back(r.line); };
  EXPECT_FALSE(tok.feed("ok,row\n\"", sink));
  std::optional<Error> err;
  // A runaway quote: memory must stop growing at the cap.
  for (int i = 0; i < 100 && !err; ++i) err = tok.feed("xxxxxxxx\n", sink);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->code, "row_too_large");
  EXPECT_EQ(err->row, 2);
  EXPECT_NE(err->message_en.find("line 2"), std::string::npos);
  EXPECT_NE(err->message_it.find("riga 2"), std::string::npos);
  EXPECT_EQ(lines, std::vector<std::uint64_t>{1});
  // The error sticks.
  auto again = tok.finish(sink);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->code, "row_too_large");
}

TEST_P(Tokenizer, RecordExactlyAtCapIsAccepted) {
  TokenizerOptions opt = options();
  opt.max_row_bytes = 8;  // 7 bytes + 1 field
  CsvTokenizer tok(opt);
  int rows = 0;
  auto sink = [&](const Row&) { ++rows; };
  EXPECT_FALSE(tok.feed("abcdefg\n", sink));
  EXPECT_EQ(rows, 1);
  EXPECT_TRUE(tok.feed("abcdefgh\n", sink));
}

TEST_P(Tokenizer, SkipRecordsDropsSepLineButKeepsLineNumbers) {
  TokenizerOptions opt = options();
  opt.delimiter = ';';
  opt.skip_records = 1;
  CsvTokenizer tok(opt);
  std::vector<std::pair<std::uint64_t, std::uint64_t>> seen;  // line, index
  std::vector<std::string> first;
  auto sink = [&](const Row& r) {
    seen.emplace_back(r.line, r.index);
    first.emplace_back(r[0]);
  };
  EXPECT_FALSE(tok.feed("sep=;\r\nName;Score\r\nAnna;9\r\n", sink));
  EXPECT_FALSE(tok.finish(sink));
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0], std::make_pair(std::uint64_t{2}, std::uint64_t{0}));
  EXPECT_EQ(seen[1], std::make_pair(std::uint64_t{3}, std::uint64_t{1}));
  EXPECT_EQ(first[0], "Name");
}

TEST_P(Tokenizer, StrayQuotesAreCountedWithFirstLine) {
  CsvTokenizer tok(options());
  auto sink = [](const Row&) {};
  EXPECT_FALSE(tok.feed("a\n\"b\"c\n\"d\"e\n", sink));
  EXPECT_EQ(tok.stray_quotes(), 2u);
  EXPECT_EQ(tok.first_stray_quote_line(), 2u);
}

TEST_P(Tokenizer, AllEmptyRecognisesExcelFillerRows) {
  TokenizerOptions opt = options();
  opt.delimiter = ';';
  CsvTokenizer tok(opt);
  std::vector<bool> empty;
  auto sink = [&](const Row& r) { empty.push_back(r.all_empty()); };
  EXPECT_FALSE(tok.feed(";;\na;;\n", sink));
  EXPECT_EQ(empty, (std::vector<bool>{true, false}));
}

TEST_P(Tokenizer, LargeInputInOddChunksMatchesWholeInput) {
  std::string csv = "id,text,score\r\n";
  for (int i = 0; i < 500; ++i) {
    csv += std::to_string(i) + ",\"multi\nline, \"\"quoted\"\" " + std::to_string(i) +
           "\"," + std::to_string(i % 11) + (i % 3 ? "\r\n" : "\n");
  }
  auto collect = [&](std::size_t chunk) {
    CsvTokenizer tok(options());
    std::vector<std::string> out;
    auto sink = [&](const Row& r) {
      std::string s = std::to_string(r.line);
      for (auto f : r.fields) s += "|" + std::string(f);
      out.push_back(std::move(s));
    };
    for (std::size_t i = 0; i < csv.size(); i += chunk)
      EXPECT_FALSE(tok.feed(std::string_view(csv).substr(i, chunk), sink));
    EXPECT_FALSE(tok.finish(sink));
    return out;
  };
  auto whole = collect(csv.size());
  ASSERT_EQ(whole.size(), 501u);
  EXPECT_EQ(whole[2], "4|1|multi\nline, \"quoted\" 1|1");
  for (std::size_t chunk : {1u, 3u, 7u, 64u, 4096u}) EXPECT_EQ(collect(chunk), whole) << chunk;
}

}  // namespace
}  // namespace polso::csv
