#include "cli/range_reading.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>
#include <vector>

#include "api/analyze.hpp"
#include "core/datasets/byte_ranges.hpp"

namespace polso::cli {
namespace {

// The head is read in pieces this small, so the ranges get the rest.
constexpr std::size_t kHeadPieceBytes = 64 * 1024;
// A head this long without a part to start (a kind read in sequence only,
// a sample not yet complete) goes on in sequence.
constexpr std::uint64_t kMaxHeadBytes = 16 << 20;

// One byte range read into its own part analysis.
struct RangeResult {
  std::unique_ptr<api::Analysis> part;
  bool ok = false;           // read (and, ending clean or at the end, finished) without a failure
  bool ends_clean = false;   // its bytes end between two records
  std::uint64_t lines = 0;   // line breaks in it
};

// `last`: the range ends the file. One that ends inside a record is not
// finished (that would read its unfinished record as a whole one): its end
// shows the next range's start wrong, and the two are read again as one.
RangeResult read_range(const std::string& path, std::uint64_t begin, std::uint64_t end,
                       std::unique_ptr<api::Analysis> part, bool last) {
  RangeResult r;
  r.part = std::move(part);
  std::ifstream in(path, std::ios::binary);
  if (!in) return r;
  in.seekg(static_cast<std::streamoff>(begin));
  std::vector<char> buffer(kChunkBytes);
  for (std::uint64_t at = begin; at < end;) {
    const auto want = static_cast<std::streamsize>(std::min<std::uint64_t>(buffer.size(), end - at));
    in.read(buffer.data(), want);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) return r;  // the file shrank while read
    if (!r.part->feed(std::string_view(buffer.data(), got)).empty()) return r;
    at += got;
  }
  r.ends_clean = r.part->at_record_start();
  r.lines = r.part->lines_read();
  r.ok = r.ends_clean || last ? r.part->finish_part() : true;
  return r;
}

// Where each range after the head starts: the guessed record start after
// each even cut, increasing.
std::vector<std::uint64_t> range_starts(const std::string& path, std::uint64_t head_end, std::uint64_t size,
                                        std::size_t threads, char delimiter, char quote) {
  std::vector<std::uint64_t> starts{head_end};
  std::ifstream in(path, std::ios::binary);
  std::string window(datasets::kRangeWindowBytes, '\0');
  for (std::uint64_t cut : datasets::range_cuts(head_end, size, threads)) {
    if (cut <= starts.back()) continue;
    in.clear();
    in.seekg(static_cast<std::streamoff>(cut));
    in.read(window.data(), static_cast<std::streamsize>(window.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    const auto at = datasets::guess_record_start(std::string_view(window.data(), got), delimiter, quote);
    if (at && cut + *at > starts.back() && cut + *at < size) starts.push_back(cut + *at);
  }
  return starts;
}

// POLSO_RANGES_TRACE=1: how the file was read, on stderr, for the tests
// that check the ranges were really read apart (not the fallback).
void trace(const std::string& what) {
  static const bool on = std::getenv("POLSO_RANGES_TRACE") != nullptr;
  if (on) std::cerr << "polso ranges: " << what << "\n";
}

// Feeds the rest of `in` to `analysis` in chunks: the report, or the failure.
std::string read_rest(std::istream& in, api::Analysis& analysis, std::string failure = {}) {
  std::vector<char> buffer(kChunkBytes);
  while (failure.empty() && in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    failure = analysis.feed(std::string_view(buffer.data(), got));
  }
  return failure.empty() ? analysis.finish() : failure;
}

std::string analyze_path_in_sequence(const std::string& path, const std::string& options_json) {
  trace("in sequence");
  std::ifstream in(path, std::ios::binary);
  return analyze_in_sequence(in, {}, options_json);
}

}  // namespace

std::size_t default_threads() {
  const unsigned n = std::thread::hardware_concurrency();
  return std::clamp<std::size_t>(n, 1, 8);
}

std::string analyze_in_sequence(std::istream& in, std::string_view head, const std::string& options_json) {
  api::Analysis analysis(options_json);
  return read_rest(in, analysis, head.empty() ? std::string() : analysis.feed(head));
}

std::string analyze_file_in_ranges(const std::string& path, const std::string& options_json, std::size_t threads) {
  if (threads <= 1) return analyze_path_in_sequence(path, options_json);
  std::ifstream in(path, std::ios::binary);
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::uint64_t>(in.tellg());
  in.seekg(0);

  // The head, read as in sequence: the same first chunks, then on up to a
  // line break after which the analysis has settled its columns and can
  // start parts.
  auto head = std::make_unique<api::Analysis>(options_json);
  std::string carry, piece(kHeadPieceBytes, '\0');
  std::uint64_t read = 0;
  for (std::size_t bytes : {kLookBytes, kChunkBytes}) {
    std::string chunk(bytes, '\0');
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    chunk.resize(static_cast<std::size_t>(in.gcount()));
    read += chunk.size();
    if (chunk.empty()) break;
    if (std::string failure = head->feed(chunk); !failure.empty()) return failure;
  }
  std::unique_ptr<api::Analysis> first;
  while (!first) {
    in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) {  // all of it in the head: nothing left to share
      trace("all in the head");
      std::string failure = carry.empty() ? std::string() : head->feed(carry);
      return failure.empty() ? head->finish() : failure;
    }
    read += got;
    carry.append(piece.data(), got);
    if (read > kMaxHeadBytes) {
      trace("no parts");
      return read_rest(in, *head, head->feed(carry));
    }
    const auto cut = carry.rfind('\n');
    if (cut == std::string::npos) continue;
    if (std::string failure = head->feed(std::string_view(carry).substr(0, cut + 1)); !failure.empty()) return failure;
    carry.erase(0, cut + 1);
    first = head->part();
  }
  const std::uint64_t head_end = read - carry.size();
  if (head_end >= size) {
    trace("all in the head");
    return head->finish();
  }
  const std::vector<std::uint64_t> starts =
      range_starts(path, head_end, size, threads, head->delimiter(), head->quote());
  std::vector<std::uint64_t> ends(starts.begin() + 1, starts.end());
  ends.push_back(size);

  std::string list = "head " + std::to_string(head_end) + ", ranges";
  for (std::size_t i = 0; i < starts.size(); ++i) list += " " + std::to_string(starts[i]) + "-" + std::to_string(ends[i]);
  trace(list);
  std::vector<RangeResult> results(starts.size());
  {
    std::vector<std::thread> pool;
    for (std::size_t i = 0; i < starts.size(); ++i) {
      auto part = i == 0 ? std::move(first) : head->part();
      pool.emplace_back([&, i, part = std::move(part)]() mutable {
        results[i] = read_range(path, starts[i], ends[i], std::move(part), i + 1 == starts.size());
      });
    }
    for (auto& t : pool) t.join();
  }

  // In file order. A range whose bytes do not end between two records
  // proves the next one's start a wrong guess: the two are read again as one.
  std::uint64_t offset = head->lines_read();
  for (std::size_t i = 0; i < results.size();) {
    std::size_t j = i;
    RangeResult r = std::move(results[i]);
    while (r.ok && !r.ends_clean && j + 1 < results.size()) {
      ++j;
      trace("reread " + std::to_string(starts[i]) + "-" + std::to_string(ends[j]));
      r = read_range(path, starts[i], ends[j], head->part(), j + 1 == results.size());
    }
    if (!r.ok || !head->absorb(*r.part, offset)) {
      trace(r.ok ? "merge not exact" : "range failed");
      return analyze_path_in_sequence(path, options_json);
    }
    offset += r.lines;
    i = j + 1;
  }
  return head->finish();
}

}  // namespace polso::cli
