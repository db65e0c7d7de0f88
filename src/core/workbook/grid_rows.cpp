#include "core/workbook/grid_rows.hpp"

#include <algorithm>

#include "core/budgets.hpp"
#include "core/problems.hpp"

namespace polso::workbook {

Error sheet_too_large() {
  return problems::invalid("", "workbook_too_complex",
                           {"This sheet goes beyond the size a spreadsheet allows (1,048,576 rows by 16,384 columns, or too many repeated cells) and was not read. Save the sheet as CSV and open that file.",
                            "Questo foglio supera le dimensioni che un foglio di calcolo consente (1.048.576 righe per 16.384 colonne, o troppe celle ripetute) e non è stato letto. Salva il foglio come CSV e apri quel file."});
}

bool GridRows::set(std::size_t column, std::string text) {
  if (column >= static_cast<std::size_t>(budget::kMaxSheetColumns)) return text.empty();
  if (text.empty()) return true;
  if (cells_.size() <= column) cells_.resize(column + 1);
  cells_[column] = std::move(text);
  used_ = std::max(used_, column + 1);
  return true;
}

std::optional<Error> GridRows::end_row(std::int64_t row, std::uint64_t times) {
  if (row < next_row_) return sheet_too_large();
  if (used_ == 0) {
    // Empty rows are only counted, and only within the grid (LibreOffice
    // repeats an empty row to the grid's end).
    const std::int64_t end = static_cast<std::int64_t>(
        std::min<std::uint64_t>(static_cast<std::uint64_t>(row) + times, budget::kMaxSheetRows));
    if (end > next_row_) {
      pending_empty_ += static_cast<std::uint64_t>(end - next_row_);
      next_row_ = end;
    }
    cells_.clear();
    return std::nullopt;
  }
  if (row >= budget::kMaxSheetRows || times > static_cast<std::uint64_t>(budget::kMaxSheetRows - row))
    return sheet_too_large();
  std::optional<Error> error;
  {
    // Empty rows before the first with a value are dropped (the table starts
    // at its header); inside the table they are rows, as in a CSV export.
    pending_empty_ = emitted_ == 0 ? 0 : pending_empty_ + static_cast<std::uint64_t>(row - next_row_);
    width_ = std::max(width_, used_);
    if (pending_empty_ > 0) {
      const std::vector<std::string> empty(width_);
      for (; pending_empty_ > 0 && !error; --pending_empty_) error = sink_.on_row(empty);
      pending_empty_ = 0;
    }
    cells_.resize(width_);
    for (std::uint64_t i = 0; i < times && !error; ++i, ++emitted_) error = sink_.on_row(cells_);
  }
  cells_.clear();
  used_ = 0;
  next_row_ = row + static_cast<std::int64_t>(times);
  return error;
}

}  // namespace polso::workbook
