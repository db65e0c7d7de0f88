// Survey periods past budget::kMaxPeriods: the latest kMaxPeriods are kept
// with every answer of theirs, whatever the order of the rows and however
// they are split and merged (the expected set is computed independently:
// sort the distinct keys, take the last kMaxPeriods, count by hand).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/csv/dates.hpp"
#include "core/datasets/survey_aggregate.hpp"

namespace polso::datasets {
namespace {

struct Answer {
  std::string period;
  int score;
};

std::vector<Answer> answers(int distinct_days, int rows, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<Answer> out;
  for (int i = 0; i < rows; ++i) {
    const int day = i < distinct_days ? i : std::uniform_int_distribution<int>(0, distinct_days - 1)(rng);
    out.push_back({csv::period_key(csv::civil_from_days(day), csv::Period::day), std::uniform_int_distribution<int>(0, 10)(rng)});
  }
  std::shuffle(out.begin(), out.end(), rng);
  return out;
}

// The latest kMaxPeriods keys with their score counts, counted directly.
std::map<std::string, std::vector<double>> latest(const std::vector<Answer>& all) {
  std::map<std::string, std::vector<double>> m;
  for (const Answer& a : all) {
    auto& c = m.try_emplace(a.period, std::vector<double>(11, 0.0)).first->second;
    c[static_cast<std::size_t>(a.score)] += 1;
  }
  while (m.size() > budget::kMaxPeriods) m.erase(m.begin());
  return m;
}

void expect_latest(const SurveyAggregate& got, const std::map<std::string, std::vector<double>>& want, std::size_t rows) {
  EXPECT_TRUE(got.periods_capped());
  ASSERT_EQ(got.periods().size(), want.size());
  for (const auto& [k, v] : want) EXPECT_EQ(got.periods().at(k).counts, v) << k;
  EXPECT_EQ(got.overall().total(), static_cast<double>(rows));  // the overall figure keeps every answer
}

TEST(SurveyPeriodBudget, KeepsTheLatestPeriodsWhole) {
  const auto all = answers(2500, 20000, 5);
  SurveyAggregate a(10);
  for (const Answer& x : all) a.add(x.score, x.period, "");
  expect_latest(a, latest(all), all.size());
}

TEST(SurveyPeriodBudget, MergingPartsGivesTheSameAsOnePass) {
  const auto all = answers(2500, 20000, 9);
  for (std::size_t parts : {2u, 3u, 7u}) {
    std::vector<SurveyAggregate> part(parts, SurveyAggregate(10));
    for (std::size_t i = 0; i < all.size(); ++i) part[(i * 7919) % parts].add(all[i].score, all[i].period, "");
    SurveyAggregate merged(10);
    for (const auto& p : part) merged.merge(p);
    expect_latest(merged, latest(all), all.size());
  }
}

TEST(SurveyPeriodBudget, UnderTheBudgetNothingIsCapped) {
  SurveyAggregate a(10);
  for (std::size_t i = 0; i < budget::kMaxPeriods; ++i)
    a.add(9, csv::period_key(csv::civil_from_days(static_cast<int>(i)), csv::Period::day), "");
  EXPECT_FALSE(a.periods_capped());
  EXPECT_EQ(a.periods().size(), budget::kMaxPeriods);
}

}  // namespace
}  // namespace polso::datasets
