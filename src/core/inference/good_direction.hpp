// Which way a metric's change is good news: up for NPS, CSAT, retention …,
// down for churn, bounce, cart abandonment and waiting times. The page colours
// a significant change by it (a significant drop in NPS is not a green tick).
#pragma once

#include <string_view>

namespace polso::inference {

// +1 when higher is better, −1 when lower is.
int good_direction(std::string_view metric_id);

// "good" (a significant change the good way), "bad" (a significant change the
// other way) or "neutral" (no significant change).
std::string_view change_tone(std::string_view metric_id, double difference, bool significant);

}  // namespace polso::inference
