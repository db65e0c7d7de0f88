#include "core/datasets/period_index.hpp"

#include <string>

namespace polso::datasets {
namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Exactly `width` digits at `at`, or -1.
int digits(std::string_view s, std::size_t at, std::size_t width) {
  if (at + width > s.size()) return -1;
  int v = 0;
  for (std::size_t i = at; i < at + width; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

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

std::optional<std::int64_t> period_index_of_key(std::string_view key, csv::Period period) {
  const int year = digits(key, 0, 4);
  if (year < 0) return std::nullopt;
  std::optional<csv::CivilDate> first;  // a day inside the period
  switch (period) {
    case csv::Period::year:
      if (key.size() == 4) first = csv::CivilDate{year, 1, 1};
      break;
    case csv::Period::quarter: {
      const int q = key.size() == 7 && key.substr(4, 2) == "-Q" ? digits(key, 6, 1) : -1;
      if (q >= 1 && q <= 4) first = csv::CivilDate{year, (q - 1) * 3 + 1, 1};
      break;
    }
    case csv::Period::month: {
      const int m = key.size() == 7 && key[4] == '-' ? digits(key, 5, 2) : -1;
      if (m >= 1 && m <= 12) first = csv::CivilDate{year, m, 1};
      break;
    }
    case csv::Period::week: {
      // ISO week 1 holds 4 January; week w starts 7 (w − 1) days after its Monday.
      const int w = key.size() == 8 && key.substr(4, 2) == "-W" ? digits(key, 6, 2) : -1;
      if (w < 1 || w > 53) break;
      return period_index(csv::CivilDate{year, 1, 4}, csv::Period::week) + (w - 1);
    }
    case csv::Period::day: {
      const int m = key.size() == 10 && key[4] == '-' && key[7] == '-' ? digits(key, 5, 2) : -1;
      const int d = m > 0 ? digits(key, 8, 2) : -1;
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) first = csv::CivilDate{year, m, d};
      break;
    }
  }
  if (!first) return std::nullopt;
  return period_index(*first, period);
}

}  // namespace polso::datasets
