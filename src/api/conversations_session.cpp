// The conversations dataset through the JSON door: options →
// ConversationsAnalysis, and its aggregate → the conversations report of
// docs/datasets.md.
#include <cmath>

#include "api/dataset_options.hpp"
#include "api/dataset_session.hpp"
#include "api/json_response.hpp"
#include "core/csv/columns.hpp"
#include "core/datasets/conversations_analysis.hpp"
#include "core/datasets/conversations_durations.hpp"
#include "core/datasets/conversations_report.hpp"
#include "core/datasets/conversations_warnings.hpp"

namespace polso::api {
namespace {

using datasets::ConversationsSummary;
using datasets::DurationSummary;

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

// Seconds to the millisecond: the interpolation's last bits are noise.
json seconds_json(double x) { return number_json(std::round(x * 1000) / 1000); }

json durations_json(const std::optional<DurationSummary>& d, bool with_target) {
  if (!d) return nullptr;
  json j = {{"n", d->n}, {"mean", seconds_json(d->mean)}, {"median", seconds_json(d->median)}, {"p90", seconds_json(d->p90)}};
  if (with_target) {
    j["with_target"] = d->with_target;
    j["within_target"] = d->within_target;
    j["within_target_pct"] = d->within_target_pct ? number_json(*d->within_target_pct) : json(nullptr);
  }
  return j;
}

json value_or_null(const std::optional<Evaluation>& e) { return e ? number_json(e->outcome.value) : json(nullptr); }

json band_json(const Evaluation& e, Lang lang) { return success_json(e, lang)["band"]; }

// `answers_known`: the file has a first-response column. Without one, no
// conversation is known to be answered or not, and the counts are null.
json group_json(const char* key_name, const ConversationsSummary& g, bool answers_known) {
  json j = {{key_name, g.key}};
  if (std::string_view(key_name) == "channel")
    j["kind"] = std::string(datasets::channel_kind_name(datasets::channel_kind(g.key)));
  j["conversations"] = g.conversations;
  j["unanswered"] = answers_known ? json(g.unanswered) : json(nullptr);
  j["resolved"] = g.resolved;
  j["first_response"] = durations_json(g.first_response, true);
  j["resolution"] = durations_json(g.resolution, false);
  j["fcr"] = value_or_null(g.fcr);
  j["self_service_rate"] = value_or_null(g.self_service);
  j["csat"] = value_or_null(g.csat);
  j["csat_n"] = g.csat_answers;
  j["outlier"] = g.outlier();
  j["outlier_reasons"] = g.outlier_reasons;
  return j;
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
    const ConversationsSummary& o = r->overall;

    const bool answers_known = c.first_response.found() || c.first_response_time.found();
    json summary = {{"conversations", o.conversations},
                    {"answered", answers_known ? json(o.conversations - o.unanswered) : json(nullptr)},
                    {"unanswered", answers_known ? json(o.unanswered) : json(nullptr)},
                    {"resolved", o.resolved},
                    {"first_response", durations_json(o.first_response, true)},
                    {"resolution", durations_json(o.resolution, false)}};
    summary["fcr"] = o.fcr ? json{{"value", number_json(o.fcr->outcome.value)},
                                  {"resolved_first_contact", agg.overall().fcr_first_contact},
                                  {"resolved_total", agg.overall().fcr_known}}
                           : json(nullptr);
    summary["self_service_rate"] = o.self_service ? json{{"value", number_json(o.self_service->outcome.value)},
                                                         {"self_served", agg.overall().self_served},
                                                         {"conversations", o.conversations},
                                                         {"band", band_json(*o.self_service, lang)}}
                                                  : json(nullptr);
    summary["csat"] = o.csat ? json{{"value", number_json(o.csat->outcome.value)},
                                    {"n", o.csat_answers},
                                    {"scale", r->csat_scale},
                                    {"words", agg.overall().csat_words},
                                    {"band", band_json(*o.csat, lang)}}
                             : json(nullptr);

    const Evaluation& trend = r->volume.trend;
    json volume = {{"period", std::string(csv::period_id(a.options().period))}};
    json series = json::array();
    for (const auto& p : r->volume.series) series.push_back({{"period", p.period}, {"conversations", p.conversations}});
    volume["series"] = std::move(series);
    for (const char* k : {"change", "change_pct", "slope"}) {
      const DetailValue* d = trend.outcome.find_detail(k);
      volume[k] = d && std::holds_alternative<double>(*d) ? number_json(std::get<double>(*d)) : json(nullptr);
    }
    volume["gaps_filled"] = r->volume.gaps_filled;

    json channels = json::array(), agents = json::array();
    for (const auto& g : r->channels) channels.push_back(group_json("channel", g, answers_known));
    for (const auto& g : r->agents) agents.push_back(group_json("agent", g, answers_known));

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

Expected<std::optional<std::int64_t>> seconds_option(const json& o, const char* key) {
  auto v = number_option(o, key);
  if (!v) return v.error();
  if (!*v) return std::optional<std::int64_t>();
  if (**v > 365.0 * 24 * 3600)
    return option_error(key, "“" + std::string(key) + "” is a number of seconds up to one year.",
                        "“" + std::string(key) + "” è un numero di secondi fino a un anno.");
  return std::optional<std::int64_t>(static_cast<std::int64_t>(**v));
}

}  // namespace

Expected<std::unique_ptr<DatasetSession>> make_conversations_session(const json& o) {
  datasets::ConversationsOptions options;
  auto table = table_options(o);
  if (!table) return table.error();
  options.table = *table;
  auto period = period_option(o);
  if (!period) return period.error();
  options.period = *period;
  auto email = seconds_option(o, "email_target");
  if (!email) return email.error();
  if (*email) options.targets.email_seconds = **email;
  auto chat = seconds_option(o, "chat_target");
  if (!chat) return chat.error();
  if (*chat) options.targets.chat_seconds = **chat;
  const char* scale_key = o.contains("csat_scale") ? "csat_scale" : "scale";
  auto scale = int_option(o, scale_key, 5, 10);
  if (!scale) return scale.error();
  if (*scale && **scale != 5 && **scale != 10)
    return option_error(scale_key, "The CSAT scale is 5 or 10.", "La scala CSAT è 5 o 10.");
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
