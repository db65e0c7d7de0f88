#include "core/datasets/period_index.hpp"

#include <gtest/gtest.h>

namespace polso::datasets {
namespace {

constexpr csv::Period kAll[] = {csv::Period::day, csv::Period::week, csv::Period::month, csv::Period::quarter,
                                csv::Period::year};

TEST(PeriodIndex, EveryKeyReadsBackAsItsPeriodsIndex) {
  // Every day of 2019–2026 (ISO week-years 2020 and 2026 have 53 weeks).
  for (std::int64_t day = csv::days_from_civil(2019, 1, 1); day <= csv::days_from_civil(2026, 12, 31); ++day) {
    const csv::CivilDate d = csv::civil_from_days(day);
    for (csv::Period p : kAll) {
      const std::string key = csv::period_key(d, p);
      const auto back = period_index_of_key(key, p);
      ASSERT_TRUE(back.has_value()) << key;
      EXPECT_EQ(*back, period_index(d, p)) << key;
    }
  }
}

TEST(PeriodIndex, ConsecutiveAcrossYearEnds) {
  EXPECT_EQ(*period_index_of_key("2025-01", csv::Period::month), *period_index_of_key("2024-12", csv::Period::month) + 1);
  EXPECT_EQ(*period_index_of_key("2021-W01", csv::Period::week), *period_index_of_key("2020-W53", csv::Period::week) + 1);
  EXPECT_EQ(*period_index_of_key("2025-Q1", csv::Period::quarter), *period_index_of_key("2024-Q4", csv::Period::quarter) + 1);
}

TEST(PeriodIndex, OtherTextIsNotAKey) {
  for (const char* text : {"", "Q1", "2024-13", "2024-Q5", "2024-W00", "2024/01", "January", "2024-1", "20240"})
    EXPECT_FALSE(period_index_of_key(text, csv::Period::month).has_value()) << text;
  EXPECT_FALSE(period_index_of_key("2024-03", csv::Period::quarter).has_value());  // a month is not a quarter
}

}  // namespace
}  // namespace polso::datasets
