// The survey dataset through the JSON door: options → SurveyAnalysis, and
// its aggregate → the survey report of docs/api.md.
#include "api/dataset_options.hpp"
#include "api/dataset_session.hpp"
#include "api/json_response.hpp"
#include "core/datasets/survey_analysis.hpp"
#include "core/datasets/survey_report.hpp"
#include "core/problems.hpp"

namespace polso::api {
namespace {

Localized survey_reason(const std::string& code) {
  if (code == "blank") return {"The score cell is empty.", "La cella del punteggio è vuota."};
  if (code == "not_a_number") return {"The score is not a number.", "Il punteggio non è un numero."};
  if (code == "out_of_range") return {"The score is outside the survey's scale.", "Il punteggio è fuori dalla scala del sondaggio."};
  if (code == "blank_date") return {"The date cell is empty.", "La cella della data è vuota."};
  if (code == "not_a_date") return {"The date could not be read.", "La data non è leggibile."};
  if (code == "ambiguous_date") return {"The date could be day-first or month-first.", "La data può essere giorno/mese o mese/giorno."};
  if (code == "bad_count") return {"The count is not a whole number of 0 or more.", "Il conteggio non è un numero intero di 0 o più."};
  return {"The row could not be used.", "La riga non è utilizzabile."};
}

json group_json(const char* key_name, const datasets::GroupResult& g, Lang lang) {
  const json full = success_json(g.evaluation, lang);
  return {{key_name, g.key}, {"value", full["value"]}, {"n", full["details"]["n"]},
          {"band", full["band"]}, {"details", full["details"]}};
}

class SurveySession final : public DatasetSession {
 public:
  explicit SurveySession(datasets::SurveyAnalysisOptions o) : analysis_(std::move(o)) {}

  std::optional<Error> feed(std::string_view bytes) override { return analysis_.feed(bytes); }
  std::optional<Error> finish() override { return analysis_.finish(); }
  const datasets::TableStream& table() const override { return analysis_.table(); }
  std::uint64_t rows_read() const override { return analysis_.aggregate().rows().read(); }

  Expected<json> report(Lang lang) const override {
    const auto& a = analysis_;
    auto r = datasets::survey_report(a.aggregate(), a.options().metric);
    if (!r) return r.error();
    const json overall = success_json(r->overall, lang);
    json report = {{"ok", true},
                   {"dataset", a.options().pre_aggregated ? "survey-counts" : "survey"},
                   {"metric", overall["metric"]},
                   {"value", overall["value"]},
                   {"unit", overall["unit"]},
                   {"n", overall["details"]["n"]},
                   {"details", overall["details"]},
                   {"band", overall["band"]},
                   {"formula", overall["formula"]}};
    json periods = json::array(), segments = json::array();
    for (const auto& g : r->periods) periods.push_back(group_json("period", g, lang));
    for (const auto& g : r->segments) segments.push_back(group_json("segment", g, lang));
    report["periods"] = std::move(periods);
    report["segments"] = std::move(segments);
    const auto& c = a.columns();
    report["columns"] = {{"score", column_json(c.score)}, {"date", column_json(c.date)}, {"segment", column_json(c.segment)}};
    if (a.options().pre_aggregated) report["columns"]["count"] = column_json(c.count);
    report["column_reasons"] = {{"score", column_reason_json(c.score, lang)},
                                {"date", column_reason_json(c.date, lang)},
                                {"segment", column_reason_json(c.segment, lang)}};
    report["warnings"] = overall["warnings"];
    if (a.aggregate().segments_capped())
      report["warnings"].push_back(notice_json(
          problems::note("too_many_segments", "",
                         {"The segment column has more than 1,000 different values; the rest are grouped as “(other)”.",
                          "La colonna dei segmenti ha più di 1.000 valori diversi; gli altri sono raggruppati in “(other)”."}),
          lang));
    add_table_sections(report, a.table(), a.aggregate().rows(),
                       c.date.found() && !a.options().pre_aggregated ? std::optional(a.date_order()) : std::nullopt,
                       survey_reason, lang);
    return report;
  }

 private:
  datasets::SurveyAnalysis analysis_;
};

}  // namespace

Expected<std::unique_ptr<DatasetSession>> make_survey_session(const json& o, bool pre_aggregated) {
  datasets::SurveyAnalysisOptions options;
  options.pre_aggregated = pre_aggregated;
  auto scale = int_option(o, "scale", 1, 10);
  if (!scale) return scale.error();
  auto threshold = int_option(o, "threshold", 0, 10);
  if (!threshold) return threshold.error();
  auto metric = datasets::make_survey_metric(text_option(o, "metric").value_or("nps"), *scale, *threshold,
                                             text_option(o, "method").value_or("mean"));
  if (!metric) return metric.error();
  options.metric = *metric;
  auto table = table_options(o);
  if (!table) return table.error();
  options.table = *table;
  auto period = period_option(o);
  if (!period) return period.error();
  options.period = *period;
  options.columns = {text_option(o, "score_column"), text_option(o, "date_column"),
                     text_option(o, "segment_column"), text_option(o, "count_column")};
  return std::unique_ptr<DatasetSession>(std::make_unique<SurveySession>(std::move(options)));
}

}  // namespace polso::api
