// Short texts as words, for the per-row caches (repeated comments, segment
// values): hash_bytes, a 64-bit hash read eight bytes at a time (hash_id reads
// one byte at a time, which was a tenth of a survey run's instructions);
// short_key, a text of up to 16 bytes as two words that tell it apart from
// any other of its size; and same_bytes, equality eight bytes at a time. Only
// where a value is cached depends on them, never a result; memcpy loads, so
// the words follow the machine's byte order.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/datasets/id_hash.hpp"

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
  return fmix64((h ^ tail) * kMul);
}

// Together with the size, identifies a text of up to 16 bytes: no two texts
// of the same size <= 16 share a key. (Longer texts share the key of their
// first and last eight bytes.) A few loads, no byte loop.
struct ShortKey {
  std::uint64_t head = 0, tail = 0;
  bool operator==(const ShortKey&) const = default;
};
inline ShortKey short_key(std::string_view s) {
  const char* p = s.data();
  const std::size_t n = s.size();
  ShortKey k;
  if (n >= 8) {
    std::memcpy(&k.head, p, 8);
    if (n > 8) std::memcpy(&k.tail, p + n - 8, 8);
  } else if (n >= 4) {  // bytes 0..3 and n-4..n-1 cover all n
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    k.head = std::uint64_t{a} | std::uint64_t{b} << 32;
  } else if (n > 0) {  // bytes 0, n/2 and n-1 cover all n
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    k.head = std::uint64_t{b[0]} | std::uint64_t{b[n / 2]} << 8 | std::uint64_t{b[n - 1]} << 16;
  }
  return k;
}

// Whether two texts are the same bytes, compared eight at a time. In wasm,
// memcmp is a call into a byte loop: a repeated comment's memo hit compared
// its whole text so, 8 % of a survey run's wasm time (node --cpu-prof).
inline bool same_bytes(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  if (n <= 16) return short_key(a) == short_key(b);  // exact at equal sizes
  auto word = [](const char* q) {
    std::uint64_t w;
    std::memcpy(&w, q, 8);
    return w;
  };
  const char *p = a.data(), *q = b.data();
  for (std::size_t i = 0; i + 8 < n; i += 8)
    if (word(p + i) != word(q + i)) return false;
  return word(p + n - 8) == word(q + n - 8);  // the last eight, maybe overlapping
}

}  // namespace polso::datasets
