// `polso analyze FILE --threads N`: one CSV file read in byte ranges on N
// threads, each range into its own analysis, merged in file order into a
// report byte-identical to a reading in sequence (or, when a merge could
// differ, the file read again in sequence).
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace polso::cli {

// A file is read in chunks of this size, after its first kLookBytes (read
// to tell a workbook). The reading in ranges feeds its head the same way:
// the encoding a report names is the one settled by the bytes decoded when
// the dialect is sniffed, so the first chunks must be the same.
inline constexpr std::size_t kChunkBytes = 1 << 20;
inline constexpr std::size_t kLookBytes = 8;

// The threads `--threads` means when not given: the machine's, at most 8.
std::size_t default_threads();

// The report of the CSV file at `path` with `options_json`, read on
// `threads` threads (1: in sequence). A regular file only (not a workbook,
// not standard input, not a pipe such as `<(…)`): it is opened once per range.
std::string analyze_file_in_ranges(const std::string& path, const std::string& options_json, std::size_t threads);

// The report of `in` read in sequence, after `head` (bytes already read from it).
std::string analyze_in_sequence(std::istream& in, std::string_view head, const std::string& options_json);

}  // namespace polso::cli
