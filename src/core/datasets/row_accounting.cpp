#include "core/datasets/row_accounting.hpp"

#include <algorithm>

namespace polso::datasets {

void RowAccounting::skipped(const std::string& reason, std::uint64_t row) {
  ++read_;
  SkipReason& r = reasons_[reason];
  ++r.count;
  if (r.first_rows.size() < kExampleRows) r.first_rows.push_back(row);
}

void RowAccounting::merge(const RowAccounting& other, std::uint64_t line_offset) {
  read_ += other.read_;
  used_ += other.used_;
  for (const auto& [reason, theirs] : other.reasons_) {
    SkipReason& mine = reasons_[reason];
    mine.count += theirs.count;
    for (std::uint64_t row : theirs.first_rows) mine.first_rows.push_back(row + line_offset);
    std::sort(mine.first_rows.begin(), mine.first_rows.end());
    if (mine.first_rows.size() > kExampleRows) mine.first_rows.resize(kExampleRows);
  }
}

}  // namespace polso::datasets
