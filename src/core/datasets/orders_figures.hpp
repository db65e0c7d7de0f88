// The figures of an orders report that follow from counts alone — the
// summary's rates, the lifetime values, each period's churn and retention,
// the segments' shares. The raw orders report (orders_report.cpp) and the
// counts table (orders_counts_report.cpp) both end here, so a file and its
// warehouse counts give the same numbers by the same arithmetic.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/datasets/orders_report.hpp"

namespace polso::datasets {

// From the summary's counts and sums (customers > 0, orders > 0), the first
// and last order day and Σ over customers of (last − first order day + 1):
// the dates, span, repeat purchase rate, purchase value, frequency, lifespan.
std::optional<Error> summary_rates(OrdersSummary& s, std::int64_t first_day, std::int64_t last_day, double lifespan_days);

// The CLV of the purchase value, frequency and lifespan (or why not).
void historical_clv(OrdersSummary& s, const OrdersReportOptions& options, std::vector<Warning>& warnings);

// Over the months from the first order to the last: Σ active customers, and
// Σ customers at start and Σ lost over every month but the first.
struct MonthlyTotals {
  std::uint64_t customer_months = 0, customers_start = 0, customers_lost = 0;
};
// Monthly churn, revenue per customer, the predicted CLV and CAC payback.
std::optional<Error> monthly_clv(OrdersSummary& s, const MonthlyTotals& months, const OrdersReportOptions& options,
                                 std::vector<Warning>& warnings);

// A period's churn and retention rates, from its counts.
std::optional<Error> period_rates(OrdersPeriod& p);

// Each segment's share of the net revenue.
void segment_shares(OrdersReport& r);

// Customers with refunds but no order in the file.
Warning refunds_without_orders(std::uint64_t customers);
// More than budget::kMaxChannels channels: the rest are "(other)".
Warning too_many_channels();

}  // namespace polso::datasets
