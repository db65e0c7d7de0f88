#include "core/datasets/orders_counts_report.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

#include "core/budgets.hpp"
#include "core/datasets/orders_figures.hpp"
#include "core/datasets/orders_periods.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

struct DaySpan {
  std::int64_t first = std::numeric_limits<std::int64_t>::max(), last = std::numeric_limits<std::int64_t>::min();
};

// Sums over the period rows: what each adds to the whole file.
Expected<DaySpan> summarise(const OrdersCounts& counts, OrdersReport& r) {
  OrdersSummary& s = r.summary;
  DaySpan span;
  double lifespan_days = 0;
  for (const auto& [index, p] : counts.periods) {
    s.customers += p.fresh, s.repeat_customers += p.repeat_customers, s.refund_only_customers += p.refund_only_customers;
    s.orders += p.orders, s.refunds += p.refunds;
    s.order_revenue += p.revenue + p.refund_amount, s.refund_amount += p.refund_amount;
    lifespan_days += static_cast<double>(p.lifespan_days);
    if (p.first_order) span.first = std::min(span.first, *p.first_order), span.last = std::max(span.last, *p.last_order);
    for (auto [seg, n, revenue] : {std::tuple{&r.first_time, p.first_time_customers, p.first_time_revenue},
                                   {&r.loyal, p.loyal_customers, p.loyal_revenue},
                                   {&r.at_risk, p.at_risk_customers, p.at_risk_revenue}})
      seg->customers += n, seg->revenue += revenue;
  }
  s.revenue = s.order_revenue - s.refund_amount;
  if (s.customers == 0)
    return problems::invalid("", "no_usable_rows",
                             {"The counts file has no customer (every “new” is 0), so there is nothing to compute.",
                              "Il file di conteggi non ha clienti (ogni “new” è 0), quindi non c’è nulla da calcolare."});
  if (auto e = summary_rates(s, span.first, span.last, lifespan_days)) return *e;
  return span;
}

// Active and retained customers per month, from the cohort rows, or from the
// period rows when they are months; none when neither (weekly rows without
// cohort rows).
std::optional<std::map<std::int64_t, std::pair<std::uint64_t, std::uint64_t>>> monthly_activity(const OrdersCounts& counts) {
  std::map<std::int64_t, std::pair<std::uint64_t, std::uint64_t>> months;
  if (!counts.cohorts.empty()) {
    for (const auto& [key, c] : counts.cohorts) months[key.second].first += c.active, months[key.second].second += c.retained;
  } else if (counts.period == csv::Period::month) {
    for (const auto& [m, p] : counts.periods) months[m] = {p.active, p.retained};
  } else {
    return std::nullopt;
  }
  return months;
}

std::optional<Error> monthly_figures(const OrdersCounts& counts, const DaySpan& span, const OrdersReportOptions& options,
                                     OrdersReport& r) {
  const auto months = monthly_activity(counts);
  if (!months) {
    r.warnings.push_back(problems::note(
        "counts_monthly_figures_missing", "",
        {"The counts are not by month and have no cohort rows, so the monthly churn, the revenue per customer-month, the predicted lifetime value and the payback are left out. The SQL of docs/at-scale.md writes the cohort rows.",
         "I conteggi non sono per mese e non hanno righe delle coorti, quindi il churn mensile, il ricavo per mese-cliente, il valore previsto nel tempo e il recupero del CAC non sono mostrati. L’SQL di docs/at-scale.md scrive le righe delle coorti."}));
    return std::nullopt;
  }
  auto at = [&](std::int64_t m) {
    const auto it = months->find(m);
    return it == months->end() ? std::pair<std::uint64_t, std::uint64_t>{0, 0} : it->second;
  };
  MonthlyTotals totals;
  const std::int64_t first = period_index(span.first, csv::Period::month), last = period_index(span.last, csv::Period::month);
  for (std::int64_t m = first; m <= last; ++m) {
    totals.customer_months += at(m).first;
    if (m > first) totals.customers_start += at(m - 1).first, totals.customers_lost += at(m - 1).first - at(m).second;
  }
  return monthly_clv(r.summary, totals, options, r.warnings);
}

