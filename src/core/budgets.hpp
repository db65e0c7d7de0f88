// Budgets: the most of every dimension a report grows along. A file can ask
// for more (a million distinct days, a 15 MB comment, a thousand years of
// orders); the report then keeps the budget's worth, says so in a warning
// with the way out, and carries on. docs/datasets.md lists them for users.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace polso::budget {

// Survey periods listed (the latest ones are kept): 1,000 days is almost three
// years; a longer period covers more. Each listed period costs ~7 KB of JSON.
inline constexpr std::size_t kMaxPeriods = 1000;
// Months of first orders in the cohort table (the latest kept), and months
// after each: at most kMaxCohortMonths × kMaxCohortMonths cells.
inline constexpr std::int64_t kMaxCohortMonths = 120;
// Distinct segments, channels and teams before the rest share “(other)”.
inline constexpr std::size_t kMaxSegments = 1000;
inline constexpr std::size_t kMaxChannels = 1000;
inline constexpr std::size_t kMaxTeams = 1000;
// An orders part read apart holds back its first rows while they share one
// order id (they may continue an order the cut split): past this many bytes
// of cells, or past this many ids read before it opens an order of its own,
// the part is refused and the file is read in sequence.
inline constexpr std::size_t kMaxHeldOrderBytes = std::size_t{1} << 20;
inline constexpr std::size_t kMaxPartWindowIds = 64;
// Text a report repeats from the file, cut on a character boundary with “…”:
// a preview cell, a segment (channel, team) name, a column name.
inline constexpr std::size_t kMaxPreviewCellBytes = 200;
inline constexpr std::size_t kMaxSegmentNameBytes = 100;
inline constexpr std::size_t kMaxHeaderBytes = 200;
// Comments (the survey's free-text answers): the first kMaxCommentBytes of
// each are read for words (a 15 MB answer costs no more than a long one);
// each group (promoters, detractors, …) keeps counts for the
// kMaxCommentTerms most frequent words and phrases (space-saving: more
// distinct ones make the ranking approximate, and the report says so), and up
// to kCommentExamples example comments per term, each cut to
// kMaxCommentExampleBytes.
inline constexpr std::size_t kMaxCommentBytes = 4096;
inline constexpr std::size_t kMaxCommentTerms = 2000;
inline constexpr std::size_t kCommentExamples = 3;
inline constexpr std::size_t kMaxCommentExampleBytes = 240;
// A user's own text quoted in a message.
inline constexpr std::size_t kMaxQuoteBytes = 80;
// A JSON request (eval, compare, plan, analysis options) read at most.
inline constexpr std::size_t kMaxRequestBytes = std::size_t{64} << 20;
// Any JSON response stays below this: the budgets above bound every list.
inline constexpr std::size_t kMaxOutputBytes = std::size_t{32} << 20;

// Workbooks (.xlsx, .ods): each a zip archive of XML files, read streaming.
// The archive's directory (a few hundred bytes per file inside).
inline constexpr std::uint64_t kMaxZipDirectoryBytes = std::uint64_t{16} << 20;
inline constexpr std::size_t kMaxZipEntries = 100000;
// Inflated size of one part: a sheet (streamed) and any other part (read
// whole: the workbook list, relationships, styles). Past the size the zip
// declares, or past kMaxInflateRatio times the compressed size once beyond
// kInflateRatioFloorBytes, the entry is a zip bomb.
inline constexpr std::uint64_t kMaxSheetXmlBytes = std::uint64_t{16} << 30;
inline constexpr std::uint64_t kMaxPartXmlBytes = std::uint64_t{64} << 20;
inline constexpr std::uint64_t kMaxInflateRatio = 500;
inline constexpr std::uint64_t kInflateRatioFloorBytes = std::uint64_t{64} << 20;
// The shared strings table is kept in memory while the sheet streams.
inline constexpr std::uint64_t kMaxSharedStringsBytes = std::uint64_t{256} << 20;
inline constexpr std::size_t kMaxSharedStrings = std::size_t{16} << 20;
// One XML tag, or one text run, held whole: a cell holds at most 32,767
// characters.
inline constexpr std::size_t kMaxXmlTokenBytes = std::size_t{1} << 20;
// A sheet's grid, as Excel and LibreOffice bound it.
inline constexpr std::int64_t kMaxSheetRows = 1048576;
inline constexpr std::int64_t kMaxSheetColumns = 16384;
// Cells an .ods file asks to repeat (number-columns-repeated,
// number-rows-repeated) that hold a value: a few bytes could ask for billions.
inline constexpr std::uint64_t kMaxRepeatedCells = std::uint64_t{16} << 20;
// Sheets listed in a report.
inline constexpr std::size_t kMaxSheets = 1000;

// The longest prefix of `text` within `max` bytes that ends on a UTF-8
// character boundary.
inline std::string_view utf8_prefix(std::string_view text, std::size_t max) {
  if (text.size() <= max) return text;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut);
}

// `text` within `max` bytes plus “…” when it had to be cut.
inline std::string cut(std::string_view text, std::size_t max) {
  if (text.size() <= max) return std::string(text);
  return std::string(utf8_prefix(text, max)) + "…";
}

}  // namespace polso::budget
