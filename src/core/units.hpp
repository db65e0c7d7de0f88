// The unit of a metric's value, as named in the JSON contract.
#pragma once

#include <string_view>

namespace polso {

enum class Unit { points, percent, score, currency, seconds, ratio, count };

constexpr std::string_view unit_id(Unit u) {
  switch (u) {
    case Unit::points: return "points";
    case Unit::percent: return "percent";
    case Unit::score: return "score";
    case Unit::currency: return "currency";
    case Unit::seconds: return "seconds";
    case Unit::ratio: return "ratio";
    case Unit::count: return "count";
  }
  return "count";
}

}  // namespace polso
