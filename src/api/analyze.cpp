#include "api/analyze.hpp"

#include <optional>

#include "api/json_request.hpp"
#include "api/json_response.hpp"
#include "core/datasets/survey_analysis.hpp"
#include "core/datasets/survey_report.hpp"
#include "core/problems.hpp"

namespace polso::api {
namespace {

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

Error option_error(std::string_view field, std::string en, std::string it) {
  return problems::invalid(field, "invalid_option", {en, it});
}

std::optional<std::string> text_option(const json& o, const char* key) {
  if (auto it = o.find(key); it != o.end()) {
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
  }
  return std::nullopt;
}

Expected<std::optional<int>> int_option(const json& o, const char* key, int lo, int hi) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return std::optional<int>();
  long long v = 0;
  if (it->is_number_integer()) v = it->get<long long>();
  else if (it->is_string() && !it->get<std::string>().empty() &&
           it->get<std::string>().find_first_not_of("0123456789") == std::string::npos &&
           it->get<std::string>().size() < 6)
    v = std::stoll(it->get<std::string>());
  else
    return option_error(key, "“" + std::string(key) + "” must be a whole number.", "“" + std::string(key) + "” deve essere un numero intero.");
  if (v < lo || v > hi)
    return option_error(key, "“" + std::string(key) + "” must be between " + std::to_string(lo) + " and " + std::to_string(hi) + ".",
                        "“" + std::string(key) + "” deve essere tra " + std::to_string(lo) + " e " + std::to_string(hi) + ".");
  return std::optional<int>(static_cast<int>(v));
}

std::optional<char> delimiter_from(std::string_view s) {
  if (s == "\\t" || s == "tab" || s == "\t") return '\t';
  if (s == "comma") return ',';
  if (s == "semicolon") return ';';
  if (s == "pipe") return '|';
  if (s.size() == 1 && s[0] != '"' && s[0] != '\n' && s[0] != '\r') return s[0];
  return std::nullopt;
}

Expected<datasets::SurveyAnalysisOptions> parse_options(const json& o) {
  datasets::SurveyAnalysisOptions out;
  const std::string dataset = text_option(o, "dataset").value_or("survey");
  if (dataset == "survey-counts" || dataset == "survey_counts") out.pre_aggregated = true;
  else if (dataset != "survey")
    return option_error("dataset", "The dataset “" + dataset + "” is not supported yet; use “survey” or “survey-counts”.",
                        "Il tipo di dati “" + dataset + "” non è ancora supportato; usa “survey” o “survey-counts”.");
  auto scale = int_option(o, "scale", 1, 10);
  if (!scale) return scale.error();
  auto threshold = int_option(o, "threshold", 0, 10);
  if (!threshold) return threshold.error();
  auto metric = datasets::make_survey_metric(text_option(o, "metric").value_or("nps"), *scale, *threshold,
                                             text_option(o, "method").value_or("mean"));
  if (!metric) return metric.error();
  out.metric = *metric;

  if (auto d = text_option(o, "delimiter")) {
    auto c = delimiter_from(*d);
    if (!c) return option_error("delimiter", "The delimiter must be one character, such as , ; | or tab.",
                                "Il separatore deve essere un solo carattere, come , ; | o tab.");
    out.dialect.delimiter = *c;
  }
  if (auto d = text_option(o, "decimal")) {
    if (*d != "," && *d != ".") return option_error("decimal", "The decimal separator is “,” or “.”.", "Il separatore decimale è “,” o “.”.");
    out.dialect.decimal = (*d)[0];
    out.dialect.thousands = (*d)[0] == ',' ? '.' : ',';
  }
  if (auto d = text_option(o, "date_order")) {
    auto order = csv::parse_date_order(*d);
    if (!order || *order == csv::DateOrder::unknown)
      return option_error("date_order", "The date order is dmy, mdy or ymd.", "L’ordine delle date è dmy, mdy o ymd.");
    out.dialect.date_order = *order;
  }
  if (auto e = text_option(o, "encoding")) {
    auto enc = csv::parse_encoding_name(*e);
    if (!enc) return option_error("encoding", "The encoding is utf-8, windows-1252 or utf-16.", "La codifica è utf-8, windows-1252 o utf-16.");
    if (*enc != csv::Encoding::detect) out.dialect.encoding = *enc;
  }
  auto header_rows = int_option(o, "header_rows", 0, 3);
  if (!header_rows) return header_rows.error();
  if (*header_rows) out.dialect.header_rows = **header_rows;
  if (auto p = text_option(o, "period")) {
    auto period = csv::parse_period(*p);
    if (!period) return option_error("period", "The period is day, week, month, quarter or year.",
                                     "Il periodo è day, week, month, quarter o year.");
    out.period = *period;
  }
  out.columns.score = text_option(o, "score_column");
  out.columns.date = text_option(o, "date_column");
  out.columns.segment = text_option(o, "segment_column");
  out.columns.count = text_option(o, "count_column");
  // Without evidence in the data, the language decides the day/month order.
  out.fallback_date_order = text_option(o, "lang").value_or("en").rfind("it", 0) == 0 ? csv::DateOrder::dmy
                                                                                       : csv::DateOrder::mdy;
  if (auto f = text_option(o, "date_order_fallback"))
    if (auto order = csv::parse_date_order(*f)) out.fallback_date_order = *order;
  return out;
}

Localized reason_text(const std::string& code) {
  if (code == "blank") return {"The score cell is empty.", "La cella del punteggio è vuota."};
  if (code == "not_a_number") return {"The score is not a number.", "Il punteggio non è un numero."};
  if (code == "out_of_range") return {"The score is outside the survey's scale.", "Il punteggio è fuori dalla scala del sondaggio."};
  if (code == "blank_date") return {"The date cell is empty.", "La cella della data è vuota."};
  if (code == "not_a_date") return {"The date could not be read.", "La data non è leggibile."};
  if (code == "ambiguous_date") return {"The date could be day-first or month-first.", "La data può essere giorno/mese o mese/giorno."};
  if (code == "empty_row") return {"The row is empty.", "La riga è vuota."};
  if (code == "bad_count") return {"The count is not a whole number of 0 or more.", "Il conteggio non è un numero intero di 0 o più."};
  return {"The row could not be used.", "La riga non è utilizzabile."};
}

json group_json(const char* key_name, const datasets::GroupResult& g, Lang lang) {
  const json full = success_json(g.evaluation, lang);
  return {{key_name, g.key}, {"value", full["value"]}, {"n", full["details"]["n"]},
          {"band", full["band"]}, {"details", full["details"]}};
}

json column_json(const datasets::ResolvedColumn& c) {
  if (c.index < 0) return nullptr;
  return c.name;
}

json column_reason_json(const datasets::ResolvedColumn& c, Lang lang) {
  if (c.index < 0) return nullptr;
  return {{"index", c.index + 1}, {"reason", lang == Lang::it ? c.reason_it : c.reason_en}};
}

std::string delimiter_name(char c) { return c == '\t' ? "\t" : std::string(1, c); }

json report_json(const datasets::SurveyAnalysis& a, const datasets::SurveyReport& r, Lang lang, bool counts) {
  json out = success_json(r.overall, lang);
  json report = json::object();
  report["ok"] = true;
  report["dataset"] = counts ? "survey-counts" : "survey";
  report["metric"] = out["metric"];
  report["value"] = out["value"];
  report["unit"] = out["unit"];
  report["n"] = out["details"]["n"];
  report["details"] = out["details"];
  report["band"] = out["band"];
  report["formula"] = out["formula"];
  json periods = json::array(), segments = json::array();
  for (const auto& g : r.periods) periods.push_back(group_json("period", g, lang));
  for (const auto& g : r.segments) segments.push_back(group_json("segment", g, lang));
  report["periods"] = std::move(periods);
  report["segments"] = std::move(segments);
  const auto& rows = a.aggregate().rows();
  report["rows"] = {{"read", rows.read()}, {"used", rows.used_rows()}, {"skipped", rows.skipped_rows()}};
  json reasons = json::object();
  for (const auto& [code, why] : rows.reasons()) {
    const Localized text = reason_text(code);
    reasons[code] = {{"count", why.count}, {"rows", why.first_rows},
                     {"message", std::string(lang == Lang::it ? text.it : text.en)}};
  }
  report["skipped_reasons"] = std::move(reasons);
  const auto& c = a.columns();
  report["columns"] = {{"score", column_json(c.score)}, {"date", column_json(c.date)},
                       {"segment", column_json(c.segment)}};
  if (counts) report["columns"]["count"] = column_json(c.count);
  report["column_reasons"] = {{"score", column_reason_json(c.score, lang)}, {"date", column_reason_json(c.date, lang)},
                              {"segment", column_reason_json(c.segment, lang)}};
  const csv::Dialect& d = a.dialect();
  report["dialect"] = {{"delimiter", delimiter_name(d.delimiter)},
                       {"decimal", std::string(1, d.decimal)},
                       {"encoding", std::string(csv::encoding_name(d.encoding))},
                       {"header_rows", d.header_rows},
                       {"date_order", c.date.index >= 0 ? json(std::string(csv::date_order_name(a.date_order()))) : json(nullptr)}};
  report["headers"] = a.headers();
  report["preview"] = a.preview();
  report["bytes"] = a.bytes_read();

  json warnings = out["warnings"];
  auto warn = [&](std::string code, std::string en, std::string it) {
    warnings.push_back(notice_json(problems::note(code, "", {en, it}), lang));
  };
  if (a.aggregate().segments_capped())
    warn("too_many_segments",
         "The segment column has more than 1,000 different values; the rest are grouped as “(other)”.",
         "La colonna dei segmenti ha più di 1.000 valori diversi; gli altri sono raggruppati in “(other)”.");
  if (a.field_count_mismatches() > 0)
    warn("ragged_rows",
         std::to_string(a.field_count_mismatches()) + " rows have more or fewer cells than the header; missing cells were read as empty and extra cells ignored.",
         std::to_string(a.field_count_mismatches()) + " righe hanno più o meno celle dell’intestazione; le celle mancanti sono state lette come vuote e quelle in più ignorate.");
  if (d.encoding == csv::Encoding::windows1252 && !a.options().dialect.encoding)
    warn("not_utf8", "The file is not UTF-8, so it was read as Windows-1252 (Excel’s Western European encoding).",
         "Il file non è UTF-8, quindi è stato letto come Windows-1252 (la codifica dell’Europa occidentale di Excel).");
  report["warnings"] = std::move(warnings);
  return report;
}

}  // namespace

