// CsvTokenizer: a streaming RFC 4180 tokenizer. Bytes arrive in chunks of any
// size; complete records come out through a callback, each with the physical
// line on which it starts. The result does not depend on how input is chunked.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/csv/structural_scan.hpp"
#include "core/error.hpp"

namespace polso::csv {

struct TokenizerOptions {
  char delimiter = ',';
  char quote = '"';
  // A record (its field bytes plus one per field) larger than this is an
  // error, so a file without line breaks or with a runaway quote cannot make
  // memory grow without bound. Capped at 2^31 internally.
  std::uint64_t max_row_bytes = 16ull * 1024 * 1024;
  // More cells than this in one record is an error ("too_many_columns"):
  // 16,384 is the most a spreadsheet (Excel) holds, and a cap keeps a file of
  // a million empty cells from costing a million field slots per row.
  std::uint32_t max_fields = 16384;
  // Records dropped before the first emitted one, e.g. 1 for Excel's `sep=;`
  // line. They still count as lines.
  std::uint64_t skip_records = 0;
  // Whole records are found by the 64-byte block scan (structural_scan.hpp)
  // instead of 8 bytes at a time. Same records, lines, errors and counters
  // either way; on by default where the build has SIMD. Ignored (scalar) for
  // a delimiter that is the quote or a line break.
  bool simd = kSimdBuild;
};

// One record. The views point into the tokenizer's row buffer: they are valid
// only during the callback. Copy what must outlive it.
struct Row {
  std::uint64_t line = 0;   // 1-based physical line where the record starts
  std::uint64_t index = 0;  // 0-based record number, headers included
  std::span<const std::string_view> fields;

  std::size_t size() const { return fields.size(); }
  std::string_view operator[](std::size_t i) const { return fields[i]; }
  // True for records such as ";;;" that Excel leaves below the data.
  bool all_empty() const;
};

// A non-owning reference to any callable `void(const Row&)`; cheaper than
// std::function and never allocates. Pass a lambda directly to feed().
class RowSink {
 public:
  template <class F, class = std::enable_if_t<!std::is_same_v<std::decay_t<F>, RowSink>>>
  RowSink(F&& f)  // NOLINT: implicit on purpose
      : object_(const_cast<void*>(static_cast<const void*>(&f))),
        call_([](void* o, const Row& r) { (*static_cast<std::remove_reference_t<F>*>(o))(r); }) {}
  void operator()(const Row& r) const { call_(object_, r); }

 private:
  void* object_;
  void (*call_)(void*, const Row&);
};

class CsvTokenizer {
 public:
  explicit CsvTokenizer(TokenizerOptions options = {});

  // Consumes a chunk; calls `sink` for each record completed by it. After an
  // error every later call returns the same error and emits nothing.
  std::optional<Error> feed(std::string_view chunk, RowSink sink);
  // End of input: emits the last record if it had no line break, reports an
  // unterminated quote.
  std::optional<Error> finish(RowSink sink);

  std::uint64_t bytes_consumed() const { return bytes_consumed_; }
  std::uint64_t rows_emitted() const { return rows_emitted_; }
  std::uint64_t blank_lines() const { return blank_lines_; }
  // Quotes closed and followed by other text (`"a"b`): kept as text, counted.
  std::uint64_t stray_quotes() const { return stray_quotes_; }
  std::uint64_t first_stray_quote_line() const { return first_stray_quote_line_; }
  const TokenizerOptions& options() const { return options_; }
  // Between two records, nothing of one pending: where a byte range read on
  // its own (datasets/byte_ranges.hpp) must end for the next to start right.
  bool at_record_start() const { return state_ == State::row_start; }
  // The 1-based physical line at the cursor.
  std::uint64_t line() const { return line_; }

 private:
  enum class State : std::uint8_t {
    row_start,       // nothing of the current record seen yet
    field_start,     // after a delimiter
    unquoted,
    quoted,
    quote_in_quoted, // a quote inside a quoted field: closing, or doubled?
    after_cr,        // a CR ended a record; swallow a following LF
  };

  void process(std::string_view bytes, RowSink& sink);
  const char* whole_record(const char* p, const char* e, RowSink& sink);
  // The same for the records from `p` on, as many as it can read in a row:
  // returns the next one's start, or nullptr having read none.
  const char* whole_record_blocks(const char* p, const char* e, RowSink& sink);
  // A whole record's end: its line break (the byte before `p`), then the
  // record to the sink; returns the next record's start.
  const char* hand_off_record(const char* p, const char* e, std::uint64_t breaks, RowSink& sink);
  void end_field();
  void end_row(RowSink& sink);
  void emit_views(RowSink& sink);
  void count_breaks(const char* begin, const char* end);
  // Appends the inside of a quoted field [b, e) to buffer_ with each doubled
  // quote made single, a run at a time; false at a lone quote (a stray one).
  bool append_unescaped(const char* b, const char* e);
  bool check_size();
  void fail(Error e);
  // whole_record()'s two ways to keep a field, shared by both scans; each
  // returns the field's bytes for the row's size budget. In place:
  POLSO_HOT std::uint64_t keep_field(const char* begin, const char* end) {
    views_.emplace_back(begin, static_cast<std::size_t>(end - begin));
    return static_cast<std::uint64_t>(end - begin);
  }
  // Unescaped into buffer_ from `begin` on (its view is set once buffer_ stops growing):
  std::uint64_t keep_copied_field(std::uint32_t begin) {
    const auto size = static_cast<std::uint32_t>(buffer_.size() - begin);
    unescaped_.push_back({static_cast<std::uint32_t>(views_.size()), begin, size});
    views_.emplace_back();
    return size;
  }

  TokenizerOptions options_;
  State state_ = State::row_start;
  bool special_[256] = {};   // bytes that end an unquoted run
  bool quoted_special_[256] = {};  // quote, CR, LF: what a quoted run stops at
  struct Unescaped {  // a field of whole_record() copied to buffer_
    std::uint32_t index, begin, size;
  };
  std::vector<Unescaped> unescaped_;
  // whole_record_blocks()'s position in the current chunk: the 64-byte block
  // at `base`, its bits from the next field's start on (bits before it are
  // cleared as fields are read), and whether the block ended inside quotes.
  struct BlockCursor {
    const char* base = nullptr;
    const char* resume = nullptr;  // next record's start if the scan goes on; else rescan
    const char* failed = nullptr;  // a record found unfit after others were read
    std::uint64_t ends = 0;        // delimiters and line breaks outside quotes
    std::uint64_t quote = 0, brk = 0;
    std::uint64_t carry = 0;       // all ones when the block ended inside quotes
  };
  BlockCursor cursor_;
  std::string buffer_;               // the current record's field bytes
  std::vector<std::uint32_t> ends_;  // end offset of each field in buffer_
  std::vector<std::string_view> views_;
  std::uint64_t line_ = 1;           // physical line at the cursor
  bool last_was_cr_ = false;         // for counting CRLF as one break
  std::uint64_t row_line_ = 1;
  std::uint64_t quote_line_ = 0;
  std::uint64_t bytes_consumed_ = 0;
  std::uint64_t records_seen_ = 0;
  std::uint64_t rows_emitted_ = 0;
  std::uint64_t blank_lines_ = 0;
  std::uint64_t stray_quotes_ = 0;
  std::uint64_t first_stray_quote_line_ = 0;
  std::uint8_t bom_matched_ = 0;     // bytes of a UTF-8 BOM held back so far
  bool bom_done_ = false;
  std::optional<Error> error_;
};

}  // namespace polso::csv
