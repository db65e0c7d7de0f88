#include "api/conversations_json.hpp"

#include <cmath>

#include "api/dataset_options.hpp"
#include "api/json_response.hpp"
#include "core/datasets/conversations_channels.hpp"
#include "core/datasets/conversations_csat.hpp"

namespace polso::api {
namespace {

using datasets::ConversationsSummary;
using datasets::DurationSummary;

// Seconds to the millisecond: the interpolation's last bits are noise.
json seconds_json(double x) { return number_json(std::round(x * 1000) / 1000); }

json durations_json(const std::optional<DurationSummary>& d, bool with_target) {
  if (!d) return nullptr;
  // Median and p90 unknown (beyond a counts file's last bucket): null, not 0.
  const auto quantile = [&](double x) { return d->quantiles_known ? seconds_json(x) : json(nullptr); };
  json j = {{"n", d->n}, {"mean", seconds_json(d->mean)}, {"median", quantile(d->median)}, {"p90", quantile(d->p90)}};
  if (with_target) {
    j["with_target"] = d->with_target;
    // Unknown when targets apply but could not be checked (a counts file's
    // target between two bucket edges).
    j["within_target"] = d->within_target_pct || d->with_target == 0 ? json(d->within_target) : json(nullptr);
    j["within_target_pct"] = d->within_target_pct ? number_json(*d->within_target_pct) : json(nullptr);
  }
  return j;
}

json value_or_null(const std::optional<Evaluation>& e) { return e ? number_json(e->outcome.value) : json(nullptr); }

json band_json(const Evaluation& e, Lang lang) { return success_json(e, lang)["band"]; }

// `answers_known`: the file has a first-response column. Without one, no
// conversation is known to be answered or not, and the counts are null.
Expected<std::optional<std::int64_t>> seconds_option(const json& o, const char* key) {
  auto v = number_option(o, key);
  if (!v) return v.error();
  if (!*v) return std::optional<std::int64_t>();
  auto seconds = datasets::response_target_seconds(key, **v);
  if (!seconds) return seconds.error();
  return std::optional<std::int64_t>(*seconds);
}

}  // namespace

json conversations_group_json(const char* key_name, const ConversationsSummary& g, bool answers_known) {
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

json conversations_report_json(std::string_view dataset, const datasets::ConversationsReport& r, csv::Period period,
                               bool answers_known, const SummaryCounts& extra, json quantiles,
                               const datasets::ResponseTargets& targets, Lang lang) {
  json channels = json::array(), agents = json::array();
  for (const auto& g : r.channels) channels.push_back(conversations_group_json("channel", g, answers_known));
  for (const auto& g : r.agents) agents.push_back(conversations_group_json("agent", g, answers_known));
  json report = {{"ok", true},
                 {"dataset", std::string(dataset)},
                 {"summary", conversations_summary_json(r, answers_known, extra, lang)},
                 {"volume", conversations_volume_json(r.volume, period)},
                 {"channels", std::move(channels)},
                 {"agents", std::move(agents)}};
  report["quantiles"] = std::move(quantiles);
  report["targets"] = {{"chat_seconds", targets.chat_seconds}, {"email_seconds", targets.email_seconds}};
  report["outlier_rule"] = {{"factor", datasets::kOutlierFactor}, {"minimum_n", datasets::kOutlierMinimum}};
  return report;
}

json conversations_summary_json(const datasets::ConversationsReport& r, bool answers_known, const SummaryCounts& extra,
                                Lang lang) {
  const ConversationsSummary& o = r.overall;
  json summary = {{"conversations", o.conversations},
                  {"answered", answers_known ? json(o.answered()) : json(nullptr)},
                  {"unanswered", answers_known ? json(o.unanswered) : json(nullptr)},
                  {"resolved", o.resolved},
                  {"first_response", durations_json(o.first_response, true)},
                  {"resolution", durations_json(o.resolution, false)}};
  summary["fcr"] = o.fcr ? json{{"value", number_json(o.fcr->outcome.value)},
                                {"resolved_first_contact", extra.fcr_first_contact},
                                {"resolved_total", extra.fcr_known}}
                         : json(nullptr);
  summary["self_service_rate"] = o.self_service ? json{{"value", number_json(o.self_service->outcome.value)},
                                                       {"self_served", extra.self_served},
                                                       {"conversations", o.conversations},
                                                       {"band", band_json(*o.self_service, lang)}}
                                                : json(nullptr);
  summary["csat"] = o.csat ? json{{"value", number_json(o.csat->outcome.value)},
                                  {"n", o.csat_answers},
                                  {"scale", r.csat_scale},
                                  {"words", extra.csat_words},
                                  {"band", band_json(*o.csat, lang)}}
                           : json(nullptr);
  return summary;
}

Expected<datasets::ResponseTargets> response_targets_option(const json& o) {
  datasets::ResponseTargets t;
  auto email = seconds_option(o, "email_target");
  if (!email) return email.error();
  if (*email) t.email_seconds = **email;
  auto chat = seconds_option(o, "chat_target");
  if (!chat) return chat.error();
  if (*chat) t.chat_seconds = **chat;
  return t;
}

Expected<std::optional<int>> csat_scale_option(const json& o) {
  const char* key = o.contains("csat_scale") ? "csat_scale" : "scale";
  auto scale = int_option(o, key, 5, 10);
  if (!scale) return scale.error();
  if (*scale)
    if (auto e = datasets::check_csat_scale(key, **scale)) return *e;
  return *scale;
}

json conversations_volume_json(const datasets::VolumeSummary& v, csv::Period period) {
  const Evaluation& trend = v.trend;
  json volume = {{"period", std::string(csv::period_id(period))}};
  json series = json::array();
  for (const auto& p : v.series) series.push_back({{"period", p.period}, {"conversations", p.conversations}});
  volume["series"] = std::move(series);
  for (const char* k : {"change", "change_pct", "slope"}) {
    const DetailValue* d = trend.outcome.find_detail(k);
    volume[k] = d && std::holds_alternative<double>(*d) ? number_json(std::get<double>(*d)) : json(nullptr);
  }
  volume["gaps_filled"] = v.gaps_filled;
  return volume;
}

}  // namespace polso::api
