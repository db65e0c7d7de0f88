// One worksheet of an .xlsx file (xl/worksheets/sheetN.xml), streamed: each
// <row> becomes a row of cell texts (cell_text.hpp) in GridRows. Formulas
// count by their cached value; errors (#N/A …) stay as the text Excel shows,
// so the dataset skips them with its own reason, as for a CSV export.
#pragma once

#include <optional>
#include <string>

#include "core/workbook/grid_rows.hpp"
#include "core/workbook/xlsx_parts.hpp"

namespace polso::workbook {

// "B12" → column 1 (0-based); nullopt when not a cell reference.
std::optional<std::size_t> column_of_reference(std::string_view reference);

class XlsxSheet : public XmlHandler {
 public:
  XlsxSheet(const SharedStrings& strings, const StylesPart& styles, DateSystem system, GridRows& rows)
      : strings_(strings), styles_(styles), system_(system), rows_(rows) {}
  void on_start(std::string_view name, std::span<const XmlAttribute> attributes, bool empty) override;
  void on_end(std::string_view name) override;
  void on_text(std::string_view text) override;
  const std::optional<Error>& error() const { return error_; }

 private:
  void end_cell();

  const SharedStrings& strings_;
  const StylesPart& styles_;
  DateSystem system_;
  GridRows& rows_;
  std::optional<Error> error_;
  std::int64_t row_ = -1;  // 0-based sheet row of the open <row>
  std::size_t column_ = 0;  // next cell's column when it has no reference
  std::string type_;
  std::int64_t style_ = 0;
  std::string value_;
  bool in_value_ = false, in_inline_ = false, in_rph_ = false, in_cell_ = false;
};

}  // namespace polso::workbook
