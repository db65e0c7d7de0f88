#include "core/datasets/orders_order_ids.hpp"

#include "core/datasets/id_hash.hpp"

namespace polso::datasets {
namespace {

// 0 marks an empty slot, so no id may hash to it.
std::uint64_t fingerprint(std::string_view s) {
  const std::uint64_t h = hash_id(s);
  return h ? h : 1;
}

}  // namespace

void OrderIdSet::grow() {
  std::vector<std::uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  size_ = 0;
  for (std::uint64_t f : old)
    if (f) insert_fingerprint(f);
}

bool OrderIdSet::insert_fingerprint(std::uint64_t f) {
  if ((size_ + 1) * 4 > slots_.size() * 3) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = f & mask;; i = (i + 1) & mask) {
    if (slots_[i] == f) return false;
    if (!slots_[i]) {
      slots_[i] = f;
      ++size_;
      return true;
    }
  }
}

bool OrderIdSet::insert(std::string_view id) { return insert_fingerprint(fingerprint(id)); }

std::uint64_t OrderIdSet::merge(const OrderIdSet& other) {
  std::uint64_t repeated = 0;
  for (std::uint64_t f : other.slots_)
    if (f && !insert_fingerprint(f)) ++repeated;
  return repeated;
}

}  // namespace polso::datasets
