#include "core/datasets/conversations_periods.hpp"

namespace polso::datasets {
namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

std::int64_t period_index(csv::CivilDate d, csv::Period period) {
  switch (period) {
    case csv::Period::day: return csv::days_from_civil(d.year, d.month, d.day);
    // 1970-01-01 was a Thursday: day −3 is the Monday that starts week 0.
    case csv::Period::week: return floor_div(csv::days_from_civil(d.year, d.month, d.day) + 3, 7);
    case csv::Period::month: return std::int64_t{d.year} * 12 + (d.month - 1);
    case csv::Period::quarter: return std::int64_t{d.year} * 4 + (d.month - 1) / 3;
    case csv::Period::year: return d.year;
  }
  return 0;
}

csv::CivilDate period_start(std::int64_t i, csv::Period period) {
  switch (period) {
    case csv::Period::day: return csv::civil_from_days(i);
    case csv::Period::week: return csv::civil_from_days(i * 7 - 3);
    case csv::Period::month:
      return {static_cast<std::int32_t>(floor_div(i, 12)), static_cast<std::int32_t>(i - floor_div(i, 12) * 12 + 1), 1};
    case csv::Period::quarter:
      return {static_cast<std::int32_t>(floor_div(i, 4)), static_cast<std::int32_t>((i - floor_div(i, 4) * 4) * 3 + 1), 1};
    case csv::Period::year: return {static_cast<std::int32_t>(i), 1, 1};
  }
  return {};
}

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
