#include "core/datasets/orders_order_ids.hpp"

#include "core/datasets/id_hash.hpp"

namespace polso::datasets {
namespace {

constexpr std::uint64_t kFlagBits = 7;

// The high 61 bits of the hash; never 0, which marks an empty slot.
std::uint64_t fingerprint(std::string_view s) {
  const std::uint64_t f = hash_id(s) & ~kFlagBits;
  return f ? f : kFlagBits + 1;
}

}  // namespace

void OrderIdSet::grow() {
  std::vector<std::uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  size_ = 0;
  shift_ = 64;
  for (std::size_t n = slots_.size(); n > 1; n >>= 1) --shift_;
  for (std::uint64_t s : old)
    if (s) mark_fingerprint(s & ~kFlagBits, static_cast<std::uint8_t>(s & kFlagBits));
}

const std::uint64_t* OrderIdSet::find(std::uint64_t f) const {
  if (slots_.empty()) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = static_cast<std::size_t>(f >> shift_);; i = (i + 1) & mask) {
    if (!slots_[i]) return &slots_[i];
    if ((slots_[i] & ~kFlagBits) == f) return &slots_[i];
  }
}

std::uint64_t* OrderIdSet::find(std::uint64_t f) {
  return const_cast<std::uint64_t*>(static_cast<const OrderIdSet*>(this)->find(f));
}

void OrderIdSet::reserve(std::uint64_t n) {
  while (full_at(n)) grow();
}

std::uint8_t OrderIdSet::mark_fingerprint(std::uint64_t f, std::uint8_t flags) {
  if (full_at(size_)) grow();
  std::uint64_t* slot = find(f);
  if (!*slot) {
    *slot = f | flags;
    ++size_;
    return 0;
  }
  const auto before = static_cast<std::uint8_t>(*slot & kFlagBits);
  *slot |= flags;
  return before;
}

std::uint8_t OrderIdSet::mark(std::string_view id, std::uint8_t flags) { return mark_fingerprint(fingerprint(id), flags); }

std::uint8_t OrderIdSet::flags(std::string_view id) const {
  const std::uint64_t* slot = find(fingerprint(id));
  return slot && *slot ? static_cast<std::uint8_t>(*slot & kFlagBits) : 0;
}

bool OrderIdSet::flags_any_of(const OrderIdSet& other) const {
  for (std::uint64_t s : other.slots_) {
    if (!s) continue;
    const std::uint64_t* mine = find(s & ~kFlagBits);
    if (mine && (*mine & kFlagBits)) return true;
  }
  return false;
}

std::uint64_t OrderIdSet::merge(const OrderIdSet& other) {
  reserve(size_ + other.size_);
  std::uint64_t repeated = 0;
  for (std::uint64_t s : other.slots_) {
    if (!s) continue;
    const auto flags = static_cast<std::uint8_t>(s & kFlagBits);
    const std::uint8_t before = mark_fingerprint(s & ~kFlagBits, flags);
    if ((before & kOrderCounted) && (flags & kOrderCounted)) ++repeated;
  }
  return repeated;
}

}  // namespace polso::datasets
