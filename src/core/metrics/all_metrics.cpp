#include "core/metrics/groups.hpp"

namespace polso::metrics {

std::vector<MetricSpec> all_metrics() {
  std::vector<MetricSpec> out;
  for (auto group : {survey(), retention(), engagement(), support()})
    std::move(group.begin(), group.end(), std::back_inserter(out));
  return out;
}

}  // namespace polso::metrics
