// Each export style in tests/data/csv through the whole chain: Decoder →
// sniff_dialect → CsvTokenizer → header_names → map_columns.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/csv/columns.hpp"
#include "core/csv/dialect.hpp"
#include "core/csv/encoding.hpp"
#include "core/csv/tokenizer.hpp"
#include "test_files.hpp"

#ifndef POLSO_TEST_DATA
#error "POLSO_TEST_DATA must name the tests/data folder"
#endif

namespace polso::csv {
namespace {

std::string read_fixture(const std::string& name) { return polso::test::data_file("csv/" + name); }

struct Loaded {
  Dialect dialect;
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;  // data rows
  std::vector<std::uint64_t> lines;            // line of each data row
  ColumnMapping mapping;
};

// Reads the file in `chunk`-byte pieces, as the worker does.
Loaded load(const std::string& name, std::size_t chunk = 7,
            DateOrder fallback = DateOrder::unknown) {
  const std::string bytes = read_fixture(name);
  Decoder decoder;
  std::string text;
  for (std::size_t i = 0; i < bytes.size(); i += chunk)
    decoder.feed(std::string_view(bytes).substr(i, chunk), text);
  decoder.finish(text);

  Loaded out;
  SniffOptions so;
  so.sample_is_complete = true;
  so.encoding = decoder.encoding();
  so.fallback_date_order = fallback;
  out.dialect = sniff_dialect(text, {}, so);

  CsvTokenizer tok(tokenizer_options(out.dialect));
  std::vector<std::vector<std::string>> header_rows;
  auto sink = [&](const Row& r) {
    std::vector<std::string> fields(r.fields.begin(), r.fields.end());
    if (r.index < static_cast<std::uint64_t>(out.dialect.header_rows)) {
      header_rows.push_back(std::move(fields));
    } else {
      out.rows.push_back(std::move(fields));
      out.lines.push_back(r.line);
    }
  };
  for (std::size_t i = 0; i < text.size(); i += chunk)
    EXPECT_FALSE(tok.feed(std::string_view(text).substr(i, chunk), sink));
  EXPECT_FALSE(tok.finish(sink));
  out.headers = header_names(header_rows);
  out.mapping = map_columns(out.headers, out.rows, out.dialect);
  return out;
}

TEST(Fixtures, ExcelItalianWithSepLine) {
  const Loaded f = load("excel_it_sep.csv");
  EXPECT_TRUE(f.dialect.has_sep_line);
  EXPECT_EQ(f.dialect.delimiter, ';');
  EXPECT_EQ(f.dialect.decimal, ',');
  EXPECT_EQ(f.dialect.thousands, '.');
  EXPECT_EQ(f.dialect.date_order, DateOrder::dmy);
  EXPECT_EQ(f.dialect.header_rows, 1);
  EXPECT_EQ(f.dialect.encoding, Encoding::utf8);
  ASSERT_EQ(f.rows.size(), 10u);
  EXPECT_EQ(f.headers[3], "Probabilit\xC3\xA0 di consigliarci (0-10)");
  EXPECT_EQ(f.lines[0], 3u);  // sep line, header, then data
  EXPECT_EQ(f.lines[5], 9u);  // after the quoted two-line comment on 7-8
  EXPECT_EQ(f.rows[4][5], "Attesa lunga,\r\npersonale scortese");
  EXPECT_EQ(parse_number(f.rows[0][4], number_format(f.dialect)).value, 1234.56);
  EXPECT_EQ(parse_date(f.rows[5][0], f.dialect.date_order).date, (CivilDate{2024, 2, 29}));
  EXPECT_EQ(f.mapping.score.index, 3);
  EXPECT_EQ(f.mapping.scale, ScoreScale::zero_to_ten);
  EXPECT_EQ(f.mapping.date.index, 0);
  EXPECT_EQ(f.mapping.segment.index, 2);
  EXPECT_NE(f.mapping.score.reason_it.find("consigli"), std::string::npos);
}

TEST(Fixtures, GoogleForms) {
  const Loaded f = load("google_forms.csv", 5, DateOrder::dmy);
  EXPECT_EQ(f.dialect.delimiter, ',');
  EXPECT_EQ(f.dialect.header_rows, 1);
  EXPECT_EQ(f.dialect.date_order, DateOrder::mdy);  // 3/13/2024 outvotes the page language
  ASSERT_EQ(f.rows.size(), 10u);
  EXPECT_EQ(f.rows[1][3], "Loved the new app\nand the support");
  EXPECT_EQ(f.rows[5][3], "\"Best\" service ever");
  EXPECT_EQ(parse_date(f.rows[1][0], f.dialect.date_order).date, (CivilDate{2024, 3, 4}));
  EXPECT_EQ(f.mapping.score.index, 1);
  EXPECT_EQ(f.mapping.scale, ScoreScale::zero_to_ten);
  EXPECT_EQ(f.mapping.date.index, 0);
  EXPECT_EQ(f.mapping.segment.index, 2);
}

TEST(Fixtures, SurveyMonkeyTwoHeaderRows) {
  const Loaded f = load("surveymonkey.csv");
  EXPECT_EQ(f.dialect.header_rows, 2);
  EXPECT_EQ(f.dialect.date_order, DateOrder::mdy);
  ASSERT_EQ(f.rows.size(), 8u);
  EXPECT_EQ(f.lines[0], 3u);
  EXPECT_EQ(f.headers[9].substr(0, 22), "How likely is it that ");
  EXPECT_EQ(f.headers[11], "Which store did you visit? - Other (please specify)");
  EXPECT_EQ(f.mapping.score.index, 9);
  EXPECT_EQ(f.mapping.date.index, 3);  // End Date: when the answer was sent
  EXPECT_EQ(f.mapping.segment.index, 10);
  const ParsedDate d = parse_date(f.rows[3][2], f.dialect.date_order);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.utc_seconds % 86400, 30 * 60);  // 12:30 AM
}

TEST(Fixtures, QualtricsThreeHeaderRows) {
  const Loaded f = load("qualtrics.csv", 3);
  EXPECT_EQ(f.dialect.header_rows, 3);
  ASSERT_EQ(f.rows.size(), 8u);
  EXPECT_EQ(f.headers[9], "Q1 - How likely are you to recommend our service to a friend?");
  EXPECT_EQ(f.headers[0], "StartDate - Start Date");
  EXPECT_EQ(f.mapping.score.index, 9);
  EXPECT_EQ(f.mapping.scale, ScoreScale::zero_to_ten);
  EXPECT_TRUE(f.mapping.date.index == 1 || f.mapping.date.index == 7) << f.mapping.date.index;
  EXPECT_EQ(f.mapping.segment.index, 11);
}

TEST(Fixtures, Typeform) {
  const Loaded f = load("typeform.csv");
  EXPECT_EQ(f.dialect.delimiter, ',');
  EXPECT_EQ(f.dialect.date_order, DateOrder::ymd);
  ASSERT_EQ(f.rows.size(), 10u);
  EXPECT_EQ(f.mapping.score.index, 1);
  EXPECT_EQ(f.mapping.date.index, 5);  // Submit Date beats Start Date
  EXPECT_EQ(f.mapping.segment.index, 3);
  EXPECT_EQ(period_key(parse_date(f.rows[9][5], f.dialect.date_order).date, Period::week), "2025-W01");
}

TEST(Fixtures, Utf16LeWithBomTabSeparated) {
  const Loaded f = load("utf16le_bom.csv", 3);
  EXPECT_EQ(f.dialect.encoding, Encoding::utf16le);
  EXPECT_EQ(f.dialect.delimiter, '\t');
  EXPECT_EQ(f.dialect.date_order, DateOrder::dmy);
  ASSERT_EQ(f.rows.size(), 6u);
  EXPECT_EQ(f.headers[2], "Citt\xC3\xA0");
  EXPECT_EQ(f.rows[0][1], "Niccol\xC3\xB2");
  EXPECT_EQ(f.rows[4][1], "Andrea \xF0\x9F\x98\x80");  // a surrogate pair
  EXPECT_EQ(f.mapping.score.index, 3);
  EXPECT_EQ(f.mapping.scale, ScoreScale::one_to_five);
  EXPECT_EQ(f.mapping.date.index, 0);
  EXPECT_EQ(f.mapping.segment.index, 2);
}

TEST(Fixtures, Windows1252Italian) {
  const Loaded f = load("windows1252.csv", 4);
  EXPECT_EQ(f.dialect.encoding, Encoding::windows1252);
  EXPECT_EQ(f.dialect.delimiter, ';');
  EXPECT_EQ(f.dialect.decimal, ',');
  ASSERT_EQ(f.rows.size(), 7u);
  EXPECT_EQ(f.rows[0][1], "Niccol\xC3\xB2 Bell\xC3\xA8");
  EXPECT_EQ(f.rows[6][4], "\xE2\x82\xAC 0,00");
  EXPECT_EQ(parse_number(f.rows[4][4], number_format(f.dialect)).value, 1500.0);
  EXPECT_EQ(f.mapping.score.index, 3);
  EXPECT_EQ(f.mapping.scale, ScoreScale::one_to_five);
  EXPECT_EQ(f.mapping.segment.index, 2);
  EXPECT_EQ(f.mapping.date.index, 0);
}

TEST(Fixtures, CrlfCustomerEffort) {
  const Loaded f = load("crlf_ces.csv", 2);
  EXPECT_EQ(f.dialect.delimiter, ',');
  ASSERT_EQ(f.rows.size(), 8u);
  EXPECT_EQ(f.lines[7], 9u);
  EXPECT_EQ(f.rows[1][4], "Took three calls, in the end");
  EXPECT_EQ(f.mapping.score.index, 3);
  EXPECT_EQ(f.mapping.scale, ScoreScale::one_to_seven);
  EXPECT_EQ(f.mapping.date.index, 1);
  EXPECT_EQ(f.mapping.segment.index, 2);
  EXPECT_EQ(period_key(parse_date(f.rows[2][1], f.dialect.date_order).date, Period::week), "2025-W01");
}

TEST(Fixtures, ChunkSizeDoesNotChangeTheResult) {
  for (const char* name : {"excel_it_sep.csv", "utf16le_bom.csv", "windows1252.csv", "qualtrics.csv"}) {
    const Loaded a = load(name, 1), b = load(name, 4096);
    EXPECT_EQ(a.rows, b.rows) << name;
    EXPECT_EQ(a.headers, b.headers) << name;
    EXPECT_EQ(a.dialect, b.dialect) << name;
  }
}

}  // namespace
}  // namespace polso::csv
