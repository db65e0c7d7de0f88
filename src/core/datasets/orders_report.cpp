#include "core/datasets/orders_report.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/budgets.hpp"
#include "core/datasets/orders_figures.hpp"
#include "core/datasets/orders_periods.hpp"
#include "core/number_format.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

std::string whole(double x) { return std::to_string(static_cast<long long>(std::llround(x))); }

// What the figures say about the columns chosen: each note says what to check.
void sanity_warnings(const OrdersAggregate& aggregate, const OrdersSummary& s, std::vector<Warning>& out) {
  const double largest = from_micros(aggregate.largest_order());
  if (s.orders >= 10 && s.order_revenue > 0 && largest > 0.5 * s.order_revenue) {
    const std::string share = whole(largest / s.order_revenue * 100);
    out.push_back(problems::note(
        "revenue_concentrated", "amount_column",
        {"One order is " + share + "% of the revenue. Check that the amount column holds each order’s own amount (not a running total or a yearly sum) and that the order column tells orders apart.",
         "Un solo ordine vale il " + share + "% dei ricavi. Controlla che la colonna dell’importo contenga l’importo di ogni ordine (non un totale progressivo o annuale) e che la colonna dell’ordine distingua gli ordini."}));
  }
  if (largest >= 1e7)
    out.push_back(problems::note(
        "amount_implausible", "amount_column",
        {"One order amounts to " + whole(largest) + ". Check that the amount column holds money, not an id, a phone number or a date.",
         "Un ordine vale " + whole(largest) + ". Controlla che la colonna dell’importo contenga denaro, non un identificativo, un numero di telefono o una data."}));
  const auto& reasons = aggregate.rows().reasons();
  const auto dup = reasons.find("duplicate_order");
  const std::uint64_t read = aggregate.rows().read();
  if (dup != reasons.end() && read >= 10 && dup->second.count * 2 > read) {
    const std::string n = std::to_string(dup->second.count), of = std::to_string(read);
    out.push_back(problems::note(
        "order_id_not_an_id", "order_column",
        {n + " of " + of + " rows repeat an order id already counted and were left out. Check that the order column holds each order’s own id; if the file lists one row per product line, choose the quantity and unit price columns.",
         n + " righe su " + of + " ripetono un identificativo d’ordine già contato e sono state escluse. Controlla che la colonna dell’ordine contenga l’identificativo di ogni ordine; se il file ha una riga per prodotto, scegli le colonne di quantità e prezzo unitario."}));
  }
  if (const auto& codes = aggregate.currencies(); codes.size() > 1) {
    std::string list;
    for (const auto& code : codes) list += (list.empty() ? "" : ", ") + code;
    out.push_back(problems::note(
        "mixed_currencies", "amount_column",
        {"The amounts are in " + std::to_string(codes.size()) + " currencies (" + list + ") and were added up as if they were one. Choose an amount column in one currency (such as a converted amount), or analyse each currency in a file of its own.",
         "Gli importi sono in " + std::to_string(codes.size()) + " valute (" + list + ") e sono stati sommati come se fossero una sola. Scegli una colonna dell’importo in una sola valuta (come un importo convertito), oppure analizza ogni valuta in un file a sé."}));
  }
  if (aggregate.unknown_refunds() > 0) {
    const std::string n = std::to_string(aggregate.unknown_refunds());
    out.push_back(problems::note(
        "refund_amount_unknown", "refund_amount_column",
        {n + " orders are marked partly refunded but the file does not say how much, so those refunds are not subtracted. Choose the column with the refunded amount.",
         n + " ordini risultano rimborsati in parte ma il file non dice di quanto, quindi quei rimborsi non sono sottratti. Scegli la colonna con l’importo rimborsato."}));
  }
}

struct DaySpan {
  std::int64_t first, last;  // days of the first and the last order
};

