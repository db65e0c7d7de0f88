// Customer activity per period: a customer is active in a period when they
// ordered in it. From the customers' active days, for any period length,
// the counts the churn and retention formulas need.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/csv/dates.hpp"
#include "core/datasets/orders_customers.hpp"

namespace polso::datasets {

// Periods numbered consecutively: days since 1970-01-01, ISO weeks (Monday
// first), months (year × 12 + month − 1), quarters, years.
std::int64_t period_index(std::int64_t day, csv::Period period);
std::int64_t period_first_day(std::int64_t index, csv::Period period);
// "2024-03", "2024-W11", … as in survey reports.
std::string period_label(std::int64_t index, csv::Period period);

// Counts for the periods first..first + active.size() − 1, each customer
// counted once per period (orders before `first` only tell what came before). For period t:
//   active       ordered in t
//   new          first order ever in t
//   retained     active in t − 1 and in t
//   reactivated  active in t, not in t − 1, not new (came back after a gap)
// so active = new + retained + reactivated; "at start" of t is active(t − 1).
struct PeriodActivity {
  std::int64_t first = 0;
  std::vector<std::uint64_t> active, fresh, retained, reactivated;

  std::size_t size() const { return active.size(); }
  std::uint64_t at_start(std::size_t t) const { return t ? active[t - 1] : 0; }
  std::uint64_t lost(std::size_t t) const { return at_start(t) - retained[t]; }
};

PeriodActivity period_activity(const CustomerTable& customers, std::int64_t first, std::int64_t last,
                               csv::Period period);

}  // namespace polso::datasets
