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
#include "core/datasets/range_plan.hpp"

namespace polso::cli {
namespace {

using datasets::RangePlan;

// One byte range (or a span of ranges read as one) read into its own part analysis.
struct RangeResult {
  std::unique_ptr<api::Analysis> part;
  datasets::RangeEnd end;
};

RangeResult read_range(const std::string& path, const RangePlan::Range& range, std::unique_ptr<api::Analysis> part) {
  RangeResult r;
  r.part = std::move(part);
  std::ifstream in(path, std::ios::binary);
  if (!in) return r;
  in.seekg(static_cast<std::streamoff>(range.from));
  std::vector<char> buffer(kChunkBytes);
  for (std::uint64_t at = range.from; at < range.to;) {
    const auto want = static_cast<std::streamsize>(std::min<std::uint64_t>(buffer.size(), range.to - at));
    in.read(buffer.data(), want);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) return r;  // the file shrank while read
    if (!r.part->feed(std::string_view(buffer.data(), got)).empty()) return r;
    at += got;
  }
  r.end = r.part->end_range(range.ends_file);
  return r;
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

std::string range_text(const RangePlan::Range& r) { return std::to_string(r.from) + "-" + std::to_string(r.to); }

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
  RangePlan plan(static_cast<std::uint64_t>(in.tellg()), threads);
  in.seekg(0);

  // 1. The head: the same first chunks as in sequence, then as the plan says.
  auto head = std::make_unique<api::Analysis>(options_json);
  for (std::size_t bytes : {kLookBytes, kChunkBytes}) {
    std::string chunk(bytes, '\0');
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    chunk.resize(static_cast<std::size_t>(in.gcount()));
    if (chunk.empty()) break;
    if (std::string failure = head->feed(chunk); !failure.empty()) return failure;
    plan.head_fed(chunk.size());
  }
  std::string unfed, piece(RangePlan::kHeadPieceBytes, '\0');
  std::unique_ptr<api::Analysis> first;
  while (!(first = head->part())) {
    const auto lf = unfed.rfind('\n');
    const auto next = plan.head_next(unfed.size(), lf == std::string::npos ? std::nullopt : std::optional<std::uint64_t>(lf));
    if (next.step == RangePlan::HeadStep::in_sequence) {
      trace(in.eof() ? "all in the head" : "no parts");
      return read_rest(in, *head, unfed.empty() ? std::string() : head->feed(unfed));
    }
    if (next.step == RangePlan::HeadStep::feed) {
      if (std::string failure = head->feed(std::string_view(unfed).substr(0, next.bytes)); !failure.empty()) return failure;
      unfed.erase(0, next.bytes);
      plan.head_fed(next.bytes);
      continue;
    }
    in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
    if (in.gcount() == 0) {  // the file shrank while read
      trace("in sequence");
      return read_rest(in, *head, unfed.empty() ? std::string() : head->feed(unfed));
    }
    unfed.append(piece.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (!plan.has_rest()) {
    trace("all in the head");
    return head->finish();
  }

  // 2. The ranges.
  std::ifstream windows(path, std::ios::binary);
  std::string window(datasets::kRangeWindowBytes, '\0');
  for (std::uint64_t cut : plan.cuts()) {
    windows.clear();
    windows.seekg(static_cast<std::streamoff>(cut));
    windows.read(window.data(), static_cast<std::streamsize>(window.size()));
    plan.add_window(cut, std::string_view(window.data(), static_cast<std::size_t>(windows.gcount())), head->delimiter(),
                    head->quote());
  }
  std::string list = "head " + std::to_string(plan.head_end()) + ", ranges";
  for (std::size_t i = 0; i < plan.ranges(); ++i) list += " " + range_text(plan.range(i));
  trace(list);
  std::vector<RangeResult> results(plan.ranges());
  {
    std::vector<std::thread> pool;
    for (std::size_t i = 0; i < plan.ranges(); ++i) {
      auto part = i == 0 ? std::move(first) : head->part();
      pool.emplace_back([&, i, part = std::move(part)]() mutable {
        results[i] = read_range(path, plan.range(i), std::move(part));
      });
    }
    for (auto& t : pool) t.join();
  }

  // 3. The merge, in file order.
  plan.start_merge(head->lines_read());
  while (!plan.merged()) {
    RangeResult r = std::move(results[plan.span_first()]);
    auto step = plan.judge(r.end);
    while (step == RangePlan::MergeStep::reread) {
      trace("reread " + range_text(plan.span()));
      r = read_range(path, plan.span(), head->part());
      step = plan.judge(r.end);
    }
    if (step == RangePlan::MergeStep::in_sequence || !head->absorb(*r.part, plan.line_offset())) {
      trace(step == RangePlan::MergeStep::absorb ? "merge not exact" : "range failed");
      return analyze_path_in_sequence(path, options_json);
    }
    plan.absorbed(r.end.lines);
  }
  return head->finish();
}

}  // namespace polso::cli