struct Analysis::State {
  Lang lang = Lang::en;
  std::optional<datasets::SurveyAnalysis> analysis;
  std::optional<Error> error;
};

Analysis::Analysis(std::string_view options_json) : state_(std::make_unique<State>()) {
  auto parsed = parse_request(options_json.empty() ? std::string_view("{}") : options_json);
  if (!parsed) {
    state_->error = parsed.error();
    return;
  }
  state_->lang = request_lang(*parsed) == Lang::it || parsed->value("lang", "en").rfind("it", 0) == 0 ? Lang::it : Lang::en;
  auto options = parse_options(*parsed);
  if (!options) {
    state_->error = options.error();
    return;
  }
  state_->analysis.emplace(std::move(options.value()));
}

Analysis::~Analysis() = default;

std::string Analysis::feed(std::string_view bytes) {
  if (!state_->error) state_->error = state_->analysis->feed(bytes);
  return state_->error ? dump(failure_json(*state_->error, state_->lang)) : std::string();
}

std::string Analysis::finish() {
  if (!state_->error) state_->error = state_->analysis->finish();
  if (state_->error) return dump(failure_json(*state_->error, state_->lang));
  const auto& a = *state_->analysis;
  auto report = datasets::survey_report(a.aggregate(), a.options().metric);
  if (!report) return dump(failure_json(report.error(), state_->lang));
  return dump(report_json(a, *report, state_->lang, a.options().pre_aggregated));
}

std::string Analysis::progress() const {
  if (!state_->analysis) return "{\"bytes\":0,\"rows\":0}";
  return dump(json{{"bytes", state_->analysis->bytes_read()}, {"rows", state_->analysis->aggregate().rows().read()}});
}

}  // namespace polso::api
