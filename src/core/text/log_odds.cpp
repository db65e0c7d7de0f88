#include "core/text/log_odds.hpp"

#include <cmath>

namespace polso::text {

LogOdds log_odds(const LogOddsInput& in) {
  const double alpha = in.in_group + in.in_rest;
  const double alpha0 = in.group_total + in.rest_total;
  const double g = in.in_group + alpha, r = in.in_rest + alpha;
  LogOdds out;
  const double rest_of_group = in.group_total + alpha0 - g, rest_of_rest = in.rest_total + alpha0 - r;
  // Only when the term is every word of the file: no other term to compare with.
  if (rest_of_group <= 0 || rest_of_rest <= 0) return out;
  out.delta = std::log(g / rest_of_group) - std::log(r / rest_of_rest);
  out.variance = 1.0 / g + 1.0 / r;
  out.z = out.delta / std::sqrt(out.variance);
  return out;
}

}  // namespace polso::text
