// Reading numbers out of CSV fields: locale-independent, with an explicit
// decimal separator and optional thousands grouping, and "leading scores" such
// as "10 - Extremely likely".
#pragma once

#include <cmath>
#include <cstdint>
#include <string_view>

namespace polso::csv {

enum class NumberIssue : std::uint8_t { none, blank, not_a_number };
// "blank" / "not_a_number": stable codes for Error/Warning values.
std::string_view number_issue_code(NumberIssue issue);

struct NumberFormat {
  char decimal = '.';
  char thousands = 0;  // 0: no grouping accepted
};

struct ParsedNumber {
  double value = 0;
  NumberIssue issue = NumberIssue::none;
  bool ok() const { return issue == NumberIssue::none; }
  // Read, and a whole number (a count). Compared as doubles, never through an
  // integer cast, which is undefined beyond the integer's range (1e97).
  bool whole() const { return ok() && std::isfinite(value) && std::floor(value) == value; }
};

// Accepts surrounding spaces (also NBSP), a sign, digits with optional
// grouping (first group 1-3 digits, then groups of exactly 3: "1.234.567"),
// a fraction after `decimal`, and an exponent ("1e3"). "4.5" with grouping '.'
// and decimal ',' is rejected rather than misread as 45.
ParsedNumber parse_number(std::string_view field, NumberFormat format);

struct ParsedScore {
  std::int64_t value = 0;
  NumberIssue issue = NumberIssue::none;
  bool ok() const { return issue == NumberIssue::none; }
};

// A survey answer as a whole number: "9", "10.0" and "9,0" (a zero fraction),
// and the labels survey tools write after a scale point: "10 - Extremely
// likely", "0 = Per niente probabile", "9 (Promoter)". Anything else after the
// number makes the cell not a score ("9/17/2025 20:35:23", "3/5", "5stars",
// "10 stars"); so do decimals ("7.5", "4,5"), signs, more than 9 digits and text.
ParsedScore leading_score(std::string_view field);

namespace detail {
std::string_view trim_ends(std::string_view s);
}
// Trims ASCII whitespace and UTF-8 no-break spaces from both ends. Inline:
// nearly every cell of every row is trimmed, and nearly every cell starts
// and ends with a byte that is neither (a control byte, a space, the C2 that
// starts a no-break space or the A0 that ends one go the long way).
inline std::string_view trim(std::string_view s) {
  if (!s.empty() && static_cast<unsigned char>(s.front()) > ' ' && s.front() != '\xC2' &&
      static_cast<unsigned char>(s.back()) > ' ' && s.back() != '\xA0')
    return s;
  return detail::trim_ends(s);
}

}  // namespace polso::csv
