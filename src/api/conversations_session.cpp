// The conversations dataset through the JSON door: options →
// ConversationsAnalysis, and its aggregate → the conversations report of
// docs/datasets.md.
#include <cmath>

#include "api/conversations_json.hpp"
#include "api/dataset_options.hpp"
#include "api/dataset_session.hpp"
#include "api/json_response.hpp"
#include "core/csv/columns.hpp"
#include "core/datasets/conversations_analysis.hpp"
#include "core/datasets/conversations_durations.hpp"
#include "core/datasets/conversations_report.hpp"
#include "core/datasets/conversations_warnings.hpp"
#include "core/datasets/skip_reasons.hpp"

namespace polso::api {
namespace {


json unit_json(datasets::DurationUnit u) {
  return u == datasets::DurationUnit::none ? json(nullptr) : json(std::string(datasets::duration_unit_id(u)));
}

// options_: the CSAT scale the user chose, if any.
class ConversationsSession final
    : public PartedSession<ConversationsSession, datasets::ConversationsAnalysis, std::optional<int>> {
 public:
  using PartedSession::PartedSession;
  ConversationsSession(datasets::ConversationsOptions o, std::optional<int> csat_scale)
      : PartedSession(std::make_unique<datasets::ConversationsAnalysis>(std::move(o)), csat_scale) {}
  static auto load_part_state(std::string_view bytes) { return datasets::load_conversations_part_state(bytes); }

  Expected<json> report(Lang lang) const override {
    const auto& a = *analysis_;
    const auto& c = a.columns();
    const auto& agg = a.aggregate();
    auto r = datasets::conversations_report(
        agg, {a.options().period, options_, c.self_service.found()});
    if (!r) return r.error();
    json report = conversations_report_json(
        "conversations", *r, a.options().period, datasets::answers_known(c),
        {agg.overall().fcr_first_contact, agg.overall().fcr_known, agg.overall().self_served, agg.overall().csat_words},
        {{"method", r->quantiles_exact ? "exact" : "ddsketch"},
         {"relative_error", r->quantiles_exact ? 0.0 : datasets::QuantileSketch::kRelativeError},
         {"exact_up_to", datasets::DurationStats::kExactLimit},
         {"definition", "type 7 (linear interpolation), as R and spreadsheets"}},
        a.options().targets, lang);
    report["profile"] = profile_json(a.profile(), lang);
    add_columns(report, {{"conversation", &c.conversation}, {"channel", &c.channel}, {"agent", &c.agent},
                         {"created", &c.created}, {"first_response", &c.first_response},
                         {"first_response_time", &c.first_response_time}, {"resolved", &c.resolved},
                         {"resolution_time", &c.resolution_time}, {"csat", &c.csat},
                         {"self_service", &c.self_service}, {"contacts", &c.contacts}, {"reopened", &c.reopened}},
                lang);
    report["duration_units"] = {
        {"first_response_time", unit_json(a.first_response_unit())},
        {"resolution_time", unit_json(a.resolution_unit())}};

    report["warnings"] = warnings_json(datasets::conversations_warnings(a, *r, options_), lang);
    add_table_sections(report, a.table(), agg.rows(), a.date_order(), datasets::conversations_skip_reason, lang);
    return report;
  }
};

}  // namespace

Expected<std::unique_ptr<DatasetSession>> make_conversations_session(const json& o) {
  datasets::ConversationsOptions options;
  auto table = table_options(o);
  if (!table) return table.error();
  options.table = *table;
  auto period = period_option(o);
  if (!period) return period.error();
  options.period = *period;
  auto targets = response_targets_option(o);
  if (!targets) return targets.error();
  options.targets = *targets;
  auto scale = csat_scale_option(o);
  if (!scale) return scale.error();
  options.columns = {text_option(o, "conversation_column"),       text_option(o, "channel_column"),
                     text_option(o, "agent_column"),              text_option(o, "created_column"),
                     text_option(o, "first_response_column"),     text_option(o, "first_response_time_column"),
                     text_option(o, "resolved_column"),           text_option(o, "resolution_time_column"),
                     text_option(o, "csat_column"),               text_option(o, "self_service_column"),
                     text_option(o, "contacts_column"),           text_option(o, "reopened_column")};
  if (auto unit = text_option(o, "duration_unit")) {
    const auto u = datasets::parse_duration_unit(*unit);
    if (!u || *u == datasets::DurationUnit::clock)
      return option_error("duration_unit", "The duration unit is seconds, minutes, hours or days.",
                          "L’unità delle durate è seconds, minutes, hours o days.");
    options.duration_unit = *u;
  }
  return std::unique_ptr<DatasetSession>(std::make_unique<ConversationsSession>(std::move(options), *scale));
}

}  // namespace polso::api
