// The orders report as JSON, shared by the raw orders file and the
// orders-counts file (orders_session.cpp, orders_counts_session.cpp): one
// shape, so the page and the warehouse test read them alike.
#pragma once

#include <optional>
#include <string_view>

#include "api/json_request.hpp"
#include "core/datasets/orders_columns.hpp"
#include "core/datasets/orders_report.hpp"
#include "core/localized.hpp"

namespace polso::api {

// period, gross_margin and cac of the options object.
Expected<datasets::OrdersReportOptions> orders_report_options(const json& options);

// ok, dataset, profile, period, summary, periods, cohorts, segments, channels
// (when `channels`) and definitions, in that order (the goldens' order).
// `from`: none for a counts file (summary.revenue_from null).
json orders_report_json(const datasets::OrdersReport& r, const datasets::OrdersReportOptions& options,
                        std::optional<datasets::RevenueFrom> from, bool channels, std::string_view dataset,
                        json profile, Lang lang);

}  // namespace polso::api
