// The orders dataset through the JSON door: options → OrdersAnalysis, and
// its aggregate → the orders report of docs/datasets.md.
#include "api/dataset_options.hpp"
#include "api/dataset_session.hpp"
#include "api/json_response.hpp"
#include "api/orders_json.hpp"
#include "core/datasets/orders_analysis.hpp"
#include "core/datasets/orders_report.hpp"
#include "core/datasets/orders_warnings.hpp"
#include "core/datasets/skip_reasons.hpp"

namespace polso::api {
namespace {


}  // namespace

// Every word of the report, defined once, in both languages whatever `lang`.
json orders_definitions_json() {
  static constexpr struct {
    const char* key;
    Localized text;
  } kDefinitions[] = {
      {"active", {"Customers who ordered in the period (refunds are not orders).",
                  "Clienti che hanno ordinato nel periodo (i rimborsi non sono ordini)."}},
      {"new", {"Customers whose first order in the file is in the period.",
               "Clienti il cui primo ordine nel file cade nel periodo."}},
      {"customers_start", {"Customers active in the previous period.", "Clienti attivi nel periodo precedente."}},
      {"retained", {"Customers active in the previous period and in this one.",
                    "Clienti attivi nel periodo precedente e in questo."}},
      {"reactivated", {"Customers active in the period who were not active in the previous one and are not new: they came back after a gap. They are not retained (they were not there at the start) and not new.",
                       "Clienti attivi nel periodo che non lo erano nel precedente e non sono nuovi: sono tornati dopo una pausa. Non sono mantenuti (all’inizio non c’erano) e non sono nuovi."}},
      {"lost", {"Customers active in the previous period and not in this one: customers at start − retained.",
                "Clienti attivi nel periodo precedente e non in questo: clienti a inizio periodo − mantenuti."}},
      {"customers_end", {"Customers at end in the catalogue’s formulas: retained + new (reactivated customers are left out, so both formulas agree).",
                         "Clienti a fine periodo nelle formule del catalogo: mantenuti + nuovi (i riattivati sono esclusi, così le due formule coincidono)."}},
      {"churn_rate", {"lost / customers at start × 100.", "persi / clienti a inizio periodo × 100."}},
      {"retention_rate", {"(customers at end − new) / customers at start × 100 = retained / customers at start × 100 = 100 − churn.",
                          "(clienti a fine periodo − nuovi) / clienti a inizio periodo × 100 = mantenuti / clienti a inizio periodo × 100 = 100 − churn."}},
      {"refunds", {"Orders with a refund, each counted once: negative amounts (credit notes, cancellation lines), a refunded amount column, or a “refunded” status (the whole order). Refunds lower the revenue of their order’s day and customer but are not orders and do not make a customer active.",
                   "Ordini con un rimborso, ciascuno contato una volta: importi negativi (note di credito, righe di annullamento), una colonna dell’importo rimborsato o lo stato “rimborsato” (l’intero ordine). I rimborsi riducono i ricavi del giorno e del cliente dell’ordine, ma non sono ordini e non rendono attivo un cliente."}},
      {"duplicate_orders", {"Rows are grouped by order id: an order is counted once, on its first row; its other rows are its product lines. With an order total, the total is taken once; a later row repeating an id already counted with its total is skipped.",
                            "Le righe sono raggruppate per identificativo d’ordine: un ordine è contato una volta, alla sua prima riga; le altre righe sono le sue righe di prodotto. Con un totale d’ordine, il totale è preso una volta; una riga successiva che ripete un identificativo già contato con il suo totale è scartata."}},
      {"not_paid", {"Failed, declined, voided, pending and cancelled orders or payments (by the status column) are not orders: they are skipped.",
                    "Ordini o pagamenti non riusciti, rifiutati, annullati, in attesa o cancellati (secondo la colonna dello stato) non sono ordini: sono scartati."}},
      {"revenue_from", {"What each order’s amount was computed from: “order_total” — the order’s total column, taken once per order; “quantity_x_unit_price” — the sum over the order’s lines of quantity × unit price; “line_amounts” — the sum of the order’s line amounts.",
                        "Da cosa è calcolato l’importo di ogni ordine: “order_total” — la colonna del totale dell’ordine, presa una volta per ordine; “quantity_x_unit_price” — la somma sulle righe dell’ordine di quantità × prezzo unitario; “line_amounts” — la somma degli importi delle righe dell’ordine."}},
      {"revenue", {"Order amounts minus refunds.", "Importi degli ordini meno i rimborsi."}},
      {"revenue_from_order_total", {"From each order’s total.", "Dal totale di ogni ordine."}},
      {"revenue_from_quantity_x_unit_price", {"From quantity × unit price of each product line.",
                                              "Da quantità × prezzo unitario di ogni riga di prodotto."}},
      {"revenue_from_line_amounts", {"From the sum of each order’s line amounts.",
                                     "Dalla somma degli importi delle righe di ogni ordine."}},
      {"repeat_purchase_rate", {"Customers with 2 or more orders / customers × 100.", "Clienti con 2 o più ordini / clienti × 100."}},
      {"average_purchase_value", {"Revenue / orders.", "Ricavi / ordini."}},
      {"purchase_frequency", {"Orders per customer per year: orders / customers / years from the first to the last order in the file (both days included).",
                              "Ordini per cliente all’anno: ordini / clienti / anni dal primo all’ultimo ordine del file (estremi inclusi)."}},
      {"lifespan_years", {"Mean over customers of the days from their first to their last order, both included, in years (365.25 days); a one-order customer counts one day.",
                          "Media sui clienti dei giorni dal primo all’ultimo ordine, estremi inclusi, in anni (365,25 giorni); un cliente con un solo ordine conta un giorno."}},
      {"historical_clv", {"Average purchase value × purchase frequency × lifespan (× gross margin when given).",
                          "Valore medio d’acquisto × frequenza d’acquisto × durata (× margine lordo se indicato)."}},
      {"monthly_churn_rate", {"Customers lost from one month to the next, summed over the months of the file / customers at start of those months, summed × 100.",
                              "Clienti persi da un mese al successivo, sommati sui mesi del file / clienti a inizio di quei mesi, sommati × 100."}},
      {"monthly_revenue_per_customer", {"Revenue / customer-months (each month’s active customers, summed).",
                                        "Ricavi / mesi-cliente (i clienti attivi di ogni mese, sommati)."}},
      {"predicted_clv", {"Monthly revenue per customer × 1 / monthly churn (× gross margin when given).",
                         "Ricavo mensile per cliente × 1 / churn mensile (× margine lordo se indicato)."}},
      {"payback_months", {"CAC / (monthly revenue per customer × gross margin).", "CAC / (ricavo mensile per cliente × margine lordo)."}},
      {"cohorts", {"Customers grouped by the month of their first order; cell k is the % of the cohort who ordered k months later (k = 0 is always 100). A row ends at the last month of the file.",
                   "Clienti raggruppati per mese del primo ordine; la cella k è la % della coorte che ha ordinato k mesi dopo (k = 0 è sempre 100). Una riga finisce all’ultimo mese del file."}},
      {"first_time", {"Customers with exactly 1 order.", "Clienti con esattamente 1 ordine."}},
      {"loyal", {"Customers with 3 or more orders in the 365 days up to the latest order date in the file.",
                 "Clienti con 3 o più ordini nei 365 giorni fino alla data dell’ultimo ordine del file."}},
      {"at_risk", {"Customers with no order in the 90 days up to the latest order date in the file (their last order is 90 or more days before it).",
                   "Clienti senza ordini nei 90 giorni fino alla data dell’ultimo ordine del file (il loro ultimo ordine è di 90 o più giorni prima)."}},
      {"revenue_share", {"The segment’s customers’ revenue / all revenue × 100. Segments overlap.",
                         "Ricavi dei clienti del segmento / ricavi totali × 100. I segmenti si sovrappongono."}},
  };
  json out = json::object();
  for (const auto& d : kDefinitions) out[d.key] = localized_json(d.text);
  return out;
}

namespace {

json optional_number(const std::optional<double>& x) { return x ? number_json(*x) : json(nullptr); }

const double* detail_number(const Evaluation& e, std::string_view key) {
  const DetailValue* d = e.outcome.find_detail(key);
  return d ? std::get_if<double>(d) : nullptr;
}

json summary_json(const datasets::OrdersSummary& s, const datasets::OrdersReportOptions& o,
                  std::optional<datasets::RevenueFrom> from, Lang lang) {
  auto formula = [&](const Evaluation& e) { return lang == Lang::it ? e.outcome.formula.it() : e.outcome.formula.en(); };
  auto value = [](const std::optional<Evaluation>& e) { return e ? number_json(e->outcome.value) : json(nullptr); };
  json out = {{"customers", s.customers},
              {"orders", s.orders},
              {"refunds", s.refunds},
              {"order_revenue", number_json(s.order_revenue)},
              {"refund_amount", number_json(s.refund_amount)},
              {"revenue", number_json(s.revenue)},
              {"revenue_from", from ? json(std::string(datasets::revenue_from_id(*from))) : json(nullptr)},
              {"first_order", s.first_order},
              {"last_order", s.last_order},
              {"span_years", number_json(s.span_years)},
              {"repeat_customers", s.repeat_customers},
              {"repeat_purchase_rate", number_json(s.repeat_purchase_rate.outcome.value)},
              {"average_purchase_value", number_json(s.average_purchase_value)},
              {"purchase_frequency", number_json(s.purchase_frequency)},
              {"lifespan_years", number_json(s.lifespan_years)},
              {"historical_clv", value(s.historical_clv)},
              {"customer_months", s.customer_months ? json(*s.customer_months) : json(nullptr)},
              {"monthly_revenue_per_customer", s.monthly_revenue_per_customer ? number_json(*s.monthly_revenue_per_customer) : json(nullptr)},
              {"monthly_churn_rate", value(s.monthly_churn_rate)},
              {"predicted_clv", value(s.predicted_clv)}};
  if (o.gross_margin) out["gross_margin"] = number_json(*o.gross_margin);
  if (o.cac) {
    out["cac"] = number_json(*o.cac);
    const double* h = s.historical_clv ? detail_number(*s.historical_clv, "clv_cac_ratio") : nullptr;
    const double* p = s.predicted_clv ? detail_number(*s.predicted_clv, "clv_cac_ratio") : nullptr;
    out["clv_cac_ratio"] = h ? number_json(*h) : json(nullptr);
    out["predicted_clv_cac_ratio"] = p ? number_json(*p) : json(nullptr);
    out["payback_months"] = value(s.cac_payback);
  }
  json formulas = {{"repeat_purchase_rate", formula(s.repeat_purchase_rate)}};
  if (s.historical_clv) formulas["historical_clv"] = formula(*s.historical_clv);
  if (s.monthly_churn_rate) formulas["monthly_churn_rate"] = formula(*s.monthly_churn_rate);
  if (s.predicted_clv) formulas["predicted_clv"] = formula(*s.predicted_clv);
  if (s.cac_payback) formulas["payback_months"] = formula(*s.cac_payback);
  out["formulas"] = std::move(formulas);
  return out;
}

json periods_json(const std::vector<datasets::OrdersPeriod>& periods) {
  json out = json::array();
  for (const auto& p : periods)
    out.push_back({{"period", p.period},
                   {"customers_start", p.customers_start},
                   {"new", p.fresh},
                   {"retained", p.retained},
                   {"reactivated", p.reactivated},
                   {"lost", p.lost},
                   {"active", p.active},
                   {"customers_end", p.customers_end},
                   {"churn_rate", optional_number(p.churn_rate)},
                   {"retention_rate", optional_number(p.retention_rate)},
                   {"orders", p.orders},
                   {"refunds", p.refunds},
                   {"revenue", number_json(p.revenue)}});
  return out;
}

json cohorts_json(const datasets::OrdersReport& r) {
  json months = json::array();
  for (std::size_t k = 0; k < r.cohort_width; ++k) months.push_back(k);
  json rows = json::array();
  for (const auto& c : r.cohorts) {
    json retention = json::array();
    for (double pct : c.retention) retention.push_back(number_json(pct));
    rows.push_back({{"cohort", c.cohort}, {"size", c.size}, {"active", c.active}, {"retention", std::move(retention)}});
  }
  return {{"months", std::move(months)}, {"rows", std::move(rows)}};
}

json segment_json(const datasets::OrdersSegment& s) {
  return {{"customers", s.customers}, {"revenue", number_json(s.revenue)}, {"revenue_share", optional_number(s.revenue_share)}};
}

}  // namespace

json orders_report_json(const datasets::OrdersReport& r, const datasets::OrdersReportOptions& options,
                        std::optional<datasets::RevenueFrom> from, bool channels, std::string_view dataset,
                        json profile, Lang lang) {
  json report = {{"ok", true},
                 {"dataset", std::string(dataset)},
                 {"profile", std::move(profile)},
                 {"period", std::string(csv::period_id(options.period))},
                 {"summary", summary_json(r.summary, options, from, lang)},
                 {"periods", periods_json(r.periods)},
                 {"cohorts", cohorts_json(r)},
                 {"segments", {{"first_time", segment_json(r.first_time)},
                               {"loyal", segment_json(r.loyal)},
                               {"at_risk", segment_json(r.at_risk)}}}};
  if (channels) {
    json list = json::array();
    for (const auto& ch : r.channels)
      list.push_back({{"channel", ch.channel}, {"orders", ch.orders}, {"refunds", ch.refunds},
                      {"revenue", number_json(ch.revenue)}});
    report["channels"] = std::move(list);
  }
  report["definitions"] = orders_definitions_json();
  return report;
}

namespace {

// options_: the report's options, the same for every part.
class OrdersSession final
    : public PartedSession<OrdersSession, datasets::OrdersAnalysis, datasets::OrdersReportOptions> {
 public:
  using PartedSession::PartedSession;
  OrdersSession(datasets::OrdersAnalysisOptions o, datasets::OrdersReportOptions r)
      : PartedSession(std::make_unique<datasets::OrdersAnalysis>(std::move(o)), r) {}
  static auto load_part_state(std::string_view bytes) { return datasets::load_orders_part_state(bytes); }

  Expected<json> report(Lang lang) const override {
    const auto& a = *analysis_;
    auto r = datasets::orders_report(a.aggregate(), options_);
    if (!r) return r.error();
    json report = orders_report_json(*r, options_, a.revenue_from(), a.columns().channel.found(), "orders",
                                     profile_json(a.profile(), lang), lang);
    const auto& c = a.columns();
    add_columns(report,
                {{"customer", &c.customer}, {"date", &c.date}, {"amount", &c.amount}, {"order", &c.order},
                 {"channel", &c.channel}, {"quantity", &c.quantity}, {"unit_price", &c.unit_price},
                 {"status", &c.status}, {"refund_amount", &c.refund_amount}, {"type", &c.type}},
                lang);
    report["warnings"] = warnings_json(datasets::orders_warnings(a, *r), lang);
    add_table_sections(report, a.table(), a.aggregate().rows(), a.date_order(), datasets::orders_skip_reason, lang);
    return report;
  }
};

}  // namespace

Expected<datasets::OrdersReportOptions> orders_report_options(const json& o) {
  datasets::OrdersReportOptions report;
  auto period = period_option(o);
  if (!period) return period.error();
  report.period = *period;
  auto margin = number_option(o, "gross_margin");
  if (!margin) return margin.error();
  if (*margin && **margin > 100)
    return option_error("gross_margin", "“gross_margin” is a percentage from 0 to 100.",
                        "“gross_margin” è una percentuale da 0 a 100.");
  report.gross_margin = *margin;
  auto cac = number_option(o, "cac");
  if (!cac) return cac.error();
  if (*cac && **cac <= 0)
    return option_error("cac", "“cac” must be more than 0.", "“cac” deve essere maggiore di 0.");
  report.cac = *cac;
  return report;
}

Expected<std::unique_ptr<DatasetSession>> make_orders_session(const json& o) {
  datasets::OrdersAnalysisOptions options;
  auto table = table_options(o);
  if (!table) return table.error();
  options.table = *table;
  options.columns = {text_option(o, "customer_column"),   text_option(o, "date_column"),
                     text_option(o, "amount_column"),     text_option(o, "order_column"),
                     text_option(o, "channel_column"),    text_option(o, "quantity_column"),
                     text_option(o, "unit_price_column"), text_option(o, "status_column"),
                     text_option(o, "refund_amount_column"), text_option(o, "type_column")};
  auto report = orders_report_options(o);
  if (!report) return report.error();
  return std::unique_ptr<DatasetSession>(std::make_unique<OrdersSession>(std::move(options), *report));
}

}  // namespace polso::api
