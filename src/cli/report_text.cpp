#include "cli/report_text.hpp"

#include <cmath>

#include "core/catalogue.hpp"
#include "core/inference/verdict.hpp"
#include "core/number_format.hpp"

namespace polso::cli {
namespace {

std::string w(Lang lang, const char* en, const char* it) { return lang == Lang::it ? it : en; }

const json& at(const json& j, const char* key) {
  static const json null;
  if (!j.is_object()) return null;
  auto it = j.find(key);
  return it == j.end() ? null : *it;
}
std::string str(const json& j, const char* key) {
  const json& v = at(j, key);
  return v.is_string() ? v.get<std::string>() : std::string();
}

// A figure, rounded as the page rounds (format_number: half up on the
// shortest decimal); "—" when the report has none.
std::string num(const json& v, Lang lang, int decimals = 2) {
  return v.is_number() ? format_number(v.get<double>(), lang, decimals) : "—";
}
std::string raw(const json& v) {
  if (v.is_null()) return "";
  return v.is_string() ? v.get<std::string>() : v.dump();
}
Cell cell(const json& v, Lang lang, int decimals = 2, const std::string& suffix = "") {
  const std::string t = num(v, lang, decimals);
  return {t == "—" ? t : t + suffix, raw(v)};
}
Cell text_cell(const std::string& s) { return {s, s}; }

// An interval end never reads a bare "0" unless it is 0: more decimals until
// its sign shows, as the verdicts do.
std::string end(double x, Lang lang) {
  int d = 1;
  std::string s = format_number(x, lang, d);
  while (x != 0 && d < 12 && (s == "0" || s == "−0")) s = format_number(x, lang, ++d);
  return s;
}
std::string interval_text(const json& iv, Lang lang) {
  if (!at(iv, "low").is_number() || !at(iv, "high").is_number()) return "";
  const std::string low = end(iv["low"].get<double>(), lang), high = end(iv["high"].get<double>(), lang);
  return lang == Lang::it ? "da " + low + " a " + high : low + " to " + high;
}
std::string level_label(const json& iv, Lang lang) {
  const double level = at(iv, "level").is_number() ? iv["level"].get<double>() : 0.95;
  const std::string pct = format_number(level * 100, lang, 1) + "%";
  return lang == Lang::it ? "IC " + pct : pct + " CI";
}
// The interval's method as words: the page says the same (web/i18n/stats-*.js).
std::string method_words(const std::string& m, Lang lang) {
  if (m == "adjusted_wald") return w(lang, "adjusted Wald", "Wald corretto");
  if (m == "wald") return "Wald";
  if (m == "wilson") return "Wilson";
  if (m == "t") return w(lang, "Student’s t", "t di Student");
  if (m == "bootstrap") return "bootstrap";
  if (m == "newcombe") return "Newcombe";
  if (m == "welch_t") return w(lang, "Welch’s t", "t di Welch");
  if (m == "order_statistic") return w(lang, "order statistics", "statistiche d’ordine");
  return "";
}

std::string unit_suffix(const std::string& unit, Lang lang) {
  if (unit == "percent") return "%";
  if (unit == "points") return w(lang, " points", " punti");
  if (unit == "percentage_points") return w(lang, " percentage points", " punti percentuali");
  if (unit == "seconds") return " s";
  return "";
}

std::string metric_name(const std::string& id, Lang lang) {
  const MetricSpec* m = find_metric(id);
  if (!m) return id;
  return std::string(lang == Lang::it ? m->name.it : m->name.en);
}

// A column header: the abbreviation the name ends with, "NPS" for
// "Net Promoter Score (NPS)", else the whole name.
std::string metric_short(const std::string& id, Lang lang) {
  const std::string name = metric_name(id, lang);
  const auto open = name.rfind(" (");
  if (name.empty() || name.back() != ')' || open == std::string::npos) return name;
  return name.substr(open + 2, name.size() - open - 3);
}

// "0.793", "< 0.001": the p of the verdicts (format_p), in a column whose
// header says "p".
std::string p_text(const json& vs, const json& iv, Lang lang) {
  if (!at(vs, "p_value").is_number()) return "";
  const double level = at(iv, "level").is_number() ? iv["level"].get<double>() : 0.95;
  std::string s = inference::format_p(vs["p_value"].get<double>(), lang, 1 - level);
  if (s.rfind("p = ", 0) == 0) s = s.substr(4);
  else if (s.rfind("p ", 0) == 0) s = s.substr(2);
  return s;
}

// Durations in seconds as a person reads them: "45 s", "3.5 min", "2 h", "1.5 d".
std::string duration(const json& v, Lang lang) {
  if (!v.is_number()) return "—";
  const double s = v.get<double>();
  if (std::fabs(s) < 120) return format_number(s, lang, 1) + " s";
  if (std::fabs(s) < 2 * 3600) return format_number(s / 60, lang, 1) + " min";
  if (std::fabs(s) < 2 * 86400) return format_number(s / 3600, lang, 1) + " h";
  return format_number(s / 86400, lang, 1) + w(lang, " d", " g");
}
Cell duration_cell(const json& v, Lang lang) { return {duration(v, lang), raw(v)}; }

std::string period_words(const std::string& p, Lang lang) {
  if (p == "day") return w(lang, "day", "giorno");
  if (p == "week") return w(lang, "week", "settimana");
  if (p == "month") return w(lang, "month", "mese");
  if (p == "quarter") return w(lang, "quarter", "trimestre");
  if (p == "year") return w(lang, "year", "anno");
  return p;
}

std::string tables_text(const std::vector<Table>& tables) {
  std::string out;
  for (const auto& t : tables)
    if (!t.rows.empty()) out += "\n" + table_text(t);
  return out;
}

// ---- survey -------------------------------------------------------------

std::string change_text(const json& vs, const std::string& unit, Lang lang) {
  if (!at(vs, "difference").is_number()) return "";
  const double d = vs["difference"].get<double>();
  std::string s = (d > 0 ? "+" : "") + end(d, lang);
  if (unit == "percent") s += w(lang, " pts", " punti");
  const bool sig = at(vs, "significant").is_boolean() && vs["significant"].get<bool>();
  std::string tone = str(vs, "tone");
  s += sig ? (tone == "bad" ? w(lang, " (significant, worse)", " (significativo, peggiore)")
                            : tone == "good" ? w(lang, " (significant, better)", " (significativo, migliore)")
                                             : w(lang, " (significant)", " (significativo)"))
           : w(lang, " (could be chance)", " (può essere il caso)");
  return s;
}

Table survey_table(const json& r, const char* key, const char* vs_key, Lang lang) {
  const std::string unit = str(r, "unit");
  const std::string metric = metric_short(str(r, "metric"), lang);
  Table t;
  t.id = key;
  const bool periods = std::string(key) == "periods";
  const std::string seg_col = str(at(r, "columns"), "segment");
  t.title = periods ? w(lang, "Periods", "Periodi") + (at(r, "period").is_string() ? " (" + period_words(str(r, "period"), lang) + ")" : "")
                    : w(lang, "Segments", "Segmenti") + (seg_col.empty() ? "" : " (" + seg_col + ")");
  const json& rows = at(r, key);
  const json& first_iv = rows.is_array() && !rows.empty() ? at(rows[0], "interval") : json();
  t.columns = {{periods ? "period" : "segment", periods ? w(lang, "Period", "Periodo") : w(lang, "Segment", "Segmento")},
               {"value", metric, true},
               {"n", w(lang, "Answers", "Risposte"), true},
               {"interval_low", level_label(first_iv, lang), false, "interval_high"},
               {"band", w(lang, "Band", "Fascia")},
               {"change", periods ? w(lang, "Change vs previous", "Variazione sul precedente")
                                  : w(lang, "Against everyone else", "Rispetto a tutti gli altri")},
               {"p_value", "p", true}};
  if (!rows.is_array()) return t;
  for (const auto& row : rows) {
    const json& vs = at(row, vs_key);
    const json& iv = at(row, "interval");
    t.rows.push_back({text_cell(str(row, periods ? "period" : "segment")),
                      cell(at(row, "value"), lang, 2, unit == "percent" ? "%" : ""),
                      cell(at(row, "n"), lang, 0),
                      {interval_text(iv, lang),
                       raw(at(iv, "low")), raw(at(iv, "high"))},
                      {str(at(row, "band"), "label"), str(at(row, "band"), "id")},
                      {change_text(vs, unit, lang), raw(at(vs, "difference"))},
                      {p_text(vs, at(vs, "interval"), lang), raw(at(vs, "p_value"))}});
  }
  return t;
}

std::string survey_headline(const json& r, Lang lang) {
  const std::string unit = str(r, "unit");
  std::string out = metric_name(str(r, "metric"), lang) + ": " + num(at(r, "value"), lang) + unit_suffix(unit, lang);
  if (at(r, "band").is_object()) out += " — " + str(r["band"], "label");
  out += "\n";
  const json& iv = at(r, "interval");
  if (!interval_text(iv, lang).empty()) {
    out += "  " + level_label(iv, lang) + ": " + interval_text(iv, lang);
    const std::string m = method_words(str(iv, "method"), lang);
    if (!m.empty()) out += " (" + m + ")";
    out += "\n";
  }
  const json& d = at(r, "details");
  out += "  " + num(at(r, "n"), lang, 0) + w(lang, " answers", " risposte");
  if (at(d, "promoters").is_number())
    out += ": " + num(d["promoters"], lang, 0) + w(lang, " promoters, ", " promotori, ") + num(d["passives"], lang, 0) +
           w(lang, " passives, ", " passivi, ") + num(d["detractors"], lang, 0) + w(lang, " detractors", " detrattori");
  out += "\n";
  if (!str(r, "formula").empty()) out += "  " + str(r, "formula") + "\n";
  if (!str(r, "metric_reason").empty()) out += "  " + str(r, "metric_reason") + "\n";
  return out;
}

// ---- orders -------------------------------------------------------------

struct Field {
  const char* key;
  const char* en;
  const char* it;
  enum Kind { count, money, percent, number, text } kind;
};

constexpr Field kOrderSummary[] = {
    {"customers", "Customers", "Clienti", Field::count},
    {"orders", "Orders", "Ordini", Field::count},
    {"refunds", "Refunds", "Rimborsi", Field::count},
    {"revenue", "Revenue", "Ricavi", Field::money},
    {"first_order", "First order", "Primo ordine", Field::text},
    {"last_order", "Last order", "Ultimo ordine", Field::text},
    {"repeat_purchase_rate", "Repeat purchase rate", "Tasso di riacquisto", Field::percent},
    {"average_purchase_value", "Average purchase value", "Valore medio d’acquisto", Field::money},
    {"purchase_frequency", "Orders per customer per year", "Ordini per cliente all’anno", Field::number},
    {"lifespan_years", "Customer lifespan (years)", "Durata del cliente (anni)", Field::number},
    {"historical_clv", "Historical CLV", "CLV storico", Field::money},
    {"monthly_churn_rate", "Monthly churn rate", "Tasso di abbandono mensile", Field::percent},
    {"monthly_revenue_per_customer", "Monthly revenue per customer", "Ricavo mensile per cliente", Field::money},
    {"predicted_clv", "Predicted CLV", "CLV previsto", Field::money},
    {"payback_months", "CAC payback (months)", "Rientro del CAC (mesi)", Field::number},
};

std::string field_value(const json& v, Field::Kind kind, Lang lang) {
  if (kind == Field::text) return v.is_string() ? v.get<std::string>() : "—";
  if (kind == Field::count) return num(v, lang, 0);
  if (kind == Field::percent) return v.is_number() ? num(v, lang, 1) + "%" : "—";
  return num(v, lang, 2);
}

std::string key_values(const json& obj, std::span<const Field> fields, Lang lang) {
  std::size_t wide = 0;
  for (const auto& f : fields)
    if (at(obj, f.key).is_number() || at(obj, f.key).is_string()) wide = std::max(wide, display_width(w(lang, f.en, f.it)));
  std::string out;
  for (const auto& f : fields) {
    const json& v = at(obj, f.key);
    if (!v.is_number() && !v.is_string()) continue;
    const std::string label = w(lang, f.en, f.it);
    out += "  " + label + ":" + std::string(wide + 1 - display_width(label), ' ') + field_value(v, f.kind, lang) + "\n";
  }
  return out;
}

std::vector<Table> order_tables(const json& r, Lang lang) {
  std::vector<Table> out;
  Table periods{"periods", w(lang, "Periods", "Periodi") + " (" + period_words(str(r, "period"), lang) + ")",
                {{"period", w(lang, "Period", "Periodo")},
                 {"customers_start", w(lang, "At start", "A inizio"), true},
                 {"new", w(lang, "New", "Nuovi"), true},
                 {"retained", w(lang, "Retained", "Mantenuti"), true},
                 {"reactivated", w(lang, "Back", "Tornati"), true},
                 {"lost", w(lang, "Lost", "Persi"), true},
                 {"active", w(lang, "Active", "Attivi"), true},
                 {"churn_rate", w(lang, "Churn", "Abbandono"), true},
                 {"retention_rate", w(lang, "Retention", "Fidelizzazione"), true},
                 {"orders", w(lang, "Orders", "Ordini"), true},
                 {"refunds", w(lang, "Refunds", "Rimborsi"), true},
                 {"revenue", w(lang, "Revenue", "Ricavi"), true}},
                {}};
  for (const auto& p : at(r, "periods"))
    periods.rows.push_back({text_cell(str(p, "period")), cell(at(p, "customers_start"), lang, 0),
                            cell(at(p, "new"), lang, 0), cell(at(p, "retained"), lang, 0),
                            cell(at(p, "reactivated"), lang, 0), cell(at(p, "lost"), lang, 0),
                            cell(at(p, "active"), lang, 0), cell(at(p, "churn_rate"), lang, 1, "%"),
                            cell(at(p, "retention_rate"), lang, 1, "%"), cell(at(p, "orders"), lang, 0),
                            cell(at(p, "refunds"), lang, 0), cell(at(p, "revenue"), lang, 2)});
  out.push_back(std::move(periods));
  Table segments{"segments", w(lang, "Customer segments (they overlap)", "Segmenti di clienti (si sovrappongono)"),
                 {{"segment", w(lang, "Segment", "Segmento")},
                  {"customers", w(lang, "Customers", "Clienti"), true},
                  {"revenue", w(lang, "Revenue", "Ricavi"), true},
                  {"revenue_share", w(lang, "Share of revenue", "Quota dei ricavi"), true}},
                 {}};
  const std::pair<const char*, std::string> names[] = {
      {"first_time", w(lang, "One order", "Un solo ordine")},
      {"loyal", w(lang, "Loyal (3+ orders in a year)", "Fedeli (3+ ordini in un anno)")},
      {"at_risk", w(lang, "At risk (no order in 90 days)", "A rischio (nessun ordine in 90 giorni)")}};
  for (const auto& [key, label] : names) {
    const json& s = at(at(r, "segments"), key);
    if (!s.is_object()) continue;
    segments.rows.push_back({{label, key}, cell(at(s, "customers"), lang, 0), cell(at(s, "revenue"), lang, 2),
                             cell(at(s, "revenue_share"), lang, 1, "%")});
  }
  out.push_back(std::move(segments));
  Table channels{"channels", w(lang, "Channels", "Canali"),
                 {{"channel", w(lang, "Channel", "Canale")},
                  {"orders", w(lang, "Orders", "Ordini"), true},
                  {"refunds", w(lang, "Refunds", "Rimborsi"), true},
                  {"revenue", w(lang, "Revenue", "Ricavi"), true}},
                 {}};
  for (const auto& c : at(r, "channels"))
    channels.rows.push_back({text_cell(str(c, "channel")), cell(at(c, "orders"), lang, 0),
                             cell(at(c, "refunds"), lang, 0), cell(at(c, "revenue"), lang, 2)});
  out.push_back(std::move(channels));
  Table cohorts{"cohorts", w(lang, "Cohorts: % still ordering k months after the first order",
                               "Coorti: % che ordina ancora k mesi dopo il primo ordine"),
                {{"cohort", w(lang, "Cohort", "Coorte")}, {"size", w(lang, "Customers", "Clienti"), true}},
                {}};
  for (const auto& m : at(at(r, "cohorts"), "months"))
    cohorts.columns.push_back({"month_" + raw(m), "+" + raw(m), true});
  for (const auto& row : at(at(r, "cohorts"), "rows")) {
    std::vector<Cell> cells{text_cell(str(row, "cohort")), cell(at(row, "size"), lang, 0)};
    for (const auto& x : at(row, "retention")) cells.push_back(cell(x, lang, 0, "%"));
    while (cells.size() < cohorts.columns.size()) cells.push_back({"", ""});
    cohorts.rows.push_back(std::move(cells));
  }
  out.push_back(std::move(cohorts));
  return out;
}

// ---- conversations ------------------------------------------------------

std::string within_target(const json& fr, Lang lang) {
  if (!at(fr, "within_target_pct").is_number()) return "—";
  return num(fr["within_target_pct"], lang, 1) + "%";
}

Table support_table(const json& rows, const char* id, const char* name_key, std::string title, std::string name_label,
                    Lang lang) {
  Table t{id, std::move(title),
          {{name_key, std::move(name_label)},
           {"conversations", w(lang, "Conversations", "Conversazioni"), true},
           {"unanswered", w(lang, "Unanswered", "Senza risposta"), true},
           {"first_response_median", w(lang, "First response (median)", "Prima risposta (mediana)"), true},
           {"within_target_pct", w(lang, "Within target", "Entro l’obiettivo"), true},
           {"resolution_median", w(lang, "Resolution (median)", "Risoluzione (mediana)"), true},
           {"fcr", "FCR", true},
           {"csat", "CSAT", true}},
          {}};
  for (const auto& row : rows) {
    const json& fr = at(row, "first_response");
    t.rows.push_back({text_cell(str(row, name_key)), cell(at(row, "conversations"), lang, 0),
                      cell(at(row, "unanswered"), lang, 0), duration_cell(at(fr, "median"), lang),
                      {within_target(fr, lang), raw(at(fr, "within_target_pct"))},
                      duration_cell(at(at(row, "resolution"), "median"), lang), cell(at(row, "fcr"), lang, 1, "%"),
                      cell(at(row, "csat"), lang, 1, "%")});
  }
  return t;
}

std::vector<Table> support_tables(const json& r, Lang lang) {
  std::vector<Table> out;
  out.push_back(support_table(at(r, "channels"), "channels", "channel", w(lang, "Channels", "Canali"),
                              w(lang, "Channel", "Canale"), lang));
  out.push_back(support_table(at(r, "agents"), "agents", "agent", w(lang, "Agents", "Operatori"),
                              w(lang, "Agent", "Operatore"), lang));
  Table volume{"volume", w(lang, "Conversations per period", "Conversazioni per periodo"),
               {{"period", w(lang, "Period", "Periodo")}, {"conversations", w(lang, "Conversations", "Conversazioni"), true}},
               {}};
  for (const auto& p : at(at(r, "volume"), "series"))
    volume.rows.push_back({text_cell(str(p, "period")), cell(at(p, "conversations"), lang, 0)});
  out.push_back(std::move(volume));
  return out;
}

std::string support_summary(const json& r, Lang lang) {
  const json& s = at(r, "summary");
  std::string out = w(lang, "Conversations: ", "Conversazioni: ") + num(at(s, "conversations"), lang, 0) + " (" +
                    num(at(s, "answered"), lang, 0) + w(lang, " answered, ", " con risposta, ") +
                    num(at(s, "resolved"), lang, 0) + w(lang, " resolved)\n", " risolte)\n");
  const json& fr = at(s, "first_response");
  if (at(fr, "n").is_number() && fr["n"].get<double>() > 0) {
    out += w(lang, "  First response: median ", "  Prima risposta: mediana ") + duration(at(fr, "median"), lang);
    if (at(fr, "within_target_pct").is_number())
      out += ", " + within_target(fr, lang) + w(lang, " within target", " entro l’obiettivo");
    out += w(lang, "; 90% within ", "; 90% entro ") + duration(at(fr, "p90"), lang) + w(lang, "; mean ", "; media ") +
           duration(at(fr, "mean"), lang) + "\n";
  }
  const json& res = at(s, "resolution");
  if (at(res, "n").is_number() && res["n"].get<double>() > 0)
    out += w(lang, "  Resolution: median ", "  Risoluzione: mediana ") + duration(at(res, "median"), lang) +
           w(lang, "; 90% within ", "; 90% entro ") + duration(at(res, "p90"), lang) + w(lang, "; mean ", "; media ") +
           duration(at(res, "mean"), lang) + "\n";
  auto rate = [&](const char* key, const char* en, const char* it) {
    const json& x = at(s, key);
    if (!at(x, "value").is_number()) return;
    out += "  " + w(lang, en, it) + ": " + num(x["value"], lang, 1) + "%";
    if (at(x, "band").is_object()) out += " — " + str(x["band"], "label");
    out += "\n";
  };
  rate("fcr", "First contact resolution", "Risoluzione al primo contatto");
  rate("self_service_rate", "Self-service", "Self-service");
  rate("csat", "CSAT", "CSAT");
  return out;
}

// ---- what was read ------------------------------------------------------

std::string delimiter_words(const std::string& d, Lang lang) {
  if (d == ",") return w(lang, "comma", "virgola");
  if (d == ";") return w(lang, "semicolon", "punto e virgola");
  if (d == "\t") return w(lang, "tab", "tabulazione");
  if (d == "|") return w(lang, "vertical bar", "barra verticale");
  return "“" + d + "”";
}
std::string date_order_words(const std::string& o, Lang lang) {
  if (o == "dmy") return w(lang, "day/month/year", "giorno/mese/anno");
  if (o == "mdy") return w(lang, "month/day/year", "mese/giorno/anno");
  if (o == "ymd") return w(lang, "year-month-day", "anno-mese-giorno");
  return o;
}

std::string read_section(const json& r, Lang lang) {
  std::string out = "\n" + w(lang, "What was read", "Cosa è stato letto") + "\n";
  if (at(r, "profile").is_object()) out += w(lang, "  Export: ", "  Esportazione: ") + str(r["profile"], "name") + "\n";
  std::string cols;
  if (at(r, "columns").is_object())
    for (const auto& [role, name] : r["columns"].items())
      if (name.is_string()) cols += (cols.empty() ? "" : ", ") + role + " = “" + name.get<std::string>() + "”";
  if (!cols.empty())
    out += w(lang, "  Columns: ", "  Colonne: ") + cols +
           w(lang, "\n    (to change one: --column ROLE=NAME)\n", "\n    (per cambiarne una: --column RUOLO=NOME)\n");
  const json& d = at(r, "dialect");
  if (d.is_object()) {
    out += w(lang, "  Separator: ", "  Separatore: ") + delimiter_words(str(d, "delimiter"), lang) +
           w(lang, "; decimals: “", "; decimali: “") + str(d, "decimal") + w(lang, "”; encoding: ", "”; codifica: ") +
           str(d, "encoding") + w(lang, "; header rows: ", "; righe di intestazione: ") + num(at(d, "header_rows"), lang, 0);
    if (!str(d, "date_order").empty()) out += w(lang, "; dates: ", "; date: ") + date_order_words(str(d, "date_order"), lang);
    out += "\n";
  }
  const json& rows = at(r, "rows");
  if (rows.is_object())
    out += w(lang, "  Rows: ", "  Righe: ") + num(at(rows, "read"), lang, 0) + w(lang, " read, ", " lette, ") +
           num(at(rows, "used"), lang, 0) + w(lang, " used, ", " usate, ") + num(at(rows, "skipped"), lang, 0) +
           w(lang, " skipped\n", " scartate\n");
  if (at(r, "skipped_reasons").is_object())
    for (const auto& [code, why] : r["skipped_reasons"].items()) {
      out += "    " + num(at(why, "count"), lang, 0) + " × " + str(why, "message");
      std::string list;
      std::size_t shown = 0;
      for (const auto& row : at(why, "rows"))
        if (shown++ < 10) list += (list.empty() ? "" : ", ") + num(row, lang, 0);
      if (!list.empty()) out += w(lang, " (rows ", " (righe ") + list + (shown > 10 ? ", …)" : ")");
      out += "\n";
    }
  return out;
}

std::string warnings_section(const json& warnings, Lang lang) {
  if (!warnings.is_array() || warnings.empty()) return "";
  std::string out = "\n" + w(lang, "Warnings", "Avvisi") + "\n";
  for (const auto& x : warnings) out += "  ! " + str(x, "message") + "\n";
  return out;
}

}  // namespace

std::string failure_text(const json& response, Lang lang) {
  std::string message = str(at(response, "error"), "message");
  if (message.empty()) message = w(lang, "the request was refused.", "la richiesta è stata rifiutata.");
  return w(lang, "Error: ", "Errore: ") + message + "\n";
}

std::vector<Table> analyze_tables(const json& r, Lang lang) {
  const std::string dataset = str(r, "dataset");
  if (dataset == "orders" || dataset == "orders-counts") return order_tables(r, lang);
  if (dataset == "conversations") return support_tables(r, lang);
  return {survey_table(r, "periods", "vs_previous", lang), survey_table(r, "segments", "vs_rest", lang)};
}

std::string analyze_text(const json& r, Lang lang) {
  if (!at(r, "ok").is_boolean() || !r["ok"].get<bool>()) return failure_text(r, lang);
  const std::string dataset = str(r, "dataset");
  std::string out;
  if (dataset == "orders" || dataset == "orders-counts") {
    out = w(lang, "Orders", "Ordini") + "\n" + key_values(at(r, "summary"), kOrderSummary, lang);
  } else if (dataset == "conversations") {
    out = support_summary(r, lang);
  } else {
    out = survey_headline(r, lang);
  }
  out += tables_text(analyze_tables(r, lang));
  out += read_section(r, lang);
  out += warnings_section(at(r, "warnings"), lang);
  return out;
}

std::vector<Table> compare_tables(const json& response, Lang lang) {
  const json& c = at(response, "comparison");
  const std::string unit = str(at(response, "a"), "unit");
  Table t{"sides", w(lang, "The two results", "I due risultati"),
          {{"side", w(lang, "Side", "Lato")},
           {"value", metric_short(str(c, "metric"), lang), true},
           {"n", w(lang, "Answers", "Risposte"), true},
           {"interval_low", level_label(at(c, "interval"), lang), false, "interval_high"},
           {"band", w(lang, "Band", "Fascia")}},
          {}};
  for (const char* side : {"a", "b"}) {
    const json& s = at(response, side);
    const json& iv = at(s, "interval");
    t.rows.push_back({text_cell(side == std::string("a") ? "A" : "B"),
                      cell(at(s, "value"), lang, 2, unit == "percent" ? "%" : ""), cell(at(at(s, "details"), "n"), lang, 0),
                      {interval_text(iv, lang), raw(at(iv, "low")), raw(at(iv, "high"))},
                      {str(at(s, "band"), "label"), str(at(s, "band"), "id")}});
  }
  return {t};
}

std::string compare_text(const json& response, Lang lang) {
  if (!at(response, "ok").is_boolean() || !response["ok"].get<bool>()) return failure_text(response, lang);
  const json& c = at(response, "comparison");
  std::string out = str(c, "verdict") + "\n";
  const std::string m = method_words(str(at(c, "interval"), "method"), lang);
  if (!m.empty()) out += w(lang, "  Interval of the difference: ", "  Intervallo della differenza: ") + m + "\n";
  out += tables_text(compare_tables(response, lang));
  std::string warnings = warnings_section(at(c, "warnings"), lang);
  for (const char* side : {"a", "b"})
    for (const auto& x : at(at(response, side), "warnings"))
      warnings += (warnings.empty() ? "\n" + w(lang, "Warnings", "Avvisi") + "\n" : "") + "  ! " +
                  (side == std::string("a") ? "A: " : "B: ") + str(x, "message") + "\n";
  return out + warnings;
}

std::vector<Table> plan_tables(const json& response, Lang lang) {
  Table t{"plan", w(lang, "Plan", "Piano"),
          {{"plan", w(lang, "Plan", "Piano")}, {"metric", w(lang, "Metric", "Metrica")},
           {"confidence", w(lang, "Confidence", "Confidenza"), true}, {"n", "n", true}},
          {}};
  const json& n = at(response, "n").is_number() ? at(response, "n") : at(response, "additional_promoters");
  t.rows.push_back({text_cell(str(response, "plan")), text_cell(str(response, "metric")),
                    cell(at(response, "confidence"), lang, 2), cell(n, lang, 0)});
  return {t};
}

std::string plan_text(const json& response, Lang lang) {
  if (!at(response, "ok").is_boolean() || !response["ok"].get<bool>()) return failure_text(response, lang);
  return str(response, "explanation") + "\n" + warnings_section(at(response, "warnings"), lang);
}

}  // namespace polso::cli
