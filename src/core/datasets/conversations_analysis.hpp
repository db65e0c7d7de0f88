// ConversationsAnalysis: a support-conversations export (one row per
// conversation) in, in chunks of any size; a ConversationAggregate out. It
// chooses the columns from their names (English and Italian) and sample
// values, turns each row into one Conversation, and skips — with a reason —
// rows whose times are missing, unreadable or impossible.
//
// Durations are differences of UTC instants, so a pair of zoned timestamps
// across a daylight-saving change gives the true elapsed time. A pair where
// only one side has a zone cannot be compared and is skipped.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/csv/dates.hpp"
#include "core/datasets/column_choice.hpp"
#include "core/datasets/conversations_aggregate.hpp"
#include "core/datasets/conversations_channels.hpp"
#include "core/datasets/conversations_columns.hpp"
#include "core/datasets/export_profile.hpp"
#include "core/datasets/meaning_cache.hpp"
#include "core/datasets/table_stream.hpp"
#include "core/error.hpp"

namespace polso::datasets {

struct ConversationsOptions {
  TableOptions table;
  ConversationColumnOverrides columns;
  csv::Period period = csv::Period::month;
  ResponseTargets targets;
  std::optional<int> csat_scale;  // 5 or 10; by default from the answers
  // The unit of duration columns whose header and profile name none.
  DurationUnit duration_unit = DurationUnit::none;
};

// A yes/no cell: "1", "true", "yes", "sì", "x", "bot", "automated" … are yes;
// "0", "false", "no", "agent", "human" … and blank are no; anything else is
// unknown (nullopt).
std::optional<bool> parse_flag(std::string_view cell);

// What a finished part adds to the head (ConversationsAnalysis::absorb):
// plain values, so a part read by another worker can send them as bytes
// (part_state.hpp).
struct ConversationsPartState {
  ConversationAggregate aggregate;
  TablePart table;
  std::optional<std::string> first_id;  // its first used row's id
  std::string last_id;                  // its last used row's id
};

class ConversationsAnalysis final : private TableHandler {
 public:
  explicit ConversationsAnalysis(ConversationsOptions options);

  std::optional<Error> feed(std::string_view bytes) { return table_.feed(bytes); }
  std::optional<Error> finish() { return table_.finish(); }

  // Reading one file in byte ranges (see SurveyAnalysis::part): a later
  // range read with what the head settled; nullptr until the head is ready.
  std::unique_ptr<ConversationsAnalysis> part() const;
  // Adds a part that followed all read so far, after `line_offset` lines;
  // false when the merge could differ from a reading in sequence (channels
  // or agents past the cap, the encoding settled differently).
  bool absorb(const ConversationsAnalysis& part, std::uint64_t line_offset) {
    return absorb(part.part_state(), line_offset);
  }
  bool absorb(const ConversationsPartState& part, std::uint64_t line_offset);
  // A copy of what absorb() takes of this analysis when it is a part.
  ConversationsPartState part_state() const;

  const ConversationAggregate& aggregate() const { return aggregate_; }
  const TableStream& table() const { return table_; }
  const ConversationColumns& columns() const { return columns_; }
  csv::DateOrder date_order() const { return date_order_; }
  // date_order_ambiguous, when no date settled the day-month order.
  const std::optional<Warning>& date_order_note() const { return date_order_note_; }
  // The export format recognised from the header, if any.
  const ExportProfile* profile() const { return profile_; }
  DurationUnit first_response_unit() const { return first_response_unit_; }
  DurationUnit resolution_unit() const { return resolution_unit_; }
  // Share of distinct values among the sample's conversation ids (1: all distinct).
  double id_distinct_share() const { return id_distinct_share_; }
  const ConversationsOptions& options() const { return options_; }

 private:
  struct PartOf {};
  ConversationsAnalysis(const ConversationsAnalysis& head, PartOf);
  std::optional<Error> on_columns(const std::vector<std::string>& headers,
                                  std::span<const std::vector<std::string>> sample) override;
  void on_row(std::uint64_t line, std::span<const std::string_view> fields) override;
  void on_empty_row(std::uint64_t line) override { aggregate_.skip("empty_row", line); }

  ConversationsOptions options_;
  ConversationAggregate aggregate_;
  ConversationColumns columns_;
  csv::DateOrder date_order_ = csv::DateOrder::unknown;
  std::optional<Warning> date_order_note_;
  const ExportProfile* profile_ = nullptr;
  DurationUnit first_response_unit_ = DurationUnit::none, resolution_unit_ = DurationUnit::none;
  double id_distinct_share_ = 1;
  std::string previous_id_;  // to notice one-row-per-message exports
  std::optional<std::string> first_id_;  // the first used row's id, for the part before to compare
  CellCache<std::optional<bool>> self_service_flags_, reopened_flags_;  // parse_flag of each distinct cell
  CellCache<ChannelKind> channel_kinds_;  // channel_kind of each distinct channel (a fold and ~15 searches)
  TableStream table_;        // last: it calls back into the members above
};

}  // namespace polso::datasets
