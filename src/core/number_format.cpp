#include "core/number_format.hpp"

#include <cmath>
#include <charconv>
#include <string>

namespace polso {
namespace {

// |x| to `decimals` places, rounding the shortest decimal that reads back as
// x, ties up (5.125 → "5.13", 1.005 → "1.01"): what the page's
// Intl.NumberFormat does, so the core's figures and the page's agree (printf
// rounds the binary value, ties to even: "5.12", "1.00").
std::string rounded_half_up(double x, int decimals) {
  char buf[512];
  const auto end = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed).ptr;
  std::string s(buf, end);
  std::size_t dot = s.find('.');
  if (dot == std::string::npos) {
    dot = s.size();
    s += '.';
  }
  s.append(static_cast<std::size_t>(decimals) + 1, '0');  // room to cut
  const std::size_t cut = dot + 1 + static_cast<std::size_t>(decimals);
  const bool up = s[cut] >= '5';
  std::string kept = s.substr(0, decimals > 0 ? cut : dot);
  if (!up) return kept;
  for (std::size_t i = kept.size(); i-- > 0;) {
    if (kept[i] == '.') continue;
    if (kept[i] != '9') {
      ++kept[i];
      return kept;
    }
    kept[i] = '0';
  }
  return "1" + kept;
}

}  // namespace

std::string format_number(double x, Lang lang, int max_decimals) {
  if (std::isnan(x)) return "—";
  if (std::isinf(x)) return x > 0 ? "∞" : "−∞";
  std::string digits = rounded_half_up(std::fabs(x), max_decimals);
  std::string frac;
  if (auto dot = digits.find('.'); dot != std::string::npos) {
    frac = digits.substr(dot + 1);
    digits.resize(dot);
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
  }
  const char group = lang == Lang::it ? '.' : ',';
  const char decimal = lang == Lang::it ? ',' : '.';
  std::string out;
  const std::size_t len = digits.size();
  for (std::size_t i = 0; i < len; ++i) {
    if (i > 0 && (len - i) % 3 == 0) out += group;
    out += digits[i];
  }
  if (!frac.empty()) (out += decimal) += frac;
  const bool negative = x < 0 && (out.find_first_not_of("0.,") != std::string::npos);
  return negative ? "−" + out : out;
}

}  // namespace polso
