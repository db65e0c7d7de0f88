#include "core/workbook/cell_text.hpp"

#include <cmath>
#include <cstdio>

#include "core/csv/dates.hpp"
#include "core/csv/numbers.hpp"
#include "core/number_format.hpp"

namespace polso::workbook {
namespace {

// Cell values are written in the C locale: '.' decimals, maybe an exponent.
std::optional<double> parse_double(std::string_view v) {
  const auto n = csv::parse_number(v, {'.', 0});
  if (!n.ok() || !std::isfinite(n.value)) return std::nullopt;
  return n.value;
}

void two(std::string& out, std::int64_t v) {
  out.push_back(static_cast<char>('0' + v / 10 % 10));
  out.push_back(static_cast<char>('0' + v % 10));
}

}  // namespace

NumberKind builtin_format_kind(std::int64_t id) {
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
    return NumberKind::date;
  if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47)) return NumberKind::time;
  return NumberKind::number;
}

NumberKind format_code_kind(std::string_view code) {
  // The first section (positive numbers) decides; text in quotes, escaped
  // characters and [colour]/[locale] brackets say nothing (but [h] [m] [s]
  // elapsed times do).
  bool date = false, time = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      const auto close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      const auto close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      const std::string_view inside = code.substr(i + 1, close - i - 1);
      if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 'm' || inside[0] == 'M' ||
                              inside[0] == 's' || inside[0] == 'S'))
        time = true;
      i = close;
    } else {
      const char l = static_cast<char>(c | 0x20);
      if (l == 'd' || l == 'y') date = true;
      else if (l == 'h' || l == 's') time = true;
    }
  }
  // "m" beside d, y, h or s is a month or minutes and changes nothing; alone
  // ("mmm yy" aside, "mmmm") it is a month.
  if (!date && !time)
    for (char c : code.substr(0, code.find(';')))
      if ((c | 0x20) == 'm') date = true;
  return date ? NumberKind::date : time ? NumberKind::time : NumberKind::number;
}

// Already the shortest decimal of its double: an optional '-', an integer part
// without leading zeros, a fraction not ending in 0, at most 15 significant
// digits (two such decimals never share a double).
bool plain_shortest(std::string_view v) {
  std::size_t i = v.starts_with('-') ? 1 : 0, digits = 0;
  const std::size_t int_start = i;
  while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i, ++digits;
  if (digits == 0 || (digits > 1 && v[int_start] == '0')) return false;
  const bool zero_int = digits == 1 && v[int_start] == '0';
  if (zero_int) digits = 0;
  if (i == v.size()) return digits <= 15 && !(zero_int && int_start == 1);  // not "-0"
  if (v[i] != '.' || i + 1 == v.size() || v.back() == '0') return false;
  bool leading = zero_int;
  for (++i; i < v.size(); ++i) {
    if (v[i] < '0' || v[i] > '9') return false;
    if (leading && v[i] == '0') continue;
    leading = false;
    ++digits;
  }
  return digits <= 15;
}

std::optional<std::string> number_text(std::string_view value) {
  if (plain_shortest(value)) return std::string(value);
  const auto d = parse_double(value);
  if (!d) return std::nullopt;
  return shortest_decimal(*d == 0 ? 0.0 : *d);
}

std::optional<std::string> serial_date_text(std::string_view value, DateSystem system, NumberKind kind) {
  const auto d = parse_double(value);
  if (!d || *d < 0 || *d > 2958466) return std::nullopt;  // 9999-12-31
  // Seconds, rounded as Excel shows them.
  const auto total = static_cast<std::int64_t>(std::llround(*d * 86400.0));
  std::int64_t days = total / 86400;
  const std::int64_t secs = total % 86400;
  std::string out;
  // hh:mm:ss after `hours`, written by the caller.
  const auto minutes_seconds = [&] {
    out.push_back(':');
    two(out, secs / 60 % 60);
    out.push_back(':');
    two(out, secs % 60);
  };
  if (kind == NumberKind::time && days == 0) {
    two(out, secs / 3600);
    minutes_seconds();
    return out;
  }
  if (kind == NumberKind::time) {  // an elapsed time past a day: [h]:mm:ss
    out = std::to_string(total / 3600);
    minutes_seconds();
    return out;
  }
  csv::CivilDate date;
  if (system == DateSystem::from1904) {
    date = csv::civil_from_days(csv::days_from_civil(1904, 1, 1) + days);
  } else if (days == 60) {
    date = {1900, 2, 29};  // Lotus 1-2-3's leap day, kept by Excel
  } else if (days == 0) {
    date = {1900, 1, 0};  // Excel's "0 January 1900": no date
  } else {
    date = csv::civil_from_days(csv::days_from_civil(1899, 12, days < 60 ? 31 : 30) + days);
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  out = buf;
  if (secs != 0) {
    out.push_back('T');
    two(out, secs / 3600);
    minutes_seconds();
  }
  return out;
}

}  // namespace polso::workbook
