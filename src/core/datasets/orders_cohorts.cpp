#include "core/datasets/orders_cohorts.hpp"

#include <algorithm>

#include "core/budgets.hpp"
#include "core/csv/dates.hpp"
#include "core/datasets/orders_periods.hpp"

namespace polso::datasets {

std::size_t cohort_width(std::int64_t first_month, std::int64_t last_month) {
  return static_cast<std::size_t>(std::min(last_month - first_month + 1, budget::kMaxCohortMonths));
}

std::vector<CohortRow> cohort_matrix(const CustomerTable& customers, std::int64_t first_month, std::int64_t last_month) {
  // Only the latest kMaxCohortMonths cohorts: each of them is then at most
  // that many months long too.
  first_month = std::max(first_month, last_month - budget::kMaxCohortMonths + 1);
  const auto months = static_cast<std::size_t>(last_month - first_month + 1);
  std::vector<CohortRow> rows(months);
  for (std::uint32_t c = 0; c < customers.size(); ++c) {
    const auto days = customers.days(c);
    if (days.empty()) continue;
    const std::int64_t cohort = period_index(entry_day(days.front()), csv::Period::month);
    if (cohort < first_month) continue;
    CohortRow& row = rows[static_cast<std::size_t>(cohort - first_month)];
    if (row.active.empty()) row.active.assign(static_cast<std::size_t>(last_month - cohort + 1), 0);
    ++row.size;
    std::int64_t previous = cohort - 1;
    for (DayEntry e : days) {
      const std::int64_t m = period_index(entry_day(e), csv::Period::month);
      if (m == previous) continue;
      ++row.active[static_cast<std::size_t>(m - cohort)];
      previous = m;
    }
  }
  std::vector<CohortRow> out;
  for (std::size_t i = 0; i < months; ++i)
    if (rows[i].size) {
      rows[i].cohort = period_label(first_month + static_cast<std::int64_t>(i), csv::Period::month);
      for (std::uint64_t n : rows[i].active)
        rows[i].retention.push_back(static_cast<double>(n) * 100.0 / static_cast<double>(rows[i].size));
      out.push_back(std::move(rows[i]));
    }
  return out;
}

}  // namespace polso::datasets
