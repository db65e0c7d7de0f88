#include "core/workbook/workbook_reader.hpp"

#include <gtest/gtest.h>

#include "core/budgets.hpp"
#include "core/workbook/ole_file.hpp"
#include "zip_builder.hpp"

namespace polso::workbook {
namespace {

using testing::build_zip;
using testing::ods;
using testing::read_workbook;
using testing::xlsx;
using Grid = std::vector<std::vector<std::string>>;

std::string sheet(const std::string& rows, const std::string& dimension = "") {
  return "<worksheet>" + (dimension.empty() ? "" : "<dimension ref=\"" + dimension + "\"/>") + "<sheetData>" + rows +
         "</sheetData></worksheet>";
}

TEST(WorkbookReader, CellsOfEveryKind) {
  const std::string strings =
      "<sst><si><t>Score</t></si><si><r><t>Ri</t></r><r><t>ch</t></r><rPh><t>x</t></rPh></si><si><t>When</t></si></sst>";
  const std::string styles =
      "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
      "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"10\"/></cellXfs></styleSheet>";
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>2</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>9</v></c><c r=\"B2\" s=\"1\"><v>45292</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>a,\"b\"</t></is></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"e\"><v>#N/A</v></c><c r=\"B3\" s=\"2\"><v>0.125</v></c><c r=\"C3\" t=\"b\"><v>1</v></c></row>"
      "<row r=\"5\"><c r=\"A5\"><f>A2+1</f><v>10</v></c><c r=\"C5\" t=\"str\"><f>\"x\"</f><v>x</v></c></row>";
  const auto r = read_workbook(xlsx({{"Data", sheet(rows, "A1:D5"), false}}, strings, styles));
  ASSERT_FALSE(r.error) << r.error->message_en;
  EXPECT_EQ(r.rows, (Grid{{"Score", "When", "Rich", ""},
                          {"9", "2024-01-01", "a,\"b\"", ""},
                          {"#N/A", "0.125", "TRUE", ""},
                          {"", "", "", ""},
                          {"10", "", "x", ""}}));
  EXPECT_EQ(r.sheet, "Data");
}

TEST(WorkbookReader, FirstVisibleSheetWithDataUnlessNamed) {
  const std::string hidden = sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>secret</t></is></c></row>");
  const std::string empty = sheet("");
  const std::string data = sheet("<row r=\"2\"><c r=\"B2\"><v>1</v></c></row>");
  const auto book = xlsx({{"Notes", hidden, true}, {"Empty", empty, false}, {"Data", data, false}});
  auto r = read_workbook(book);
  ASSERT_FALSE(r.error) << r.error->message_en;
  EXPECT_EQ(r.sheet, "Data");
  EXPECT_EQ(r.rows, (Grid{{"", "1"}}));  // leading empty rows dropped; columns kept
  ASSERT_EQ(r.sheets.size(), 3u);
  EXPECT_TRUE(r.sheets[0].hidden);
  r = read_workbook(book, "Notes");
  EXPECT_EQ(r.rows, (Grid{{"secret"}}));
  r = read_workbook(book, "1");
  EXPECT_EQ(r.sheet, "Notes");
  r = read_workbook(book, "Empty");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "empty_sheet");
  r = read_workbook(book, "Nope");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "sheet_not_found");
  EXPECT_EQ(r.error->field, "sheet");
  r = read_workbook(xlsx({{"Notes", hidden, true}}));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "empty_workbook");
}

TEST(WorkbookReader, Date1904) {
  const std::string styles = "<styleSheet><cellXfs><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
  const auto r = read_workbook(xlsx({{"S", sheet("<row><c s=\"0\"><v>43830</v></c></row>"), false}}, "", styles,
                                    "<workbookPr date1904=\"1\"/>"));
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.rows, (Grid{{"2024-01-01"}}));
}

