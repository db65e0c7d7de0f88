#include "core/number_format.hpp"

#include <cmath>
#include <cstdio>

namespace polso {

std::string format_number(double x, Lang lang, int max_decimals) {
  if (std::isnan(x)) return "—";
  if (std::isinf(x)) return x > 0 ? "∞" : "−∞";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", max_decimals, std::fabs(x));
  std::string digits(buf);
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
