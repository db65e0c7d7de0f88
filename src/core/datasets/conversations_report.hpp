// From a ConversationAggregate to the numbers of METRICS.md section 4:
// response and resolution times (mean, median, p90, share within target),
// first-contact resolution, self-service rate, CSAT, volume with its trend,
// and the channel and team tables with their outliers. Rates go through the
// catalogue (evaluate), so a file and its typed-in counts always agree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/datasets/conversations_aggregate.hpp"
#include "core/datasets/conversations_periods.hpp"
#include "core/evaluate.hpp"

namespace polso::datasets {

struct DurationSummary {
  std::uint64_t n = 0;
  double mean = 0, median = 0, p90 = 0;
  std::uint64_t with_target = 0, within_target = 0;
  std::optional<double> within_target_pct;  // of the conversations a target applies to
  // False when a quantile cannot be estimated (a counts file's overflow
  // bucket): median and p90 are then unknown, not 0.
  bool quantiles_known = true;
};

struct ConversationsSummary {
  std::string key;  // channel or agent; empty overall
  std::uint64_t conversations = 0, unanswered = 0, resolved = 0;
  std::optional<DurationSummary> first_response, resolution;  // none when no duration
  std::optional<Evaluation> fcr, self_service, csat;
  std::uint64_t csat_answers = 0;
  // A group with at least kOutlierMinimum durations whose median is more
  // than kOutlierFactor × the overall median: "first_response", "resolution".
  std::vector<std::string> outlier_reasons;
  bool outlier() const { return !outlier_reasons.empty(); }
  std::uint64_t answered() const { return conversations - unanswered; }
};

struct VolumeSummary {
  std::vector<VolumePoint> series;  // oldest first, empty periods as 0
  bool gaps_filled = true;
  Evaluation trend;  // conversation_volume over the series: change, change_pct, slope
};

struct ConversationsReportOptions {
  csv::Period period = csv::Period::month;
  std::optional<int> csat_scale;      // 5 or 10; default from the answers
  bool has_self_service = false;      // the file has a self-service column
};

struct ConversationsReport {
  ConversationsSummary overall;
  VolumeSummary volume;
  std::vector<ConversationsSummary> channels, agents;  // in key order
  int csat_scale = 5;
  bool quantiles_exact = true;
};

constexpr double kOutlierFactor = 2.0;
constexpr std::uint64_t kOutlierMinimum = 5;

Expected<ConversationsReport> conversations_report(const ConversationAggregate& aggregate,
                                                   const ConversationsReportOptions& options);

// The pieces of a report, shared with the conversations-counts dataset,
// whose durations come from a histogram instead of DurationStats.
// One group: `counts`' counters (its DurationStats unused) and the durations.
Expected<ConversationsSummary> summarise_conversations(std::string key, const ConversationGroup& counts,
                                                       std::optional<DurationSummary> first_response,
                                                       std::optional<DurationSummary> resolution,
                                                       const ConversationsReportOptions& options, int csat_scale);
// Flags the groups whose median is kOutlierFactor × the overall one.
void mark_outliers(std::vector<ConversationsSummary>& groups, const ConversationsSummary& overall);
// The volume series (empty periods filled) and its trend.
Expected<VolumeSummary> volume_summary(const std::map<std::int64_t, std::uint64_t>& volumes, csv::Period period);

}  // namespace polso::datasets
