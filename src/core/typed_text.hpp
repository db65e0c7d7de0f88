// Values as people type or paste them into a form: a spreadsheet column with
// its header ("Score", 10, 9 …), "7,5" on a page whose decimal mark is '.',
// money with its currency ("€45", "45 €", "$1,234.50", "1.234,50 €"), and
// durations with units ("90", "2m", "1:30", "1h 5m"). The page asks the core
// (through the JSON contract, {"read": …}) instead of parsing on its own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/datasets/export_profile.hpp"
#include "core/error.hpp"

namespace polso {

enum class TextShape { whole_numbers, numbers, money, duration };

struct UnreadToken {
  std::size_t position = 0;  // 1-based, among the values of the text
  std::string text;
};

struct TypedValues {
  std::vector<double> values;
  std::vector<UnreadToken> unread;
  std::vector<Warning> notes;  // header_skipped, decimal_comma_read, comma_between_numbers
};

// `decimal`: the page's decimal mark ('.' or ','). `unit`: what a bare
// duration number counts (seconds, minutes, hours); "m:ss" is read as minutes
// and seconds unless the unit is hours ("h:mm"). `list`: many values (a
// pasted column), else one field (money, a target).
TypedValues read_typed_text(std::string_view text, TextShape shape, char decimal, datasets::DurationUnit unit,
                            bool list);

}  // namespace polso
