// A 64-bit hash of an id (customer, order): FNV-1a with MurmurHash3's fmix64
// avalanche, so both halves are well mixed — low bits pick a slot, high bits
// tell most ids apart without comparing them.
#pragma once

#include <cstdint>
#include <string_view>

namespace polso::datasets {

// MurmurHash3's fmix64: every input bit reaches the low bits that pick a slot.
constexpr std::uint64_t fmix64(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 33);
}

inline std::uint64_t hash_id(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return fmix64(h);
}

}  // namespace polso::datasets
