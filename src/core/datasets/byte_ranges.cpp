#include "core/datasets/byte_ranges.hpp"

namespace polso::datasets {
namespace {

bool field_edge(char c, char delimiter) { return c == delimiter || c == '\n' || c == '\r'; }

// How many quotes stand where they cannot, reading the window as starting
// inside a quoted field (`inside`) or not. Outside a quoted field a quote
// opens one and follows a delimiter or a line break; inside, a quote closes
// the field (or doubles) and is followed by a delimiter, a line break or
// the second quote. The window's first byte has no known predecessor.
std::uint64_t misplaced_quotes(std::string_view w, char delimiter, char quote, bool inside) {
  std::uint64_t bad = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w[i] != quote) continue;
    if (!inside) {
      if (i > 0 && !field_edge(w[i - 1], delimiter)) ++bad;
      inside = true;
    } else if (i + 1 < w.size() && w[i + 1] == quote) {
      ++i;  // a doubled quote: text inside the field
    } else {
      if (i + 1 < w.size() && !field_edge(w[i + 1], delimiter)) ++bad;
      inside = false;
    }
  }
  return bad;
}

}  // namespace

std::vector<std::uint64_t> range_cuts(std::uint64_t begin, std::uint64_t end, std::size_t parts) {
  std::vector<std::uint64_t> cuts;
  if (parts < 2 || end <= begin) return cuts;
  const std::uint64_t size = end - begin;
  for (std::size_t i = 1; i < parts; ++i) {
    const std::uint64_t at = begin + size / parts * i + size % parts * i / parts;
    if (at > begin && at < end && (cuts.empty() || at > cuts.back())) cuts.push_back(at);
  }
  return cuts;
}

std::optional<std::size_t> guess_record_start(std::string_view window, char delimiter, char quote) {
  const bool inside = misplaced_quotes(window, delimiter, quote, true) < misplaced_quotes(window, delimiter, quote, false);
  bool in_quotes = inside;
  for (std::size_t i = 0; i < window.size(); ++i) {
    const char c = window[i];
    if (c == quote) {
      in_quotes = !in_quotes;  // a doubled quote flips twice
    } else if (c == '\n' && !in_quotes) {
      // Three bytes after it tell a BOM; a line feed closer to the end of
      // the window (or of the file) is no place to start a range.
      if (i + 4 > window.size()) return std::nullopt;
      if (window.substr(i + 1, 3) == "\xEF\xBB\xBF") continue;
      return i + 1;
    }
  }
  return std::nullopt;
}

}  // namespace polso::datasets
