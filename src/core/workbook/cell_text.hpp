// What a workbook cell becomes as text: exactly what the CSV path reads for
// the same data, so a report is the same whether the file is .xlsx, .ods or
// CSV. Numbers in their shortest round-trip decimal form with '.' and no
// grouping (percentages are their stored fraction: 25% is 0.25, as the
// number a CSV export of the value holds); dates as ISO yyyy-mm-dd, with
// Thh:mm:ss when the cell has a time of day; times of day alone as hh:mm:ss.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace polso::workbook {

enum class DateSystem : std::uint8_t { from1900, from1904 };

// How a number format shows a number.
enum class NumberKind : std::uint8_t { number, date, time };

// The kind of a built-in SpreadsheetML number format id (14 = m/d/yyyy …).
NumberKind builtin_format_kind(std::int64_t id);
// The kind of a format code ("dd/mm/yyyy hh:mm", "0.0%", "[h]:mm:ss" …).
NumberKind format_code_kind(std::string_view code);

// A number as decimal text ("4.5", "12", "0.0001"); nullopt when `value` is
// not a number.
std::optional<std::string> number_text(std::string_view value);
// An Excel serial day number in the given date system as ISO text; Excel's
// 29 February 1900 (serial 60, a day that never was) as "1900-02-29", which
// no date reader accepts. nullopt for a negative or non-numeric serial.
std::optional<std::string> serial_date_text(std::string_view value, DateSystem system, NumberKind kind);

}  // namespace polso::workbook
