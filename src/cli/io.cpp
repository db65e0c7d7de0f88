#include "cli/io.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

namespace polso::cli {

std::string read_all(std::istream& in) {
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return std::nullopt;
  return read_all(f);
}

}  // namespace polso::cli
