// A 64-bit hash of a short text read eight bytes at a time, for the per-row
// caches' slots (repeated comments): hash_id reads one byte at a time, which
// was a tenth of a survey run's instructions. Only where a value is cached
// depends on it, never a result; the value is the same on every platform of
// the same byte order (memcpy loads).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace polso::datasets {

inline std::uint64_t hash_bytes(std::string_view s) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = (n + 1) * kMul;
  auto word = [](const char* q) {
    std::uint64_t w;
    std::memcpy(&w, q, 8);
    return w;
  };
  auto half = [](const char* q) {
    std::uint32_t w;
    std::memcpy(&w, q, 4);
    return std::uint64_t{w};
  };
  for (; n > 8; p += 8, n -= 8) h = ((h ^ word(p)) * kMul) ^ (h >> 32);
  // The last 1..8 bytes, as two loads that may overlap (the length is in h).
  std::uint64_t tail = 0;
  if (n >= 4) {
    tail = half(p) | half(p + n - 4) << 32;
  } else if (n > 0) {
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    tail = std::uint64_t{b[0]} | std::uint64_t{b[n / 2]} << 8 | std::uint64_t{b[n - 1]} << 16;
  }
  h = (h ^ tail) * kMul;
  // MurmurHash3's fmix64: every input bit reaches the low bits that pick a slot.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

}  // namespace polso::datasets
