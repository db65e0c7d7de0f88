// The catalogue's metric groups, each declared in its own file.
#pragma once

#include <vector>

#include "core/catalogue.hpp"

namespace polso::metrics {

std::vector<MetricSpec> survey();      // survey.cpp
std::vector<MetricSpec> retention();   // retention.cpp
std::vector<MetricSpec> engagement();  // engagement.cpp
std::vector<MetricSpec> support();     // support.cpp

// Every group, in the catalogue's order (all_metrics.cpp, alone in its file so
// that a test build can link a catalogue with one more metric: see
// docs/adding-a-metric.md).
std::vector<MetricSpec> all_metrics();

}  // namespace polso::metrics
