#include "api/dataset_options.hpp"

#include <algorithm>
#include <limits>

#include "api/interval_options.hpp"
#include "api/json_response.hpp"
#include "core/problems.hpp"

namespace polso::api {
namespace {

std::optional<char> delimiter_from(std::string_view s) {
  if (s == "\\t" || s == "tab" || s == "\t") return '\t';
  if (s == "comma") return ',';
  if (s == "semicolon") return ';';
  if (s == "pipe") return '|';
  if (s.size() == 1 && s[0] != '"' && s[0] != '\n' && s[0] != '\r') return s[0];
  return std::nullopt;
}

std::string delimiter_name(char c) { return std::string(1, c); }

}  // namespace

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
  const std::string s = it->is_string() ? it->get<std::string>() : "";
  if (it->is_number_integer()) v = it->get<long long>();
  // Digits only: a long run (1000000, or 40 digits) is a whole number out of
  // range, not "not a whole number"; 10 digits or more is past any range.
  else if (!s.empty() && s.find_first_not_of("0123456789") == std::string::npos)
    v = s.size() > 9 ? std::numeric_limits<long long>::max() : std::stoll(s);
  else return option_error(key, "“" + std::string(key) + "” must be a whole number.", "“" + std::string(key) + "” deve essere un numero intero.");
  if (v < lo || v > hi)
    return option_error(key, "“" + std::string(key) + "” must be between " + std::to_string(lo) + " and " + std::to_string(hi) + ".",
                        "“" + std::string(key) + "” deve essere tra " + std::to_string(lo) + " e " + std::to_string(hi) + ".");
  return std::optional<int>(static_cast<int>(v));
}

Expected<std::optional<double>> number_option(const json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return std::optional<double>();
  double v = -1;
  if (it->is_number()) v = it->get<double>();
  else if (it->is_string()) {
    const std::string s = it->get<std::string>();
    char* end = nullptr;
    v = std::strtod(s.c_str(), &end);
    if (s.empty() || *end != '\0') v = -1;
  }
  if (!(v >= 0) || v > 1e15)
    return option_error(key, "“" + std::string(key) + "” must be a number of 0 or more.",
                        "“" + std::string(key) + "” deve essere un numero maggiore o uguale a 0.");
  return std::optional<double>(v);
}

Expected<datasets::TableOptions> table_options(const json& o) {
  datasets::TableOptions out;
  auto& d = out.dialect;
  if (auto s = text_option(o, "delimiter")) {
    auto c = delimiter_from(*s);
    if (!c) return option_error("delimiter", "The delimiter must be one character, such as , ; | or tab.",
                                "Il separatore deve essere un solo carattere, come , ; | o tab.");
    d.delimiter = *c;
  }
  if (auto s = text_option(o, "decimal")) {
    if (*s != "," && *s != ".") return option_error("decimal", "The decimal separator is “,” or “.”.", "Il separatore decimale è “,” o “.”.");
    d.decimal = (*s)[0];
    d.thousands = (*s)[0] == ',' ? '.' : ',';
  }
  if (auto s = text_option(o, "date_order")) {
    auto order = csv::parse_date_order(*s);
    if (!order || *order == csv::DateOrder::unknown)
      return option_error("date_order", "The date order is dmy, mdy or ymd.", "L’ordine delle date è dmy, mdy o ymd.");
    d.date_order = *order;
  }
  if (auto s = text_option(o, "encoding")) {
    auto enc = csv::parse_encoding_name(*s);
    if (!enc) return option_error("encoding", "The encoding is utf-8, windows-1252 or utf-16.", "La codifica è utf-8, windows-1252 o utf-16.");
    if (*enc != csv::Encoding::detect) d.encoding = *enc;
  }
  auto header_rows = int_option(o, "header_rows", 0, 3);
  if (!header_rows) return header_rows.error();
  if (*header_rows) d.header_rows = **header_rows;
  // Without evidence in the data, the language decides the day/month order.
  out.fallback_date_order =
      lang_from_tag(text_option(o, "lang").value_or("en")) == Lang::it ? csv::DateOrder::dmy : csv::DateOrder::mdy;
  return out;
}

Expected<csv::Period> period_option(const json& o) {
  auto p = text_option(o, "period");
  if (!p) return csv::Period::month;
  auto period = csv::parse_period(*p);
  if (!period) return option_error("period", "The period is day, week, month, quarter or year.",
                                   "Il periodo è day, week, month, quarter o year.");
  return *period;
}

Expected<inference::IntervalOptions> interval_options_of(const json& o) {
  // The contract reads these from a request's "options"; analyses get them flat.
  json wrapped = {{"options", json::object()}};
  if (auto c = o.find("confidence"); c != o.end()) {
    json level = *c;
    if (c->is_string()) {
      char* end = nullptr;
      const std::string s = c->get<std::string>();
      const double v = std::strtod(s.c_str(), &end);
      level = (!s.empty() && *end == '\0') ? json(v) : json(s);
    }
    wrapped["options"]["confidence"] = std::move(level);
  }
  if (auto m = o.find("interval_method"); m != o.end()) wrapped["options"]["interval_method"] = *m;
  return request_interval_options(wrapped);
}

