// The file-analysis wasm door: byte chunks in, one JSON report out.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "api/analyze.hpp"
#include "api/inspect.hpp"
#include "api/workbook_analysis.hpp"
#include "core/datasets/byte_ranges.hpp"
#include "core/datasets/range_plan.hpp"

namespace {

std::string inspect(const std::string& head, const std::string& options) { return polso::api::inspect(head, options); }

// A file analysis fed chunk by chunk from a worker. Chunks should arrive
// through reserve() + HEAPU8.set() + feedReserved(): Embind's own conversion
// of a Uint8Array to std::string copies byte by byte in JS, which costs a
// fifth of the whole analysis. feed(Uint8Array) still works.
class Analysis {
 public:
  explicit Analysis(const std::string& options) : impl_(std::make_unique<polso::api::Analysis>(options)) {}
  std::string feed(const std::string& bytes) { return impl_->feed(bytes); }
  // Room for the next chunk; its address into the module's memory.
  std::uintptr_t reserve(std::size_t bytes) {
    buffer_.resize(bytes);
    return reinterpret_cast<std::uintptr_t>(buffer_.data());
  }
  std::string feed_reserved(std::size_t bytes) { return impl_->feed(reserved(bytes)); }
  std::string finish() { return impl_->finish(); }
  std::string progress() const { return impl_->progress(); }

  // Reading a file in byte ranges, one part worker (its own wasm instance)
  // per range: see api/analyze.hpp. becomePart() turns a head that replayed
  // the file's first bytes into an analysis of the range that follows (the
  // head is dropped); false when the head cannot start parts.
  bool become_part() {
    auto part = impl_->part();
    if (!part) return false;
    impl_ = std::move(part);
    return true;
  }
  // Whether becomePart() would succeed (the coordinator's head asks).
  bool can_part() const { return impl_->part() != nullptr; }
  bool at_record_start() const { return impl_->at_record_start(); }
  double lines_read() const { return static_cast<double>(impl_->lines_read()); }
  bool finish_part() { return impl_->finish_part(); }
  // A part that has read all of its range (`last`: the range ends the
  // file): {ok, endsClean, lines, finished}; finished: its partState() is
  // ready to merge (one that is not is read again with the next range).
  emscripten::val end_range(bool last) {
    const auto end = impl_->end_range(last);
    auto out = emscripten::val::object();
    out.set("ok", end.ok);
    out.set("finished", end.ok && polso::datasets::range_finishes(end.ends_clean, last));
    out.set("endsClean", end.ends_clean);
    out.set("lines", static_cast<double>(end.lines));
    return out;
  }
  // The finished part's state: a view into the module's memory, valid until
  // the next call on this analysis (copy it out with slice()).
  emscripten::val part_state() {
    state_ = impl_->part_state();
    return emscripten::val(emscripten::typed_memory_view(state_.size(), reinterpret_cast<const std::uint8_t*>(state_.data())));
  }
  // A part's state, put in through reserve() + HEAPU8.set(), absorbed after
  // `line_offset` lines; false: read the file in sequence.
  bool absorb_state_reserved(std::size_t bytes, double line_offset) {
    return impl_->absorb_state(reserved(bytes), static_cast<std::uint64_t>(line_offset));
  }
  int delimiter() const { return static_cast<unsigned char>(impl_->delimiter()); }
  int quote() const { return static_cast<unsigned char>(impl_->quote()); }

 private:
  std::string_view reserved(std::size_t n) const { return std::string_view(buffer_.data(), std::min(n, buffer_.size())); }
  std::unique_ptr<polso::api::Analysis> impl_;
  std::vector<char> buffer_;
  std::string state_;
};

// The core's plan of reading a file in byte ranges (datasets/range_plan.hpp),
// so the page's part workers read a file as the CLI's threads do. Offsets
// and counts are doubles (exact to 2^53 bytes); steps are words.
class RangePlan {
 public:
  using Plan = polso::datasets::RangePlan;
  RangePlan(double file_size, double parts) : plan_(bytes(file_size), static_cast<std::size_t>(parts)) {}

