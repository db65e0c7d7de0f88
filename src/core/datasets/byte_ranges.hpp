// Byte ranges of one CSV file, to read in parallel: where to cut, and a
// speculative guess of where a record starts near a cut (Ge et al.,
// "Speculative Distributed CSV Data Parsing", SIGMOD 2019). Bytes in,
// offsets out; the caller checks each guess by parsing the range before it
// (a range that does not end between two records proves the guess wrong).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace polso::datasets {

// Bytes looked at after a cut to guess the record start.
inline constexpr std::size_t kRangeWindowBytes = 64 * 1024;

// `parts` - 1 cut offsets spreading [begin, end) evenly, strictly between
// begin and end and increasing (fewer when the range is too small).
std::vector<std::uint64_t> range_cuts(std::uint64_t begin, std::uint64_t end, std::size_t parts);

// The offset in `window` (bytes of the file from a cut on) just after the
// line feed most likely to end a record: the window is read as starting
// outside and as starting inside a quoted field, and the reading whose quotes
// stand where quotes can stand (an opening quote after a delimiter or a line
// break, a closing one before them) wins; outside when both fit. nullopt
// when no line feed ends a record in the window. A line feed followed by a
// UTF-8 byte order mark is passed over: the tokenizer drops a BOM that
// starts its input, and a range must read as it would in sequence.
std::optional<std::size_t> guess_record_start(std::string_view window, char delimiter, char quote);

}  // namespace polso::datasets
