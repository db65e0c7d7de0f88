// A volume series kept by period index in a small map, its empty periods
// filled in (a month with no conversations is a zero in the trend, not a
// missing point).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/csv/dates.hpp"
#include "core/datasets/period_index.hpp"

namespace polso::datasets {

struct VolumePoint {
  std::string period;  // csv::period_key of the period
  std::uint64_t conversations = 0;
};

// Every period from the first to the last, empty ones as 0 — unless that
// would be more than kMaxFilledPeriods (a stray year-1900 date), when only
// the periods with conversations are listed and `gaps_filled` is false.
constexpr std::int64_t kMaxFilledPeriods = 5000;
std::vector<VolumePoint> volume_series(const std::map<std::int64_t, std::uint64_t>& volumes, csv::Period period,
                                       bool& gaps_filled);

}  // namespace polso::datasets
