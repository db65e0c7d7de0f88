// The CLI's only I/O helpers: reading a whole stream or file.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

namespace polso::cli {

std::string read_all(std::istream& in);
std::optional<std::string> read_file(const std::string& path);

}  // namespace polso::cli
