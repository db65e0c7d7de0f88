// Retention and revenue metrics (METRICS.md section 2).
#include "core/metrics/common.hpp"
#include "core/metrics/groups.hpp"

namespace polso::metrics {
namespace {

InputSpec customers_start() {
  return count_input("customers_start", {"Customers at start", "Clienti a inizio periodo"},
                     {"Customers you had on the first day of the period.", "I clienti che avevi il primo giorno del periodo."});
}
InputSpec customers_end() {
  return count_input("customers_end", {"Customers at end", "Clienti a fine periodo"},
                     {"Customers you had on the last day of the period.", "I clienti che avevi l’ultimo giorno del periodo."});
}
InputSpec customers_new() {
  return count_input("customers_new", {"New customers", "Nuovi clienti"},
                     {"Customers acquired during the period.", "I clienti acquisiti durante il periodo."});
}
InputSpec gross_margin() {
  return percent_input("gross_margin", {"Gross margin (%)", "Margine lordo (%)"},
                       {"Optional: the share of revenue you keep after direct costs.",
                        "Facoltativo: la quota di ricavi che resta dopo i costi diretti."});
}
InputSpec currency() {
  return {"currency", InputKind::text, {"Currency", "Valuta"},
          {"Optional: a currency code such as EUR, shown beside the result.",
           "Facoltativo: un codice valuta come EUR, mostrato accanto al risultato."}};
}

// ---- churn and retention ----------------------------------------------------

Expected<Outcome> churn_rate(const Args& a) {
  if (auto e = require_positive(a, "customers_start")) return *e;
  const double start = a.num("customers_start");
  Outcome out;
  double lost = 0;
  if (a.variant() == "lost") {
    if (auto e = require_not_above(a, "customers_lost", "customers_start")) return *e;
    lost = a.num("customers_lost");
    out.formula.number(lost);
  } else {
    const double added = a.num("customers_new"), end = a.num("customers_end");
    if (end > start + added)
      return problems::invalid("customers_end", "end_exceeds_start_plus_new",
                               {"“Customers at end” cannot be more than customers at start plus new customers.",
                                "“Clienti a fine periodo” non può superare i clienti a inizio periodo più i nuovi clienti."});
    lost = start + added - end;
    out.formula.text("(").number(start).text(" + ").number(added).text(" − ").number(end).text(")");
    if (lost > start)
      out.warnings.push_back(problems::note(
          "churn_includes_new", "customers_new",
          {"More customers were lost than you had at the start, so some new customers left within the period; churn is above 100%.",
           "Hai perso più clienti di quanti ne avevi all’inizio, quindi anche alcuni nuovi clienti sono andati via nel periodo; il churn supera il 100%."}));
  }
  out.value = lost * 100.0 / start;
  out.detail("customers_start", start).detail("customers_lost", lost);
  out.formula.text(" / ").number(start).text(" × 100 = ").number(out.value);
  return out;
}

Expected<Outcome> retention_rate(const Args& a) {
  if (auto e = require_positive(a, "customers_start")) return *e;
  const double start = a.num("customers_start");
  Outcome out;
  double retained = 0;
  if (a.variant() == "retained") {
    if (auto e = require_not_above(a, "customers_retained", "customers_start")) return *e;
    retained = a.num("customers_retained");
    out.formula.number(retained);
  } else {
    if (auto e = require_not_above(a, "customers_new", "customers_end")) return *e;
    retained = a.num("customers_end") - a.num("customers_new");
    if (retained > start)
      return problems::invalid("customers_end", "retained_exceeds_start",
                               {"Customers at end minus new customers is more than customers at start: check the three numbers.",
                                "Clienti a fine periodo meno nuovi clienti supera i clienti a inizio periodo: controlla i tre valori."});
    out.formula.text("(").number(a.num("customers_end")).text(" − ").number(a.num("customers_new")).text(")");
  }
  out.value = retained * 100.0 / start;
  out.detail("customers_start", start).detail("customers_retained", retained);
  out.formula.text(" / ").number(start).text(" × 100 = ").number(out.value);
  return out;
}

// ---- CLV ---------------------------------------------------------------------

Expected<Outcome> clv(const Args& a) {
  Outcome out;
  double lifetime_months = 0;
  if (a.variant() == "transactional") {
    const double apv = a.num("avg_purchase_value"), freq = a.num("purchase_frequency"),
                 years = a.num("lifespan");
    out.value = apv * freq * years;
    lifetime_months = years * 12;
    out.formula.number(apv).text(" × ").number(freq).text(" × ").number(years);
  } else {
    const double monthly = a.num("monthly_revenue");
    if (a.variant() == "subscription") {
      lifetime_months = a.num("lifetime_months");
      out.formula.number(monthly).text(" × ").number(lifetime_months);
    } else {
      if (auto e = require_positive(a, "monthly_churn_rate")) return *e;
      lifetime_months = 100.0 / a.num("monthly_churn_rate");
      out.formula.number(monthly).text(" × (100 / ").number(a.num("monthly_churn_rate")).text(")");
    }
    out.value = monthly * lifetime_months;
  }
  out.detail("lifetime_months", lifetime_months);
  if (a.has("gross_margin")) {
    out.value *= a.num("gross_margin") / 100.0;
    out.formula.text(" × ").number(a.num("gross_margin")).text("%");
    out.detail("gross_margin", a.num("gross_margin"));
  }
  out.formula.text(" = ").number(out.value);
  if (a.has("cac")) {
    if (auto e = require_positive(a, "cac")) return *e;
    out.detail("cac", a.num("cac")).detail("clv_cac_ratio", out.value / a.num("cac"));
  }
  if (a.has("currency")) out.detail("currency", std::string(a.text("currency")));
  return out;
}

MetricSpec clv_spec() {
  return {
      .id = "clv",
      .group = Group::retention,
      .name = {"Customer Lifetime Value (CLV)", "Valore del cliente nel tempo (CLV)"},
      .aliases = {"LTV lifetime value customer value", "LTV valore vita cliente"},
      .help = {"What an average customer is worth over the whole relationship.",
               "Quanto vale in media un cliente nell’intera durata del rapporto."},
      .formula = {"average purchase value × purchases per year × lifespan in years (or: monthly revenue × lifetime in months)",
                  "valore medio d’acquisto × acquisti all’anno × durata in anni (oppure: ricavo mensile × durata in mesi)"},
      .unit = Unit::currency,
      .inputs = {money_input("avg_purchase_value", {"Average purchase value", "Valore medio d’acquisto"},
                             {"Revenue divided by the number of orders.", "Ricavi divisi per il numero di ordini."}),
                 {"purchase_frequency", InputKind::number, {"Purchase frequency (per year)", "Frequenza d’acquisto (all’anno)"},
                  {"Orders per customer per year.", "Ordini per cliente all’anno."}},
                 {"lifespan", InputKind::number, {"Customer lifespan (years)", "Durata del cliente (anni)"},
                  {"How many years a customer stays on average.", "Per quanti anni in media resta un cliente."}},
                 money_input("monthly_revenue", {"Monthly revenue per customer", "Ricavo mensile per cliente"},
                             {"Average monthly revenue of one customer.", "Ricavo medio mensile di un cliente."}),
                 {"lifetime_months", InputKind::number, {"Lifetime (months)", "Durata (mesi)"},
                  {"How many months a customer stays on average.", "Per quanti mesi in media resta un cliente."}},
                 percent_input("monthly_churn_rate", {"Monthly churn rate (%)", "Tasso di abbandono mensile (%)"},
                               {"The share of customers lost each month; lifetime = 1 / churn.",
                                "La quota di clienti persi ogni mese; durata = 1 / churn."}),
                 gross_margin(),
                 money_input("cac", {"Customer acquisition cost (CAC)", "Costo di acquisizione (CAC)"},
                             {"Optional: adds the CLV:CAC ratio (healthy at 3 or more).",
                              "Facoltativo: aggiunge il rapporto CLV:CAC (sano da 3 in su)."}),
                 currency()},
      .variants = {{"transactional", {"Purchases (value × frequency × lifespan)", "Acquisti (valore × frequenza × durata)"},
                    {"avg_purchase_value", "purchase_frequency", "lifespan"}, {"gross_margin", "cac", "currency"}},
                   {"subscription", {"Subscription (monthly revenue × months)", "Abbonamento (ricavo mensile × mesi)"},
                    {"monthly_revenue", "lifetime_months"}, {"gross_margin", "cac", "currency"}},
                   {"churn", {"Subscription from monthly churn", "Abbonamento dal churn mensile"},
                    {"monthly_revenue", "monthly_churn_rate"}, {"gross_margin", "cac", "currency"}}},
      .bands = {{"below_3x_cac", {"CLV below 3 × CAC", "CLV sotto 3 × CAC"}, Tone::bad, 0, 3, true, false, "clv_cac_ratio"},
                {"healthy", {"Healthy: CLV at least 3 × CAC", "Sano: CLV almeno 3 × CAC"}, Tone::good, 3, kUnbounded, true, true, "clv_cac_ratio"}},
      .compute = clv,
      .estimand = {EstimandKind::none},
  };
}

// ---- CAC and payback ---------------------------------------------------------

Expected<Outcome> cac_payback(const Args& a) {
  double cac = 0;
  Outcome out;
  if (a.variant() == "cac") {
    cac = a.num("cac");
  } else {
    if (auto e = require_positive(a, "new_customers")) return *e;
    cac = a.num("acquisition_spend") / a.num("new_customers");
  }
  if (auto e = require_positive(a, "monthly_revenue")) return *e;
  const double margin = a.has("gross_margin") ? a.num("gross_margin") : 100.0;
  if (margin <= 0) return problems::zero_denominator("gross_margin", a.label("gross_margin"));
  out.value = cac / (a.num("monthly_revenue") * margin / 100.0);
  out.detail("cac", cac).detail("months", out.value);
  out.formula.number(cac).text(" / (").number(a.num("monthly_revenue")).text(" × ").number(margin)
      .text("%) = ").number(out.value);
  return out;
}

}  // namespace

std::vector<MetricSpec> retention() {
  return {
      {.id = "churn_rate", .group = Group::retention,
       .name = {"Churn rate", "Tasso di abbandono (churn)"},
       .aliases = {"attrition cancellations lost customers", "disdette clienti persi perdita"},
       .help = {"The share of customers you lost during the period.", "La quota di clienti persi nel periodo."},
       .formula = {"customers lost / customers at start × 100", "clienti persi / clienti a inizio periodo × 100"},
       .unit = Unit::percent, .better = Better::lower,
       .inputs = {customers_start(),
                  count_input("customers_lost", {"Customers lost", "Clienti persi"},
                              {"Customers who left during the period.", "I clienti andati via nel periodo."}),
                  customers_new(), customers_end()},
       .variants = {{"lost", {"Customers lost", "Clienti persi"}, {"customers_start", "customers_lost"}},
                    {"start_new_end", {"Start, new and end", "Inizio, nuovi e fine"},
                     {"customers_start", "customers_new", "customers_end"}}},
       .compute = churn_rate,
       .estimand = share_of("customers_lost", "customers_start"),
       .words = {"Churn rate", "the churn rate", "Il tasso di abbandono"},
       .range = kNonNegative},
      {.id = "retention_rate", .group = Group::retention,
       .name = {"Retention rate", "Tasso di fidelizzazione (retention)"},
       .help = {"The share of the customers you had at the start who are still with you at the end.",
                "La quota dei clienti di inizio periodo che sono ancora con te alla fine."},
       .formula = {"(customers at end − new customers) / customers at start × 100",
                   "(clienti a fine periodo − nuovi clienti) / clienti a inizio periodo × 100"},
       .unit = Unit::percent,
       .inputs = {customers_start(), customers_end(), customers_new(),
                  count_input("customers_retained", {"Customers retained", "Clienti mantenuti"},
                              {"Customers from the start who are still active.", "I clienti di inizio periodo ancora attivi."})},
       .variants = {{"start_end_new", {"Start, end and new", "Inizio, fine e nuovi"},
                     {"customers_start", "customers_end", "customers_new"}},
                    {"retained", {"Customers retained", "Clienti mantenuti"}, {"customers_start", "customers_retained"}}},
       .compute = retention_rate,
       .estimand = share_of("customers_retained", "customers_start"),
       .words = {"Retention rate", "the retention rate", "Il tasso di fidelizzazione"},
       .range = kNonNegative},
      {.id = "repeat_purchase_rate", .group = Group::retention,
       .name = {"Repeat purchase rate", "Tasso di riacquisto"},
       .help = {"The share of customers who bought more than once.", "La quota di clienti che hanno acquistato più di una volta."},
       .formula = {"repeat customers / all customers × 100", "clienti ricorrenti / clienti totali × 100"},
       .unit = Unit::percent,
       .inputs = {count_input("repeat_customers", {"Repeat customers", "Clienti ricorrenti"},
                              {"Customers with two or more purchases.", "Clienti con due o più acquisti."}),
                  count_input("total_customers", {"Total customers", "Clienti totali"},
                              {"All customers who bought in the period.", "Tutti i clienti che hanno acquistato nel periodo."})},
       .variants = {{"counts", {"Counts", "Conteggi"}, {"repeat_customers", "total_customers"}}},
       .compute = [](const Args& a) { return percent_of(a, "repeat_customers", "total_customers"); },
       .estimand = share_of("repeat_customers", "total_customers"),
       .words = {"Repeat purchase rate", "the repeat purchase rate", "Il tasso di riacquisto"},
       .range = kPercentBounds},
      clv_spec(),
      {.id = "mrr", .group = Group::retention,
       .name = {"Monthly recurring revenue (MRR)", "Ricavi ricorrenti mensili (MRR)"},
       .help = {"Revenue you can count on every month from subscriptions.", "I ricavi su cui puoi contare ogni mese dagli abbonamenti."},
       .formula = {"customers × average revenue per customer", "clienti × ricavo medio per cliente"},
       .unit = Unit::currency,
       .inputs = {count_input("customers", {"Customers", "Clienti"}, {"Paying customers this month.", "Clienti paganti questo mese."}),
                  money_input("arpc", {"Average revenue per customer", "Ricavo medio per cliente"},
                              {"Monthly revenue of an average customer.", "Ricavo mensile di un cliente medio."}),
                  currency()},
       .variants = {{"counts", {"Customers and ARPC", "Clienti e ricavo medio"}, {"customers", "arpc"}, {"currency"}}},
       .compute = [](const Args& a) -> Expected<Outcome> {
         Outcome out;
         out.value = a.num("customers") * a.num("arpc");
         out.detail("customers", a.num("customers")).detail("arpc", a.num("arpc"));
         if (a.has("currency")) out.detail("currency", std::string(a.text("currency")));
         out.formula.number(a.num("customers")).text(" × ").number(a.num("arpc")).text(" = ").number(out.value);
         return out;
       },
       .estimand = {EstimandKind::none}},
      {.id = "cac", .group = Group::retention,
       .name = {"Customer acquisition cost (CAC)", "Costo di acquisizione clienti (CAC)"},
       .help = {"What you spend to win one new customer.", "Quanto spendi per acquisire un nuovo cliente."},
       .formula = {"acquisition spend / new customers", "spesa di acquisizione / nuovi clienti"},
       .unit = Unit::currency, .better = Better::lower,
       .inputs = {money_input("acquisition_spend", {"Acquisition spend", "Spesa di acquisizione"},
                              {"Marketing and sales spend in the period.", "Spesa di marketing e vendite nel periodo."}),
                  count_input("new_customers", {"New customers", "Nuovi clienti"},
                              {"Customers acquired with that spend.", "Clienti acquisiti con quella spesa."}),
                  currency()},
       .variants = {{"counts", {"Spend and new customers", "Spesa e nuovi clienti"}, {"acquisition_spend", "new_customers"}, {"currency"}}},
       .compute = [](const Args& a) -> Expected<Outcome> {
         auto out = quotient_of(a, "acquisition_spend", "new_customers");
         if (out && a.has("currency")) out.value().detail("currency", std::string(a.text("currency")));
         return out;
       },
       .estimand = {EstimandKind::none}},
      {.id = "cac_payback", .group = Group::retention,
       .name = {"CAC payback period", "Periodo di recupero del CAC"},
       .help = {"Months of margin it takes to earn back what a customer cost to acquire.",
                "I mesi di margine necessari per recuperare il costo di acquisizione di un cliente."},
       .formula = {"CAC / (monthly revenue per customer × gross margin)", "CAC / (ricavo mensile per cliente × margine lordo)"},
       .unit = Unit::count, .better = Better::lower,
       .unit_label = {"months", "mesi"},
       .inputs = {money_input("cac", {"Customer acquisition cost (CAC)", "Costo di acquisizione (CAC)"},
                              {"What one new customer cost to acquire.", "Quanto è costato acquisire un nuovo cliente."}),
                  money_input("acquisition_spend", {"Acquisition spend", "Spesa di acquisizione"},
                              {"Marketing and sales spend in the period.", "Spesa di marketing e vendite nel periodo."}),
                  count_input("new_customers", {"New customers", "Nuovi clienti"},
                              {"Customers acquired with that spend.", "Clienti acquisiti con quella spesa."}),
                  money_input("monthly_revenue", {"Monthly revenue per customer", "Ricavo mensile per cliente"},
                              {"Average monthly revenue of one customer.", "Ricavo medio mensile di un cliente."}),
                  gross_margin()},
       .variants = {{"cac", {"From CAC", "Dal CAC"}, {"cac", "monthly_revenue"}, {"gross_margin"}},
                    {"spend", {"From spend and new customers", "Da spesa e nuovi clienti"},
                     {"acquisition_spend", "new_customers", "monthly_revenue"}, {"gross_margin"}}},
       .bands = {{"fast", {"Faster than typical SaaS (under 8 months)", "Più rapido del tipico SaaS (sotto 8 mesi)"}, Tone::good, 0, 8, true, false},
                 {"typical", {"Typical for SaaS (8–22 months)", "Tipico per un SaaS (8–22 mesi)"}, Tone::neutral, 8, 22, true, true},
                 {"slow", {"Slower than typical SaaS (over 22 months)", "Più lento del tipico SaaS (oltre 22 mesi)"}, Tone::bad, 22, kUnbounded}},
       .compute = cac_payback,
       .estimand = {EstimandKind::none}},
      {.id = "customer_acquisition_rate", .group = Group::retention,
       .name = {"Customer acquisition rate", "Tasso di acquisizione clienti"},
       .help = {"New customers in the period relative to the customers you started with.",
                "I nuovi clienti del periodo rispetto ai clienti di partenza."},
       .formula = {"new customers / customers at start × 100", "nuovi clienti / clienti a inizio periodo × 100"},
       .unit = Unit::percent,
       .inputs = {customers_new(), customers_start()},
       .variants = {{"counts", {"Counts", "Conteggi"}, {"customers_new", "customers_start"}}},
       .compute = [](const Args& a) { return percent_of(a, "customers_new", "customers_start", true); },
       .estimand = share_of("customers_new", "customers_start"),
       .words = {"Customer acquisition rate", "the customer acquisition rate", "Il tasso di acquisizione clienti"},
       .range = kNonNegative},
  };
}

}  // namespace polso::metrics
