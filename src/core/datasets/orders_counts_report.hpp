// From an orders-counts file (orders_counts_table.hpp) to the same report as
// the raw orders file: the summary, the periods, the cohorts, the segments
// and the channels, by the same arithmetic (orders_figures.hpp). The report's
// periods are the file's own (counts of customers do not add up from weeks
// to months: one customer active in two weeks is one customer of the month).
// Figures no count can give — the largest order, the currencies, repeated
// order ids — are not there, and their warnings neither.
#pragma once

#include "core/datasets/orders_counts_table.hpp"
#include "core/datasets/orders_report.hpp"

namespace polso::datasets {

// `options.period` is ignored: the file's period (counts.period) is used.
// The report's periods are the file's own: customers counted by month cannot
// be regrouped by quarter (one customer active twice is one customer). An
// error on the field "period" when `asked` is another period than `counts`.
std::optional<Error> orders_counts_period_error(csv::Period counts, std::optional<csv::Period> asked);
// `options` with the file's own period, or that error.
Expected<OrdersReportOptions> orders_counts_options(csv::Period counts, OrdersReportOptions options,
                                                   std::optional<csv::Period> asked);

Expected<OrdersReport> orders_counts_report(const OrdersCounts& counts, const OrdersReportOptions& options);

}  // namespace polso::datasets
