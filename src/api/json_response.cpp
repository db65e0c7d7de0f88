#include "api/json_response.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/catalogue.hpp"
#include "core/inference/plan.hpp"

namespace polso::api {

json number_json(double x) {
  if (!std::isfinite(x)) return nullptr;
  if (x == std::floor(x) && std::fabs(x) <= 9007199254740992.0) return static_cast<std::int64_t>(x);
  return x;
}

json localized_json(Localized text) {
  return {{"en", std::string(text.en)}, {"it", std::string(text.it)}};
}

json notice_json(const Notice& n, Lang lang) {
  json out = {{"code", n.code}, {"message", lang == Lang::it ? n.message_it : n.message_en}};
  if (!n.field.empty()) out["field"] = n.field;
  if (n.row >= 0) out["row"] = n.row;
  if (n.column >= 0) out["column"] = n.column;
  if (!n.suggestion.empty()) out["suggestion"] = n.suggestion;
  return out;
}

json failure_json(const Error& e, Lang lang) {
  json err = notice_json(e, lang);
  if (!err.contains("field")) err["field"] = nullptr;
  return {{"ok", false}, {"error", std::move(err)}};
}

namespace {

json detail_json(const DetailValue& v) {
  if (const double* d = std::get_if<double>(&v)) return number_json(*d);
  if (const std::string* s = std::get_if<std::string>(&v)) return *s;
  json arr = json::array();
  for (double x : std::get<std::vector<double>>(v)) arr.push_back(number_json(x));
  return arr;
}

json bound_json(double x) { return std::isfinite(x) ? json(x) : json(nullptr); }

}  // namespace

json statistic_json(double x) {
  if (!std::isfinite(x)) return nullptr;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.12g", x);
  return number_json(std::strtod(buf, nullptr));
}

json warnings_json(const std::vector<Warning>& warnings, Lang lang) {
  json out = json::array();
  for (const auto& w : warnings) out.push_back(notice_json(w, lang));
  return out;
}

json interval_json(const stats::Interval& i) {
  return {{"method", i.method}, {"level", i.level}, {"low", statistic_json(i.low)}, {"high", statistic_json(i.high)}};
}

json success_json(const Evaluation& e, Lang lang, const inference::Inference* inference) {
  json details = json::object();
  for (const auto& d : e.outcome.details) details[d.key] = detail_json(d.value);
  json warnings = warnings_json(e.outcome.warnings, lang);
  if (inference) {
    if (inference->median_interval) details["median_interval"] = interval_json(*inference->median_interval);
    for (const auto& w : inference->warnings) warnings.push_back(notice_json(w, lang));
  }
  json band = nullptr;
  if (e.band)
    band = {{"id", std::string(e.band->id)},
            {"label", std::string(lang == Lang::it ? e.band->label.it : e.band->label.en)},
            {"tone", std::string(tone_id(e.band->tone))}};
  json out = {{"ok", true},
              {"metric", std::string(e.metric->id)},
              {"variant", std::string(e.variant->id)},
              {"value", number_json(e.outcome.value)},
              {"unit", std::string(unit_id(e.outcome.unit.value_or(e.metric->unit)))},
              {"details", std::move(details)},
              {"band", std::move(band)},
              {"warnings", std::move(warnings)},
              {"formula", lang == Lang::it ? e.outcome.formula.it() : e.outcome.formula.en()}};
  if (!e.metric->unit_label.en.empty())
    out["unit_label"] = std::string(lang == Lang::it ? e.metric->unit_label.it : e.metric->unit_label.en);
  if (inference && inference->interval) out["interval"] = interval_json(*inference->interval);
  return out;
}

namespace {

json input_json(const InputSpec& i) {
  json in = {{"name", std::string(i.name)},
             {"kind", std::string(input_kind_id(i.kind))},
             {"label", localized_json(i.label)},
             {"help", localized_json(i.help)},
             {"min", bound_json(i.min)},
             {"max", bound_json(i.max)},
             {"integer", i.kind == InputKind::count || i.kind == InputKind::scores || i.kind == InputKind::counts}};
  if (!i.choices.empty()) {
    json choices = json::array();
    for (auto c : i.choices) choices.push_back(std::string(c));
    in["choices"] = std::move(choices);
  }
  in["default"] = i.default_value.empty() ? json(nullptr) : json(std::string(i.default_value));
  return in;
}

// What a metric's plans ask for; null when its results have no sample to plan.
json plan_json(EstimandKind family) {
  const inference::PlanForm form = inference::plan_form(family);
  if (form.inputs.empty()) return nullptr;
  json inputs = json::array(), target = json::array();
  for (const InputSpec& i : form.inputs) inputs.push_back(input_json(i));
  for (const InputSpec& i : form.target) target.push_back(input_json(i));
  return {{"sample_size", {{"help", localized_json(form.help)}, {"inputs", std::move(inputs)}}},
          {"promoters_needed", form.target.empty() ? json(nullptr) : json{{"inputs", std::move(target)}}}};
}

}  // namespace

json catalogue_json() {
  json groups = json::array();
  for (Group g : {Group::survey, Group::retention, Group::engagement, Group::support})
    groups.push_back({{"id", std::string(group_id(g))}, {"name", localized_json(group_name(g))}});
  json metrics = json::array();
  for (const MetricSpec& m : polso::catalogue()) {
    json inputs = json::array();
    for (const InputSpec& i : m.inputs) inputs.push_back(input_json(i));
    json variants = json::array();
    for (const VariantSpec& v : m.variants) {
      json req = json::array(), opt = json::array();
      for (auto r : v.required) req.push_back(std::string(r));
      for (auto o : v.optional) opt.push_back(std::string(o));
      variants.push_back({{"id", std::string(v.id)}, {"label", localized_json(v.label)},
                          {"required", std::move(req)}, {"optional", std::move(opt)}});
    }
    json bands = json::array();
    for (const BandSpec& b : m.bands) {
      json band = {{"id", std::string(b.id)}, {"label", localized_json(b.label)},
                   {"tone", std::string(tone_id(b.tone))}, {"low", bound_json(b.low)},
                   {"high", bound_json(b.high)}, {"low_inclusive", b.low_inclusive},
                   {"high_inclusive", b.high_inclusive}, {"on", std::string(b.on)}};
      if (!b.when_input.empty())
        band["when"] = {{"input", std::string(b.when_input)}, {"value", std::string(b.when_value)}};
      bands.push_back(std::move(band));
    }
    json metric = {{"id", std::string(m.id)},
                   {"group", std::string(group_id(m.group))},
                   {"name", localized_json(m.name)},
                   {"aliases", localized_json(m.aliases)},
                   {"help", localized_json(m.help)},
                   {"formula", localized_json(m.formula)},
                   {"unit", std::string(unit_id(m.unit))},
                   {"better", std::string(better_id(m.better))},
                   {"inputs", std::move(inputs)},
                   {"variants", std::move(variants)},
                   {"bands", std::move(bands)}};
    metric["unit_label"] = m.unit_label.en.empty() ? json(nullptr) : localized_json(m.unit_label);
    metric["estimand"] = std::string(estimand_kind_id(m.estimand.kind));
    metric["range"] = {{"low", bound_json(m.range.low)}, {"high", bound_json(m.range.high)}};
    metric["plan"] = plan_json(m.estimand.kind);
    metrics.push_back(std::move(metric));
  }
  return {{"version", POLSO_VERSION}, {"groups", std::move(groups)}, {"metrics", std::move(metrics)}};
}

std::string response_text(const json& response) {
  return response.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace polso::api
