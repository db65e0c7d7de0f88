// OrdersAggregate: the streaming, mergeable state of an orders analysis —
// the customers (CustomerTable), revenue and orders per calendar day, per
// channel, the order ids seen, and the rows used and skipped. Everything a
// report needs at any period (day … year) derives from days, so the state
// does not depend on the chosen period and two states always merge.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/budgets.hpp"
#include "core/datasets/orders_customers.hpp"
#include "core/datasets/orders_money.hpp"
#include "core/datasets/orders_order_ids.hpp"
#include "core/datasets/row_accounting.hpp"

namespace polso::datasets {

struct PartStateCodec;

struct DayTotals {
  std::uint64_t orders = 0;
  std::uint64_t refunds = 0;
  Micros order_revenue = 0;   // sum of the orders' amounts (≥ 0)
  Micros refund_amount = 0;   // sum of the refunds' amounts, as a positive number
  void merge(const DayTotals& o) {
    orders += o.orders, refunds += o.refunds;
    order_revenue = add_micros(order_revenue, o.order_revenue);
    refund_amount = add_micros(refund_amount, o.refund_amount);
  }
};

class OrdersAggregate {
 public:
  static constexpr std::size_t kMaxChannels = budget::kMaxChannels;
  static constexpr std::string_view kOtherChannel = "(other)";

  // The customer's index, adding it if new; CustomerTable::kNone when the
  // id is too long.
  std::uint32_t customer(std::string_view id) { return customers_.intern(id); }
  // Sets `flags` on an order id and returns the flags it had (see OrderIdSet).
  std::uint8_t mark_order(std::string_view order_id, std::uint8_t flags) { return order_ids_.mark(order_id, flags); }
  std::uint8_t order_flags(std::string_view order_id) const { return order_ids_.flags(order_id); }
  // One row read: what it adds to its customer, day and channel (`channel`
  // may be empty). `delta.orders` (0 or 1) makes the customer active on
  // `day`; refunds lower the customer's and the day's revenue but are no
  // orders and do not make the customer active.
  void add(std::uint32_t customer, std::int64_t day, std::string_view channel, const DayTotals& delta);
  // The amount of one order so far, to notice one order holding most revenue.
  void note_order_amount(Micros amount) { largest_order_ = amount > largest_order_ ? amount : largest_order_; }
  // An amount too large to be kept exactly (see orders_money.hpp).
  void note_money_overflow() { money_overflow_ = true; }
  // An order said to be partly refunded without saying how much.
  void note_unknown_refund() { ++unknown_refunds_; }
  // The currency of an amount added (the first kMaxCurrencies different
  // codes, compared without regard to capitals).
  void note_currency(std::string_view code);
  static constexpr std::size_t kMaxCurrencies = 8;
  void skip(const std::string& reason, std::uint64_t line) { rows_.skipped(reason, line); }
  // `other`'s rows are numbered from 1 after `line_offset` lines (a part of
  // the file read on its own); 0 when its numbers are the file's.
  void merge(const OrdersAggregate& other, std::uint64_t line_offset = 0);

  const CustomerTable& customers() const { return customers_; }
  const std::map<std::int64_t, DayTotals>& days() const { return days_; }
  const std::map<std::string, DayTotals, std::less<>>& channels() const { return channels_; }
  const RowAccounting& rows() const { return rows_; }
  bool channels_capped() const { return channels_capped_; }
  // Order ids found in more than one merged part (each part counted them).
  std::uint64_t duplicates_across_parts() const { return duplicates_across_parts_; }
  Micros largest_order() const { return largest_order_; }
  // Some amount, or the sum of the orders or of the refunds, went past what
  // is kept exactly: the figures would be wrong, so there is no report.
  bool money_overflow() const { return money_overflow_; }
  std::uint64_t unknown_refunds() const { return unknown_refunds_; }
  const std::vector<std::string>& currencies() const { return currencies_; }
  std::uint64_t memory_bytes() const { return customers_.memory_bytes() + order_ids_.memory_bytes(); }

 private:
  friend struct PartStateCodec;  // part_state.cpp: saved and restored as bytes
  friend class OrdersAnalysis;   // reads which order ids a part looked up
  DayTotals& channel_bucket(std::string_view key);
  void add_totals(Micros in, Micros out);

  CustomerTable customers_;
  OrderIdSet order_ids_;
  std::map<std::int64_t, DayTotals> days_;
  std::map<std::string, DayTotals, std::less<>> channels_;
  RowAccounting rows_;
  bool channels_capped_ = false;
  std::uint64_t duplicates_across_parts_ = 0;
  Micros largest_order_ = 0;
  Micros money_in_ = 0, money_out_ = 0;  // every order's and refund's amount: bound every other sum
  bool money_overflow_ = false;
  std::uint64_t unknown_refunds_ = 0;
  std::vector<std::string> currencies_;
};

}  // namespace polso::datasets