TEST(WorkbookReader, OdsRepeatsHiddenTablesAndTheGridsEmptyRest) {
  const std::string content =
      "<office:document-content><office:automatic-styles>"
      "<style:style style:name=\"ta2\"><style:table-properties table:display=\"false\"/></style:style>"
      "</office:automatic-styles><office:body><office:spreadsheet>"
      "<table:table table:name=\"Hidden\" table:style-name=\"ta2\"><table:table-row><table:table-cell><text:p>no</text:p></table:table-cell></table:table-row></table:table>"
      "<table:table table:name=\"Foglio1\">"
      "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Voto</text:p></table:table-cell>"
      "<table:table-cell><text:p>Nota</text:p><office:annotation><text:p>comment</text:p></office:annotation></table:table-cell>"
      "<table:table-cell table:number-columns-repeated=\"1022\"/></table:table-row>"
      "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell office:value-type=\"float\" office:value=\"4.5\"><text:p>4,5</text:p></table:table-cell>"
      "<table:table-cell><text:p>a<text:s text:c=\"2\"/>b</text:p><text:p>c</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"1022\"/></table:table-row>"
      "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
      "<table:table-row><table:table-cell office:value-type=\"date\" office:date-value=\"2024-03-01T10:20:00\"/>"
      "<table:table-cell office:value-type=\"percentage\" office:value=\"0.25\"/><table:table-cell office:value-type=\"boolean\" office:boolean-value=\"false\"/>"
      "<table:table-cell office:value-type=\"time\" office:time-value=\"PT01H02M03S\"/></table:table-row>"
      "<table:table-row table:number-rows-repeated=\"1048560\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
      "</table:table></office:spreadsheet></office:body></office:document-content>";
  const auto r = read_workbook(ods(content), std::nullopt, 11);
  ASSERT_FALSE(r.error) << r.error->message_en;
  EXPECT_EQ(r.sheet, "Foglio1");
  // An .ods declares no width: rows are as wide as the widest so far.
  EXPECT_EQ(r.rows, (Grid{{"Voto", "Nota"},
                          {"4.5", "a  b\nc"},
                          {"4.5", "a  b\nc"},
                          {"", "", "", ""},
                          {"", "", "", ""},
                          {"", "", "", ""},
                          {"2024-03-01T10:20:00", "0.25", "FALSE", "01:02:03"}}));
  ASSERT_EQ(r.sheets.size(), 2u);
  EXPECT_TRUE(r.sheets[0].hidden);
}

TEST(WorkbookReader, OdsRepeatBombIsBounded) {
  const std::string content =
      "<office:document-content><office:body><office:spreadsheet><table:table table:name=\"T\">"
      "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"16000\"><text:p>x</text:p></table:table-cell></table:table-row>"
      "</table:table></office:spreadsheet></office:body></office:document-content>";
  const auto r = read_workbook(ods(content), std::nullopt, 4096);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "workbook_too_complex");
  EXPECT_LE(r.rows.size(), 1100u);
}

