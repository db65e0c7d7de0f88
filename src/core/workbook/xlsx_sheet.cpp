#include "core/workbook/xlsx_sheet.hpp"

#include "core/budgets.hpp"
#include "core/problems.hpp"

namespace polso::workbook {

std::optional<std::size_t> column_of_reference(std::string_view ref) {
  std::size_t column = 0, i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 4; ++i) column = column * 26 + static_cast<std::size_t>(ref[i] - 'A' + 1);
  if (i == 0 || column == 0) return std::nullopt;
  return column - 1;
}

void XlsxSheet::on_start(std::string_view name, std::span<const XmlAttribute> a, bool) {
  if (error_) return;
  if (name == "c") {
    in_cell_ = true;
    const auto ref = attribute(a, "r");
    if (ref) {
      const auto c = column_of_reference(*ref);
      if (!c || *c < column_) {
        error_ = sheet_too_large();  // out of order or not a reference: damaged
        return;
      }
      column_ = *c;
    }
    type_ = attribute(a, "t").value_or("n");
    style_ = parse_index(attribute(a, "s").value_or("0")).value_or(0);
    value_.clear();
  } else if (name == "v" && in_cell_) {
    in_value_ = true;
  } else if (name == "is" && in_cell_) {
    in_inline_ = true;
  } else if (name == "rPh") {
    in_rph_ = true;
  } else if (name == "t" && in_inline_ && !in_rph_) {
    in_value_ = true;
  } else if (name == "row") {
    const auto r = attribute(a, "r");
    const std::int64_t row = r ? parse_index(*r).value_or(0) - 1 : rows_.next_row();
    if (row < rows_.next_row()) {
      error_ = sheet_too_large();
      return;
    }
    row_ = row;
    column_ = 0;
  } else if (name == "dimension") {
    // "A1:F100": the used range's width.
    const std::string ref = attribute(a, "ref").value_or("");
    const auto colon = ref.find(':');
    const auto first = column_of_reference(ref.substr(0, colon));
    const auto last = colon == std::string::npos ? first : column_of_reference(ref.substr(colon + 1));
    if (first && last && *last >= *first && *last < static_cast<std::size_t>(budget::kMaxSheetColumns))
      rows_.set_width(*last + 1);
  }
}

void XlsxSheet::on_text(std::string_view text) {
  if (!in_value_ || error_) return;
  if (value_.size() + text.size() > budget::kMaxXmlTokenBytes) {
    error_ = sheet_too_large();
    return;
  }
  value_.append(text);
}

void XlsxSheet::on_end(std::string_view name) {
  if (error_) return;
  if (name == "v" || (name == "t" && in_inline_)) {
    in_value_ = false;
  } else if (name == "rPh") {
    in_rph_ = false;
  } else if (name == "is") {
    in_inline_ = false;
  } else if (name == "c") {
    end_cell();
  } else if (name == "row") {
    if (row_ < 0) row_ = rows_.next_row();
    error_ = rows_.end_row(row_);
    row_ = -1;
  }
}

void XlsxSheet::end_cell() {
  in_cell_ = in_value_ = in_inline_ = false;
  std::string text;
  if (type_ == "s") {
    const auto index = parse_index(value_);
    const auto s = index ? strings_.at(*index) : std::nullopt;
    if (!value_.empty() && !s) {
      error_ = problems::invalid("", "damaged_workbook",
                                 {"This workbook is damaged: a cell refers to a text that the workbook does not hold. Open it in your spreadsheet and save it again, or save it as CSV.",
                                  "Questa cartella di lavoro è danneggiata: una cella rimanda a un testo che la cartella non contiene. Aprila nel foglio di calcolo e salvala di nuovo, oppure salvala come CSV."});
      return;
    }
    if (s) text = *s;
  } else if (type_ == "b") {
    text = value_.empty() ? "" : value_ == "1" || value_ == "true" ? "TRUE" : "FALSE";
  } else if (type_ == "n" && !value_.empty()) {
    const NumberKind kind = styles_.kind_of_style(style_);
    auto t = kind == NumberKind::number ? number_text(value_) : serial_date_text(value_, system_, kind);
    text = t ? std::move(*t) : value_;
  } else {  // inlineStr, str (a formula's text), e (#N/A …), d (ISO date)
    text = std::move(value_);
  }
  if (!rows_.set(column_, std::move(text))) error_ = sheet_too_large();
  ++column_;
  value_.clear();
}

}  // namespace polso::workbook
