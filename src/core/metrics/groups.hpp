// The catalogue's metric groups, each declared in its own file.
#pragma once

#include <vector>

#include "core/catalogue.hpp"

namespace polso::metrics {

std::vector<MetricSpec> survey();      // survey.cpp
std::vector<MetricSpec> retention();   // retention.cpp
std::vector<MetricSpec> engagement();  // engagement.cpp
std::vector<MetricSpec> support();     // support.cpp

}  // namespace polso::metrics
