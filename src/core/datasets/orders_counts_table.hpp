// The orders-counts file: an orders export already reduced by a warehouse to
// counts (docs/datasets.md, "Orders counts"; the SQL is in docs/at-scale.md).
// One CSV, three kinds of row told apart by two key cells:
//   period row   `cohort` and `channel` blank: the period's customers
//                (active = new + retained + reactivated, lost), orders,
//                refunds, revenue, and what the period's new customers did
//                over the whole file (repeat, lifespan, segments);
//   cohort row   `cohort` set: of the customers whose first order is in the
//                month `cohort`, those active in the month `period` and those
//                active in it and in the month before (always months);
//   channel row  `channel` set: the channel's orders, refunds and revenue in
//                the period.
// Every column is read by its exact name (capitals aside); a bad cell stops
// the reading with its line and column: a counts file with one wrong row
// would give confident wrong figures.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/csv/dates.hpp"
#include "core/datasets/row_accounting.hpp"
#include "core/datasets/table_stream.hpp"

namespace polso::datasets {

// The columns of a period row, in the order the SQL writes them.
inline constexpr std::string_view kOrdersCountsColumns[] = {
    "period",          "active",           "new",                  "retained",
    "reactivated",     "lost",             "orders",               "refunds",
    "revenue",         "refund_amount",    "first_order",          "last_order",
    "repeat_customers", "lifespan_days",   "refund_only_customers", "first_time_customers",
    "first_time_revenue", "loyal_customers", "loyal_revenue",      "at_risk_customers",
    "at_risk_revenue"};

// Whether a header is an orders-counts file's: it has period, active, new,
// retained, reactivated and lost (what no raw export has together).
bool is_orders_counts_header(const std::vector<std::string>& headers);

struct OrdersCountsPeriod {
  std::uint64_t line = 0;  // the file line of the row; 0 for a period the file left out (all zero)
  std::uint64_t active = 0, fresh = 0, retained = 0, reactivated = 0, lost = 0, orders = 0, refunds = 0;
  double revenue = 0, refund_amount = 0;  // revenue net of refunds; refunds as a positive sum
  std::optional<std::int64_t> first_order, last_order;  // days since 1970-01-01; none without orders
  std::uint64_t repeat_customers = 0, lifespan_days = 0, refund_only_customers = 0;
  std::uint64_t first_time_customers = 0, loyal_customers = 0, at_risk_customers = 0;
  double first_time_revenue = 0, loyal_revenue = 0, at_risk_revenue = 0;
};

struct OrdersCountsCohortCell {
  std::uint64_t line = 0;
  std::uint64_t active = 0, retained = 0;
};

struct OrdersCountsChannel {
  std::uint64_t orders = 0, refunds = 0;
  double revenue = 0, refund_amount = 0;
};

struct OrdersCounts {
  csv::Period period = csv::Period::month;
  std::map<std::int64_t, OrdersCountsPeriod> periods;  // by period index (orders_periods.hpp)
  // By (cohort month, month) index.
  std::map<std::pair<std::int64_t, std::int64_t>, OrdersCountsCohortCell> cohorts;
  std::map<std::string, OrdersCountsChannel, std::less<>> channels;  // summed over the periods
  bool has_channels = false;  // the file has a channel column
  bool channels_capped = false;
};

class OrdersCountsAnalysis final : private TableHandler {
 public:
  explicit OrdersCountsAnalysis(TableOptions options);

  std::optional<Error> feed(std::string_view bytes);
  // Also checks the rows against each other (lost = active before − retained,
  // cohorts against months); an error names the line and the column.
  std::optional<Error> finish();

  const OrdersCounts& counts() const { return counts_; }
  const TableStream& table() const { return table_; }
  const RowAccounting& rows() const { return rows_; }

 private:
  std::optional<Error> on_columns(const std::vector<std::string>& headers,
                                  std::span<const std::vector<std::string>> sample) override;
  void on_row(std::uint64_t line, std::span<const std::string_view> fields) override;
  void on_empty_row(std::uint64_t line) override { rows_.skipped("empty_row", line); }
  std::optional<Error> read_row(std::uint64_t line, std::span<const std::string_view> fields);
  std::optional<Error> check_periods() const;
  std::optional<Error> check_cohorts() const;

  std::vector<std::int64_t> at_;  // column index of each kOrdersCountsColumns name, −1 when absent
  std::int64_t cohort_at_ = -1, channel_at_ = -1;
  bool period_known_ = false;
  OrdersCounts counts_;
  RowAccounting rows_;
  std::optional<Error> error_;  // the first bad row: the reading stops there
  TableStream table_;           // last: it calls back into the members above
};

}  // namespace polso::datasets
