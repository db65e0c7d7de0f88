// OrderIdSet: the order ids seen so far, as 64-bit fingerprints in an
// open-addressing table (about 11–16 bytes an order), to count an order once
// when an export repeats it. The one part of an orders analysis that grows
// with orders rather than customers, and only when the file has an order
// column. Two different ids share a fingerprint with odds of about n²/2⁶⁵
// (10 million orders: 3 in a million).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace polso::datasets {

class OrderIdSet {
 public:
  // True when the id is new (and now remembered).
  bool insert(std::string_view id);
  // Adds `other`'s ids; returns how many were already here.
  std::uint64_t merge(const OrderIdSet& other);
  std::uint64_t size() const { return size_; }
  std::uint64_t memory_bytes() const { return slots_.capacity() * sizeof(std::uint64_t); }

 private:
  bool insert_fingerprint(std::uint64_t f);
  void grow();

  std::vector<std::uint64_t> slots_;  // 0 = empty (a zero fingerprint is stored as 1)
  std::uint64_t size_ = 0;
};

}  // namespace polso::datasets
