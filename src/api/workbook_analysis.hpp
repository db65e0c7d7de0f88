// A dataset analysis of a workbook (.xlsx/.xlsm, .ods): the same Analysis a
// CSV goes through, fed by the core's WorkbookReader. The chosen sheet's rows
// become CSV text (comma, '.' decimals, UTF-8) that the Analysis reads as it
// reads any export, so every dataset, profile, role guess and budget applies
// unchanged and the report equals the one of the same data saved as CSV,
// apart from "dialect" ({"format": "xlsx"|"ods", "sheet": NAME, "sheets":
// [{"name", "hidden"}]}) and "bytes" (the sheet's bytes as CSV text).
//
// The door owns the file and the inflater; it drives the steps of
// core/workbook/workbook_reader.hpp. Every step returns "" while all is well,
// else the failure response, after which the door stops.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace polso::api {

struct ByteSpan {
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
};

class WorkbookAnalysis {
 public:
  // The options of Analysis, plus "sheet": a sheet's name or 1-based number.
  // `first_look`: read only the sheet's first 64 KiB as CSV text, and finish()
  // answers as inspect() does (inspect.hpp), with the workbook's dialect.
  WorkbookAnalysis(std::string_view options_json, std::uint64_t file_size, bool first_look = false);
  ~WorkbookAnalysis();
  WorkbookAnalysis(const WorkbookAnalysis&) = delete;
  WorkbookAnalysis& operator=(const WorkbookAnalysis&) = delete;

  ByteSpan tail_range() const;
  std::string read_tail(std::string_view bytes);
  ByteSpan directory_range() const;
  std::string read_directory(std::string_view bytes);
  // Whether another zip entry is to be inflated; then its local header's
  // range, and from the header's bytes the compressed data's range.
  bool next_entry();
  ByteSpan header_range() const;
  std::string read_header(std::string_view bytes);
  ByteSpan data_range() const { return data_; }
  bool deflated() const;  // raw deflate; else stored (fed as it is)
  std::string feed(std::string_view inflated);
  // A first look has read all it needs: the door may stop inflating.
  bool has_enough() const;
  std::string end_entry();
  // The report, or a failure response.
  std::string finish();
  // {"bytes": inflated so far, "rows": …}.
  std::string progress() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
  ByteSpan data_;
};

// The failure response for an OLE compound file (legacy .xls, or an
// encrypted .xlsx): `header` is its first 512 bytes; `directory` the bytes at
// ole_directory_span(header), when the door could read them.
ByteSpan ole_directory_span(std::string_view header);
std::string ole_failure(std::string_view options_json, std::string_view directory);

}  // namespace polso::api
