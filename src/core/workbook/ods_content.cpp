#include "core/workbook/ods_content.hpp"

#include <algorithm>
#include <cstdio>

#include "core/budgets.hpp"
#include "core/workbook/cell_text.hpp"

namespace polso::workbook {
namespace {

// "PT10H20M30S" (ODF time-value) → "10:20:30"; fractions of a second dropped.
std::optional<std::string> duration_text(std::string_view v) {
  if (!v.starts_with("PT")) return std::nullopt;
  std::int64_t h = 0, m = 0, s = 0, n = 0;
  for (std::size_t i = 2; i < v.size(); ++i) {
    const char c = v[i];
    if (c >= '0' && c <= '9') {
      n = std::min<std::int64_t>(n * 10 + (c - '0'), 1000000000);
    } else if (c == 'H') {
      h = n, n = 0;
    } else if (c == 'M') {
      m = n, n = 0;
    } else if (c == 'S' || c == '.') {
      s = n;
      break;
    } else {
      return std::nullopt;
    }
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", static_cast<long long>(h), static_cast<long long>(m % 100),
                static_cast<long long>(s % 100));
  return std::string(buf);
}

std::uint64_t repeat_of(std::span<const XmlAttribute> a, std::string_view name) {
  const auto r = parse_index(attribute(a, name).value_or("1"));
  return r && *r > 0 ? static_cast<std::uint64_t>(*r) : 1;
}

}  // namespace

void OdsContent::on_start(std::string_view name, std::span<const XmlAttribute> a, bool empty) {
  if (error_) return;
  if (skip_depth_ > 0) {
    if (!empty) ++skip_depth_;
    return;
  }
  if (name == "style") {
    style_name_ = attribute(a, "name").value_or("");
  } else if (name == "table-properties") {
    if (attribute(a, "display") == "false" && hidden_styles_.size() < 10000) hidden_styles_.push_back(style_name_);
  } else if (name == "table") {
    if (sheets_.size() >= budget::kMaxSheets) return;
    SheetInfo info{attribute(a, "name").value_or(""), false, ""};
    const std::string style = attribute(a, "style-name").value_or("");
    info.hidden = std::find(hidden_styles_.begin(), hidden_styles_.end(), style) != hidden_styles_.end();
    sheets_.push_back(std::move(info));
    reading_ = !chosen_ && choice_.wants(sheets_.size() - 1, sheets_.back());
    if (reading_) rows_.emplace(sink_);
    row_ = 0;
  } else if (!reading_) {
    return;
  } else if (name == "table-row") {
    row_repeat_ = repeat_of(a, "number-rows-repeated");
    column_ = 0;
  } else if (name == "table-cell" || name == "covered-table-cell") {
    in_cell_ = true;
    column_repeat_ = repeat_of(a, "number-columns-repeated");
    text_.clear();
    first_paragraph_ = true;
    value_.reset();
    const std::string type = attribute(a, "value-type").value_or("");
    if (type == "float" || type == "currency" || type == "percentage") {
      value_ = number_text(attribute(a, "value").value_or(""));
    } else if (type == "date") {
      std::string v = attribute(a, "date-value").value_or("");
      if (const auto dot = v.find('.'); dot != std::string::npos) v.resize(dot);
      if (v.ends_with("T00:00:00")) v.resize(v.size() - 9);
      value_ = std::move(v);
    } else if (type == "time") {
      value_ = duration_text(attribute(a, "time-value").value_or(""));
    } else if (type == "boolean") {
      value_ = attribute(a, "boolean-value") == "true" ? "TRUE" : "FALSE";
    }
    if (empty) end_cell();
  } else if (name == "annotation") {
    skip_depth_ = empty ? 0 : 1;  // a comment on the cell: its text is no value
  } else if (in_cell_ && name == "p") {
    if (!first_paragraph_) text_.push_back('\n');
    first_paragraph_ = false;
    in_paragraph_ = !empty;
  } else if (in_paragraph_ && name == "s") {
    text_.append(std::min<std::uint64_t>(repeat_of(a, "c"), 1000), ' ');
  } else if (in_paragraph_ && name == "tab") {
    text_.push_back('\t');
  } else if (in_paragraph_ && name == "line-break") {
    text_.push_back('\n');
  }
}

void OdsContent::on_text(std::string_view text) {
  if (error_ || !in_paragraph_ || skip_depth_ > 0) return;
  if (text_.size() + text.size() > budget::kMaxXmlTokenBytes) {
    error_ = sheet_too_large();
    return;
  }
  text_.append(text);
}

void OdsContent::end_cell() {
  in_cell_ = in_paragraph_ = false;
  std::string cell = value_ ? std::move(*value_) : std::move(text_);
  if (!cell.empty()) {
    repeated_cells_ += column_repeat_ - 1;
    if (repeated_cells_ > budget::kMaxRepeatedCells ||
        column_ + column_repeat_ > static_cast<std::uint64_t>(budget::kMaxSheetColumns)) {
      error_ = sheet_too_large();
      return;
    }
    for (std::uint64_t i = 1; i < column_repeat_; ++i) rows_->set(column_ + i, cell);
    rows_->set(column_, std::move(cell));
  }
  // Empty repeated cells (the grid's empty rest) only move the column on.
  column_ = static_cast<std::size_t>(
      std::min<std::uint64_t>(column_ + column_repeat_, static_cast<std::uint64_t>(budget::kMaxSheetColumns)));
}

void OdsContent::on_end(std::string_view name) {
  if (error_) return;
  if (skip_depth_ > 0) {
    --skip_depth_;
    return;
  }
  if (!reading_) return;
  if (name == "p") {
    in_paragraph_ = false;
  } else if (name == "table-cell" || name == "covered-table-cell") {
    if (in_cell_) end_cell();
  } else if (name == "table-row") {
    // A repeated row with values is expanded, within the repeated-cell budget.
    if (row_repeat_ > 1 && rows_->row_has_values()) {
      repeated_cells_ += (row_repeat_ - 1) * column_;
      if (repeated_cells_ > budget::kMaxRepeatedCells) {
        error_ = sheet_too_large();
        return;
      }
    }
    error_ = rows_->end_row(row_, row_repeat_);
    row_ = std::min<std::int64_t>(
        row_ + static_cast<std::int64_t>(std::min<std::uint64_t>(row_repeat_, budget::kMaxSheetRows)), budget::kMaxSheetRows);
  } else if (name == "table") {
    if (rows_->any()) chosen_ = sheets_.size() - 1;
    reading_ = false;
    rows_.reset();
  }
}

}  // namespace polso::workbook
