// Replays every input in tests/fuzz/regressions/<harness>/ — inputs the
// fuzzers once broke — through the same property checks the harnesses run
// (tests/fuzz/properties.hpp), natively and as wasm32.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "fuzz/properties.hpp"
#include "test_files.hpp"

namespace {

namespace fs = std::filesystem;


TEST(FuzzRegressions, EveryKeptInputStillHoldsItsProperties) {
  const fs::path root = fs::path(POLSO_TEST_DATA) / ".." / "fuzz" / "regressions";
  ASSERT_TRUE(fs::is_directory(root)) << root;
  int replayed = 0;
  for (const auto& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    const std::string harness = dir.path().filename().string();
    for (const auto& file : fs::directory_iterator(dir.path())) {
      if (!file.is_regular_file()) continue;
      const auto broken = polso::fuzz::check_named(harness, polso::test::read_file(file.path()));
      ASSERT_TRUE(broken) << "no harness named " << harness << " (folder " << dir.path() << ")";
      EXPECT_EQ(*broken, "") << file.path();
      ++replayed;
    }
  }
  EXPECT_GT(replayed, 0);
}

// The seeds too: they are small and each one exercises a documented feature.
TEST(FuzzRegressions, EverySeedHoldsItsProperties) {
  const fs::path root = fs::path(POLSO_TEST_DATA) / ".." / "fuzz" / "corpus";
  for (const auto& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    const std::string harness = dir.path().filename().string();
    for (const auto& file : fs::directory_iterator(dir.path())) {
      const auto broken = polso::fuzz::check_named(harness, polso::test::read_file(file.path()));
      ASSERT_TRUE(broken) << harness;
      EXPECT_EQ(*broken, "") << file.path();
    }
  }
}

}  // namespace
