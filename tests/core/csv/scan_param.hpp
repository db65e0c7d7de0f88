// The tokenizer's two scans — scalar (8 bytes at a time) and the 64-byte block
// scan (SIMD where the build has it) — for value-parameterised suites: a suite
// `class S : public ScanTest {}` with TEST_P bodies reads `simd()`, and
// POLSO_BOTH_SCANS(S) runs every test once per scan.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/csv/tokenizer.hpp"

namespace polso::csv {

class ScanTest : public ::testing::TestWithParam<bool> {
 protected:
  bool simd() const { return GetParam(); }
  TokenizerOptions options() const {
    TokenizerOptions o;
    o.simd = simd();
    return o;
  }
};

inline std::string scan_name(const ::testing::TestParamInfo<bool>& info) { return info.param ? "simd" : "scalar"; }

}  // namespace polso::csv

#define POLSO_BOTH_SCANS(Suite) \
  INSTANTIATE_TEST_SUITE_P(Scan, Suite, ::testing::Values(false, true), ::polso::csv::scan_name)
