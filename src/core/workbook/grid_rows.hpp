// A sheet's rows as a CSV export of it would hold them: every row padded to
// the sheet's width (the used range, as Excel and LibreOffice save CSV),
// rows missing from the file (a gap in row numbers) as empty rows, and empty
// rows after the last row with a value dropped.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace polso::workbook {

class RowSink {
 public:
  virtual ~RowSink() = default;
  virtual std::optional<Error> on_row(std::span<const std::string> cells) = 0;
};

class GridRows {
 public:
  explicit GridRows(RowSink& sink) : sink_(sink) {}
  // The width the sheet declares (xlsx <dimension>), when it does.
  void set_width(std::size_t width) { width_ = std::max(width_, width); }
  // The cell at a 0-based column of the current row; false past the
  // column budget.
  bool set(std::size_t column, std::string text);
  // Ends the current row, which is sheet row `row` (0-based), repeated
  // `times` times (ODS number-rows-repeated).
  std::optional<Error> end_row(std::int64_t row, std::uint64_t times = 1);
  std::int64_t next_row() const { return next_row_; }
  bool row_has_values() const { return used_ > 0; }
  bool any() const { return emitted_ > 0; }
  std::uint64_t rows_emitted() const { return emitted_; }

 private:
  RowSink& sink_;
  std::vector<std::string> cells_;
  std::size_t used_ = 0;  // cells_ up to the last non-empty one
  std::size_t width_ = 0;
  std::int64_t next_row_ = 0;     // the sheet row after the last one ended
  std::uint64_t pending_empty_ = 0;  // empty rows not yet known to be inside the table
  std::uint64_t emitted_ = 0;
};

Error sheet_too_large();

}  // namespace polso::workbook