  // {step: "feed" | "read_more" | "in_sequence", bytes}; lastLineFeed < 0: none.
  emscripten::val head_next(double unfed, double last_line_feed) const {
    const auto next = plan_.head_next(bytes(unfed), last_line_feed < 0 ? std::nullopt : std::optional(bytes(last_line_feed)));
    auto out = emscripten::val::object();
    out.set("step", std::string(next.step == Plan::HeadStep::feed        ? "feed"
                                : next.step == Plan::HeadStep::read_more ? "read_more"
                                                                         : "in_sequence"));
    out.set("bytes", static_cast<double>(next.bytes));
    return out;
  }
  void head_fed(double n) { plan_.head_fed(bytes(n)); }
  double head_end() const { return static_cast<double>(plan_.head_end()); }
  bool has_rest() const { return plan_.has_rest(); }
  double head_piece_bytes() const { return static_cast<double>(Plan::kHeadPieceBytes); }

  emscripten::val cuts() const {
    auto out = emscripten::val::array();
    for (std::uint64_t cut : plan_.cuts()) out.call<void>("push", static_cast<double>(cut));
    return out;
  }
  double window_bytes() const { return static_cast<double>(polso::datasets::kRangeWindowBytes); }
  void add_window(double cut, const std::string& window, int delimiter, int quote) {
    plan_.add_window(bytes(cut), window, static_cast<char>(delimiter), static_cast<char>(quote));
  }
  double ranges() const { return static_cast<double>(plan_.ranges()); }
  emscripten::val range(double i) const { return range_val(plan_.range(static_cast<std::size_t>(i))); }

  void start_merge(double head_lines) { plan_.start_merge(bytes(head_lines)); }
  emscripten::val span() const { return range_val(plan_.span()); }
  double span_first() const { return static_cast<double>(plan_.span_first()); }
  // "absorb" | "reread" | "in_sequence"
  std::string judge(bool ok, bool ends_clean, double lines) {
    const auto step = plan_.judge({ok, ends_clean, bytes(lines)});
    return step == Plan::MergeStep::absorb ? "absorb" : step == Plan::MergeStep::reread ? "reread" : "in_sequence";
  }
  double line_offset() const { return static_cast<double>(plan_.line_offset()); }
  void absorbed(double lines) { plan_.absorbed(bytes(lines)); }
  bool merged() const { return plan_.merged(); }
  double rereads() const { return static_cast<double>(plan_.rereads()); }

 private:
  static std::uint64_t bytes(double n) { return n > 0 ? static_cast<std::uint64_t>(n) : 0; }
  static emscripten::val range_val(const Plan::Range& r) {
    auto out = emscripten::val::object();
    out.set("from", static_cast<double>(r.from));
    out.set("to", static_cast<double>(r.to));
    out.set("last", r.ends_file);
    return out;
  }
  Plan plan_;
};

// A workbook (.xlsx, .ods) analysis, driven by the worker as a door: it reads
// the byte ranges asked for and inflates entries with DecompressionStream
// ('deflate-raw'); bytes come in through reserve() + HEAPU8.set() as above.
// Offsets and sizes are doubles (exact to 2^53 bytes).
class WorkbookAnalysis {
 public:
  WorkbookAnalysis(const std::string& options, double file_size, bool first_look)
      : impl_(options, static_cast<std::uint64_t>(file_size), first_look) {}
  std::uintptr_t reserve(std::size_t bytes) {
    buffer_.resize(bytes);
    return reinterpret_cast<std::uintptr_t>(buffer_.data());
  }
  double tail_offset() const { return static_cast<double>(impl_.tail_range().offset); }
  double tail_size() const { return static_cast<double>(impl_.tail_range().size); }
  std::string read_tail(std::size_t n) { return impl_.read_tail(reserved(n)); }
  double directory_offset() const { return static_cast<double>(impl_.directory_range().offset); }
  double directory_size() const { return static_cast<double>(impl_.directory_range().size); }
  std::string read_directory(std::size_t n) { return impl_.read_directory(reserved(n)); }
  bool next_entry() { return impl_.next_entry(); }
  double header_offset() const { return static_cast<double>(impl_.header_range().offset); }
  double header_size() const { return static_cast<double>(impl_.header_range().size); }
  std::string read_header(std::size_t n) { return impl_.read_header(reserved(n)); }
  double data_offset() const { return static_cast<double>(impl_.data_range().offset); }
  double data_size() const { return static_cast<double>(impl_.data_range().size); }
  bool deflated() const { return impl_.deflated(); }
  std::string feed_reserved(std::size_t n) { return impl_.feed(reserved(n)); }
  std::string end_entry() { return impl_.end_entry(); }
  bool has_enough() const { return impl_.has_enough(); }
  std::string finish() { return impl_.finish(); }
  std::string progress() const { return impl_.progress(); }

