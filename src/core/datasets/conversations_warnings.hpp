// Which warnings a conversations report carries, in the order it lists them,
// with their words: figures no help desk produces, cells left out, budgets
// reached. Decided here, in the core, so every door says the same.
#pragma once

#include <optional>
#include <vector>

#include "core/datasets/conversations_analysis.hpp"
#include "core/datasets/conversations_report.hpp"
#include "core/error.hpp"
#include "core/localized.hpp"

namespace polso::datasets {

// `chosen_csat_scale`: the CSAT scale the user chose, if any.
std::vector<Warning> conversations_warnings(const ConversationsAnalysis& a, const ConversationsReport& r,
                                            std::optional<int> chosen_csat_scale);

// Shared with the conversations-counts report (conversations_counts_warnings.hpp).
// No conversation has a response target (`channel_column`: the file has one).
std::optional<Warning> no_response_target_warning(const ConversationsSummary& overall, bool channel_column);
// Some group column was capped at ConversationAggregate::kMaxGroups values;
// `columns` names them, as a sentence's subject ("The channel column").
Warning too_many_groups_warning(Localized columns);
// The volume series could not list its empty periods.
std::optional<Warning> volume_gaps_warning(const VolumeSummary& volume);

}  // namespace polso::datasets
