// Reading fixture files in the C++ tests: one helper for every suite.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace polso::test {

// The bytes of a file. A file that cannot be opened fails the test that asked
// (and gives ""), so a mistyped fixture name never passes as an empty file.
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return {};
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// A file under tests/data/, e.g. data_file("orders/shopify.csv").
inline std::string data_file(const std::string& relative) {
  return read_file(std::filesystem::path(POLSO_TEST_DATA) / relative);
}

}  // namespace polso::test
