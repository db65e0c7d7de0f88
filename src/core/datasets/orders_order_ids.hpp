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
  // Room for `n` ids without growing: a merge or a load takes it first, since
  // ids walked in home-slot order into a set that grows meanwhile would all
  // land in its first slots.
  void reserve(std::uint64_t n);
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
  bool full_at(std::uint64_t n) const { return (n + 1) * 4 > slots_.size() * 3; }

  std::vector<std::uint64_t> slots_;  // fingerprint (high 61 bits) | flags; 0 = empty
  std::uint64_t size_ = 0;
  // A fingerprint's home slot is its top bits (fingerprint >> shift_), not its
  // low ones: a set is then walked in the order of home slots in a set of any
  // size, so merging or loading one set into another (reserved first) inserts
  // in that order and fills runs one after another. With low bits, a bigger
  // set walked into a smaller one wraps around it twice and piles the second
  // half onto long runs (merging two parts' sets took half of a two-thread run).
  unsigned shift_ = 64;
};

}  // namespace polso::datasets
