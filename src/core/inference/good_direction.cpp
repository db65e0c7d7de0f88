#include "core/inference/good_direction.hpp"

namespace polso::inference {

int good_direction(std::string_view id) {
  // Of the metrics a comparison accepts (estimand.hpp), the ones where less is better.
  constexpr std::string_view kLowerIsBetter[] = {"churn_rate", "bounce_rate", "cart_abandonment_rate",
                                                 "first_response_time", "resolution_time"};
  for (std::string_view m : kLowerIsBetter)
    if (m == id) return -1;
  return 1;
}

std::string_view change_tone(std::string_view id, double difference, bool significant) {
  if (!significant || difference == 0) return "neutral";
  return (difference > 0) == (good_direction(id) > 0) ? "good" : "bad";
}

}  // namespace polso::inference
