// OrderIdSet: the order ids seen so far, as 61-bit fingerprints in an
// open-addressing table (about 11–16 bytes an order), each with three flags
// (counted as an order, its total taken, a refund counted), so an order is
// counted once, its total taken once and its refund counted once however
// many rows repeat its id. The one part of an orders analysis that grows with
// orders rather than customers, and only when the file has an order column.
// Two different ids share a fingerprint with odds of about n²/2⁶² (10
// million orders: 2 in 100,000).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace polso::datasets {

enum OrderFlag : std::uint8_t {
  kOrderCounted = 1,   // counted as an order
  kTotalTaken = 2,     // its order total was added to the revenue
  kRefundCounted = 4,  // counted as a refund
};

struct PartStateCodec;

class OrderIdSet {
 public:
  // Sets `flags` on `id` (adding the id if new) and returns the flags it had
  // before (0 for a new id).
  std::uint8_t mark(std::string_view id, std::uint8_t flags);
  // The id's flags, 0 when unseen.
  std::uint8_t flags(std::string_view id) const;
  // Adds `other`'s ids and flags; returns how many ids were counted as orders
  // in both.
  std::uint64_t merge(const OrderIdSet& other);
  // Whether an id of `other` (even one it holds without flags) has flags here.
  bool flags_any_of(const OrderIdSet& other) const;
  std::uint64_t size() const { return size_; }
  std::uint64_t memory_bytes() const { return slots_.capacity() * sizeof(std::uint64_t); }

 private:
  friend struct PartStateCodec;  // part_state.cpp: saved and restored as bytes
  std::uint64_t* find(std::uint64_t fingerprint);
  const std::uint64_t* find(std::uint64_t fingerprint) const;
  std::uint8_t mark_fingerprint(std::uint64_t fingerprint, std::uint8_t flags);
  bool flags_of_fingerprint_known(std::uint64_t fingerprint) const {
    const std::uint64_t* slot = find(fingerprint);
    return slot && *slot;
  }
  void grow();

  std::vector<std::uint64_t> slots_;  // fingerprint (high 61 bits) | flags; 0 = empty
  std::uint64_t size_ = 0;
};

}  // namespace polso::datasets
