// The CSV tokenizer alone, no analysis: tokenizes FILE in 4 MiB chunks five
// times with the block scan (MODE 1, structural_scan.hpp) or the scalar
// whole-record path (MODE 0) and prints the best time — to compare the two
// natively and in V8, apart from the per-row work (bench/README.md, "SIMD CSV
// scan and the per-row work"). Built by hand, not by CMake (one command a line):
//   g++ -std=c++20 -O3 -Isrc bench/scan-bench.cpp build/libpolso_core.a -o /tmp/scan-bench
//   em++ -std=c++20 -O2 [-msimd128] -Isrc bench/scan-bench.cpp src/core/csv/tokenizer.cpp
//        src/core/csv/tokenizer_blocks.cpp -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -o /tmp/scan-simd.js
//   node --no-experimental-fetch /tmp/scan-simd.js FILE.csv MODE
// Usage: scan-bench FILE.csv MODE [RUNS] (RUNS 5 by default; 1 under callgrind)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include "core/csv/tokenizer.hpp"
int main(int argc, char** argv) {
  FILE* f = argc == 3 || argc == 4 ? std::fopen(argv[1], "rb") : nullptr;
  if (!f) {
    std::fprintf(stderr, "usage: scan-bench FILE.csv 0|1 [RUNS] (0 scalar, 1 block scan)\n");
    return 2;
  }
  std::string data;
  char buf[1 << 16];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) data.append(buf, n);
  std::fclose(f);
  double best = 1e18;
  unsigned long long rows = 0, sum = 0;
  const int runs = argc == 4 ? std::atoi(argv[3]) : 5;
  for (int run = 0; run < runs; ++run) {
    auto t0 = std::chrono::steady_clock::now();
    polso::csv::TokenizerOptions o; o.simd = std::atoi(argv[2]) != 0;
    polso::csv::CsvTokenizer tok(o);
    rows = 0; sum = 0;
    auto sink = [&](const polso::csv::Row& r) { ++rows; for (auto v : r.fields) sum += v.size(); };
    const std::size_t chunk = 4u << 20;
    for (std::size_t at = 0; at < data.size(); at += chunk) (void)tok.feed(std::string_view(data).substr(at, chunk), sink);
    (void)tok.finish(sink);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (ms < best) best = ms;
  }
  std::printf("simd=%s rows %llu sum %llu best %.1f ms %.1f MB/s\n", argv[2], rows, sum, best, data.size() / best / 1000);
}
