// The cohort retention matrix: customers grouped by the month of their first
// order; cell k of a cohort counts its customers who ordered k months after
// that month (k = 0 is the whole cohort). A row stops at the last month of
// the data, since later months were not observed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/datasets/orders_customers.hpp"

namespace polso::datasets {

struct CohortRow {
  std::string cohort;                 // "2024-03"
  std::uint64_t size = 0;             // customers whose first order is in that month
  std::vector<std::uint64_t> active;  // active[k]: of them, ordered in month cohort + k
  std::vector<double> retention;      // active[k] / size × 100
};

// `first_month`..`last_month` are month indices (year × 12 + month − 1) that
// cover every order. Months without a first order have no row, and neither
// have those before the latest budget::kMaxCohortMonths (cohort_width()).
// Columns of the table: months from a cohort's first, for the span given.
std::size_t cohort_width(std::int64_t first_month, std::int64_t last_month);
std::vector<CohortRow> cohort_matrix(const CustomerTable& customers, std::int64_t first_month, std::int64_t last_month);

}  // namespace polso::datasets
