// Dataset analysis through the JSON contract: options as JSON, file bytes in
// chunks, one JSON report out. Used by the CLI (`polso analyze`) and the
// web worker alike.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/datasets/range_plan.hpp"

namespace polso::api {

// One analysis of one file. Options (all optional but `metric`):
// {"dataset": "survey"|"survey-counts"|"orders"|"orders-counts"|"conversations"|"auto",
//  "metric": "nps"|"csat"|"ces",
//  "score_column", "date_column", "segment_column", "count_column",
//  "period": "day"|"week"|"month"|"quarter"|"year", "delimiter", "decimal",
//  "date_order": "dmy"|"mdy"|"ymd", "encoding": "utf-8"|"windows-1252"|"utf-16"|…,
//  "header_rows", "scale", "threshold", "method", "lang": "en"|"it"}
class Analysis {
 public:
  explicit Analysis(std::string_view options_json);
  ~Analysis();
  Analysis(const Analysis&) = delete;
  Analysis& operator=(const Analysis&) = delete;

  // Empty while all is well; a failure response once the input cannot go on.
  std::string feed(std::string_view bytes);
  // The report, or a failure response.
  std::string finish();
  // {"bytes": …, "rows": …} so far, for progress bars.
  std::string progress() const;
  // Fields the report's "dialect" gets beside (or instead of) the CSV ones:
  // a workbook's {"format": "xlsx", "sheet": …, "sheets": […]} (workbook_analysis.hpp).
  void describe_source(std::string_view dialect_json);

  // Reading one file in byte ranges, in parallel (the CLI's --threads; the
  // ranges and their guessed starts come from datasets/byte_ranges.hpp).
  // Once the bytes fed so far end between two records with the columns
  // chosen, part() gives an analysis of a later range that starts on a
  // record boundary, read with what this head settled; nullptr when not
  // yet, or for a kind read in sequence only.
  std::unique_ptr<Analysis> part() const;
  // The file's delimiter and quote, once sniffed (',' and '"' before).
  char delimiter() const;
  char quote() const;
  // Whether the bytes fed so far end between two records: a range must,
  // or the next range's guessed start was wrong.
  bool at_record_start() const;
  // Line breaks fed so far (a part numbers its lines from its own start).
  std::uint64_t lines_read() const;
  // A part's end of input (no report): false on a failure.
  bool finish_part();
  // A part that has read all of its range: finished when the range ends it
  // (datasets::range_finishes), and what the merge needs to know.
  datasets::RangeEnd end_range(bool ends_file);
  // Adds a finished part that followed all fed so far, after `line_offset`
  // lines. False when the result could differ from a reading in sequence
  // (then this analysis is spoilt: read the file in sequence).
  bool absorb(const Analysis& part, std::uint64_t line_offset);
  // The same across workers (the browser's, each with its own wasm
  // instance): a finished part's state as bytes, empty when there is none;
  // and absorb() of such bytes (false also when they are not a valid state).
  std::string part_state() const;
  bool absorb_state(std::string_view state, std::uint64_t line_offset);

 private:
  Analysis();
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace polso::api
