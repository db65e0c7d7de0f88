// Issue 11 item 1 asks to measure Google Highway (Debian libhwy-dev 1.0.3)
// against the hand-written intrinsics before choosing. This measures the one
// thing they would share: the structural scan of 64-byte blocks (quote,
// delimiter and line-break bitmasks, structural_scan.hpp's scan64) over a
// whole file, checking that both give the same bits for every block. Built by
// hand (bench/README.md, "Highway against the hand-written scan"):
//   g++ -std=c++20 -O3 -mssse3 -Isrc bench/scan-hwy.cpp -lhwy -o /tmp/scan-hwy
//   em++ -std=c++20 -O2 -msimd128 -Isrc -isystem DIR_WITH_ONLY_hwy bench/scan-hwy.cpp ...
//   (natively with -lhwy, from Debian's libhwy-dev, installed by hand: the gate
//   never builds this file; Highway 1.0.3 has no vector target at x86-64's SSE2
//   baseline: -mssse3 at least, or the AVX2 set: -mavx2 -mbmi -mbmi2 -mfma
//   -mf16c -mlzcnt -mpclmul -maes -msse4.2)
// Usage: scan-hwy FILE MODE RUNS   (MODE 0: Polso's scan64, 1: Highway's)
#include <hwy/highway.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/csv/structural_scan.hpp"

namespace hn = hwy::HWY_NAMESPACE;
using polso::csv::BlockBits;

// Highway's target name lives in libhwy, which is not built for wasm.
const char* target_name() {
#if defined(__EMSCRIPTEN__)
  return HWY_STATIC_TARGET == HWY_WASM ? "WASM" : "not WASM";
#else
  return hwy::TargetName(HWY_STATIC_TARGET);
#endif
}

// The same bits as scan64, written once for every Highway target: the
// widest vector of the build (16 bytes with SSE2 or SIMD128, 32 with AVX2).
HWY_ATTR BlockBits scan64_hwy(const char* p, char delim, char quote) {
  const hn::ScalableTag<std::uint8_t> d;
  const std::size_t n = hn::Lanes(d);
  const auto q = hn::Set(d, static_cast<std::uint8_t>(quote)), de = hn::Set(d, static_cast<std::uint8_t>(delim));
  const auto cr = hn::Set(d, std::uint8_t{'\r'}), lf = hn::Set(d, std::uint8_t{'\n'});
  BlockBits b;
  for (std::size_t i = 0; i < 64; i += n) {
    const auto v = hn::LoadU(d, reinterpret_cast<const std::uint8_t*>(p) + i);
    std::uint8_t bits[8] = {};
    std::uint64_t word = 0;
    hn::StoreMaskBits(d, hn::Eq(v, q), bits);
    std::memcpy(&word, bits, n / 8);
    b.quote |= word << i;
    hn::StoreMaskBits(d, hn::Eq(v, de), bits);
    std::memcpy(&word, bits, n / 8);
    b.delim |= word << i;
    hn::StoreMaskBits(d, hn::Or(hn::Eq(v, cr), hn::Eq(v, lf)), bits);
    std::memcpy(&word, bits, n / 8);
    b.brk |= word << i;
  }
  return b;
}

int main(int argc, char** argv) {
  FILE* f = argc == 4 ? std::fopen(argv[1], "rb") : nullptr;
  if (!f) {
    std::fprintf(stderr, "usage: scan-hwy FILE 0|1 RUNS (0 Polso's scan64, 1 Highway's)\n");
    return 2;
  }
  std::string data;
  char buf[1 << 16];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) data.append(buf, n);
  std::fclose(f);
  data.resize(data.size() / 64 * 64);
  const int mode = std::atoi(argv[2]), runs = std::atoi(argv[3]);
  // Both scans agree on every block.
  for (std::size_t at = 0; at < data.size(); at += 64) {
    const BlockBits a = polso::csv::detail::scan64(data.data() + at, ',', '"');
    const BlockBits h = scan64_hwy(data.data() + at, ',', '"');
    if (a.quote != h.quote || a.delim != h.delim || a.brk != h.brk) {
      std::fprintf(stderr, "%s: block at %zu differs\n", target_name(), at);
      return 1;
    }
  }
  double best = 1e18;
  std::uint64_t sink = 0;
  for (int run = 0; run < runs; ++run) {
    const auto t0 = std::chrono::steady_clock::now();
    for (std::size_t at = 0; at < data.size(); at += 64) {
      const BlockBits b = mode ? scan64_hwy(data.data() + at, ',', '"') : polso::csv::detail::scan64(data.data() + at, ',', '"');
      sink += b.quote ^ (b.delim >> 1) ^ (b.brk >> 2);
    }
    best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::printf("%s (%s): %.1f ms best of %d, %.0f MB/s (%llu)\n", mode ? "highway" : "scan64",
              mode ? target_name() : "hand-written", best, runs,
              data.size() / 1e6 / (best / 1000), static_cast<unsigned long long>(sink));
  return 0;
}
