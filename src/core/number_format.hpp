// Numbers written for people: "1,234.5" in English, "1.234,5" in Italian.
#pragma once

#include <string>

#include "core/localized.hpp"

namespace polso {

// At most `max_decimals` decimals, trailing zeros dropped, thousands grouped.
std::string format_number(double x, Lang lang, int max_decimals = 2);

// The shortest decimal that reads back as x, in fixed notation with '.' and
// no grouping ("4.5", "0.001", "-12"); x finite.
std::string shortest_decimal(double x);

}  // namespace polso
