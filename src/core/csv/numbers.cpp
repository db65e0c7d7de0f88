// Our own decimal parser: libc++ 14 (Emscripten 3.1.6) has no floating-point
// std::from_chars, and strtod depends on the C locale. Values with at most 19
// significant digits and a power of ten within 1e±22 whose mantissa fits in
// 2^53 are converted exactly (Clinger's fast path), which covers survey and
// order data. Longer or extreme values go through long double and can differ
// from correct rounding in the last bit.
#include "core/csv/numbers.hpp"

#include <cmath>

namespace polso::csv {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                             1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                             1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// Accumulates significant digits; past 19 only the exponent moves.
struct Digits {
  std::uint64_t mantissa = 0;
  int count = 0;       // significant digits kept
  int exponent = 0;    // power of ten to apply
  bool truncated = false;
  bool any = false;

  void push(char c, bool fraction) {
    any = true;
    const int d = c - '0';
    if (count == 0 && d == 0) {  // leading zeros are not significant
      if (fraction) --exponent;
      return;
    }
    if (count < 19) {
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(d);
      ++count;
      if (fraction) --exponent;
    } else {
      if (d != 0) truncated = true;
      if (!fraction) ++exponent;
    }
  }
};

double to_double(const Digits& d, int exp10) {
  if (d.mantissa == 0) return 0.0;
  const int e = d.exponent + exp10;
  if (!d.truncated && d.mantissa <= (std::uint64_t{1} << 53) && e >= -22 && e <= 22) {
    const double m = static_cast<double>(d.mantissa);
    return e >= 0 ? m * kPow10[e] : m / kPow10[-e];
  }
  if (e > 400) return HUGE_VAL;
  if (e < -400) return 0.0;
  return static_cast<double>(static_cast<long double>(d.mantissa) *
                             std::pow(10.0L, static_cast<long double>(e)));
}

}  // namespace

std::string_view number_issue_code(NumberIssue issue) {
  switch (issue) {
    case NumberIssue::none: return "none";
    case NumberIssue::blank: return "blank";
    case NumberIssue::not_a_number: return "not_a_number";
  }
  return "not_a_number";
}

std::string_view detail::trim_ends(std::string_view s) {
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
      s.remove_prefix(1);
    } else if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s.back() == '\xA0') {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

ParsedNumber parse_number(std::string_view field, NumberFormat format) {
  const std::string_view s = trim(field);
  if (s.empty()) return {0, NumberIssue::blank};
  const ParsedNumber bad{0, NumberIssue::not_a_number};

  std::size_t i = 0;
  bool negative = false;
  if (s[i] == '-' || s[i] == '+') {
    negative = s[i] == '-';
    ++i;
  }
  Digits digits;
  // Integer part, with grouping checked as we go.
  int group = 0;           // digits in the current group
  bool grouped = false;    // a thousands separator was seen
  bool first_group = true;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (is_digit(c)) {
      digits.push(c, false);
      ++group;
    } else if (format.thousands != 0 && c == format.thousands) {
      if (group == 0 || (first_group ? group > 3 : group != 3)) return bad;
      if (i + 1 >= s.size() || !is_digit(s[i + 1])) return bad;
      grouped = true;
      first_group = false;
      group = 0;
    } else {
      break;
    }
  }
  if (grouped && group != 3) return bad;
  const bool int_digits = digits.any;
  if (i < s.size() && s[i] == format.decimal) {
    ++i;
    bool frac_digits = false;
    for (; i < s.size() && is_digit(s[i]); ++i) {
      digits.push(s[i], true);
      frac_digits = true;
    }
    if (!int_digits && !frac_digits) return bad;
  } else if (!int_digits) {
    return bad;
  }
  int exp10 = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) exp_negative = s[i++] == '-';
    if (i >= s.size() || !is_digit(s[i])) return bad;
    for (; i < s.size() && is_digit(s[i]); ++i) {
      if (exp10 < 100000) exp10 = exp10 * 10 + (s[i] - '0');
    }
    if (exp_negative) exp10 = -exp10;
  }
  if (i != s.size()) return bad;
  const double v = to_double(digits, exp10);
  if (std::isinf(v)) return bad;
  return {negative ? -v : v, NumberIssue::none};
}

namespace {

bool is_letter_start(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || u >= 0xC0;  // an ASCII letter or a UTF-8 lead byte
}

// The separator a survey tool writes between a scale point and its label:
// "10 - Extremely likely", "0 = Per niente", "9 (Promoter)", "5: Very", "3 – Neutral".
// Returns its length, 0 when `s` does not start with one.
std::size_t label_separator(std::string_view s) {
  if (s.empty()) return 0;
  if (s[0] == '-' || s[0] == '=' || s[0] == '(' || s[0] == ':') return 1;
  if (s.size() >= 3 && s[0] == '\xE2' && s[1] == '\x80' && (s[2] == '\x93' || s[2] == '\x94')) return 3;  // – —
  return 0;
}

}  // namespace

ParsedScore leading_score(std::string_view field) {
  // The common cells, "7" and "10", without trimming or scanning.
  if (field.size() == 1 && is_digit(field[0])) return {field[0] - '0', NumberIssue::none};
  if (field.size() == 2 && is_digit(field[0]) && is_digit(field[1]))
    return {(field[0] - '0') * 10 + (field[1] - '0'), NumberIssue::none};
  const std::string_view s = trim(field);
  if (s.empty()) return {0, NumberIssue::blank};
  const ParsedScore bad{0, NumberIssue::not_a_number};
  std::size_t i = 0;
  std::int64_t v = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (i == 9) return bad;
    v = v * 10 + (s[i] - '0');
    ++i;
  }
  if (i == 0) return bad;
  // A whole number written with a zero fraction: "10.0", "9,0", "7.", "8.00".
  // Three digits after the mark ("1.000") read as thousands, so they are refused.
  if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
    std::size_t zeros = 0;
    while (i + 1 + zeros < s.size() && s[i + 1 + zeros] == '0') ++zeros;
    const std::size_t after = i + 1 + zeros;
    if (zeros > 2 || (after < s.size() && is_digit(s[after]))) return bad;  // "7.5", "4,5", "1.000"
    if (zeros == 0 && s[i] == ',') return bad;                               // "9," is not a number
    i = after;
  }
  if (i == s.size()) return {v, NumberIssue::none};
  // Nothing else may follow, except a label after a separator: the cell is a
  // number only if all of it is one ("9/17/2025 20:35:23" is not the score 9).
  std::size_t j = i;
  while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
  const std::size_t sep = label_separator(s.substr(j));
  if (sep == 0) return bad;
  j += sep;
  while (j < s.size() && s[j] == ' ') ++j;
  if (j >= s.size() || !is_letter_start(s[j])) return bad;
  return {v, NumberIssue::none};
}

}  // namespace polso::csv
