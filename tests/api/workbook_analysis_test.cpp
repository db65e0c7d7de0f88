// Each workbook fixture (tests/data/workbooks, written by openpyxl and by hand
// in LibreOffice's shape) gives the report of its CSV twin, apart from
// "dialect" and "bytes".
#include "api/workbook_analysis.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "api/analyze.hpp"
#include "test_files.hpp"

#ifdef POLSO_TEST_ZLIB
#include <zlib.h>
#endif

namespace polso::api {
namespace {

using nlohmann::json;

std::string slurp(const std::string& name) { return polso::test::data_file("workbooks/" + name); }

std::string csv_report(const std::string& csv, const std::string& options) {
  Analysis a(options);
  for (std::size_t i = 0; i < csv.size(); i += 1000)
    if (auto f = a.feed(std::string_view(csv).substr(i, 1000)); !f.empty()) return f;
  return a.finish();
}

#ifdef POLSO_TEST_ZLIB
// The CLI door's steps, on a file in memory, inflating with zlib in small pieces.
std::string workbook_report(const std::string& file, const std::string& options, bool first_look = false) {
  WorkbookAnalysis wa(options, file.size(), first_look);
  auto slice = [&](ByteSpan r) { return std::string_view(file).substr(r.offset, r.size); };
  if (auto f = wa.read_tail(slice(wa.tail_range())); !f.empty()) return f;
  if (auto f = wa.read_directory(slice(wa.directory_range())); !f.empty()) return f;
  while (wa.next_entry()) {
    if (auto f = wa.read_header(slice(wa.header_range())); !f.empty()) return f;
    const std::string_view data = slice(wa.data_range());
    if (!wa.deflated()) {
      if (auto f = wa.feed(data); !f.empty()) return f;
    } else {
      z_stream z{};
      inflateInit2(&z, -15);
      z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
      z.avail_in = static_cast<uInt>(data.size());
      char out[333];
      int rc = Z_OK;
      while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(out);
        z.avail_out = sizeof out;
        rc = inflate(&z, Z_NO_FLUSH);
        if (auto f = wa.feed(std::string_view(out, sizeof out - z.avail_out)); !f.empty()) {
          inflateEnd(&z);
          return f;
        }
      }
      inflateEnd(&z);
    }
    if (auto f = wa.end_entry(); !f.empty()) return f;
  }
  return wa.finish();
}

struct Twin {
  const char* workbook;
  const char* csv;
  const char* options;
  const char* format;
  const char* sheet;
};

class WorkbookTwins : public ::testing::TestWithParam<Twin> {};

TEST_P(WorkbookTwins, SameReportAsTheCsvTwin) {
  const Twin t = GetParam();
  json book = json::parse(workbook_report(slurp(t.workbook), t.options));
  json csv = json::parse(csv_report(slurp(t.csv), t.options));
  ASSERT_TRUE(book.value("ok", false)) << book.dump();
  ASSERT_TRUE(csv.value("ok", false)) << csv.dump();
  EXPECT_EQ(book["dialect"]["format"], t.format);
  EXPECT_EQ(book["dialect"]["sheet"], t.sheet);
  EXPECT_EQ(csv["dialect"]["format"], "csv");
  EXPECT_EQ(book["dialect"]["header_rows"], csv["dialect"]["header_rows"]);
  for (json* j : {&book, &csv}) {
    j->erase("dialect");
    j->erase("bytes");
  }
  EXPECT_EQ(book, csv);
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, WorkbookTwins,
    ::testing::Values(Twin{"survey_nps.xlsx", "survey_nps.csv", R"({"dataset":"auto"})", "xlsx", "Responses"},
                      Twin{"survey_nps_1904.xlsx", "survey_nps.csv", R"({"dataset":"survey","lang":"it"})", "xlsx", "Responses"},
                      Twin{"survey_nps.ods", "survey_nps.csv", R"({"dataset":"auto","period":"week"})", "ods", "Responses"},
                      Twin{"surveymonkey.xlsx", "surveymonkey.csv", R"({"dataset":"auto"})", "xlsx", "Sheet"},
                      Twin{"ordini_it.xlsx", "ordini_it.csv", R"({"dataset":"auto","lang":"it"})", "xlsx", "Ordini"},
                      Twin{"ordini_it.ods", "ordini_it.csv", R"({"dataset":"orders"})", "ods", "Ordini"}));

TEST(WorkbookAnalysis, ListsHiddenSheetsAndReadsTheNamedOne) {
  json r = json::parse(workbook_report(slurp("ordini_it.xlsx"), R"({"dataset":"orders"})"));
  ASSERT_TRUE(r.value("ok", false));
  EXPECT_EQ(r["dialect"]["sheets"], json::parse(R"([{"name":"Note","hidden":true},{"name":"Ordini","hidden":false}])"));
  r = json::parse(workbook_report(slurp("ordini_it.ods"), R"({"dataset":"orders","sheet":"Nope","lang":"it"})"));
  ASSERT_FALSE(r.value("ok", true));
  EXPECT_EQ(r["error"]["code"], "sheet_not_found");
  EXPECT_NE(r["error"]["message"].get<std::string>().find("Ordini"), std::string::npos);
  r = json::parse(workbook_report(slurp("ordini_it.xlsx"), R"({"dataset":"orders","sheet":1})"));
  ASSERT_FALSE(r.value("ok", true));  // the hidden notes sheet, chosen: no order columns there
  r = json::parse(workbook_report(slurp("ordini_it.xlsx"), R"({"dataset":"orders","sheet":2})"));
  EXPECT_TRUE(r.value("ok", false));
}

TEST(WorkbookAnalysis, FirstLookAnswersAsInspectDoes) {
  for (const char* name : {"ordini_it.xlsx", "ordini_it.ods"}) {
    json r = json::parse(workbook_report(slurp(name), R"({"lang":"it"})", true));
    ASSERT_TRUE(r.value("ok", false)) << r.dump();
    EXPECT_EQ(r["dataset"], "orders") << name;
    EXPECT_EQ(r["dialect"]["sheet"], "Ordini") << name;
    EXPECT_EQ(r["headers"][0], "Numero ordine") << name;
  }
}

TEST(WorkbookAnalysis, CutWorkbooksFailClearly) {
  const std::string book = slurp("survey_nps.xlsx");
  for (std::size_t cut : {std::size_t{100}, book.size() / 2, book.size() - 10}) {
    json r = json::parse(workbook_report(book.substr(0, cut), R"({"dataset":"auto"})"));
    ASSERT_FALSE(r.value("ok", true)) << cut;
    EXPECT_EQ(r["error"]["code"], "damaged_workbook") << cut;
  }
}
#endif

TEST(WorkbookAnalysis, OleFilesAreNamed) {
  json r = json::parse(ole_failure(R"({"lang":"it"})", ""));
  EXPECT_EQ(r["error"]["code"], "legacy_xls");
  std::string encrypted;
  for (char c : std::string("EncryptedPackage")) encrypted += std::string{c, '\0'};
  r = json::parse(ole_failure("{}", encrypted));
  EXPECT_EQ(r["error"]["code"], "workbook_encrypted");
}

}  // namespace
}  // namespace polso::api
