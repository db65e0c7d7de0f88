// The tokenizer's fuzz properties (see properties.hpp for the input layout):
// apart from the rest so that the core suites, which do not link the API, can
// run them too (tests/core/csv/tokenizer_simd_test.cpp).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv/tokenizer.hpp"

namespace polso::fuzz {

inline constexpr std::size_t kSteeringBytes = 8;

struct FuzzInput {
  std::uint8_t steer[kSteeringBytes] = {};
  std::string_view data;

  explicit FuzzInput(std::string_view raw) {
    const std::size_t n = raw.size() < kSteeringBytes ? raw.size() : kSteeringBytes;
    std::memcpy(steer, raw.data(), n);
    data = raw.substr(n);
  }
  // Chunk sizes 0..63 taken from steering bytes 2..7 and cycled; 0-byte
  // feeds are legal and exercised. All zero means one chunk.
  std::vector<std::size_t> chunk_sizes() const {
    std::vector<std::size_t> sizes;
    for (std::size_t i = 2; i < kSteeringBytes; ++i) sizes.push_back(steer[i] & 63);
    return sizes;
  }
};

// Calls f(piece) for pieces of `data` cut by the cycled sizes.
template <class F>
void for_each_chunk(std::string_view data, const std::vector<std::size_t>& sizes, F&& f) {
  bool any = false;
  for (std::size_t s : sizes) any = any || s != 0;
  if (!any) {
    f(data);
    return;
  }
  std::size_t offset = 0;
  for (std::size_t i = 0; offset < data.size(); ++i) {
    const std::size_t size = sizes[i % sizes.size()];
    f(data.substr(offset, size));
    offset += size;
  }
}

inline std::string describe(std::string_view property, std::string_view detail = {}) {
  std::string s(property);
  if (!detail.empty()) s.append(": ").append(detail.substr(0, 400));
  return s;
}

// ---------------------------------------------------------------- tokenizer

struct TokenizerRun {
  std::vector<std::string> records;  // each record flattened with its line and index
  // The first ordering problem, kept apart from the records: their text is
  // fuzzed data and may contain any marker we could choose.
  std::string order_problem;
  std::string error, message;
  std::uint64_t bytes = 0, rows = 0, blank = 0, stray = 0, stray_line = 0;
  bool operator==(const TokenizerRun&) const = default;
};

inline csv::TokenizerOptions tokenizer_options_from(const FuzzInput& in) {
  static constexpr char kDelims[] = {',', ';', '\t', '|'};
  csv::TokenizerOptions o;
  o.delimiter = kDelims[in.steer[0] & 3];
  o.quote = (in.steer[0] & 4) ? '\'' : '"';
  // Small caps now and then, so the row_too_large path is fuzzed too.
  o.max_row_bytes = (in.steer[0] & 8) ? 8 + in.steer[1] : o.max_row_bytes;
  o.skip_records = (in.steer[0] >> 4) & 3;
  if (in.steer[0] & 64) o.max_fields = 1 + (in.steer[1] & 15);
  return o;
}

inline TokenizerRun tokenize(std::string_view data, const csv::TokenizerOptions& options,
                             const std::vector<std::size_t>& sizes) {
  TokenizerRun run;
  csv::CsvTokenizer tok(options);
  std::uint64_t expected_index = 0;  // skipped records (a sep= line) are not numbered
  std::uint64_t last_line = 0;
  auto sink = [&](const csv::Row& row) {
    std::string flat = std::to_string(row.line) + ":" + std::to_string(row.index);
    if (run.order_problem.empty() && row.line < last_line)
      run.order_problem = "record lines went backwards at line " + flat;
    if (run.order_problem.empty() && row.index != expected_index)
      run.order_problem = "record index skipped at line " + flat;
    last_line = row.line;
    ++expected_index;
    for (auto f : row.fields) flat.append("|").append(std::to_string(f.size())).append(":").append(f);
    run.records.push_back(std::move(flat));
  };
  std::optional<Error> err;
  for_each_chunk(data, sizes, [&](std::string_view piece) {
    if (!err) err = tok.feed(piece, sink);
  });
  if (!err) err = tok.finish(sink);
  if (err) {
    run.error = err->code + "@" + std::to_string(err->row);
    run.message = err->message_en + " / " + err->message_it;
    if (err->message_en.empty() || err->message_it.empty()) run.message.clear();
  }
  run.bytes = err ? 0 : tok.bytes_consumed();
  run.rows = tok.rows_emitted();
  run.blank = tok.blank_lines();
  run.stray = tok.stray_quotes();
  run.stray_line = tok.first_stray_quote_line();
  return run;
}

// Properties: feeding in any chunks gives the same records, lines, counters
// and error as feeding whole; records keep increasing lines and consecutive
// indexes; without an error every byte is consumed; an error has a message.
inline std::string check_tokenizer(std::string_view raw) {
  const FuzzInput in(raw);
  const auto options = tokenizer_options_from(in);
  const TokenizerRun whole = tokenize(in.data, options, {0});
  const TokenizerRun chunked = tokenize(in.data, options, in.chunk_sizes());
  if (!(whole == chunked)) {
    std::string detail = "whole error=" + whole.error + " chunked error=" + chunked.error +
                         " records " + std::to_string(whole.records.size()) + " vs " +
                         std::to_string(chunked.records.size());
    return describe("tokenizer: chunking changed the result", detail);
  }
  if (!whole.order_problem.empty()) return describe("tokenizer", whole.order_problem);
  if (whole.error.empty() && whole.bytes != in.data.size())
    return describe("tokenizer: bytes_consumed differs from the input size");
  if (!whole.error.empty() && whole.message.empty())
    return describe("tokenizer: an error without a message in both languages", whole.error);
  return {};
}

// Properties: the block scan (SIMD where the build has it) and the scalar scan
// give the same records, lines, counters and error, whole and chunked — the
// two paths fuzzed against each other. Steering bit 7 of byte 0 swaps which
// path gets the chunking and which reads the input whole.
inline std::string check_tokenizer_simd_vs_scalar(std::string_view raw) {
  const FuzzInput in(raw);
  auto scalar = tokenizer_options_from(in);
  scalar.simd = false;
  auto simd = scalar;
  simd.simd = true;
  const bool swap = in.steer[0] & 128;
  const TokenizerRun a = tokenize(in.data, scalar, swap ? in.chunk_sizes() : std::vector<std::size_t>{0});
  const TokenizerRun b = tokenize(in.data, simd, swap ? std::vector<std::size_t>{0} : in.chunk_sizes());
  const TokenizerRun c = tokenize(in.data, simd, swap ? in.chunk_sizes() : std::vector<std::size_t>{0});
  if (!(a == b) || !(a == c)) {
    const TokenizerRun& d = a == b ? c : b;
    std::string detail = "scalar error=" + a.error + " simd error=" + d.error + " records " +
                         std::to_string(a.records.size()) + " vs " + std::to_string(d.records.size());
    for (std::size_t i = 0; i < a.records.size() && i < d.records.size(); ++i) {
      if (a.records[i] != d.records[i]) {
        detail += " first difference: " + a.records[i] + " vs " + d.records[i];
        break;
      }
    }
    if (a.blank != d.blank || a.stray != d.stray || a.stray_line != d.stray_line) detail += " (counters differ)";
    return describe("tokenizer: the SIMD scan differs from the scalar one", detail);
  }
  return {};
}

}  // namespace polso::fuzz
