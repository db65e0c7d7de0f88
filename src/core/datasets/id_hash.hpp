// A 64-bit hash of an id (customer, order): FNV-1a with MurmurHash3's fmix64
// avalanche, so both halves are well mixed — low bits pick a slot, high bits
// tell most ids apart without comparing them.
#pragma once

#include <cstdint>
#include <string_view>

namespace polso::datasets {

inline std::uint64_t hash_id(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

}  // namespace polso::datasets
