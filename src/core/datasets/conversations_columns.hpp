// Which column of a support export plays each role. A recognised export
// (an ExportProfile) says so itself; otherwise each column is scored on its
// name (English, Italian, French, Spanish, German, Portuguese words, matched
// at the start of a word, best first), names that rule it out ("wait time" is
// no agent, "Ticket type" no id) and its values (timestamps, durations,
// scores or satisfaction words, labels, unique ids). The best column wins;
// the next ones become its runners-up.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/csv/numbers.hpp"
#include "core/datasets/column_choice.hpp"
#include "core/datasets/export_profile.hpp"

namespace polso::datasets {

// The roles a conversations file's columns can play ("--column ROLE=NAME").
inline constexpr std::string_view kConversationRoles[] = {
    "conversation", "channel", "agent", "created", "first_response", "first_response_time", "resolved",
    "resolution_time", "csat", "self_service", "contacts", "reopened"};

// Columns chosen by the user: a header name or a 1-based column number.
struct ConversationColumnOverrides {
  std::optional<std::string> conversation, channel, agent, created, first_response, first_response_time, resolved,
      resolution_time, csat, self_service, contacts, reopened;
};

struct ConversationColumns {
  ResolvedColumn conversation, channel, agent, created, first_response, first_response_time, resolved,
      resolution_time, csat, self_service, contacts, reopened;
};

// The file has a first-response column, so each conversation is known to be
// answered or not; without one, the unanswered are unknown, not 0.
inline bool answers_known(const ConversationColumns& c) {
  return c.first_response.found() || c.first_response_time.found();
}

using Sample = std::span<const std::vector<std::string>>;

// The columns, or an error naming a user's choice that is not a column.
// Without `profile`, every role is guessed; with it, the profile's columns
// are used and roles it does not name stay empty (unless chosen).
Expected<ConversationColumns> choose_conversation_columns(const std::vector<std::string>& headers, Sample sample,
                                                          const ConversationColumnOverrides& chosen,
                                                          const ExportProfile* profile, csv::NumberFormat format);

// Share (0..1) of the sample's non-blank cells in `column` that are distinct;
// 1 when it has fewer than two.
double distinct_share(Sample sample, std::int64_t column);

}  // namespace polso::datasets
