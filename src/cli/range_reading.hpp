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

// The threads `--threads` means when not given: the machine's, at most 8.
std::size_t default_threads();

// The report of the CSV file at `path` with `options_json`, read on
// `threads` threads (1: in sequence). A regular file only (not a workbook,
// not standard input, not a pipe such as `<(…)`): it is opened once per range.
std::string analyze_file_in_ranges(const std::string& path, const std::string& options_json, std::size_t threads);

// The report of `in` read in sequence, after `head` (bytes already read from it).
std::string analyze_in_sequence(std::istream& in, std::string_view head, const std::string& options_json);

}  // namespace polso::cli
