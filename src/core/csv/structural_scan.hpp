// The structural scan of the CSV tokenizer's block path: 64 bytes at a time,
// one bit per byte for the quote, the delimiter and line breaks (CR or LF),
// and the prefix XOR that turns quote bits into an "inside quotes" mask
// (simdjson/simdcsv style). One source for x86 SSE2 and wasm SIMD128; a plain
// loop gives the same bits where the build has neither.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

// POLSO_SIMD=0 (CMake option POLSO_SIMD=OFF) forces the scalar tokenizer.
#if !defined(POLSO_SIMD) || POLSO_SIMD
#if defined(__SSE2__)
#include <emmintrin.h>
#define POLSO_SCAN_SSE2 1
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#define POLSO_SCAN_WASM 1
#endif
#endif

// Forced inline on the scan's hot path: em++ -O2 left scan_block and the
// tokenizer's keep_field as calls, a tenth of the tokenizer's time in V8.
#define POLSO_HOT inline __attribute__((always_inline))

namespace polso::csv {

// True when this build has a vector backend: the tokenizer then uses the block
// path by default (TokenizerOptions::simd).
#if defined(POLSO_SCAN_SSE2) || defined(POLSO_SCAN_WASM)
inline constexpr bool kSimdBuild = true;
#else
inline constexpr bool kSimdBuild = false;
#endif

struct BlockBits {
  std::uint64_t quote = 0, delim = 0, brk = 0;  // brk: CR or LF
};

namespace detail {

#if defined(POLSO_SCAN_SSE2)
POLSO_HOT BlockBits scan64(const char* p, char delim, char quote) {
  const __m128i q = _mm_set1_epi8(quote), d = _mm_set1_epi8(delim);
  const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
  BlockBits b;
  for (int i = 0; i < 4; ++i) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
    const auto shift = 16 * i;
    b.quote |= std::uint64_t(std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, q)))) << shift;
    b.delim |= std::uint64_t(std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, d)))) << shift;
    const __m128i br = _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf));
    b.brk |= std::uint64_t(std::uint32_t(_mm_movemask_epi8(br))) << shift;
  }
  return b;
}
#elif defined(POLSO_SCAN_WASM)
POLSO_HOT BlockBits scan64(const char* p, char delim, char quote) {
  const v128_t q = wasm_i8x16_splat(quote), d = wasm_i8x16_splat(delim);
  const v128_t cr = wasm_i8x16_splat('\r'), lf = wasm_i8x16_splat('\n');
  BlockBits b;
  for (int i = 0; i < 4; ++i) {
    const v128_t v = wasm_v128_load(p + 16 * i);
    const auto shift = 16 * i;
    b.quote |= std::uint64_t(wasm_i8x16_bitmask(wasm_i8x16_eq(v, q))) << shift;
    b.delim |= std::uint64_t(wasm_i8x16_bitmask(wasm_i8x16_eq(v, d))) << shift;
    const v128_t br = wasm_v128_or(wasm_i8x16_eq(v, cr), wasm_i8x16_eq(v, lf));
    b.brk |= std::uint64_t(wasm_i8x16_bitmask(br)) << shift;
  }
  return b;
}
#else
POLSO_HOT BlockBits scan64(const char* p, char delim, char quote) {
  BlockBits b;
  for (int i = 0; i < 64; ++i) {
    const std::uint64_t bit = std::uint64_t{1} << i;
    if (p[i] == quote) b.quote |= bit;
    if (p[i] == delim) b.delim |= bit;
    if (p[i] == '\r' || p[i] == '\n') b.brk |= bit;
  }
  return b;
}
#endif

}  // namespace detail

// The bits of the n <= 64 bytes at p; bits at n and above are zero. Reads no
// byte past p + n (a short block is copied first).
POLSO_HOT BlockBits scan_block(const char* p, std::size_t n, char delim, char quote) {
  if (n >= 64) return detail::scan64(p, delim, quote);
  char tail[64];
  std::memcpy(tail, p, n);
  std::memset(tail + n, 0, 64 - n);
  BlockBits b = detail::scan64(tail, delim, quote);
  const std::uint64_t keep = n == 0 ? 0 : ~std::uint64_t{0} >> (64 - n);
  b.quote &= keep;
  b.delim &= keep;
  b.brk &= keep;
  return b;
}

// Bit i of the result is the XOR of bits 0..i: 1 from an opening quote up to
// (not including) its closing quote. The shift-XOR cascade: six steps, no
// carry-less multiply needed (wasm has none; on x86 PCLMUL is not baseline).
POLSO_HOT std::uint64_t prefix_xor(std::uint64_t x) {
  x ^= x << 1;
  x ^= x << 2;
  x ^= x << 4;
  x ^= x << 8;
  x ^= x << 16;
  x ^= x << 32;
  return x;
}

}  // namespace polso::csv
