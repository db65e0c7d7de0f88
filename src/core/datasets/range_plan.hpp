// RangePlan: how one file is read in byte ranges on several workers (the
// CLI's threads, the page's part workers), decided in one place. A door
// reads the bytes the plan names, feeds them and runs the ranges; the plan
// says what comes next, so every door reads a file the same way:
//
// 1. The head, read as in sequence: the door's first chunks (head_fed), then
//    on through the last line feed of what was read (head_next), until its
//    analysis can start parts.
// 2. The ranges: even cuts of the rest (cuts), each moved to the record start
//    guessed in a window read at the cut (add_window; byte_ranges.hpp).
// 3. The merge, in file order (span, judge, absorbed). A range that does not
//    end between two records proves the next range's start a wrong guess: the
//    two are read again as one (Ge et al., "Speculative Distributed CSV Data
//    Parsing", SIGMOD 2019). A range that failed, or a merge the analysis
//    refuses, sends the door back to a reading in sequence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace polso::datasets {

// What reading one range (or a span of ranges read as one) gave.
struct RangeEnd {
  bool ok = false;          // read to its end without a failure (and finished, when it finishes)
  bool ends_clean = false;  // its bytes end between two records
  std::uint64_t lines = 0;  // line breaks in it
};

// Whether a part that has read its range ends it (no more bytes will come):
// when the range ends between two records, or ends the file. A part whose
// range ends inside a record must not finish (its last record would be read
// as whole): it is read again with the next range.
constexpr bool range_finishes(bool ends_clean, bool ends_file) { return ends_clean || ends_file; }

class RangePlan {
 public:
  // The head is read this much at a time after its first chunks, so the
  // ranges get the rest.
  static constexpr std::size_t kHeadPieceBytes = 64 * 1024;
  // A head this long that cannot start parts yet (a kind read in sequence
  // only, a sample not complete, a line longer than a piece) goes on in
  // sequence.
  static constexpr std::uint64_t kMaxHeadBytes = 16 << 20;

  RangePlan(std::uint64_t file_size, std::size_t parts) : size_(file_size), parts_(parts) {}

  // 1. The head.
  enum class HeadStep { feed, read_more, in_sequence };
  struct HeadNext {
    HeadStep step = HeadStep::read_more;
    std::uint64_t bytes = 0;  // feed: how many of the unfed bytes
  };
  // `unfed`: bytes read after head_end() and not fed; `last_line_feed`: the
  // index among them of the last line feed, if any.
  HeadNext head_next(std::uint64_t unfed, std::optional<std::uint64_t> last_line_feed) const;
  void head_fed(std::uint64_t bytes) { head_end_ += bytes; }
  std::uint64_t head_end() const { return head_end_; }
  // Once the head can part: whether anything is left for ranges (if not,
  // the head is the whole report).
  bool has_rest() const { return head_end_ < size_; }

  // 2. The ranges.
  std::vector<std::uint64_t> cuts() const;
  // The bytes of the file from `cut` on (up to kRangeWindowBytes; fewer at
  // the end), cuts taken in order.
  void add_window(std::uint64_t cut, std::string_view window, char delimiter, char quote);
  struct Range {
    std::uint64_t from = 0, to = 0;
    bool ends_file = false;
  };
  std::size_t ranges() const { return guessed_.size() + 1; }
  Range range(std::size_t i) const { return span_of(i, i); }

  // 3. The merge, after the head's `head_lines` line breaks.
  void start_merge(std::uint64_t head_lines);
  // The ranges to absorb next, read as one, and the index of its first.
  Range span() const { return span_of(first_, last_); }
  std::size_t span_first() const { return first_; }
  enum class MergeStep { absorb, reread, in_sequence };
  // What to do with what reading span() gave: absorb it after line_offset()
  // lines (then absorbed()), read the wider span() again, or give up.
  MergeStep judge(const RangeEnd& end);
  std::uint64_t line_offset() const { return line_offset_; }
  void absorbed(std::uint64_t lines);
  bool merged() const { return first_ >= ranges(); }
  std::size_t rereads() const { return rereads_; }

 private:
  Range span_of(std::size_t first, std::size_t last) const;

  std::uint64_t size_;
  std::size_t parts_;
  std::uint64_t head_end_ = 0;
  std::vector<std::uint64_t> guessed_;  // each cut's guessed record start, increasing
  std::size_t first_ = 0, last_ = 0;    // the span being merged
  std::uint64_t line_offset_ = 0;
  std::size_t rereads_ = 0;
};

}  // namespace polso::datasets
