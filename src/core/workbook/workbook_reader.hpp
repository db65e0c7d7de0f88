// Reads an .xlsx/.xlsm or .ods workbook into rows of cell text, driven by a
// door that owns the file and the inflater. The door asks, in turn:
//   tail_range()       → reads those bytes → read_tail(bytes)
//   directory_range()  → reads those bytes → read_directory(bytes)
//   while (entry = next_entry()):
//     reads local_header_range(*entry) → entry_data_range(header, …)
//     inflates that range (stored entries: as they are) and feeds the
//     inflated bytes in chunks → feed(chunk) …, then end_entry()
//   finish()
// Any error stops the reading; the door then stops inflating. Rows of the
// chosen sheet go to the RowSink as they stream; memory is bounded by the
// shared strings and one row, not by the sheet.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/workbook/grid_rows.hpp"
#include "core/workbook/ods_content.hpp"
#include "core/workbook/sheet_choice.hpp"
#include "core/workbook/xlsx_parts.hpp"
#include "core/workbook/xlsx_sheet.hpp"
#include "core/workbook/xml_pull.hpp"
#include "core/workbook/zip_directory.hpp"

namespace polso::workbook {

enum class WorkbookFormat : std::uint8_t { xlsx, ods };

class WorkbookReader {
 public:
  // `sheet`: a sheet's name or 1-based number; none for the first visible
  // sheet with data.
  WorkbookReader(std::uint64_t file_size, std::optional<std::string> sheet, RowSink& sink);
  ~WorkbookReader();

  ByteRange tail_range() const { return zip_tail_range(file_size_); }
  std::optional<Error> read_tail(std::string_view tail);
  ByteRange directory_range() const { return directory_; }
  std::optional<Error> read_directory(std::string_view directory);
  const ZipEntry* next_entry();
  std::optional<Error> feed(std::string_view inflated);
  std::optional<Error> end_entry();
  std::optional<Error> finish();

  WorkbookFormat format() const { return format_; }
  const std::vector<SheetInfo>& sheets() const;
  // The name of the sheet read, once finished.
  std::optional<std::string> sheet_read() const;
  std::uint64_t inflated_bytes() const { return inflated_total_; }

 private:
  enum class Part : std::uint8_t { mimetype, workbook, relationships, strings, styles, sheet, ods_content, done };
  const ZipEntry* find(std::string_view name) const;
  std::optional<Error> plan_xlsx();
  void next_sheet();
  std::optional<Error> check_entry(const ZipEntry& entry) const;

  std::uint64_t file_size_;
  SheetChoice choice_;
  RowSink& sink_;
  ByteRange directory_;
  std::vector<ZipEntry> entries_;
  WorkbookFormat format_ = WorkbookFormat::xlsx;
  std::vector<Part> plan_;  // parts still to read, next first
  Part part_ = Part::done;
  const ZipEntry* entry_ = nullptr;
  std::uint64_t inflated_ = 0, inflated_total_ = 0;
  std::optional<Error> error_;

  XmlPull xml_;
  std::string mimetype_;
  WorkbookPart workbook_;
  RelationshipsPart relationships_;
  SharedStrings strings_;
  StylesPart styles_;
  std::vector<SheetInfo> sheets_;
  std::size_t sheet_index_ = 0;  // the xlsx sheet being read or next to try
  std::optional<std::size_t> chosen_;
  std::unique_ptr<GridRows> rows_;
  std::unique_ptr<XlsxSheet> sheet_;
  std::unique_ptr<OdsContent> ods_;
};

}  // namespace polso::workbook
