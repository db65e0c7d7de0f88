#include "core/datasets/orders_amounts.hpp"

#include <cctype>
#include <string>

namespace polso::datasets {
namespace {

constexpr std::string_view kSymbols[] = {"\xE2\x82\xAC", "$", "\xC2\xA3", "\xC2\xA5"};  // € $ £ ¥

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Removes one currency mark from the front; true when one was there.
bool strip_front(std::string_view& s) {
  for (auto sym : kSymbols)
    if (s.starts_with(sym)) {
      s = csv::trim(s.substr(sym.size()));
      return true;
    }
  if (s.size() >= 3 && is_letter(s[0]) && is_letter(s[1]) && is_letter(s[2]) && (s.size() == 3 || !is_letter(s[3]))) {
    s = csv::trim(s.substr(3));
    return true;
  }
  return false;
}

bool strip_back(std::string_view& s) {
  for (auto sym : kSymbols)
    if (s.ends_with(sym)) {
      s = csv::trim(s.substr(0, s.size() - sym.size()));
      return true;
    }
  const std::size_t n = s.size();
  if (n >= 3 && is_letter(s[n - 1]) && is_letter(s[n - 2]) && is_letter(s[n - 3]) && (n == 3 || !is_letter(s[n - 4]))) {
    s = csv::trim(s.substr(0, n - 3));
    return true;
  }
  return false;
}

// "1 250,00" → "1250,00": spaces (plain, no-break U+00A0, narrow no-break
// U+202F) between digits, each followed by exactly three digits.
bool drop_space_grouping(std::string_view s, std::string& out) {
  out.clear();
  bool dropped = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t width = s[i] == ' ' ? 1 : s.substr(i, 2) == "\xC2\xA0" ? 2 : s.substr(i, 3) == "\xE2\x80\xAF" ? 3 : 0;
    if (width) {
      const bool digit_before = !out.empty() && out.back() >= '0' && out.back() <= '9';
      const std::string_view rest = s.substr(i + width);
      const bool three_after = rest.size() >= 3 && std::isdigit(static_cast<unsigned char>(rest[0])) &&
                               std::isdigit(static_cast<unsigned char>(rest[1])) &&
                               std::isdigit(static_cast<unsigned char>(rest[2])) &&
                               (rest.size() == 3 || !std::isdigit(static_cast<unsigned char>(rest[3])));
      if (!digit_before || !three_after) return false;
      dropped = true;
      i += width;
      continue;
    }
    out.push_back(s[i++]);
  }
  return dropped;
}

}  // namespace

csv::ParsedNumber parse_amount(std::string_view field, csv::NumberFormat format) {
  std::string_view s = csv::trim(field);
  if (s.empty()) return {0, csv::NumberIssue::blank};
  bool negative = false;
  auto take_sign = [&] {
    if (s.starts_with('-') || s.starts_with('+')) {
      negative = s[0] == '-';
      s = csv::trim(s.substr(1));
      return true;
    }
    if (s.starts_with("\xE2\x88\x92")) {  // U+2212 minus sign
      negative = true;
      s = csv::trim(s.substr(3));
      return true;
    }
    return false;
  };
  const bool signed_first = take_sign();
  const bool front = strip_front(s);
  const bool back = strip_back(s);
  if (!signed_first && front) take_sign();  // "€ -12,50"
  if (s.empty() || ((front || back || signed_first) && (s[0] == '-' || s[0] == '+')))
    return {0, csv::NumberIssue::not_a_number};
  csv::ParsedNumber n = csv::parse_number(s, format);
  if (!n.ok()) {
    std::string compact;
    if (drop_space_grouping(s, compact)) n = csv::parse_number(compact, format);
  }
  if (n.ok() && negative) n.value = -n.value;
  return n;
}

}  // namespace polso::datasets

namespace polso::datasets {

csv::NumberFormat amount_format(std::span<const std::string_view> cells, csv::NumberFormat sniffed) {
  constexpr csv::NumberFormat dot{'.', ','}, comma{',', '.'};
  int votes = 0;  // > 0: ','
  for (std::string_view c : cells) {
    const bool as_dot = parse_amount(c, dot).ok(), as_comma = parse_amount(c, comma).ok();
    if (as_dot != as_comma) votes += as_comma ? 1 : -1;
  }
  if (votes > 0) return comma;
  if (votes < 0) return dot;
  return sniffed;
}

}  // namespace polso::datasets
