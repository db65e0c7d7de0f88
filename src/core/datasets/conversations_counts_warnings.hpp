// Which warnings a conversations-counts report carries, in the order it
// lists them, with their words, and which figures of the raw export's report
// a counts file cannot give. Decided here, in the core, so every door says
// the same; the sentences shared with the raw export come from
// conversations_warnings.hpp.
#pragma once

#include <string_view>
#include <vector>

#include "core/datasets/conversations_counts_analysis.hpp"
#include "core/datasets/conversations_counts_report.hpp"
#include "core/error.hpp"

namespace polso::datasets {

std::vector<Warning> conversations_counts_warnings(const ConversationCountsAnalysis& a,
                                                   const ConversationCountsReport& r);

// The report's fields a counts file leaves out: always "agents" and
// "csat.words", then each figure whose measure no row gives — "answered",
// "fcr", "self_service_rate", "csat", "first_response", "resolution".
std::vector<std::string_view> not_in_counts(const ConversationCountsAnalysis& a);

}  // namespace polso::datasets
