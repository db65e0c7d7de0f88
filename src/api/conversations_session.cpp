// The conversations dataset through the JSON door: options →
// ConversationsAnalysis, and its aggregate → the conversations report of
// docs/datasets.md.
#include <cmath>

#include "api/conversations_json.hpp"
#include "api/dataset_options.hpp"
#include "api/dataset_session.hpp"
#include "api/json_response.hpp"
#include "core/datasets/part_state.hpp"
#include "core/csv/columns.hpp"
#include "core/datasets/conversations_analysis.hpp"
#include "core/datasets/conversations_durations.hpp"
#include "core/datasets/conversations_report.hpp"
#include "core/datasets/conversations_warnings.hpp"

namespace polso::api {
namespace {

Localized conversations_reason(const std::string& code) {
  if (code == "missing_created") return {"The created-at cell is empty.", "La cella della creazione è vuota."};
  if (code == "bad_created") return {"The created-at time could not be read (or could be day-first or month-first).",
                                     "L’ora di creazione non è leggibile (o può essere giorno/mese o mese/giorno)."};
  if (code == "bad_first_response") return {"The first-response time could not be read.", "L’ora della prima risposta non è leggibile."};
  if (code == "bad_resolved") return {"The resolved-at time could not be read.", "L’ora di risoluzione non è leggibile."};
  if (code == "response_before_created") return {"The first response is earlier than the creation.", "La prima risposta è precedente alla creazione."};
  if (code == "resolved_before_created") return {"The resolution is earlier than the creation.", "La risoluzione è precedente alla creazione."};
  if (code == "bad_first_response_time")
    return {"The first-response time could not be read as a duration.", "Il tempo di prima risposta non è leggibile come durata."};
  if (code == "bad_resolution_time")
    return {"The resolution time could not be read as a duration.", "Il tempo di risoluzione non è leggibile come durata."};
  if (code == "negative_duration")
    return {"A duration is negative.", "Una durata è negativa."};
  if (code == "mixed_time_zones")
    return {"One time has a time zone and the other has none, so the time between them is unknown.",
            "Un orario ha il fuso orario e l’altro no, quindi il tempo trascorso non è noto."};
  return {"The row could not be used.", "La riga non è utilizzabile."};
}

json unit_json(datasets::DurationUnit u) {
  return u == datasets::DurationUnit::none ? json(nullptr) : json(std::string(datasets::duration_unit_id(u)));
}

class ConversationsSession final : public DatasetSession {
 public:
  ConversationsSession(datasets::ConversationsOptions o, std::optional<int> csat_scale)
      : analysis_(std::make_unique<datasets::ConversationsAnalysis>(std::move(o))), csat_scale_(csat_scale) {}
  ConversationsSession(std::unique_ptr<datasets::ConversationsAnalysis> a, std::optional<int> csat_scale)
      : analysis_(std::move(a)), csat_scale_(csat_scale) {}

  std::unique_ptr<DatasetSession> part() const override {
    auto p = analysis_->part();
    if (!p) return nullptr;
    return std::make_unique<ConversationsSession>(std::move(p), csat_scale_);
  }
  bool absorb(const DatasetSession& part, std::uint64_t line_offset) override {
    const auto* p = dynamic_cast<const ConversationsSession*>(&part);
    return p && analysis_->absorb(*p->analysis_, line_offset);
  }
  std::string part_state() const override { return datasets::save_part_state(analysis_->part_state()); }
  bool absorb_state(std::string_view bytes, std::uint64_t line_offset) override {
    auto state = datasets::load_conversations_part_state(bytes);
    return state && analysis_->absorb(*state, line_offset);
  }

  std::optional<Error> feed(std::string_view bytes) override { return analysis_->feed(bytes); }
  std::optional<Error> finish() override { return analysis_->finish(); }
  const datasets::TableStream& table() const override { return analysis_->table(); }
  std::uint64_t rows_read() const override { return analysis_->aggregate().rows().read(); }

  Expected<json> report(Lang lang) const override {
    const auto& a = *analysis_;
    const auto& c = a.columns();
    const auto& agg = a.aggregate();
    auto r = datasets::conversations_report(
        agg, {a.options().period, csat_scale_, c.self_service.found()});
    if (!r) return r.error();
    const bool answers_known = c.first_response.found() || c.first_response_time.found();
    json summary = conversations_summary_json(
        *r, answers_known,
        {agg.overall().fcr_first_contact, agg.overall().fcr_known, agg.overall().self_served, agg.overall().csat_words},
        lang);
    json volume = conversations_volume_json(r->volume, a.options().period);

    json channels = json::array(), agents = json::array();
    for (const auto& g : r->channels) channels.push_back(conversations_group_json("channel", g, answers_known));
    for (const auto& g : r->agents) agents.push_back(conversations_group_json("agent", g, answers_known));

    json report = {{"ok", true},
                   {"dataset", "conversations"},
                   {"summary", std::move(summary)},
                   {"volume", std::move(volume)},
                   {"channels", std::move(channels)},
                   {"agents", std::move(agents)}};
    report["quantiles"] = {{"method", r->quantiles_exact ? "exact" : "ddsketch"},
                           {"relative_error", r->quantiles_exact ? 0.0 : datasets::QuantileSketch::kRelativeError},
                           {"exact_up_to", datasets::DurationStats::kExactLimit},
                           {"definition", "type 7 (linear interpolation), as R and spreadsheets"}};
    const auto& t = a.options().targets;
    report["targets"] = {{"chat_seconds", t.chat_seconds}, {"email_seconds", t.email_seconds}};
    report["outlier_rule"] = {{"factor", datasets::kOutlierFactor}, {"minimum_n", datasets::kOutlierMinimum}};

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

    json warnings = json::array();
    for (const Warning& w : datasets::conversations_warnings(a, *r, csat_scale_)) warnings.push_back(notice_json(w, lang));
    report["warnings"] = std::move(warnings);
    add_table_sections(report, a.table(), agg.rows(), a.date_order(), conversations_reason, lang);
    return report;
  }

 private:
  std::unique_ptr<datasets::ConversationsAnalysis> analysis_;
  std::optional<int> csat_scale_;
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
