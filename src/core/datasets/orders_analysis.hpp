// OrdersAnalysis: order-export bytes in, in chunks of any size; an
// OrdersAggregate out. It chooses the customer, date, amount, order-id and
// channel columns and turns each row into an order, a refund, or a skip with
// its reason.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/csv/dates.hpp"
#include "core/datasets/column_choice.hpp"
#include "core/datasets/orders_aggregate.hpp"
#include "core/datasets/table_stream.hpp"

namespace polso::datasets {

// The roles an orders file's columns can play ("--column ROLE=NAME").
inline constexpr std::string_view kOrderRoles[] = {"customer", "date", "amount", "order", "channel"};

// Columns chosen by the user: a header name or a 1-based column number.
struct OrdersColumnOverrides {
  std::optional<std::string> customer, date, amount, order, channel;
};

struct OrdersAnalysisOptions {
  TableOptions table;
  OrdersColumnOverrides columns;
};

struct OrdersColumns {
  ResolvedColumn customer, date, amount, order, channel;
};

class OrdersAnalysis final : private TableHandler {
 public:
  explicit OrdersAnalysis(OrdersAnalysisOptions options);

  std::optional<Error> feed(std::string_view bytes) { return table_.feed(bytes); }
  std::optional<Error> finish() { return table_.finish(); }

  const OrdersAggregate& aggregate() const { return aggregate_; }
  const TableStream& table() const { return table_; }
  const OrdersColumns& columns() const { return columns_; }
  csv::DateOrder date_order() const { return date_order_; }

 private:
  std::optional<Error> on_columns(const std::vector<std::string>& headers,
                                  std::span<const std::vector<std::string>> sample) override;
  void on_row(std::uint64_t line, std::span<const std::string_view> fields) override;
  void on_empty_row(std::uint64_t line) override { aggregate_.skip("empty_row", line); }

  OrdersAnalysisOptions options_;
  OrdersAggregate aggregate_;
  OrdersColumns columns_;
  csv::DateOrder date_order_ = csv::DateOrder::unknown;
  csv::NumberFormat number_format_;
  std::string id_buffer_;  // the folded customer id of the current row
  TableStream table_;      // last: it calls back into the members above
};

}  // namespace polso::datasets
