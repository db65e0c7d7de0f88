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

namespace bytes_detail {

inline std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

inline std::uint64_t load4(const char* p) {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// The n <= 8 bytes at p as one word that, with n, tells them apart from any
// other n bytes: two loads that may overlap, or three bytes below 4.
inline std::uint64_t short_word(const char* p, std::size_t n) {
  if (n >= 4) return load4(p) | load4(p + n - 4) << 32;
  if (n == 0) return 0;
  const auto* b = reinterpret_cast<const unsigned char*>(p);
  return std::uint64_t{b[0]} | std::uint64_t{b[n / 2]} << 8 | std::uint64_t{b[n - 1]} << 16;
}

}  // namespace bytes_detail

inline std::uint64_t hash_bytes(std::string_view s) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = (n + 1) * kMul;
  for (; n > 8; p += 8, n -= 8) h = ((h ^ bytes_detail::load8(p)) * kMul) ^ (h >> 32);
  // The last 0..8 bytes (the length is in h).
  return fmix64((h ^ bytes_detail::short_word(p, n)) * kMul);
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
  if (n < 8) return {bytes_detail::short_word(p, n), 0};
  return {bytes_detail::load8(p), n > 8 ? bytes_detail::load8(p + n - 8) : 0};
}

// Whether two texts are the same bytes, compared eight at a time. In wasm,
// memcmp is a call into a byte loop: a repeated comment's memo hit compared
// its whole text so, 8 % of a survey run's wasm time (node --cpu-prof).
inline bool same_bytes(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  if (n <= 16) return short_key(a) == short_key(b);  // exact at equal sizes
  const char *p = a.data(), *q = b.data();
  for (std::size_t i = 0; i + 8 < n; i += 8)
    if (bytes_detail::load8(p + i) != bytes_detail::load8(q + i)) return false;
  return bytes_detail::load8(p + n - 8) == bytes_detail::load8(q + n - 8);  // the last eight, maybe overlapping
}

}  // namespace polso::datasets
