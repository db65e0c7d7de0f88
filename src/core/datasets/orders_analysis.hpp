// OrdersAnalysis: order-export bytes in, in chunks of any size; an
// OrdersAggregate out. It chooses the columns (orders_columns.hpp) and reads
// each row as a piece of an order: rows are grouped by order id, an order is
// counted once on its first row, its amount is its total (taken once), or
// the sum of its lines; cancellations, credit notes, negative amounts,
// refund columns and "refunded" statuses are refunds, counted once per
// order; failed, voided, pending and cancelled orders are skipped.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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

// A row a part held back unread, its cells as decoded (OrdersPartState::lead).
struct HeldRow {
  std::uint64_t line = 0;  // numbered from the part's start
  std::vector<std::string> cells;
};

// The order the previous row belonged to: its line-item rows that follow
// (same id, order-level cells blank) belong to its customer and day.
struct OpenOrder {
  std::string id;  // empty: no order open
  std::string customer;  // its customer's id (empty for an order skipped whole)
  std::int64_t day = 0;
  std::string channel;
  Meaning status = Meaning::none;
  std::string skip_reason;  // the order is not counted: its lines are skipped alike
  Micros amount = 0;        // its revenue so far
  std::string last_row;     // the previous row's cells, to tell a repeated row
};

// What a finished part adds to the head (OrdersAnalysis::absorb): plain
// values, so a part read by another worker can send them as bytes
// (part_state.hpp). A row's reading depends on the order open before it
// and on the flags of its order id, which a part cannot know; so a part
//  - holds back its first rows while they share one order id (the order
//    the cut may have split): the head reads them after its own rows;
//  - lists the ids of the rows it read before it first opened an order of
//    its own (`window`): read in sequence, one of them could have continued
//    the head's open order, and then the head refuses the part;
//  - notes every order id it looked up, flags or none: if the head has
//    flags for one of them, the part read that id as new and is refused.
// Refused parts make the door read the file in sequence: slower, never
// approximate.
struct OrdersPartState {
  OrdersAggregate aggregate;
  TablePart table;
  std::vector<HeldRow> lead;
  std::vector<std::string> window;
  bool mergeable = true;          // false: `lead` or `window` past its budget
  std::optional<OpenOrder> open;  // the order open at its end, when it opened one
};

class OrdersAnalysis final : private TableHandler {
 public:
  explicit OrdersAnalysis(OrdersAnalysisOptions options);

  std::optional<Error> feed(std::string_view bytes) { return table_.feed(bytes); }
  std::optional<Error> finish() { return table_.finish(); }

  // Reading one file in byte ranges (see SurveyAnalysis::part): a later
  // range read with what the head settled; nullptr until the head is ready.
  std::unique_ptr<OrdersAnalysis> part() const;
  // Adds a part that followed all read so far, after `line_offset` lines;
  // false when the merge could differ from a reading in sequence (see
  // OrdersPartState; channels past the cap; the encoding settled
  // differently), and then this analysis is spoilt.
  bool absorb(const OrdersAnalysis& part, std::uint64_t line_offset) {
    return absorb_view({part.aggregate_, part.table_.part_summary(), part.lead_, part.window_, part.mergeable_,
                   part.open_order()},
                  line_offset);
  }
  bool absorb(const OrdersPartState& part, std::uint64_t line_offset) {
    return absorb_view({part.aggregate, part.table, part.lead, part.window, part.mergeable, part.open}, line_offset);
  }
  // A copy of what absorb() takes of this analysis when it is a part.
  OrdersPartState part_state() const;

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
  // OpenOrder with its customer's index in this analysis's table.
  struct CurrentOrder : OpenOrder {
    std::uint32_t customer_index = 0;
  };
  // Where a part is in its first rows (see OrdersPartState).
  enum class PartStart { lead, window, done };
  struct PartOf {};
  OrdersAnalysis(const OrdersAnalysis& head, PartOf);
  // OrdersPartState's pieces, where they are: a part in memory is not copied.
  struct PartView {
    const OrdersAggregate& aggregate;
    const TablePart& table;
    const std::vector<HeldRow>& lead;
    const std::vector<std::string>& window;
    bool mergeable;
    const std::optional<OpenOrder>& open;
  };
  bool absorb_view(const PartView& part, std::uint64_t line_offset);
  std::optional<OpenOrder> open_order() const;

  std::optional<Error> on_columns(const std::vector<std::string>& headers,
                                  std::span<const std::vector<std::string>> sample) override;
  void on_row(std::uint64_t line, std::span<const std::string_view> fields) override;
  // A part's first rows: true when the row is held back unread.
  bool hold(std::uint64_t line, std::span<const std::string_view> fields);
  // One row read, whatever the part (the body of on_row).
  void read_row(std::uint64_t line, std::span<const std::string_view> fields);
  void open_order(CurrentOrder order);
  // The flags of a (non-blank) order id; a part notes the id as looked up.
  std::uint8_t order_flags(std::string_view id);
  // An amount in micro-units; 0, and the overflow noted, when too large.
  Micros micros(double units);
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
  // Reading a part (see OrdersPartState).
  bool is_part_ = false;
  PartStart part_start_ = PartStart::lead;
  std::string lead_id_;  // the order id of the rows held back
  std::vector<HeldRow> lead_;
  std::size_t lead_bytes_ = 0;
  std::vector<std::string> window_;
  bool mergeable_ = true;
  bool opened_ = false;  // this analysis opened an order (current_ is its own)
  TableStream table_;  // last: it calls back into the members above
};

}  // namespace polso::datasets
