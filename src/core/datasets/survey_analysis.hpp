// SurveyAnalysis: survey-export bytes in, in chunks of any size; a
// SurveyAggregate out. The TableStream underneath decodes, sniffs and
// tokenizes; this class chooses the score, date and segment columns and
// turns each row into one answer (or a skip with its reason).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/csv/dates.hpp"
#include "core/datasets/bytes_hash.hpp"
#include "core/datasets/score_counts.hpp"
#include "core/datasets/column_choice.hpp"
#include "core/datasets/comment_aggregate.hpp"
#include "core/datasets/comment_groups.hpp"
#include "core/datasets/comment_reader.hpp"
#include "core/datasets/export_profile.hpp"
#include "core/datasets/survey_metric_choice.hpp"
#include "core/datasets/survey_aggregate.hpp"
#include "core/datasets/survey_report.hpp"
#include "core/datasets/table_stream.hpp"

namespace polso::datasets {

// The roles a survey file's columns can play ("--column ROLE=NAME").
inline constexpr std::string_view kSurveyRoles[] = {"score", "date", "segment", "count", "comment"};

// Columns chosen by the user: a header name or a 1-based column number.
struct ColumnOverrides {
  std::optional<std::string> score, date, segment, count, comment;
};

// The metric was not given ("auto"): it follows the score column, and these
// parts of it, if given, are applied to the metric chosen.
struct MetricAuto {
  std::optional<int> scale, threshold;
  std::string method = "mean";
};

// Comments of one period or one segment against the rest: "what do Italian
// customers say", "what changed in March".
struct CommentsFocus {
  enum class Kind : std::uint8_t { period, segment } kind = Kind::period;
  std::string key;  // a period key of the chosen period ("2026-03") or a segment value
};

struct SurveyAnalysisOptions {
  SurveyMetric metric;
  std::optional<MetricAuto> metric_auto;
  bool pre_aggregated = false;  // "survey-counts": score,count[,period][,segment]
  TableOptions table;
  ColumnOverrides columns;
  csv::Period period = csv::Period::month;
  // The comments' language; nullopt: detected from the file's first comments.
  std::optional<text::Language> comments_language;
  std::optional<CommentsFocus> comments_focus;
};

struct SurveyColumns {
  ResolvedColumn score, date, segment, count, comment;
};

// How the comments are read: their groups and language, and how it was chosen.
struct CommentsSetup {
  CommentGroups groups;
  text::Language language = text::Language::en;
  bool language_given = false;      // chosen by the user
  std::uint64_t language_hits = 0;  // stop words of it the detection saw (0: none, English by default)
};

// What a finished part adds to the head (SurveyAnalysis::absorb): plain
// values, so a part read by another worker can send them as bytes
// (part_state.hpp).
struct SurveyPartState {
  SurveyAggregate aggregate;
  std::optional<CommentAggregate> comments, focus, rising;
  bool long_segment_names = false;
  TablePart table;
};

class SurveyAnalysis final : private TableHandler {
 public:
  explicit SurveyAnalysis(SurveyAnalysisOptions options);

  std::optional<Error> feed(std::string_view bytes) { return table_.feed(bytes); }
  std::optional<Error> finish() { return table_.finish(); }

  // Reading one file in byte ranges (datasets/byte_ranges.hpp). Once the
  // head's table is ready_for_parts(): an analysis of a later range, read
  // with everything the head settled (dialect, columns, metric, date order,
  // comments' language), into its own aggregate.
  std::unique_ptr<SurveyAnalysis> part() const;
  // Adds a part that followed all read so far, after `line_offset` lines.
  // False when the merged state could differ from a reading in sequence
  // (segments past the cap, comment terms dropped, the encoding settled
  // differently): then this analysis is spoilt; read the file in sequence.
  bool absorb(const SurveyAnalysis& part, std::uint64_t line_offset) { return absorb(part.part_state(), line_offset); }
  // The same for a part's state (from part_state(), perhaps sent as bytes);
  // also false when it does not fit this analysis (another scale, other
  // comment groups).
  bool absorb(const SurveyPartState& part, std::uint64_t line_offset);
  // A copy of what absorb() takes of this analysis when it is a part.
  SurveyPartState part_state() const;

