// The file-analysis wasm door: byte chunks in, one JSON report out.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "api/analyze.hpp"
#include "api/inspect.hpp"
#include "api/workbook_analysis.hpp"
#include "core/datasets/byte_ranges.hpp"

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

// The core's byte ranges (datasets/byte_ranges.hpp), so the page does not
// re-implement them. Offsets are doubles (exact to 2^53 bytes).
emscripten::val range_cuts(double begin, double end, double parts) {
  emscripten::val out = emscripten::val::array();
  for (std::uint64_t cut : polso::datasets::range_cuts(static_cast<std::uint64_t>(begin), static_cast<std::uint64_t>(end),
                                                       static_cast<std::size_t>(parts)))
    out.call<void>("push", static_cast<double>(cut));
  return out;
}
// -1 when no line feed in the window ends a record.
double guess_record_start(const std::string& window, int delimiter, int quote) {
  const auto at = polso::datasets::guess_record_start(window, static_cast<char>(delimiter), static_cast<char>(quote));
  return at ? static_cast<double>(*at) : -1;
}
double range_window_bytes() { return static_cast<double>(polso::datasets::kRangeWindowBytes); }

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
      .function("partState", &Analysis::part_state)
      .function("absorbStateReserved", &Analysis::absorb_state_reserved)
      .function("delimiter", &Analysis::delimiter)
      .function("quote", &Analysis::quote);
  emscripten::function("rangeCuts", &range_cuts);
  emscripten::function("guessRecordStart", &guess_record_start);
  emscripten::function("rangeWindowBytes", &range_window_bytes);
}