// The cohort table of orders_cohorts.hpp, from the cohort rows.
void cohort_rows(const OrdersCounts& counts, const DaySpan& span, OrdersReport& r) {
  const std::int64_t first = period_index(span.first, csv::Period::month), last = period_index(span.last, csv::Period::month);
  r.cohort_width = cohort_width(first, last);
  if (last - first + 1 > budget::kMaxCohortMonths) r.warnings.push_back(problems::cohorts_cut(budget::kMaxCohortMonths));
  const std::int64_t from = std::max(first, last - budget::kMaxCohortMonths + 1);
  for (const auto& [key, c] : counts.cohorts) {
    const auto [cohort, month] = key;
    if (cohort < from || cohort > last || month > last) continue;
    if (r.cohorts.empty() || r.cohorts.back().cohort != period_label(cohort, csv::Period::month)) {
      if (month != cohort || c.active == 0) continue;  // no customer: no row, as from the raw file
      CohortRow row;
      row.cohort = period_label(cohort, csv::Period::month);
      row.size = c.active;
      row.active.assign(static_cast<std::size_t>(last - cohort + 1), 0);
      r.cohorts.push_back(std::move(row));
    }
    r.cohorts.back().active[static_cast<std::size_t>(month - cohort)] = c.active;
  }
  for (CohortRow& row : r.cohorts)
    for (std::uint64_t n : row.active)
      row.retention.push_back(static_cast<double>(n) * 100.0 / static_cast<double>(row.size));
}

// Each period of the file, those it left out as zero rows; the latest
// budget::kMaxPeriods when there are more. Whether they were cut.
Expected<bool> period_rows(const OrdersCounts& counts, std::vector<OrdersPeriod>& rows) {
  std::int64_t lo = counts.periods.begin()->first;
  const std::int64_t hi = counts.periods.rbegin()->first;
  const auto budget_periods = static_cast<std::int64_t>(budget::kMaxPeriods);
  const bool cut = hi - lo + 1 > budget_periods;
  if (cut) lo = hi - budget_periods + 1;
  auto row = [&](std::int64_t t) {
    const auto it = counts.periods.find(t);
    return it == counts.periods.end() ? OrdersCountsPeriod{} : it->second;
  };
  for (std::int64_t t = lo; t <= hi; ++t) {
    const OrdersCountsPeriod c = row(t);
    OrdersPeriod p;
    p.period = period_label(t, counts.period);
    p.customers_start = row(t - 1).active;
    p.fresh = c.fresh, p.retained = c.retained, p.reactivated = c.reactivated, p.lost = c.lost, p.active = c.active;
    p.orders = c.orders, p.refunds = c.refunds, p.revenue = c.revenue;
    if (auto e = period_rates(p)) return *e;
    rows.push_back(std::move(p));
  }
  return cut;
}

}  // namespace

std::optional<Error> orders_counts_period_error(csv::Period counts, std::optional<csv::Period> asked) {
  if (!asked || *asked == counts) return std::nullopt;
  const std::string file(csv::period_id(counts)), other(csv::period_id(*asked));
  const std::string file_it(csv::period_word_it(counts)), other_it(csv::period_word_it(*asked));
  return problems::invalid(
      "period", "invalid_option",
      {"The counts are by " + file + ", so the report is too: customers counted by " + file + " cannot be regrouped by " +
           other + " (one customer active twice is one customer). Run the SQL again with the period you want.",
       "I conteggi sono per " + file_it + ", quindi anche il rapporto: i clienti contati per " + file_it +
           " non si possono raggruppare per " + other_it +
           " (un cliente attivo due volte è un solo cliente). Esegui di nuovo l’SQL con il periodo che vuoi."});
}

Expected<OrdersReportOptions> orders_counts_options(csv::Period counts, OrdersReportOptions options,
                                                   std::optional<csv::Period> asked) {
  if (auto e = orders_counts_period_error(counts, asked)) return *e;
  options.period = counts;
  return options;
}

Expected<OrdersReport> orders_counts_report(const OrdersCounts& counts, const OrdersReportOptions& options) {
  OrdersReport r;
  auto span = summarise(counts, r);
  if (!span) return span.error();
  historical_clv(r.summary, options, r.warnings);
  if (auto e = monthly_figures(counts, *span, options, r)) return *e;
  if (!counts.cohorts.empty()) cohort_rows(counts, *span, r);
  else
    r.warnings.push_back(problems::note(
        "counts_cohorts_missing", "",
        {"The counts file has no cohort rows, so the cohort table is left out. The SQL of docs/at-scale.md writes them.",
         "Il file di conteggi non ha righe delle coorti, quindi la tabella delle coorti non è mostrata. L’SQL di docs/at-scale.md le scrive."}));
  auto cut = period_rows(counts, r.periods);
  if (!cut) return cut.error();
  segment_shares(r);
  for (const auto& [name, c] : counts.channels) r.channels.push_back({name, c.orders, c.refunds, c.revenue});
  if (r.summary.refund_only_customers > 0) r.warnings.push_back(refunds_without_orders(r.summary.refund_only_customers));
  if (*cut) r.warnings.push_back(problems::too_many_periods(budget::kMaxPeriods));
  if (counts.channels_capped) r.warnings.push_back(too_many_channels());
  return r;
}

}  // namespace polso::datasets
