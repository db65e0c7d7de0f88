#include "core/datasets/orders_figures.hpp"

#include "core/budgets.hpp"
#include "core/datasets/orders_periods.hpp"
#include "core/number_format.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

constexpr double kDaysPerYear = 365.25;

double value_of(const Expected<Evaluation>& e) { return e->outcome.value; }

void add_optional(Inputs& in, const char* name, const std::optional<double>& v) {
  if (v) in.emplace(name, *v);
}

Warning evaluation_note(std::string_view code, const Error& why, std::string_view en, std::string_view it) {
  return problems::note(code, why.field,
                        {std::string(en) + " " + why.message_en, std::string(it) + " " + why.message_it});
}

// Gross margin and CAC, when given: the inputs every lifetime value shares.
Inputs money_inputs(const OrdersReportOptions& options) {
  Inputs in;
  add_optional(in, "gross_margin", options.gross_margin);
  add_optional(in, "cac", options.cac);
  return in;
}

}  // namespace

std::optional<Error> summary_rates(OrdersSummary& s, std::int64_t first_day, std::int64_t last_day, double lifespan_days) {
  s.first_order = period_label(first_day, csv::Period::day), s.last_order = period_label(last_day, csv::Period::day);
  s.span_years = static_cast<double>(last_day - first_day + 1) / kDaysPerYear;
  auto repeat = evaluate("repeat_purchase_rate", {{"repeat_customers", static_cast<double>(s.repeat_customers)},
                                                  {"total_customers", static_cast<double>(s.customers)}});
  if (!repeat) return repeat.error();
  s.repeat_purchase_rate = std::move(repeat.value());
  s.average_purchase_value = s.revenue / static_cast<double>(s.orders);
  s.purchase_frequency = static_cast<double>(s.orders) / static_cast<double>(s.customers) / s.span_years;
  s.lifespan_years = lifespan_days / static_cast<double>(s.customers) / kDaysPerYear;
  return std::nullopt;
}

void historical_clv(OrdersSummary& s, const OrdersReportOptions& options, std::vector<Warning>& warnings) {
  if (s.revenue <= 0) {
    warnings.push_back(problems::note(
        "no_net_revenue", "amount_column",
        {"Refunds are as large as the orders or larger, so the lifetime values cannot be computed.",
         "I rimborsi sono pari o superiori agli ordini, quindi i valori nel tempo non si possono calcolare."}));
  } else {
    Inputs in = money_inputs(options);
    in.emplace("avg_purchase_value", s.average_purchase_value);
    in.emplace("purchase_frequency", s.purchase_frequency);
    in.emplace("lifespan", s.lifespan_years);
    auto clv = evaluate("clv", in);
    if (clv) s.historical_clv = std::move(clv.value());
    else warnings.push_back(evaluation_note("historical_clv_not_computed", clv.error(), "The historical CLV could not be computed:",
                                            "Il CLV storico non si può calcolare:"));
  }
}

