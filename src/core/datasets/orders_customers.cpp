#include "core/datasets/orders_customers.hpp"

#include "core/datasets/id_hash.hpp"

#include <algorithm>

namespace polso::datasets {
namespace {


constexpr std::uint64_t kLengthBits = 20;

}  // namespace

std::string_view CustomerTable::id(std::uint32_t customer) const {
  const std::uint64_t ref = customers_[customer].id_ref;
  return std::string_view(arena_).substr(ref >> kLengthBits, ref & ((1u << kLengthBits) - 1));
}

std::span<const DayEntry> CustomerTable::days(std::uint32_t customer) const {
  const CustomerState& c = customers_[customer];
  if (c.day_count <= 2) return std::span<const DayEntry>(c.days, c.day_count);
  return spills_[c.days[0]];
}

void CustomerTable::grow() {
  std::vector<std::uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  const std::size_t mask = slots_.size() - 1;
  for (std::uint64_t s : old) {
    if (!s) continue;
    // The slot keeps only the hash's high half; recompute the position.
    const std::uint64_t h = hash_id(id(static_cast<std::uint32_t>((s & 0xFFFFFFFFu) - 1)));
    std::size_t i = h & mask;
    while (slots_[i]) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

std::uint32_t CustomerTable::find_or_add(std::string_view id_text, std::uint64_t h) {
  if (slots_.empty()) grow();
  const std::size_t mask = slots_.size() - 1;
  const std::uint64_t tag = h >> 32 << 32;
  std::size_t i = h & mask;
  for (; slots_[i]; i = (i + 1) & mask) {
    if ((slots_[i] & ~std::uint64_t{0xFFFFFFFFu}) != tag) continue;
    const auto index = static_cast<std::uint32_t>((slots_[i] & 0xFFFFFFFFu) - 1);
    if (id(index) == id_text) return index;
  }
  if (id_text.size() > kMaxIdBytes || customers_.size() >= kNone - 1 ||
      static_cast<std::uint64_t>(arena_.size()) + id_text.size() >= (std::uint64_t{1} << (64 - kLengthBits)))
    return kNone;
  const auto index = static_cast<std::uint32_t>(customers_.size());
  CustomerState c;
  c.id_ref = (static_cast<std::uint64_t>(arena_.size()) << kLengthBits) | id_text.size();
  arena_.append(id_text);
  customers_.push_back(c);
  slots_[i] = tag | (std::uint64_t{index} + 1);
  // Keep the load at or under 3/4 so probes stay short.
  if (customers_.size() * 4 > slots_.size() * 3) grow();
  return index;
}

std::uint32_t CustomerTable::intern(std::string_view id_text) { return find_or_add(id_text, hash_id(id_text)); }

void CustomerTable::add_orders(std::uint32_t customer, std::int64_t day, std::uint32_t orders) {
  CustomerState& c = customers_[customer];
  c.orders = orders > std::numeric_limits<std::uint32_t>::max() - c.orders ? std::numeric_limits<std::uint32_t>::max()
                                                                          : c.orders + orders;
  auto merged = [&](DayEntry e) { return day_entry(day, entry_orders(e) + orders); };
  const DayEntry fresh = day_entry(day, orders);
  if (c.day_count <= 2) {
    for (std::uint32_t k = 0; k < c.day_count; ++k)
      if (entry_day(c.days[k]) == day) {
        c.days[k] = merged(c.days[k]);
        return;
      }
    if (c.day_count < 2) {
      c.days[c.day_count++] = fresh;
      if (c.day_count == 2 && c.days[0] > c.days[1]) std::swap(c.days[0], c.days[1]);
      return;
    }
    // A third day: move the two inline days to a spill list.
    std::vector<DayEntry> list{c.days[0], c.days[1]};
    list.reserve(4);
    c.days[0] = static_cast<DayEntry>(spills_.size());
    c.days[1] = 0;
    spills_.push_back(std::move(list));
  }
  std::vector<DayEntry>& list = spill_of(c);
  // Orders mostly arrive in date order: look at the end first.
  if (entry_day(list.back()) == day) {
    list.back() = merged(list.back());
    return;
  }
  if (entry_day(list.back()) < day) {
    list.push_back(fresh);
  } else {
    auto it = std::lower_bound(list.begin(), list.end(), day_entry(day, 0));
    if (it != list.end() && entry_day(*it) == day) *it = merged(*it);
    else list.insert(it, fresh);
  }
  c.day_count = static_cast<std::uint32_t>(list.size());
}

void CustomerTable::merge(const CustomerTable& other) {
  for (std::uint32_t k = 0; k < other.size(); ++k) {
    const std::uint32_t mine = intern(other.id(k));
    if (mine == kNone) continue;
    const CustomerState& theirs = other.customers_[k];
    add_revenue(mine, theirs.revenue);
    std::uint32_t counted = 0;
    for (DayEntry e : other.days(k)) {
      add_orders(mine, entry_day(e), entry_orders(e));
      counted += entry_orders(e);
    }
    // Per-day counts saturate at 255; carry the exact total separately.
    CustomerState& c = customers_[mine];
    const std::uint32_t rest = theirs.orders - std::min(theirs.orders, counted);
    c.orders = rest > std::numeric_limits<std::uint32_t>::max() - c.orders ? std::numeric_limits<std::uint32_t>::max()
                                                                          : c.orders + rest;
  }
}

std::uint64_t CustomerTable::memory_bytes() const {
  std::uint64_t bytes = arena_.capacity() + customers_.capacity() * sizeof(CustomerState) +
                        slots_.capacity() * sizeof(std::uint64_t) +
                        spills_.capacity() * sizeof(std::vector<DayEntry>);
  for (const auto& s : spills_) bytes += s.capacity() * sizeof(DayEntry);
  return bytes;
}

}  // namespace polso::datasets
