// Dataset analysis through the JSON contract: options as JSON, file bytes in
// chunks, one JSON report out. Used by the CLI (`polso analyze`) and the
// web worker alike.
#pragma once

#include <memory>
#include <string>
#include <string_view>

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

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace polso::api
