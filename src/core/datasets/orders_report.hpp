// From an OrdersAggregate to the numbers of an orders report: the summary
// over the whole file (repeat purchase rate, purchase value and frequency,
// lifespan, CLV), churn and retention per period, the cohort matrix and the
// segments of the guides. Rates and CLV go through the catalogue's own
// functions (evaluate), so a file and its typed-in counts always agree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/csv/dates.hpp"
#include "core/datasets/orders_aggregate.hpp"
#include "core/datasets/orders_cohorts.hpp"
#include "core/evaluate.hpp"

namespace polso::datasets {

struct OrdersReportOptions {
  csv::Period period = csv::Period::month;
  std::optional<double> gross_margin;  // percent, 0–100
  std::optional<double> cac;           // > 0
};

// The segments of METRICS.md §5, measured from the latest order in the file.
constexpr std::int64_t kLoyalWindowDays = 365;  // "the last 12 months"
constexpr std::uint32_t kLoyalOrders = 3;
constexpr std::int64_t kAtRiskDays = 90;

struct OrdersPeriod {
  std::string period;
  std::uint64_t customers_start = 0, fresh = 0, retained = 0, reactivated = 0, lost = 0, active = 0;
  std::uint64_t customers_end = 0;  // retained + new: the end of the catalogue's formulas
  std::optional<double> churn_rate, retention_rate;  // none when nobody was there at the start
  std::uint64_t orders = 0, refunds = 0;
  double revenue = 0;  // net of refunds
};

struct OrdersSegment {
  std::uint64_t customers = 0;
  double revenue = 0;
  std::optional<double> revenue_share;  // percent of net revenue; none when that is not positive
};

struct OrdersSummary {
  std::uint64_t customers = 0;  // with at least one order
  std::uint64_t orders = 0, refunds = 0, repeat_customers = 0, refund_only_customers = 0;
  double order_revenue = 0, refund_amount = 0, revenue = 0;  // revenue = orders − refunds
  std::string first_order, last_order;  // "2024-03-15"
  double span_years = 0;                // (last − first order day + 1) / 365.25
  Evaluation repeat_purchase_rate;
  double average_purchase_value = 0;  // revenue / orders
  double purchase_frequency = 0;      // orders / customers / span_years
  double lifespan_years = 0;          // mean (last − first order day + 1) / 365.25
  std::optional<Evaluation> historical_clv;
  // Monthly, over every month from the first order to the last:
  // Σ customers active per month; none (and no monthly revenue per
  // customer) when no month had an active customer, e.g. a counts file
  // without monthly activity.
  std::optional<std::uint64_t> customer_months;
  std::optional<double> monthly_revenue_per_customer;  // revenue / customer_months
  std::optional<Evaluation> monthly_churn_rate;  // Σ lost / Σ at start × 100
  std::optional<Evaluation> predicted_clv;
  std::optional<Evaluation> cac_payback;
};

struct OrdersChannel {
  std::string channel;
  std::uint64_t orders = 0, refunds = 0;
  double revenue = 0;  // net of refunds
};

struct OrdersReport {
  OrdersSummary summary;
  std::vector<OrdersPeriod> periods;
  std::size_t cohort_width = 0;  // months 0..cohort_width − 1 after the first order
  std::vector<CohortRow> cohorts;
  OrdersSegment first_time, loyal, at_risk;
  std::vector<OrdersChannel> channels;  // in name order; empty without a channel column
  std::vector<Warning> warnings;
};

Expected<OrdersReport> orders_report(const OrdersAggregate& aggregate, const OrdersReportOptions& options);

}  // namespace polso::datasets
