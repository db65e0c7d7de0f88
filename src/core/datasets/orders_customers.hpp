// CustomerTable: every customer of an orders file, interned compactly — the
// id's bytes once in one arena, a 32-byte state each, an open-addressing
// index of 8 bytes a slot. This is the only state of an orders analysis that
// grows with the file, and it grows with customers and their active days,
// never with rows.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/datasets/orders_money.hpp"

namespace polso::datasets {

struct PartStateCodec;

// One active day of a customer, packed in 32 bits: the day (days since
// 1970-01-01, offset by 2^23 so it sorts as unsigned) in the high 24 bits and
// the day's orders, saturated at 255, in the low 8. Saturation is harmless:
// the only per-day count the report reads is "3 or more in the last year".
using DayEntry = std::uint32_t;
constexpr std::int64_t kDayBias = std::int64_t{1} << 23;
constexpr bool day_in_range(std::int64_t day) { return day > -kDayBias && day < kDayBias; }
constexpr DayEntry day_entry(std::int64_t day, std::uint32_t orders) {
  return static_cast<DayEntry>(((day + kDayBias) << 8) | (orders > 255 ? 255 : orders));
}
constexpr std::int64_t entry_day(DayEntry e) { return static_cast<std::int64_t>(e >> 8) - kDayBias; }
constexpr std::uint32_t entry_orders(DayEntry e) { return e & 0xFF; }

struct CustomerState {
  Micros revenue = 0;        // net: orders minus refunds
  std::uint64_t id_ref = 0;  // arena offset (44 bits) | id length (20 bits)
  std::uint32_t orders = 0;  // saturating
  std::uint32_t day_count = 0;
  // Up to two days inline; beyond that days[0] indexes the table's spill lists.
  DayEntry days[2] = {0, 0};
};

class CustomerTable {
 public:
  static constexpr std::size_t kMaxIdBytes = (std::size_t{1} << 20) - 1;
  static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

  // The customer's index, adding it if new; kNone when the id is too long
  // or the table is full (2^32 − 2 customers).
  std::uint32_t intern(std::string_view id);
  // Adds `orders` orders on `day` (an active day); `day` must be day_in_range.
  void add_orders(std::uint32_t customer, std::int64_t day, std::uint32_t orders);
  void add_revenue(std::uint32_t customer, Micros amount) {
    customers_[customer].revenue = add_micros(customers_[customer].revenue, amount);
  }
  // Adds every customer of `other`, matched by id.
  void merge(const CustomerTable& other);

  std::size_t size() const { return customers_.size(); }
  const CustomerState& state(std::uint32_t customer) const { return customers_[customer]; }
  std::string_view id(std::uint32_t customer) const;
  // The customer's active days, in day order.
  std::span<const DayEntry> days(std::uint32_t customer) const;
  // Bytes held, for the memory note of the report and the benchmark.
  std::uint64_t memory_bytes() const;

 private:
  friend struct PartStateCodec;  // part_state.cpp: saved and restored as bytes
  std::uint32_t find_or_add(std::string_view id, std::uint64_t hash);
  void grow();
  std::vector<DayEntry>& spill_of(CustomerState& c) { return spills_[c.days[0]]; }

  std::string arena_;                          // every id's bytes, back to back
  std::vector<CustomerState> customers_;
  std::vector<std::vector<DayEntry>> spills_;  // customers with 3+ active days
  std::vector<std::uint64_t> slots_;           // hash high 32 bits | index + 1; 0 = empty
};

}  // namespace polso::datasets
