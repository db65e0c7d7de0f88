// OrdersAnalysis: order-export bytes in, in chunks of any size; an
// OrdersAggregate out. It chooses the columns (orders_columns.hpp) and reads
// each row as a piece of an order: rows are grouped by order id, an order is
// counted once on its first row, its amount is its total (taken once), or
// the sum of its lines; cancellations, credit notes, negative amounts,
// refund columns and "refunded" statuses are refunds, counted once per
// order; failed, voided, pending and cancelled orders are skipped.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/csv/dates.hpp"
#include "core/datasets/column_choice.hpp"
#include "core/datasets/meaning_cache.hpp"
#include "core/datasets/orders_aggregate.hpp"
#include "core/datasets/orders_columns.hpp"
#include "core/datasets/table_stream.hpp"

namespace polso::datasets {

struct OrdersAnalysisOptions {
  TableOptions table;
  OrdersColumnOverrides columns;
};

class OrdersAnalysis final : private TableHandler {
 public:
  explicit OrdersAnalysis(OrdersAnalysisOptions options);

  std::optional<Error> feed(std::string_view bytes) { return table_.feed(bytes); }
  std::optional<Error> finish() { return table_.finish(); }

  const OrdersAggregate& aggregate() const { return aggregate_; }
  const TableStream& table() const { return table_; }
  const OrdersColumns& columns() const { return layout_.columns; }
  RevenueFrom revenue_from() const { return layout_.revenue_from; }
  const ExportProfile* profile() const { return layout_.profile; }
  csv::DateOrder date_order() const { return date_order_; }
  // No date in the sample tells day from month: the order was assumed.
  // date_order_ambiguous, when no date settled the day-month order.
  const std::optional<Warning>& date_order_note() const { return date_order_note_; }

 private:
  // The order the previous row belonged to: its line-item rows that follow
  // (same id, order-level cells blank) belong to its customer and day.
  struct CurrentOrder {
    std::string id;  // empty: no order open
    std::uint32_t customer = 0;
    std::int64_t day = 0;
    std::string channel;
    Meaning status = Meaning::none;
    std::string skip_reason;  // the order is not counted: its lines are skipped alike
    double amount = 0;        // its revenue so far
    std::string last_row;     // the previous row's cells, to tell a repeated row
  };

  std::optional<Error> on_columns(const std::vector<std::string>& headers,
                                  std::span<const std::vector<std::string>> sample) override;
  void on_row(std::uint64_t line, std::span<const std::string_view> fields) override;
  void on_empty_row(std::uint64_t line) override { aggregate_.skip("empty_row", line); }
  // The row's money: its revenue (≥ 0) or refund (> 0); a skip reason when
  // the cells cannot be read; `blank` when the row carries no amount.
  struct Money {
    double value = 0;  // signed
    bool blank = false;
    std::string_view skip;
  };
  Money row_money(std::span<const std::string_view> fields) const;
  std::string_view customer_id(std::string_view cell);
  void skip(std::string_view reason, std::uint64_t line) { aggregate_.skip(std::string(reason), line); }

  OrdersAnalysisOptions options_;
  OrdersAggregate aggregate_;
  OrdersLayout layout_;
  csv::DateOrder date_order_ = csv::DateOrder::unknown;
  std::optional<Warning> date_order_note_;
  csv::NumberFormat number_format_;
  MeaningCache statuses_, types_;
  std::string id_buffer_;  // the folded customer id of the current row
  std::string row_buffer_;
  CurrentOrder current_;
  TableStream table_;  // last: it calls back into the members above
};

}  // namespace polso::datasets
