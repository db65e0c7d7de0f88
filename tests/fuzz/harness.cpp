// One libFuzzer entry point, compiled once per harness with POLSO_FUZZ_HARNESS
// naming the property check of properties.hpp it runs (see cmake/fuzz.cmake).
// A broken property aborts, so libFuzzer keeps the input as a crash; copy it
// to tests/fuzz/regressions/<harness>/ once fixed.
#include <cstdio>
#include <cstdlib>

#include "fuzz/properties.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  const auto broken = polso::fuzz::check_named(POLSO_FUZZ_HARNESS, raw);
  if (!broken) {
    std::fprintf(stderr, "fuzz: unknown harness %s\n", POLSO_FUZZ_HARNESS);
    std::abort();
  }
  if (!broken->empty()) {
    std::fprintf(stderr, "\nPROPERTY BROKEN (%s): %s\n", POLSO_FUZZ_HARNESS, broken->c_str());
    std::abort();
  }
  return 0;
}
