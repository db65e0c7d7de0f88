// The CLI's only I/O helpers: reading a stream or file, up to a limit.
#pragma once

#include <iosfwd>
#include <optional>
#include <cstddef>
#include <string>

namespace polso::cli {

// At most limit + 1 bytes: one past the limit tells the caller it was
// exceeded, without reading an endless stream (/dev/zero) to its end.
std::string read_at_most(std::istream& in, std::size_t limit);
std::optional<std::string> read_file(const std::string& path, std::size_t limit);

}  // namespace polso::cli
