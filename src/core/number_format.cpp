#include "core/number_format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace polso {
namespace {

// The shortest decimal that reads back as x (x >= 0, finite), in fixed
// notation: 1.005 → "1.005", not its binary expansion 1.00499999999999989….
std::string shortest_fixed(double x) {
  char buf[512];
  for (int digits = 1; digits <= 17; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*e", digits - 1, x);
    if (std::strtod(buf, nullptr) != x) continue;
    const int exponent = std::atoi(std::strchr(buf, 'e') + 1);
    std::snprintf(buf, sizeof buf, "%.*f", std::max(0, digits - 1 - exponent), x);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%.17f", x);  // 17 digits always read back
  return buf;
}

// |x| to `decimals` places, rounding the shortest decimal that reads back as
// x, ties up (5.125 → "5.13", 1.005 → "1.01"): what the page's
// Intl.NumberFormat does, so the core's figures and the page's agree (printf
// rounds the binary value, ties to even: "5.12", "1.00").
std::string rounded_half_up(double x, int decimals) {
  std::string s = shortest_fixed(x);
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

std::string shortest_decimal(double x) { return x < 0 ? "-" + shortest_fixed(-x) : shortest_fixed(x); }

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
