// ConversationCountsAnalysis: a conversations-counts file — what a
// warehouse query leaves of a support export (docs/at-scale.md) — in, in
// chunks of any size; per channel and overall, the counts and the duration
// histograms out, and the volume per period.
//
// The file is long: one row per (period, channel, measure[, bucket]) with
//   period         a period key: 2025-01-31, 2025-W05, 2025-01, 2025-Q1, 2025
//   channel        optional; a blank cell is the channel "(blank)"
//   measure        conversations, answered, resolved, fcr_resolved,
//                  fcr_first_contact, self_served, csat_responses,
//                  csat_satisfied — a count; or first_response, resolution —
//                  one bucket of the duration histogram
//   up_to_seconds  for first_response / resolution: the bucket's upper edge
//                  (kDurationEdges), blank for the overflow; blank otherwise
//   count          a whole number ≥ 0
//   sum_seconds    for first_response / resolution: the bucket's durations
//                  added up (whole seconds); blank otherwise
// Rows with the same keys add up, so two partial files concatenated are
// their merge. A row that breaks these rules stops the analysis with an
// error naming its row and column: a counts file is made by a query, and a
// wrong one must be fixed, not half-read.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/csv/dates.hpp"
#include "core/datasets/column_choice.hpp"
#include "core/datasets/conversations_aggregate.hpp"
#include "core/datasets/conversations_channels.hpp"
#include "core/datasets/conversations_counts_histogram.hpp"
#include "core/datasets/table_stream.hpp"
#include "core/error.hpp"

namespace polso::datasets {

// The roles of a counts file's columns ("--column ROLE=NAME").
inline constexpr std::string_view kConversationCountsRoles[] = {"period", "channel", "measure",
                                                                 "bucket", "count",   "sum"};

enum class CountMeasure : std::uint8_t {
  conversations, answered, resolved, fcr_resolved, fcr_first_contact, self_served, csat_responses, csat_satisfied,
  first_response, resolution
};
inline constexpr std::size_t kCountMeasures = 10;
std::string_view count_measure_id(CountMeasure m);
std::optional<CountMeasure> parse_count_measure(std::string_view id);  // case ignored

// One channel's (or everyone's) figures.
struct ConversationCounts {
  std::array<std::uint64_t, kCountMeasures> totals{};  // per measure; histograms: their counts
  DurationHistogram first_response, resolution;
  std::uint64_t first_response_with_target = 0, first_response_within_target = 0;

  std::uint64_t total(CountMeasure m) const { return totals[static_cast<std::size_t>(m)]; }
  void merge(const ConversationCounts& other);
};

struct ConversationCountsOptions {
  TableOptions table;
  std::optional<std::string> period_column, channel_column, measure_column, bucket_column, count_column, sum_column;
  std::optional<csv::Period> period;  // when given, the file's periods must be of this kind
  ResponseTargets targets;
};

class ConversationCountsAnalysis final : private TableHandler {
 public:
  explicit ConversationCountsAnalysis(ConversationCountsOptions options);

  std::optional<Error> feed(std::string_view bytes);
  // Also checks that the counts agree (answered ≤ conversations, a
  // histogram's total = its count …), per channel and overall.
  std::optional<Error> finish();

  const TableStream& table() const { return table_; }
  const ConversationCountsOptions& options() const { return options_; }
  const RowAccounting& rows() const { return rows_; }
  // Column roles: period, channel, measure, bucket, count, sum.
  const ResolvedColumn& period_column() const { return period_; }
  const ResolvedColumn& channel_column() const { return channel_; }
  const ResolvedColumn& measure_column() const { return measure_; }
  const ResolvedColumn& bucket_column() const { return bucket_; }
  const ResolvedColumn& count_column() const { return count_; }
  const ResolvedColumn& sum_column() const { return sum_; }

  const ConversationCounts& overall() const { return overall_; }
  const std::map<std::string, ConversationCounts, std::less<>>& channels() const { return channels_; }
  bool channels_capped() const { return channels_capped_; }
  const std::map<std::int64_t, std::uint64_t>& volumes() const { return volumes_; }
  // The kind of the file's period keys (month when the file has no row).
  csv::Period period() const { return period_kind_.value_or(csv::Period::month); }
  // Whether any row gives this measure (a measure never given is unknown, not 0).
  bool has(CountMeasure m) const { return seen_[static_cast<std::size_t>(m)]; }

 private:
  std::optional<Error> on_columns(const std::vector<std::string>& headers,
                                  std::span<const std::vector<std::string>> sample) override;
  void on_row(std::uint64_t line, std::span<const std::string_view> fields) override;
  void on_empty_row(std::uint64_t line) override { rows_.skipped("empty_row", line); }
  std::optional<Error> read_row(std::uint64_t line, std::span<const std::string_view> fields);
  ConversationCounts& channel_group(std::string_view key);

  ConversationCountsOptions options_;
  ResolvedColumn period_, channel_, measure_, bucket_, count_, sum_;
  ConversationCounts overall_;
  std::map<std::string, ConversationCounts, std::less<>> channels_;
  bool channels_capped_ = false;
  std::map<std::int64_t, std::uint64_t> volumes_;
  std::optional<csv::Period> period_kind_;
  std::array<bool, kCountMeasures> seen_{};
  RowAccounting rows_;
  std::optional<Error> error_;  // the first bad row; stops the analysis
  TableStream table_;           // last: it calls back into the members above
};

}  // namespace polso::datasets
