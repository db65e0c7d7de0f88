#include "core/inference/good_direction.hpp"

#include "core/catalogue.hpp"

namespace polso::inference {

int good_direction(std::string_view id) {
  const MetricSpec* m = find_metric(id);  // the catalogue says which way is good
  return m && m->better == Better::lower ? -1 : 1;
}

std::string_view change_tone(std::string_view id, double difference, bool significant) {
  if (!significant || difference == 0) return "neutral";
  return (difference > 0) == (good_direction(id) > 0) ? "good" : "bad";
}

}  // namespace polso::inference