std::optional<Error> monthly_clv(OrdersSummary& s, const MonthlyTotals& months, const OrdersReportOptions& options,
                                 std::vector<Warning>& warnings) {
  if (months.customer_months > 0) {
    s.customer_months = months.customer_months;
    s.monthly_revenue_per_customer = s.revenue / static_cast<double>(months.customer_months);
  }
  if (months.customers_start > 0) {
    auto churn = evaluate("churn_rate", {{"customers_start", static_cast<double>(months.customers_start)},
                                         {"customers_lost", static_cast<double>(months.customers_lost)}});
    if (!churn) return churn.error();
    s.monthly_churn_rate = std::move(churn.value());
  }
  if (!s.monthly_churn_rate) {
    warnings.push_back(problems::note(
        "no_monthly_churn", "",
        {"The orders cover a single month, so there is no monthly churn to predict a lifetime value from.",
         "Gli ordini coprono un solo mese, quindi non c’è un churn mensile da cui prevedere il valore nel tempo."}));
  } else if (value_of(*s.monthly_churn_rate) <= 0) {
    warnings.push_back(problems::note(
        "no_monthly_churn", "",
        {"No customer was lost from one month to the next, so the predicted lifetime value would be endless; it is left out.",
         "Nessun cliente è stato perso da un mese all’altro, quindi il valore previsto sarebbe infinito; non viene mostrato."}));
  } else if (s.revenue > 0 && s.monthly_revenue_per_customer) {
    Inputs in = money_inputs(options);
    in.emplace("monthly_revenue", *s.monthly_revenue_per_customer);
    in.emplace("monthly_churn_rate", value_of(*s.monthly_churn_rate));
    auto clv = evaluate("clv", in);
    if (clv) s.predicted_clv = std::move(clv.value());
    else warnings.push_back(evaluation_note("predicted_clv_not_computed", clv.error(), "The predicted CLV could not be computed:",
                                            "Il CLV previsto non si può calcolare:"));
  }
  if (options.cac && s.revenue > 0 && !s.monthly_revenue_per_customer) {
    warnings.push_back(problems::note(
        "payback_not_computed", "",
        {"The CAC payback needs the monthly revenue per customer, and no month in the file has an active customer.",
         "Il recupero del CAC richiede il ricavo mensile per cliente, e nessun mese del file ha un cliente attivo."}));
  } else if (options.cac && s.revenue > 0) {
    Inputs in{{"cac", *options.cac}, {"monthly_revenue", *s.monthly_revenue_per_customer}};
    add_optional(in, "gross_margin", options.gross_margin);
    auto payback = evaluate("cac_payback", in);
    if (payback) s.cac_payback = std::move(payback.value());
    else warnings.push_back(evaluation_note("payback_not_computed", payback.error(), "The CAC payback could not be computed:",
                                            "Il recupero del CAC non si può calcolare:"));
  }
  return std::nullopt;
}

std::optional<Error> period_rates(OrdersPeriod& p) {
  p.customers_end = p.retained + p.fresh;
  if (p.customers_start == 0) return std::nullopt;
  auto churn = evaluate("churn_rate", {{"customers_start", static_cast<double>(p.customers_start)},
                                       {"customers_lost", static_cast<double>(p.lost)}});
  if (!churn) return churn.error();
  auto retention = evaluate("retention_rate", {{"customers_start", static_cast<double>(p.customers_start)},
                                               {"customers_end", static_cast<double>(p.customers_end)},
                                               {"customers_new", static_cast<double>(p.fresh)}});
  if (!retention) return retention.error();
  p.churn_rate = value_of(churn), p.retention_rate = value_of(retention);
  return std::nullopt;
}

void segment_shares(OrdersReport& r) {
  for (OrdersSegment* seg : {&r.first_time, &r.loyal, &r.at_risk})
    if (r.summary.revenue > 0) seg->revenue_share = seg->revenue / r.summary.revenue * 100.0;
}

Warning refunds_without_orders(std::uint64_t customers) {
  return problems::note(
      "refunds_without_orders", "customer_column",
      {std::to_string(customers) +
           " customers have refunds but no order in the file (the order is probably older); the refunds lower the revenue, but they are not counted as customers.",
       std::to_string(customers) +
           " clienti hanno rimborsi ma nessun ordine nel file (l’ordine è probabilmente precedente); i rimborsi riducono i ricavi, ma non sono contati come clienti."});
}

Warning too_many_channels() {
  return problems::note(
      "too_many_channels", "channel_column",
      {"The channel column has more than " + format_number(budget::kMaxChannels, Lang::en) +
           " different values; the rest are grouped as “(other)”.",
       "La colonna dei canali ha più di " + format_number(budget::kMaxChannels, Lang::it) +
           " valori diversi; gli altri sono raggruppati in “(other)”."});
}

}  // namespace polso::datasets
