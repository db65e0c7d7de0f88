// The content.xml of an OpenDocument spreadsheet (.ods), streamed: every
// table (sheet) is listed, the chosen one's rows go to GridRows. Repeated
// cells and rows (number-columns-repeated, number-rows-repeated, which
// LibreOffice uses for the empty rest of the grid) are expanded only where
// they hold a value, within budget::kMaxRepeatedCells.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/workbook/grid_rows.hpp"
#include "core/workbook/sheet_choice.hpp"
#include "core/workbook/xlsx_parts.hpp"

namespace polso::workbook {

class OdsContent : public XmlHandler {
 public:
  OdsContent(const SheetChoice& choice, RowSink& sink) : choice_(choice), sink_(sink) {}
  void on_start(std::string_view name, std::span<const XmlAttribute> attributes, bool empty) override;
  void on_end(std::string_view name) override;
  void on_text(std::string_view text) override;
  const std::optional<Error>& error() const { return error_; }
  const std::vector<SheetInfo>& sheets() const { return sheets_; }
  // The sheet read (0-based), once one with data was found.
  std::optional<std::size_t> chosen() const { return chosen_; }
  // The sheet being read, while it is.
  std::optional<std::size_t> reading() const {
    return reading_ ? std::optional<std::size_t>(sheets_.size() - 1) : std::nullopt;
  }

 private:
  void end_cell();

  const SheetChoice& choice_;
  RowSink& sink_;
  std::optional<Error> error_;
  std::vector<std::string> hidden_styles_;
  std::string style_name_;  // the <style:style> being read
  std::vector<SheetInfo> sheets_;
  std::optional<std::size_t> chosen_;
  std::optional<GridRows> rows_;  // while reading a table that may be chosen
  bool reading_ = false;
  std::int64_t row_ = 0;
  std::uint64_t row_repeat_ = 1;
  std::size_t column_ = 0;
  std::uint64_t column_repeat_ = 1;
  std::uint64_t repeated_cells_ = 0;
  std::optional<std::string> value_;  // the cell's typed value, when it has one
  std::string text_;                   // the cell's paragraphs
  bool in_cell_ = false, in_paragraph_ = false, first_paragraph_ = true;
  int skip_depth_ = 0;  // inside annotations (comments), whose text is no value
};

}  // namespace polso::workbook