  const SurveyAggregate& aggregate() const { return aggregate_; }
  // The comments' state, when the file has a comment column.
  const std::optional<CommentAggregate>& comments() const { return comments_; }
  const std::optional<CommentsSetup>& comments_setup() const { return comments_setup_; }
  // With a focus: its comments (group 0) against the rest's (group 1); for a
  // period, also the lowest group's comments (detractors, not satisfied,
  // hard) in the period (0) against the period before (1).
  const std::optional<CommentAggregate>& focus() const { return focus_; }
  const std::optional<CommentAggregate>& rising() const { return rising_; }
  const TableStream& table() const { return table_; }
  const SurveyColumns& columns() const { return columns_; }
  csv::DateOrder date_order() const { return date_order_; }
  // The day/month order the report states: none for a counts file or a file
  // without a date column, whose dates were not read.
  std::optional<csv::DateOrder> dates_read_with() const {
    if (!columns_.date.found() || options_.pre_aggregated) return std::nullopt;
    return date_order_;
  }
  const SurveyAnalysisOptions& options() const { return options_; }
  // The export format recognised from the headers; nullptr when none.
  const ExportProfile* profile() const { return profile_; }
  // When the metric followed the column: how it was chosen.
  const std::optional<MetricFromColumn>& metric_from_column() const { return metric_from_column_; }
  // What the column choice left to check: scale_mismatch (a column chosen by
  // hand), metric_from_scale, date_order_ambiguous.
  const std::vector<Warning>& notes() const { return notes_; }
  // Some segment value was longer than budget::kMaxSegmentNameBytes and is shown cut.
  bool long_segment_names() const { return long_segment_names_; }

 private:
  struct PartOf {};
  SurveyAnalysis(const SurveyAnalysis& head, PartOf);
  std::optional<Error> on_columns(const std::vector<std::string>& headers,
                                  std::span<const std::vector<std::string>> sample) override;
  void on_row(std::uint64_t line, std::span<const std::string_view> fields) override;
  void on_empty_row(std::uint64_t line) override { aggregate_.skip("empty_row", line); }
  void on_counts_row(std::uint64_t line, std::span<const std::string_view> fields);
  void settle_scale(std::span<const std::vector<std::string>> sample);
  std::optional<Error> settle_metric(const std::vector<std::string>& headers,
                                     std::span<const std::vector<std::string>> sample);
  std::optional<Error> settle_comments(const std::vector<std::string>& headers,
                                       std::span<const std::vector<std::string>> sample);
  void add_comment(int score, const csv::CivilDate* date, std::string_view segment, std::string_view comment);
  ScoreCounts* period_of(const csv::CivilDate& date);
  [[gnu::noinline]] ScoreCounts* fill_period_slot(const csv::CivilDate& date, std::int32_t key, std::size_t at);
  ScoreCounts* segment_of(std::string_view segment);
  [[gnu::noinline]] ScoreCounts* fill_segment_slot(std::string_view value, const ShortKey& key, std::size_t at);
  std::string_view segment_name(std::string_view value);

  // Per-row bucket caches (the map lookups and period keys cost more than
  // the parsing). Period: direct-mapped by calendar date. Segment: open
  // addressing by value, up to half of kSegmentSlots values, then the map.
  struct PeriodSlot {
    std::int32_t date = -1;  // (year * 16 + month) * 32 + day
    std::uint64_t evictions = 0;  // aggregate_.period_evictions() when filled
    ScoreCounts* bucket = nullptr;
  };
  struct SegmentSlot {
    // A value of up to 16 bytes is its size and short_key (compared without
    // memcmp); a longer one is also kept whole, in `value`.
    std::uint64_t size = 0;
    ShortKey key;
    std::string value;
    ScoreCounts* bucket = nullptr;  // nullptr: free
  };
  static constexpr std::size_t kPeriodSlots = 2048, kSegmentSlots = 4096;
  std::vector<PeriodSlot> period_cache_;
  std::vector<SegmentSlot> segment_cache_;
  std::size_t segment_cache_used_ = 0;
  std::string segment_name_;  // the last cut segment name
  bool long_segment_names_ = false;

  SurveyAnalysisOptions options_;
  SurveyAggregate aggregate_;
  // options_.metric.min_score(), kept whenever the metric changes: every row
  // reads it, and the metric's id compare was a memcmp call a row.
  int min_score_ = 0;
  SurveyColumns columns_;
  csv::DateOrder date_order_ = csv::DateOrder::unknown;
  const ExportProfile* profile_ = nullptr;
  std::optional<MetricFromColumn> metric_from_column_;
  std::vector<Warning> notes_;
  std::optional<CommentAggregate> comments_;
  std::optional<CommentsSetup> comments_setup_;
  std::optional<CommentReader> comment_reader_;
  std::optional<CommentAggregate> focus_, rising_;
  std::int64_t focus_period_ = 0;  // the focus period's index (period_index)
  TableStream table_;  // last: it calls back into the members above
};

}  // namespace polso::datasets
