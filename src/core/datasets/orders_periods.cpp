#include "core/datasets/orders_periods.hpp"

namespace polso::datasets {
namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

std::int64_t period_index(std::int64_t day, csv::Period period) {
  if (period == csv::Period::day) return day;
  // 1970-01-01 was a Thursday, so Monday 1969-12-29 (day −3) starts week 0.
  if (period == csv::Period::week) return floor_div(day + 3, 7);
  const csv::CivilDate d = csv::civil_from_days(day);
  switch (period) {
    case csv::Period::month: return std::int64_t{d.year} * 12 + d.month - 1;
    case csv::Period::quarter: return std::int64_t{d.year} * 4 + (d.month - 1) / 3;
    default: return d.year;
  }
}

std::int64_t period_first_day(std::int64_t index, csv::Period period) {
  switch (period) {
    case csv::Period::day: return index;
    case csv::Period::week: return index * 7 - 3;
    case csv::Period::month:
      return csv::days_from_civil(static_cast<std::int32_t>(floor_div(index, 12)),
                                  static_cast<std::int32_t>(index - floor_div(index, 12) * 12 + 1), 1);
    case csv::Period::quarter:
      return csv::days_from_civil(static_cast<std::int32_t>(floor_div(index, 4)),
                                  static_cast<std::int32_t>((index - floor_div(index, 4) * 4) * 3 + 1), 1);
    case csv::Period::year: return csv::days_from_civil(static_cast<std::int32_t>(index), 1, 1);
  }
  return index;
}

std::string period_label(std::int64_t index, csv::Period period) {
  return csv::period_key(csv::civil_from_days(period_first_day(index, period)), period);
}

PeriodActivity period_activity(const CustomerTable& customers, std::int64_t first, std::int64_t last,
                               csv::Period period) {
  PeriodActivity a;
  a.first = first;
  const auto n = static_cast<std::size_t>(last - first + 1);
  a.active.assign(n, 0), a.fresh.assign(n, 0), a.retained.assign(n, 0), a.reactivated.assign(n, 0);
  for (std::uint32_t c = 0; c < customers.size(); ++c) {
    std::int64_t previous = 0;
    bool seen = false;
    for (DayEntry e : customers.days(c)) {
      const std::int64_t p = period_index(entry_day(e), period);
      if (seen && p == previous) continue;  // days are sorted: same period as the last one
      if (p < first) {  // before the periods asked for: only what comes after needs it
        previous = p, seen = true;
        continue;
      }
      const auto t = static_cast<std::size_t>(p - first);
      ++a.active[t];
      if (!seen) ++a.fresh[t];
      else if (p == previous + 1) ++a.retained[t];
      else ++a.reactivated[t];
      previous = p;
      seen = true;
    }
  }
  return a;
}

}  // namespace polso::datasets
