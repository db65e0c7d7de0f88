#include "core/datasets/conversations_periods.hpp"

namespace polso::datasets {

std::vector<VolumePoint> volume_series(const std::map<std::int64_t, std::uint64_t>& volumes, csv::Period period,
                                       bool& gaps_filled) {
  std::vector<VolumePoint> out;
  gaps_filled = true;
  if (volumes.empty()) return out;
  const std::int64_t first = volumes.begin()->first, last = volumes.rbegin()->first;
  if (last - first >= kMaxFilledPeriods) {
    gaps_filled = false;
    for (const auto& [i, n] : volumes) out.push_back({csv::period_key(period_start(i, period), period), n});
    return out;
  }
  out.reserve(static_cast<std::size_t>(last - first + 1));
  for (std::int64_t i = first; i <= last; ++i) {
    auto it = volumes.find(i);
    out.push_back({csv::period_key(period_start(i, period), period), it == volumes.end() ? 0 : it->second});
  }
  return out;
}

}  // namespace polso::datasets
