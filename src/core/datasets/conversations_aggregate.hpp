// The streaming, mergeable state of a conversations analysis: per channel,
// per agent and overall, the counts and duration distributions; per period,
// the volume. Memory grows with the number of groups and periods, never with
// rows: durations are kept exactly up to DurationStats::kExactLimit per group,
// then in a QuantileSketch. Channels and agents beyond kMaxGroups share one
// "(other)" group.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/budgets.hpp"
#include "core/datasets/conversations_quantile_sketch.hpp"
#include "core/datasets/row_accounting.hpp"

namespace polso::datasets {

struct PartStateCodec;

// Durations in whole seconds (differences of UTC instants).
class DurationStats {
 public:
  // Up to this many values per group the quantiles are exact (8 KB);
  // beyond it the group's values move into a QuantileSketch.
  static constexpr std::size_t kExactLimit = 1024;

  // `target`: the response target that applies to this conversation, if any.
  void add(std::int64_t seconds, std::optional<std::int64_t> target = std::nullopt);
  void merge(const DurationStats& other);

  std::uint64_t n() const { return n_; }
  double mean() const { return n_ ? static_cast<double>(sum_) / static_cast<double>(n_) : 0; }
  // Type-7 quantile: exact while exact(), else within QuantileSketch::kRelativeError.
  double quantile(double p) const;
  bool exact() const { return !sketched_; }
  std::uint64_t with_target() const { return with_target_; }
  std::uint64_t within_target() const { return within_target_; }

 private:
  friend struct PartStateCodec;  // part_state.cpp: saved and restored as bytes
  void move_to_sketch();

  std::uint64_t n_ = 0, sum_ = 0, with_target_ = 0, within_target_ = 0;
  bool sketched_ = false;
  std::vector<double> exact_;
  QuantileSketch sketch_;
};

// One used row, as the analysis read it.
struct Conversation {
  std::string_view channel;  // empty when the file has no such column
  std::string_view agent;
  std::optional<std::int64_t> period;              // period_index of the creation date
  std::optional<std::int64_t> first_response;      // seconds; none: never answered
  std::optional<std::int64_t> response_target;     // seconds, from the channel
  bool resolved = false;
  std::optional<std::int64_t> resolution;          // seconds, when resolved
  std::optional<bool> first_contact;               // resolved in one contact; none: unknown
  bool self_served = false;
  std::optional<int> csat;                         // 0..10
  std::optional<bool> csat_word;                   // a satisfaction word: satisfied or not
};

struct ConversationGroup {
  std::uint64_t conversations = 0, unanswered = 0, resolved = 0;
  std::uint64_t fcr_known = 0, fcr_first_contact = 0;  // resolved ones with a known contact count / flag
  std::uint64_t self_served = 0;
  std::array<std::uint64_t, 11> csat{};  // answers per score 0..10
  std::uint64_t csat_words = 0, csat_words_satisfied = 0;  // answers given as words
  DurationStats first_response, resolution;

  void add(const Conversation& c);
  void merge(const ConversationGroup& other);
  std::uint64_t csat_answers() const;
};

// Counts of cells that were read as "unknown" without skipping the row.
struct CellNotes {
  std::uint64_t csat_unreadable = 0;      // not a whole number 0..10
  std::uint64_t contacts_unreadable = 0;  // not a whole number ≥ 1
  std::uint64_t flag_unrecognised = 0;    // self-service / reopened cell neither yes nor no
  std::uint64_t repeated_ids = 0;         // same conversation id as the row before
  std::uint64_t csat_not_answered = 0;    // "Offered", "Unoffered": a survey with no answer
  std::uint64_t durations_over_a_year = 0;
  std::uint64_t open_with_resolution_time = 0;  // a resolution time but no resolved-at time: read as open
  void merge(const CellNotes& o);
};

class ConversationAggregate {
 public:
  static constexpr std::size_t kMaxGroups = budget::kMaxTeams;  // channels too: budget::kMaxChannels is the same
  static constexpr std::string_view kOtherGroup = "(other)";

  void add(const Conversation& c);
  void skip(const std::string& reason, std::uint64_t row) { rows_.skipped(reason, row); }
  // `line_offset`: see RowAccounting::merge.
  void merge(const ConversationAggregate& other, std::uint64_t line_offset = 0);

  const ConversationGroup& overall() const { return overall_; }
  const std::map<std::string, ConversationGroup, std::less<>>& channels() const { return channels_; }
  const std::map<std::string, ConversationGroup, std::less<>>& agents() const { return agents_; }
  const std::map<std::int64_t, std::uint64_t>& volumes() const { return volumes_; }
  const RowAccounting& rows() const { return rows_; }
  RowAccounting& rows() { return rows_; }
  CellNotes& notes() { return notes_; }
  const CellNotes& notes() const { return notes_; }
  bool channels_capped() const { return channels_capped_; }
  bool agents_capped() const { return agents_capped_; }
  // Every duration distribution still exact (no group past kExactLimit).
  bool quantiles_exact() const;

 private:
  friend struct PartStateCodec;  // part_state.cpp: saved and restored as bytes
  static ConversationGroup& group(std::map<std::string, ConversationGroup, std::less<>>& m, std::string_view key,
                                  bool& capped);

  ConversationGroup overall_;
  std::map<std::string, ConversationGroup, std::less<>> channels_, agents_;
  std::map<std::int64_t, std::uint64_t> volumes_;
  RowAccounting rows_;
  CellNotes notes_;
  bool channels_capped_ = false, agents_capped_ = false;
};

}  // namespace polso::datasets