void add_columns(json& report, std::initializer_list<NamedColumn> columns, Lang lang) {
  json names = json::object(), reasons = json::object();
  for (const auto& [role, c] : columns) {
    names[role] = c->found() ? json(c->name) : json(nullptr);
    json runners_up = json::array();
    for (const auto& r : c->runners_up) runners_up.push_back({{"index", r.index + 1}, {"name", r.name}});
    if (c->found())
      reasons[role] = {{"index", c->index + 1},
                       {"reason", lang == Lang::it ? c->reason_it : c->reason_en},
                       {"by_user", c->by_user},
                       {"runners_up", std::move(runners_up)}};
    else
      reasons[role] = runners_up.empty() ? json(nullptr) : json{{"index", nullptr}, {"runners_up", std::move(runners_up)}};
  }
  report["columns"] = std::move(names);
  report["column_reasons"] = std::move(reasons);
}

json profile_json(const datasets::ExportProfile* p, Lang lang) {
  if (!p) return nullptr;
  return {{"id", std::string(p->id)}, {"name", std::string(lang == Lang::it ? p->name_it : p->name_en)}};
}

Expected<json> with_column_roles(const json& o, std::span<const std::string_view> roles) {
  auto it = o.find("columns");
  if (it == o.end() || it->is_null()) return o;
  std::string known;
  for (std::string_view r : roles) known += (known.empty() ? "" : ", ") + std::string(r);
  if (!it->is_object())
    return option_error("columns", "“columns” maps a role to a column name, such as {\"score\": \"Q1\"}.",
                        "“columns” associa un ruolo al nome di una colonna, come {\"score\": \"Q1\"}.");
  json out = o;
  for (const auto& [role, name] : it->items()) {
    if (std::find(roles.begin(), roles.end(), role) == roles.end())
      return option_error("columns", "This kind of file has no column role " + problems::quoted(role) + ". The roles are: " + known + ".",
                          "Questo tipo di file non ha il ruolo di colonna " + problems::quoted(role) + ". I ruoli sono: " + known + ".");
    if (!name.is_string() && !name.is_number_integer())
      return option_error("columns", "The column for " + problems::quoted(role) + " must be a name or a number.",
                          "La colonna per " + problems::quoted(role) + " deve essere un nome o un numero.");
    const std::string key = role + "_column";
    if (out.contains(key) && out[key] != name)
      return option_error("columns", "The column for " + problems::quoted(role) + " is given twice, differently.",
                          "La colonna per " + problems::quoted(role) + " è indicata due volte, in modo diverso.");
    out[key] = name;
  }
  return out;
}

void add_table_sections(json& report, const datasets::TableStream& table, const datasets::RowAccounting& rows,
                        std::optional<csv::DateOrder> date_order, ReasonText reason_text, Lang lang) {
  report["rows"] = {{"read", rows.read()}, {"used", rows.used_rows()}, {"skipped", rows.skipped_rows()}};
  json reasons = json::object();
  for (const auto& [code, why] : rows.reasons()) {
    const Localized text = reason_text ? reason_text(code) : Localized{"", ""};
    reasons[code] = {{"count", why.count}, {"rows", why.first_rows},
                     {"message", std::string(lang == Lang::it ? text.it : text.en)}};
  }
  report["skipped_reasons"] = std::move(reasons);
  const csv::Dialect& d = table.dialect();
  report["dialect"] = {{"format", "csv"},
                       {"delimiter", delimiter_name(d.delimiter)},
                       {"decimal", std::string(1, d.decimal)},
                       {"encoding", std::string(csv::encoding_name(d.encoding))},
                       {"header_rows", d.header_rows},
                       {"date_order", date_order ? json(std::string(csv::date_order_name(*date_order))) : json(nullptr)}};
  report["headers"] = table.headers();
  report["preview"] = table.preview();
  report["bytes"] = table.bytes_read();

  // Warnings go last, after the sections a reader looks at first.
  json warnings = report.contains("warnings") ? report["warnings"] : json::array();
  report.erase("warnings");
  auto warn = [&](std::string code, std::string en, std::string it) {
    warnings.push_back(notice_json(problems::note(code, "", {en, it}), lang));
  };
  if (table.ragged_rows() > 0)
    warn("ragged_rows",
         std::to_string(table.ragged_rows()) + " rows have more or fewer cells than the header; missing cells were read as empty and extra cells ignored.",
         std::to_string(table.ragged_rows()) + " righe hanno più o meno celle dell’intestazione; le celle mancanti sono state lette come vuote e quelle in più ignorate.");
  if (d.encoding == csv::Encoding::windows1252 && table.encoding_was_guessed())
    warn("not_utf8", "The file is not UTF-8, so it was read as Windows-1252 (Excel’s Western European encoding).",
         "Il file non è UTF-8, quindi è stato letto come Windows-1252 (la codifica dell’Europa occidentale di Excel).");
  if (table.replaced_characters() > 0)
    warn("invalid_characters",
         std::to_string(table.replaced_characters()) + " byte sequences are not valid text in the file’s encoding and were replaced with “�”; check the file’s encoding or whether it is damaged.",
         std::to_string(table.replaced_characters()) + " sequenze di byte non sono testo valido nella codifica del file e sono state sostituite con “�”; controlla la codifica del file o se è danneggiato.");
  if (table.nul_bytes() > 0)
    warn("nul_bytes",
         "The file contains " + std::to_string(table.nul_bytes()) + " NUL bytes, which text files do not have; it may be binary, damaged or saved as UTF-16 without a byte order mark.",
         "Il file contiene " + std::to_string(table.nul_bytes()) + " byte NUL, che i file di testo non hanno; potrebbe essere binario, danneggiato o salvato in UTF-16 senza BOM.");
  report["warnings"] = std::move(warnings);
}

}  // namespace polso::api
