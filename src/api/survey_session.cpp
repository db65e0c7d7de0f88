// The survey dataset through the JSON door: options → SurveyAnalysis, and
// its aggregate → the survey report of docs/datasets.md.
#include "api/dataset_options.hpp"
#include "api/dataset_session.hpp"
#include "api/json_response.hpp"
#include "core/datasets/comments_report.hpp"
#include "core/datasets/skip_reasons.hpp"
#include "core/datasets/survey_analysis.hpp"
#include "core/datasets/survey_warnings.hpp"
#include "core/datasets/survey_report.hpp"
#include "core/inference/good_direction.hpp"
#include "core/inference/compare.hpp"

namespace polso::api {
namespace {

// B against A as a report shows it; null when the two cannot be compared
// (e.g. no variation at all), which never fails the report.
// With `against_rest`, B is a group and A everyone else, and the sentence says so.
json comparison_json(const Evaluation& a, const Evaluation& b, double level, Lang lang, bool against_rest = false) {
  auto c = against_rest ? inference::compare_with_rest(a, b, level) : inference::compare_evaluations(a, b, level);
  if (!c) return nullptr;
  const std::string& verdict = lang == Lang::it ? c->verdict_it : c->verdict_en;
  return {{"difference", statistic_json(c->comparison.difference)},
          {"interval", interval_json(c->comparison.interval)},
          {"p_value", statistic_json(c->comparison.p_value)},
          {"significant", c->comparison.significant},
          {"tone", std::string(inference::change_tone(c->metric, c->comparison.difference, c->comparison.significant))},
          {"verdict", verdict},
          {"warnings", warnings_json(c->warnings, lang)}};
}

json group_json(const char* key_name, const datasets::GroupResult& g, const inference::IntervalOptions& io,
                Lang lang) {
  auto inf = inference::infer(g.evaluation, {}, io);
  const json full = success_json(g.evaluation, lang, inf ? &inf.value() : nullptr);
  json out = {{key_name, g.key}, {"value", full["value"]}, {"n", full["details"]["n"]},
              {"band", full["band"]}, {"interval", full.contains("interval") ? full["interval"] : json(nullptr)},
              {"details", full["details"]}};
  if (g.rest) out["vs_rest"] = comparison_json(*g.rest, g.evaluation, io.level, lang, true);
  return out;
}

// Answers outside the scale are skipped; say so where it cannot be missed,
// with the way out when another scale is possible.
json terms_json(const std::vector<datasets::RankedTerm>& terms) {
  json out = json::array();
  for (const auto& t : terms)
    out.push_back({{"term", t.term}, {"z", t.z}, {"count", t.count}, {"share", t.share}, {"examples", t.examples}});
  return out;
}

// "comments.focus": one period's or segment's comments against the rest and,
// for a period, the lowest group's terms rising against the period before.
json focus_json(const datasets::SurveyAnalysis& a) {
  if (!a.focus()) return nullptr;
  const auto& f = *a.options().comments_focus;
  const bool period = f.kind == datasets::CommentsFocus::Kind::period;
  const auto r = datasets::comments_report(*a.focus(), {"focus", "rest"});
  json out = {{period ? "period" : "segment", f.key},
              {"comments", {{"focus", r.groups[0].comments}, {"rest", r.groups[1].comments}}},
              {"terms", terms_json(r.groups[0].terms)},
              {"approximate", r.approximate}};
  if (a.rising()) {
    const auto& names = a.comments_setup()->groups.names;
    const auto rising = datasets::comments_report(*a.rising(), {"period", "previous"});
    out["rising"] = {{"group", std::string(names.back())},
                     {"comments", {{"period", rising.groups[0].comments}, {"previous", rising.groups[1].comments}}},
                     {"terms", terms_json(rising.groups[0].terms)},
                     {"approximate", rising.approximate}};
  }
  return out;
}

// "comments": the distinctive terms of each group's comments (docs/datasets.md).
json comments_json(const datasets::SurveyAnalysis& a, const datasets::CommentsReport& r) {
  const datasets::CommentsSetup& setup = *a.comments_setup();
  json groups = json::object(), counts = json::object();
  for (const auto& g : r.groups) {
    groups[std::string(g.group)] = terms_json(g.terms);
    counts[std::string(g.group)] = g.comments;
  }
  json out = {{"column", a.columns().comment.name},
          {"language", std::string(text::language_code(a.comments()->language()))},
          {"language_from", setup.language_given ? "option" : "detected"},
          {"comments", std::move(counts)},
          {"groups", std::move(groups)},
          {"approximate", r.approximate}};
  out["focus"] = focus_json(a);
  return out;
}

// options_: the intervals' level and methods.
class SurveySession final
    : public PartedSession<SurveySession, datasets::SurveyAnalysis, inference::IntervalOptions> {
 public:
  using PartedSession::PartedSession;
  SurveySession(datasets::SurveyAnalysisOptions o, inference::IntervalOptions io)
      : PartedSession(std::make_unique<datasets::SurveyAnalysis>(std::move(o)), std::move(io)) {}
  static auto load_part_state(std::string_view bytes) { return datasets::load_survey_part_state(bytes); }

  Expected<json> report(Lang lang) const override {
    const auto& a = *analysis_;
    auto r = datasets::survey_report(a.aggregate(), a.options().metric, a.options().period);
    if (!r) return r.error();
    auto inf = inference::infer(r->overall, {}, options_);
    const json overall = success_json(r->overall, lang, inf ? &inf.value() : nullptr);
    json report = {{"ok", true},
                   {"dataset", a.options().pre_aggregated ? "survey-counts" : "survey"},
                   {"metric", overall["metric"]},
                   {"value", overall["value"]},
                   {"unit", overall["unit"]},
                   {"n", overall["details"]["n"]},
                   {"details", overall["details"]},
                   {"band", overall["band"]},
                   {"interval", overall.contains("interval") ? overall["interval"] : json(nullptr)},
                   {"formula", overall["formula"]}};
    const datasets::SurveyMetric& m = a.options().metric;
    report["scale"] = {{"lowest", m.lowest_named()},
                       {"highest", m.max_score()},
                       {"from", std::string(m.scale_source_id())}};
    const auto& chosen = a.metric_from_column();
    report["metric_from"] = chosen ? "column" : "option";
    report["metric_reason"] = chosen ? json(lang == Lang::it ? chosen->reason_it : chosen->reason_en) : json(nullptr);
    report["profile"] = profile_json(a.profile(), lang);
    json periods = json::array(), segments = json::array();
    for (std::size_t i = 0; i < r->periods.size(); ++i) {
      json p = group_json("period", r->periods[i], options_, lang);
      if (r->periods[i].follows_previous)
        p["vs_previous"] = comparison_json(r->periods[i - 1].evaluation, r->periods[i].evaluation, options_.level, lang);
      periods.push_back(std::move(p));
    }
    for (const auto& g : r->segments) segments.push_back(group_json("segment", g, options_, lang));
    report["periods"] = std::move(periods);
    report["segments"] = std::move(segments);
    const auto& c = a.columns();
    if (a.options().pre_aggregated)
      add_columns(report, {{"score", &c.score}, {"date", &c.date}, {"segment", &c.segment}, {"count", &c.count}}, lang);
    else
      add_columns(report, {{"score", &c.score}, {"date", &c.date}, {"segment", &c.segment}, {"comment", &c.comment}}, lang);
    report["warnings"] = overall["warnings"];
    std::optional<datasets::CommentsReport> comments;
    if (a.comments()) comments = datasets::comments_report(*a.comments(), a.comments_setup()->groups.names);
    report["comments"] = comments ? comments_json(a, *comments) : json(nullptr);
    for (const Warning& w : datasets::survey_warnings(a, comments ? &*comments : nullptr))
      report["warnings"].push_back(notice_json(w, lang));
    add_table_sections(report, a.table(), a.aggregate().rows(), a.dates_read_with(), datasets::survey_skip_reason, lang);
    return report;
  }
};

}  // namespace

Expected<std::unique_ptr<DatasetSession>> make_survey_session(const json& o, bool pre_aggregated) {
  datasets::SurveyAnalysisOptions options;
  options.pre_aggregated = pre_aggregated;
  auto scale = int_option(o, "scale", 1, 10);
  if (!scale) return scale.error();
  auto threshold = int_option(o, "threshold", 0, 10);
  if (!threshold) return threshold.error();
  // No metric, or "auto": it follows the score column once the file shows it.
  const std::string metric_id = text_option(o, "metric").value_or("auto");
  const std::string method = text_option(o, "method").value_or("mean");
  if (metric_id == "auto") {
    options.metric_auto = datasets::MetricAuto{*scale, *threshold, method};
    if (method != "mean" && method != "percent_easy")  // checked now, as a given metric's would be
      return datasets::make_survey_metric("ces", std::nullopt, std::nullopt, method).error();
  } else {
    auto metric = datasets::make_survey_metric(metric_id, *scale, *threshold, method);
    if (!metric) return metric.error();
    options.metric = *metric;
  }
  auto table = table_options(o);
  if (!table) return table.error();
  options.table = *table;
  auto period = period_option(o);
  if (!period) return period.error();
  options.period = *period;
  options.columns = {text_option(o, "score_column"), text_option(o, "date_column"),
                     text_option(o, "segment_column"), text_option(o, "count_column"), text_option(o, "comment_column")};
  if (auto focus = o.find("comments_focus"); focus != o.end() && !focus->is_null()) {
    // {"period": "2026-03"} or {"segment": "Italy"}; the CLI's "period=2026-03".
    std::optional<std::string> kind, key;
    if (focus->is_object() && focus->size() == 1 && focus->begin().value().is_string()) {
      kind = focus->begin().key();
      key = focus->begin().value().get<std::string>();
    } else if (focus->is_string()) {
      const std::string t = focus->get<std::string>();
      if (const auto eq = t.find('='); eq != std::string::npos) {
        kind = t.substr(0, eq);
        key = t.substr(eq + 1);
      }
    }
    if (!kind || (*kind != "period" && *kind != "segment") || key->empty())
      return option_error("comments_focus", "“comments_focus” names one period or one segment, such as {\"period\": \"2026-03\"} or {\"segment\": \"Italy\"}.",
                          "“comments_focus” indica un periodo o un segmento, come {\"period\": \"2026-03\"} o {\"segment\": \"Italia\"}.");
    options.comments_focus = datasets::CommentsFocus{
        *kind == "period" ? datasets::CommentsFocus::Kind::period : datasets::CommentsFocus::Kind::segment, *key};
  }
  if (auto language = text_option(o, "comments_language"); language && *language != "auto") {
    options.comments_language = text::language_of_code(*language);
    if (!options.comments_language)
      return option_error("comments_language", "The comments’ language is auto, en, it, fr, es, de or pt.",
                          "La lingua dei commenti è auto, en, it, fr, es, de o pt.");
  }
  auto intervals = interval_options_of(o);
  if (!intervals) return intervals.error();
  return std::unique_ptr<DatasetSession>(std::make_unique<SurveySession>(std::move(options), *intervals));
}

}  // namespace polso::api
