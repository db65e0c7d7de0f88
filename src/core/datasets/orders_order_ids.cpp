#include "core/datasets/orders_order_ids.hpp"

namespace polso::datasets {
namespace {

std::uint64_t fingerprint(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
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
