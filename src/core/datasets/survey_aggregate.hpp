// SurveyAggregate: the streaming, mergeable state of a survey analysis.
// Memory grows with the number of periods and segments, never with rows;
// segments beyond kMaxSegments share one "(other)" bucket, and of more than
// kMaxPeriods periods only the latest kMaxPeriods are kept (period keys sort
// chronologically), so the result is the same however the rows are split.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/budgets.hpp"
#include "core/datasets/row_accounting.hpp"
#include "core/datasets/score_counts.hpp"

namespace polso::datasets {

struct PartStateCodec;

class SurveyAggregate {
 public:
  static constexpr std::size_t kMaxSegments = budget::kMaxSegments;
  static constexpr std::size_t kMaxPeriods = budget::kMaxPeriods;
  static constexpr std::string_view kOtherSegment = "(other)";

  explicit SurveyAggregate(int max_score = 10) : max_score_(max_score), overall_(max_score) {}

  // One answer. An empty period or segment means the file has none.
  void add(int score, std::string_view period, std::string_view segment, double count = 1);
  // The same as add(score, period, segment) with the buckets already looked
  // up (nullptr: none), for callers that cache them: map nodes never move.
  void add(int score, ScoreCounts* period, ScoreCounts* segment) {
    overall_.add(score);
    if (period) period->add(score);
    if (segment) segment->add(score);
    rows_.used();
  }
  // The bucket of a period; nullptr for one older than the latest kMaxPeriods.
  // Keeping a newer one drops the oldest: period_evictions() counts the drops,
  // so callers that cache buckets know when one of theirs may be gone.
  ScoreCounts* period_bucket(std::string_view key);
  // The bucket of a segment: its own, or "(other)" once kMaxSegments exist.
  // For a given key the answer never changes once given.
  ScoreCounts& segment_bucket(std::string_view key);
  void skip(const std::string& reason, std::uint64_t row) { rows_.skipped(reason, row); }
  // `line_offset`: see RowAccounting::merge.
  void merge(const SurveyAggregate& other, std::uint64_t line_offset = 0);

  int max_score() const { return max_score_; }
  const ScoreCounts& overall() const { return overall_; }
  const std::map<std::string, ScoreCounts, std::less<>>& periods() const { return periods_; }
  const std::map<std::string, ScoreCounts, std::less<>>& segments() const { return segments_; }
  const RowAccounting& rows() const { return rows_; }
  RowAccounting& rows() { return rows_; }
  bool segments_capped() const { return segments_capped_; }
  bool periods_capped() const { return periods_capped_; }
  std::uint64_t period_evictions() const { return period_evictions_; }

 private:
  friend struct PartStateCodec;  // part_state.cpp: saved and restored as bytes
  ScoreCounts& bucket(std::map<std::string, ScoreCounts, std::less<>>& m, std::string_view key);

  int max_score_;
  ScoreCounts overall_;
  std::map<std::string, ScoreCounts, std::less<>> periods_;
  std::map<std::string, ScoreCounts, std::less<>> segments_;
  RowAccounting rows_;
  bool segments_capped_ = false;
  bool periods_capped_ = false;
  std::uint64_t period_evictions_ = 0;
};

}  // namespace polso::datasets
