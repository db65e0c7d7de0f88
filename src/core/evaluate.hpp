// One metric request, validated against the catalogue and computed.
#pragma once

#include <string_view>

#include "core/catalogue.hpp"

namespace polso {

struct Evaluation {
  const MetricSpec* metric = nullptr;
  const VariantSpec* variant = nullptr;
  Outcome outcome;
  const BandSpec* band = nullptr;  // null when the metric has no band for this value
};

Expected<Evaluation> evaluate(std::string_view metric_id, const Inputs& inputs);

// The band a value falls in, or null. Exposed for reports over datasets.
const BandSpec* find_band(const MetricSpec& metric, const Outcome& outcome, const Inputs& inputs);

}  // namespace polso
