// SurveyAnalysis: survey-export bytes in, in chunks of any size; a
// SurveyAggregate out. Decoding, dialect sniffing, header rows and column
// mapping happen on the way, each reported so a person can check them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/csv/columns.hpp"
#include "core/csv/dates.hpp"
#include "core/csv/dialect.hpp"
#include "core/csv/encoding.hpp"
#include "core/csv/tokenizer.hpp"
#include "core/datasets/survey_aggregate.hpp"
#include "core/datasets/survey_report.hpp"

namespace polso::datasets {

// A column chosen by the user: a header name, or a 1-based column number.
struct ColumnOverrides {
  std::optional<std::string> score, date, segment, count;
};

struct SurveyAnalysisOptions {
  SurveyMetric metric;
  bool pre_aggregated = false;  // "survey-counts": score,count[,period][,segment]
  csv::DialectOverrides dialect;
  ColumnOverrides columns;
  csv::Period period = csv::Period::month;
  csv::DateOrder fallback_date_order = csv::DateOrder::unknown;  // from the page language
};

// Which column was used for what, and why.
struct ResolvedColumn {
  std::int64_t index = -1;  // 0-based; -1 when the file has none
  std::string name;
  std::string reason_en, reason_it;
};

struct ResolvedColumns {
  ResolvedColumn score, date, segment, count;
};

class SurveyAnalysis {
 public:
  // Rows kept in memory to decide the column mapping and the date order.
  static constexpr std::size_t kMappingSampleRows = 500;

  explicit SurveyAnalysis(SurveyAnalysisOptions options);

  std::optional<Error> feed(std::string_view bytes);
  std::optional<Error> finish();

  const SurveyAggregate& aggregate() const { return aggregate_; }
  const csv::Dialect& dialect() const { return dialect_; }
  const ResolvedColumns& columns() const { return columns_; }
  const std::vector<std::string>& headers() const { return headers_; }
  csv::DateOrder date_order() const { return date_order_; }
  const SurveyAnalysisOptions& options() const { return options_; }
  std::uint64_t bytes_read() const { return bytes_read_; }
  std::uint64_t decoding_replacements() const { return decoder_.replacements(); }
  std::uint64_t field_count_mismatches() const { return ragged_rows_; }
  // The first rows of the file as text, for a preview.
  const std::vector<std::vector<std::string>>& preview() const { return preview_; }

 private:
  struct SampleRow {
    std::uint64_t line;
    std::vector<std::string> fields;
  };

  std::optional<Error> start_tokenizing(bool complete);
  std::optional<Error> tokenize(std::string_view text);
  void on_row(const csv::Row& row);
  std::optional<Error> resolve_columns();
  void process(std::uint64_t line, std::span<const std::string_view> fields);
  void process_counts(std::uint64_t line, std::span<const std::string_view> fields);

  SurveyAnalysisOptions options_;
  csv::Decoder decoder_;
  std::string decoded_;  // decoded text not yet tokenized
  std::optional<csv::CsvTokenizer> tokenizer_;
  csv::Dialect dialect_;
  std::vector<std::vector<std::string>> header_rows_;
  std::vector<std::string> headers_;
  std::vector<SampleRow> sample_;
  std::vector<std::vector<std::string>> preview_;
  bool mapped_ = false;
  std::optional<Error> error_;
  ResolvedColumns columns_;
  csv::DateOrder date_order_ = csv::DateOrder::unknown;
  std::size_t expected_fields_ = 0;
  std::uint64_t ragged_rows_ = 0;
  std::uint64_t bytes_read_ = 0;
  SurveyAggregate aggregate_;
};

}  // namespace polso::datasets
