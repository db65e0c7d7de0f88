// The JSON of a conversations report (and its options), shared by the raw dataset
// (conversations_session.cpp) and the counts one
// (conversations_counts_session.cpp), so both give the same shape.
#pragma once

#include <cstdint>

#include "api/json_request.hpp"
#include "core/datasets/conversations_channels.hpp"
#include "core/datasets/conversations_report.hpp"
#include "core/localized.hpp"

namespace polso::api {

// What the summary shows beside the report's own figures.
struct SummaryCounts {
  std::uint64_t fcr_first_contact = 0, fcr_known = 0, self_served = 0;
  json csat_words;  // answers given as words; null when unknown (a counts file)
};

// `answers_known`: whether answered/unanswered are known (a first-response
// column, or the answered count); null counts otherwise.
json conversations_summary_json(const datasets::ConversationsReport& r, bool answers_known, const SummaryCounts& extra,
                                Lang lang);
json conversations_volume_json(const datasets::VolumeSummary& v, csv::Period period);
// The report's head, in the goldens' order: ok, dataset, summary, volume,
// channels, agents, quantiles (as given), targets, outlier_rule.
json conversations_report_json(std::string_view dataset, const datasets::ConversationsReport& r, csv::Period period,
                               bool answers_known, const SummaryCounts& extra, json quantiles,
                               const datasets::ResponseTargets& targets, Lang lang);
// One channel's or agent's row; `key_name`: "channel" or "agent".
json conversations_group_json(const char* key_name, const datasets::ConversationsSummary& g, bool answers_known);

// "email_target" and "chat_target" (seconds, up to a year) over the defaults.
Expected<datasets::ResponseTargets> response_targets_option(const json& o);
// "csat_scale" (or "scale"): 5 or 10; absent → nullopt (the answers decide).
Expected<std::optional<int>> csat_scale_option(const json& o);

}  // namespace polso::api