TEST(WorkbookReader, HostileArchives) {
  const auto good = xlsx({{"S", sheet("<row><c><v>1</v></c></row>"), false}});
  // Cut anywhere: a clear error, never a crash.
  for (std::size_t cut : {std::size_t{0}, std::size_t{10}, good.size() / 2, good.size() - 30, good.size() - 1}) {
    const auto r = read_workbook(good.substr(0, cut));
    ASSERT_TRUE(r.error) << cut;
    EXPECT_EQ(r.error->code, "damaged_workbook") << cut;
  }
  // A sheet that inflates past what the directory declares, or declares more than the budget.
  auto r = read_workbook(build_zip({{"xl/workbook.xml", "<workbook><sheets><sheet name=\"S\"/></sheets></workbook>", 20, 0, 8}}));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "workbook_too_complex");
  r = read_workbook(build_zip({{"xl/workbook.xml", "<workbook/>", 20}}));  // stored, yet sizes differ
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "damaged_workbook");
  r = read_workbook(build_zip({{"xl/workbook.xml", "<workbook/>", budget::kMaxPartXmlBytes + 1}}));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "workbook_too_complex");
  // Zip-encrypted entries, and a zip that holds no spreadsheet.
  r = read_workbook(build_zip({{"xl/workbook.xml", "<workbook/>", UINT64_MAX, 1}}));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "workbook_encrypted");
  r = read_workbook(build_zip({{"word/document.xml", "<w/>"}}));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "not_a_spreadsheet");
  r = read_workbook(build_zip({{"../../etc/passwd", "x"}, {"xl/workbook.xml", "<workbook/>"}}));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "damaged_workbook");
  // An .odt is no spreadsheet, whatever it holds.
  r = read_workbook(build_zip({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<x/>"}}));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "not_a_spreadsheet");
  // A DOCTYPE (the billion laughs) in a sheet.
  r = read_workbook(xlsx({{"S", "<!DOCTYPE lolz [<!ENTITY lol \"lol\">]><worksheet>&lol;</worksheet>", false}}));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "workbook_doctype");
  // A shared string index the table does not hold, and cells out of the grid.
  r = read_workbook(xlsx({{"S", sheet("<row><c t=\"s\"><v>3</v></c></row>"), false}}, "<sst><si><t>a</t></si></sst>"));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "damaged_workbook");
  r = read_workbook(xlsx({{"S", sheet("<row r=\"2000000\"><c><v>1</v></c></row>"), false}}));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "workbook_too_complex");
  r = read_workbook(xlsx({{"S", sheet("<row><c r=\"ZZZZ1\"><v>1</v></c></row>"), false}}));
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "workbook_too_complex");
}

// The same archive with a zip64 end record (sizes and offset in 64 bits,
// the classic record saturated), as writers of very large files produce.
TEST(WorkbookReader, Zip64EndRecord) {
  const std::string classic = xlsx({{"S", sheet("<row><c><v>7</v></c></row>"), false}});
  const std::size_t end = classic.size() - 22;
  const std::string head = classic.substr(0, end);
  auto le = [&](std::size_t at, int n) {
    std::uint64_t v = 0;
    for (int i = n - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(classic[at + static_cast<std::size_t>(i)]);
    return v;
  };
  const std::uint64_t entries = le(end + 10, 2), dir_size = le(end + 12, 4), dir_offset = le(end + 16, 4);
  std::string zip64 = head;
  const std::uint64_t record = zip64.size();
  testing::put(zip64, 0x06064b50, 4), testing::put(zip64, 44, 8), testing::put(zip64, 45, 2), testing::put(zip64, 45, 2);
  testing::put(zip64, 0, 4), testing::put(zip64, 0, 4), testing::put(zip64, entries, 8), testing::put(zip64, entries, 8);
  testing::put(zip64, dir_size, 8), testing::put(zip64, dir_offset, 8);
  testing::put(zip64, 0x07064b50, 4), testing::put(zip64, 0, 4), testing::put(zip64, record, 8), testing::put(zip64, 1, 4);
  testing::put(zip64, 0x06054b50, 4), testing::put(zip64, 0, 4), testing::put(zip64, 0xffff, 2), testing::put(zip64, 0xffff, 2);
  testing::put(zip64, 0xffffffff, 4), testing::put(zip64, 0xffffffff, 4), testing::put(zip64, 0, 2);
  const auto r = read_workbook(zip64);
  ASSERT_FALSE(r.error) << r.error->message_en;
  EXPECT_EQ(r.rows, (Grid{{"7"}}));
}

TEST(OleFile, NamesLegacyXlsAndPasswordProtectedWorkbooks) {
  std::string header(512, '\0');
  header.replace(0, 8, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1");
  header[30] = 9;
  header[48] = 1;
  const auto range = ole_directory_range(header);
  EXPECT_EQ(range.offset, 1024u);
  std::string encrypted;
  for (char c : std::string("EncryptionInfo")) encrypted += std::string{c, '\0'};
  EXPECT_EQ(ole_error(encrypted).code, "workbook_encrypted");
  EXPECT_EQ(ole_error("").code, "legacy_xls");
  EXPECT_NE(ole_error("").message_it.find(".xls"), std::string::npos);
}

}  // namespace
}  // namespace polso::workbook
