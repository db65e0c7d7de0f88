// Which sheet of a workbook to read: the one the user named (by name, or by
// its 1-based position), else the first visible sheet with data. Hidden
// sheets are listed but never chosen unless named.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/workbook/xlsx_parts.hpp"

namespace polso::workbook {

class SheetChoice {
 public:
  explicit SheetChoice(std::optional<std::string> wanted) : wanted_(std::move(wanted)) {}
  // Whether the sheet at 0-based `index` should be read (when no sheet with
  // data was found yet).
  bool wants(std::size_t index, const SheetInfo& sheet) const;
  bool named() const { return wanted_.has_value(); }
  // The error when the named sheet is not among `sheets`, or no sheet had data.
  Error not_found(const std::vector<SheetInfo>& sheets) const;

 private:
  std::optional<std::string> wanted_;
};

Error no_sheet_with_data();

}  // namespace polso::workbook
