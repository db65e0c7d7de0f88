// A table the CLI prints two ways: aligned columns of words for a person,
// or CSV of the raw JSON numbers for a script.
#pragma once

#include <string>
#include <vector>

namespace polso::cli {

struct Cell {
  std::string text;  // as a person reads it: "1,234.5", "−30.3 to 61.1"
  std::string raw;   // as a script reads it: "1234.5" (JSON numbers, '.' decimals)
  std::string raw2;  // the second CSV field of a two-field column (an interval's high end)
};

struct Column {
  std::string id;     // CSV header: stable snake_case
  std::string label;  // text header, in the report's language
  bool right = false; // figures align right
  std::string id2;    // a second CSV column: "interval_low", "interval_high"
};

struct Table {
  std::string id;     // "periods", "segments", "channels" …
  std::string title;  // "Periods (month)"
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
};

// Characters a terminal shows, not bytes: "−30.3" is five wide; direction
// isolates (U+2066…U+2069) take no room.
std::size_t display_width(const std::string& s);

// The title, a header row and one line per row, columns padded to their
// widest cell (counted in characters, not bytes).
std::string table_text(const Table& t);
// RFC 4180: a header row of column ids, then the raw cells.
std::string table_csv(const Table& t);

}  // namespace polso::cli
