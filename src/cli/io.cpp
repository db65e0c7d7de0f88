#include "cli/io.hpp"

#include <fstream>
#include <iostream>
#include <algorithm>

namespace polso::cli {

std::string read_at_most(std::istream& in, std::size_t limit) {
  std::string out;
  char chunk[1 << 16];
  while (out.size() <= limit && in) {
    in.read(chunk, static_cast<std::streamsize>(std::min(sizeof chunk, limit + 1 - out.size())));
    out.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (in.gcount() == 0) break;
  }
  return out;
}

std::optional<std::string> read_file(const std::string& path, std::size_t limit) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return std::nullopt;
  return read_at_most(f, limit);
}

}  // namespace polso::cli
