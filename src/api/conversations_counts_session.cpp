// The conversations-counts dataset through the JSON door: options →
// ConversationCountsAnalysis, and its report → the conversations report's
// JSON (conversations_json.hpp), with what a counts file cannot give left
// out and said so.
#include "api/conversations_json.hpp"
#include "api/dataset_options.hpp"
#include "api/dataset_session.hpp"
#include "api/json_response.hpp"
#include "core/datasets/conversations_counts_report.hpp"
#include "core/datasets/conversations_counts_warnings.hpp"
#include "core/datasets/skip_reasons.hpp"

namespace polso::api {
namespace {

using datasets::CountMeasure;

json edges_json() {
  json edges = json::array();
  for (auto e : datasets::kDurationEdges) edges.push_back(e);
  return edges;
}

class ConversationCountsSession final : public DatasetSession {
 public:
  ConversationCountsSession(datasets::ConversationCountsOptions o, std::optional<int> csat_scale)
      : analysis_(std::move(o)), csat_scale_(csat_scale) {}

  std::optional<Error> feed(std::string_view bytes) override { return analysis_.feed(bytes); }
  std::optional<Error> finish() override { return analysis_.finish(); }
  const datasets::TableStream& table() const override { return analysis_.table(); }
  std::uint64_t rows_read() const override { return analysis_.rows().read(); }

  Expected<json> report(Lang lang) const override {
    const auto& a = analysis_;
    auto counts = datasets::conversation_counts_report(a, csat_scale_);
    if (!counts) return counts.error();
    const datasets::ConversationsReport& r = counts->report;
    const auto& all = a.overall();

    json report = conversations_report_json(
        "conversations-counts", r, a.period(), counts->answers_known,
        {all.total(CountMeasure::fcr_first_contact), all.total(CountMeasure::fcr_resolved),
         all.total(CountMeasure::self_served), json(nullptr)},
        {{"method", "histogram"},
         {"relative_error", datasets::kHistogramRelativeError},
         {"definition", "type 7 (linear interpolation), as R and spreadsheets, on each duration's bucket representative"},
         {"edges", edges_json()}},
        a.options().targets, lang);
    report["profile"] = nullptr;
    add_columns(report, {{"period", &a.period_column()}, {"channel", &a.channel_column()},
                         {"measure", &a.measure_column()}, {"bucket", &a.bucket_column()},
                         {"count", &a.count_column()}, {"sum", &a.sum_column()}},
                lang);
    json left_out = json::array();
    for (auto field : datasets::not_in_counts(a)) left_out.push_back(std::string(field));
    report["not_in_counts"] = std::move(left_out);
    report["warnings"] = warnings_json(datasets::conversations_counts_warnings(a, *counts), lang);
    add_table_sections(report, a.table(), a.rows(), std::nullopt, datasets::counts_skip_reason, lang);
    return report;
  }

 private:
  datasets::ConversationCountsAnalysis analysis_;
  std::optional<int> csat_scale_;
};

}  // namespace

Expected<std::unique_ptr<DatasetSession>> make_conversations_counts_session(const json& o) {
  datasets::ConversationCountsOptions options;
  auto table = table_options(o);
  if (!table) return table.error();
  options.table = *table;
  if (o.contains("period")) {
    auto period = period_option(o);
    if (!period) return period.error();
    options.period = *period;
  }
  auto targets = response_targets_option(o);
  if (!targets) return targets.error();
  options.targets = *targets;
  auto scale = csat_scale_option(o);
  if (!scale) return scale.error();
  options.period_column = text_option(o, "period_column");
  options.channel_column = text_option(o, "channel_column");
  options.measure_column = text_option(o, "measure_column");
  options.bucket_column = text_option(o, "bucket_column");
  options.count_column = text_option(o, "count_column");
  options.sum_column = text_option(o, "sum_column");
  return std::unique_ptr<DatasetSession>(std::make_unique<ConversationCountsSession>(std::move(options), *scale));
}

}  // namespace polso::api
