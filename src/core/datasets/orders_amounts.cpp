#include "core/datasets/orders_amounts.hpp"

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
  if (!front && !back && !signed_first) return csv::parse_number(s, format);
  if (s.empty() || s[0] == '-' || s[0] == '+') return {0, csv::NumberIssue::not_a_number};
  csv::ParsedNumber n = csv::parse_number(s, format);
  if (n.ok() && negative) n.value = -n.value;
  return n;
}

}  // namespace polso::datasets
