// From a ConversationCountsAnalysis to the conversations report
// (conversations_report.hpp): the same counts and rates as from the raw
// export, exact means from the sums, medians and p90 from the histograms
// (within kHistogramRelativeError). No per-agent table: a counts file has no
// agents.
#pragma once

#include <optional>

#include "core/datasets/conversations_counts_analysis.hpp"
#include "core/datasets/conversations_report.hpp"

namespace polso::datasets {

struct ConversationCountsReport {
  ConversationsReport report;
  // Every response target is a bucket edge, so "within target" is known.
  bool targets_on_edges = true;
  // Some median or p90 fell in the overflow bucket (over a year) and is unknown.
  bool quantiles_beyond_edges = false;
  // Some row gives answered or first-response counts, so the unanswered
  // conversations are known (otherwise they are unknown, not 0).
  bool answers_known = false;
};

Expected<ConversationCountsReport> conversation_counts_report(const ConversationCountsAnalysis& analysis,
                                                              std::optional<int> csat_scale);

}  // namespace polso::datasets