 private:
  std::string_view reserved(std::size_t n) const { return std::string_view(buffer_.data(), std::min(n, buffer_.size())); }
  polso::api::WorkbookAnalysis impl_;
  std::vector<char> buffer_;
};

double ole_directory_offset(const std::string& header) { return static_cast<double>(polso::api::ole_directory_span(header).offset); }
double ole_directory_size(const std::string& header) { return static_cast<double>(polso::api::ole_directory_span(header).size); }
std::string ole_failure(const std::string& options, const std::string& directory) {
  return polso::api::ole_failure(options, directory);
}

}  // namespace

EMSCRIPTEN_BINDINGS(polso_files) {
  emscripten::function("oleDirectoryOffset", &ole_directory_offset);
  emscripten::function("oleDirectorySize", &ole_directory_size);
  emscripten::function("oleFailure", &ole_failure);
  emscripten::class_<WorkbookAnalysis>("WorkbookAnalysis")
      .constructor<const std::string&, double, bool>()
      .function("reserve", &WorkbookAnalysis::reserve)
      .function("tailOffset", &WorkbookAnalysis::tail_offset)
      .function("tailSize", &WorkbookAnalysis::tail_size)
      .function("readTail", &WorkbookAnalysis::read_tail)
      .function("directoryOffset", &WorkbookAnalysis::directory_offset)
      .function("directorySize", &WorkbookAnalysis::directory_size)
      .function("readDirectory", &WorkbookAnalysis::read_directory)
      .function("nextEntry", &WorkbookAnalysis::next_entry)
      .function("headerOffset", &WorkbookAnalysis::header_offset)
      .function("headerSize", &WorkbookAnalysis::header_size)
      .function("readHeader", &WorkbookAnalysis::read_header)
      .function("dataOffset", &WorkbookAnalysis::data_offset)
      .function("dataSize", &WorkbookAnalysis::data_size)
      .function("deflated", &WorkbookAnalysis::deflated)
      .function("feedReserved", &WorkbookAnalysis::feed_reserved)
      .function("endEntry", &WorkbookAnalysis::end_entry)
      .function("hasEnough", &WorkbookAnalysis::has_enough)
      .function("finish", &WorkbookAnalysis::finish)
      .function("progress", &WorkbookAnalysis::progress);
  emscripten::function("inspect", &inspect);
  emscripten::class_<Analysis>("Analysis")
      .constructor<const std::string&>()
      .function("feed", &Analysis::feed)
      .function("reserve", &Analysis::reserve)
      .function("feedReserved", &Analysis::feed_reserved)
      .function("finish", &Analysis::finish)
      .function("progress", &Analysis::progress)
      .function("becomePart", &Analysis::become_part)
      .function("canPart", &Analysis::can_part)
      .function("atRecordStart", &Analysis::at_record_start)
      .function("linesRead", &Analysis::lines_read)
      .function("finishPart", &Analysis::finish_part)
      .function("endRange", &Analysis::end_range)
      .function("partState", &Analysis::part_state)
      .function("absorbStateReserved", &Analysis::absorb_state_reserved)
      .function("delimiter", &Analysis::delimiter)
      .function("quote", &Analysis::quote);
  emscripten::class_<RangePlan>("RangePlan")
      .constructor<double, double>()
      .function("headNext", &RangePlan::head_next)
      .function("headFed", &RangePlan::head_fed)
      .function("headEnd", &RangePlan::head_end)
      .function("hasRest", &RangePlan::has_rest)
      .function("headPieceBytes", &RangePlan::head_piece_bytes)
      .function("cuts", &RangePlan::cuts)
      .function("windowBytes", &RangePlan::window_bytes)
      .function("addWindow", &RangePlan::add_window)
      .function("ranges", &RangePlan::ranges)
      .function("range", &RangePlan::range)
      .function("startMerge", &RangePlan::start_merge)
      .function("span", &RangePlan::span)
      .function("spanFirst", &RangePlan::span_first)
      .function("judge", &RangePlan::judge)
      .function("lineOffset", &RangePlan::line_offset)
      .function("absorbed", &RangePlan::absorbed)
      .function("merged", &RangePlan::merged)
      .function("rereads", &RangePlan::rereads);
}