// The summary's counts, sums and rates over the whole file, and the days it
// spans; an error when no row holds a usable order.
Expected<DaySpan> summarise(const OrdersAggregate& aggregate, OrdersSummary& s) {
  const CustomerTable& customers = aggregate.customers();
  std::int64_t first_day = std::numeric_limits<std::int64_t>::max(), last_day = std::numeric_limits<std::int64_t>::min();
  double lifespan_days = 0;
  for (std::uint32_t c = 0; c < customers.size(); ++c) {
    const auto days = customers.days(c);
    if (days.empty()) {
      ++s.refund_only_customers;
      continue;
    }
    ++s.customers;
    if (customers.state(c).orders >= 2) ++s.repeat_customers;
    const std::int64_t a = entry_day(days.front()), b = entry_day(days.back());
    first_day = std::min(first_day, a), last_day = std::max(last_day, b);
    // Counted inclusively, as the span is: one order is one day of life.
    lifespan_days += static_cast<double>(b - a + 1);
  }
  Micros in = 0, out = 0;  // exact: the same whatever the order of the days
  for (const auto& [day, t] : aggregate.days()) {
    s.orders += t.orders, s.refunds += t.refunds;
    in += t.order_revenue, out += t.refund_amount;
  }
  s.order_revenue = from_micros(in), s.refund_amount = from_micros(out), s.revenue = from_micros(in - out);
  if (s.customers == 0)
    return problems::invalid("", "no_usable_rows",
                             {"No row of the file holds a usable order, so there is nothing to compute. Check the customer, date and amount columns and the skipped-rows reasons.",
                              "Nessuna riga del file contiene un ordine utilizzabile, quindi non c’è nulla da calcolare. Controlla le colonne di cliente, data e importo e i motivi delle righe scartate."});

  if (auto e = summary_rates(s, first_day, last_day, lifespan_days)) return *e;
  return DaySpan{first_day, last_day};
}

// Months from the first order to the last: churn for the predicted CLV, and
// the CAC payback. Not bounded by kMaxPeriods: these months are never listed
// (the cohort table has its own budget), and dates end at year 9999.
std::optional<Error> monthly_figures(const OrdersAggregate& aggregate, const DaySpan& span,
                                     const OrdersReportOptions& options, OrdersSummary& s, std::vector<Warning>& warnings) {
  const PeriodActivity months = period_activity(aggregate.customers(), period_index(span.first, csv::Period::month),
                                                period_index(span.last, csv::Period::month), csv::Period::month);
  MonthlyTotals totals;
  for (std::size_t t = 0; t < months.size(); ++t) {
    totals.customer_months += months.active[t];
    if (t) totals.customers_start += months.at_start(t), totals.customers_lost += months.lost(t);
  }
  return monthly_clv(s, totals, options, warnings);
}

// Churn, retention, orders and revenue per period; whether the periods were
// cut to the budget.
Expected<bool> period_rows(const OrdersAggregate& aggregate, const DaySpan& span, const OrdersReportOptions& options,
                           std::vector<OrdersPeriod>& rows) {
  // From the first to the last day with an order or a refund, empty periods
  // included: a month without orders loses everyone active the month before.
  // More than budget::kMaxPeriods (a date far off, such as 2204, or a period
  // too short for the range): the latest ones, the one before them counted
  // too so the first listed has its customers at the start.
  std::int64_t lo = period_index(std::min(span.first, aggregate.days().begin()->first), options.period);
  const std::int64_t hi = period_index(std::max(span.last, aggregate.days().rbegin()->first), options.period);
  const auto budget_periods = static_cast<std::int64_t>(budget::kMaxPeriods);
  const bool periods_cut = hi - lo + 1 > budget_periods;
  if (periods_cut) lo = hi - budget_periods + 1;
  const std::size_t skip = periods_cut ? 1 : 0;
  const PeriodActivity act = period_activity(aggregate.customers(), lo - static_cast<std::int64_t>(skip), hi, options.period);
  rows.resize(act.size() - skip);
  for (std::size_t t = skip; t < act.size(); ++t) {
    OrdersPeriod& p = rows[t - skip];
    p.period = period_label(act.first + static_cast<std::int64_t>(t), options.period);
    p.customers_start = act.at_start(t);
    p.fresh = act.fresh[t], p.retained = act.retained[t], p.reactivated = act.reactivated[t];
    p.lost = act.lost(t), p.active = act.active[t];
    if (auto e = period_rates(p)) return *e;
  }
  std::vector<Micros> revenue(rows.size(), 0);
  for (const auto& [day, t] : aggregate.days()) {
    const std::int64_t at = period_index(day, options.period);
    if (at < lo) continue;
    const auto k = static_cast<std::size_t>(at - lo);
    rows[k].orders += t.orders, rows[k].refunds += t.refunds;
    revenue[k] += t.order_revenue - t.refund_amount;
  }
  for (std::size_t k = 0; k < rows.size(); ++k) rows[k].revenue = from_micros(revenue[k]);
  return periods_cut;
}

// The segments of METRICS.md §5, measured from the latest order.
void segment_totals(const OrdersAggregate& aggregate, const DaySpan& span, OrdersReport& r) {
  const CustomerTable& customers = aggregate.customers();
  Micros first_time = 0, loyal = 0, at_risk = 0;
  for (std::uint32_t c = 0; c < customers.size(); ++c) {
    const auto days = customers.days(c);
    if (days.empty()) continue;
    const CustomerState& st = customers.state(c);
    auto count_in = [&](OrdersSegment& seg, Micros& revenue) { ++seg.customers, revenue += st.revenue; };
    if (st.orders == 1) count_in(r.first_time, first_time);
    std::uint32_t recent = 0;
    for (auto it = days.rbegin(); it != days.rend() && entry_day(*it) > span.last - kLoyalWindowDays; ++it)
      recent += entry_orders(*it);
    if (recent >= kLoyalOrders) count_in(r.loyal, loyal);
    if (entry_day(days.back()) <= span.last - kAtRiskDays) count_in(r.at_risk, at_risk);
  }
  r.first_time.revenue = from_micros(first_time), r.loyal.revenue = from_micros(loyal);
  r.at_risk.revenue = from_micros(at_risk);
  segment_shares(r);
}

// What the file says about itself that a reader of the figures must know.
void notes(const OrdersAggregate& aggregate, const OrdersSummary& s, bool periods_cut, std::vector<Warning>& warnings) {
  if (s.refund_only_customers > 0) warnings.push_back(refunds_without_orders(s.refund_only_customers));
  sanity_warnings(aggregate, s, warnings);
  if (periods_cut) warnings.push_back(problems::too_many_periods(budget::kMaxPeriods));
  if (aggregate.duplicates_across_parts() > 0)
    warnings.push_back(problems::note(
        "duplicate_orders_across_parts", "order_column",
        {std::to_string(aggregate.duplicates_across_parts()) +
             " order ids appear in more than one part of the file analysed separately; each part counted them.",
         std::to_string(aggregate.duplicates_across_parts()) +
             " identificativi d’ordine compaiono in più parti del file analizzate separatamente; ogni parte li ha contati."}));
  if (aggregate.channels_capped()) warnings.push_back(too_many_channels());
}

}  // namespace

Expected<OrdersReport> orders_report(const OrdersAggregate& aggregate, const OrdersReportOptions& options) {
  if (aggregate.money_overflow())
    return problems::invalid("", "amounts_too_large",
                             {"The amounts add up to more than 9 trillion, past what is added exactly, so no figure would be right. Check that the amount column holds money, not an id, a phone number or a date.",
                              "Gli importi sommano a più di 9 mila miliardi, oltre quanto si somma in modo esatto, quindi nessuna cifra sarebbe giusta. Controlla che la colonna dell’importo contenga denaro, non un identificativo, un numero di telefono o una data."});
  OrdersReport r;
  auto span = summarise(aggregate, r.summary);
  if (!span) return span.error();
  historical_clv(r.summary, options, r.warnings);
  if (auto e = monthly_figures(aggregate, *span, options, r.summary, r.warnings)) return *e;

  const std::int64_t first_month = period_index(span->first, csv::Period::month);
  const std::int64_t last_month = period_index(span->last, csv::Period::month);
  r.cohorts = cohort_matrix(aggregate.customers(), first_month, last_month);
  r.cohort_width = cohort_width(first_month, last_month);
  if (last_month - first_month + 1 > budget::kMaxCohortMonths) r.warnings.push_back(problems::cohorts_cut(budget::kMaxCohortMonths));

  auto periods_cut = period_rows(aggregate, *span, options, r.periods);
  if (!periods_cut) return periods_cut.error();
  segment_totals(aggregate, *span, r);
  for (const auto& [name, t] : aggregate.channels())
    r.channels.push_back({name, t.orders, t.refunds, from_micros(t.order_revenue - t.refund_amount)});
  notes(aggregate, r.summary, *periods_cut, r.warnings);
  return r;
}

}  // namespace polso::datasets
