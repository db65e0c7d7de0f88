#include "core/datasets/orders_counts_table.hpp"

#include <cmath>

#include "core/budgets.hpp"
#include "core/csv/columns.hpp"
#include "core/csv/numbers.hpp"
#include "core/datasets/column_choice.hpp"
#include "core/datasets/orders_periods.hpp"
#include "core/datasets/period_index.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

enum Col : std::size_t {
  kPeriod, kActive, kNew, kRetained, kReactivated, kLost, kOrders, kRefunds, kRevenue, kRefundAmount,
  kFirstOrder, kLastOrder, kRepeat, kLifespan, kRefundOnly, kFirstTime, kFirstTimeRevenue, kLoyal,
  kLoyalRevenue, kAtRisk, kAtRiskRevenue, kColumns
};
static_assert(std::size(kOrdersCountsColumns) == kColumns);

// Counts are read as doubles: beyond 2^53 they are no longer exact.
constexpr double kMaxExactCount = 9007199254740992.0;

std::int64_t column_of(const std::vector<std::string>& headers, std::string_view name) {
  for (std::size_t i = 0; i < headers.size(); ++i)
    if (csv::fold_for_matching(csv::trim(headers[i])) == name) return static_cast<std::int64_t>(i);
  return -1;
}

// A period label of any length ("2025-03-15", "2025-W11", "2025-03",
// "2025-Q1", "2025"), exactly as Polso writes it; nullopt for any other text
// (a week 53 of a year without one, a 31 February).
std::optional<std::pair<csv::Period, std::int64_t>> parse_label(std::string_view key) {
  for (csv::Period p : {csv::Period::day, csv::Period::week, csv::Period::month, csv::Period::quarter, csv::Period::year}) {
    const auto index = period_index_of_key(key, p);
    if (index && period_label(*index, p) == key) return std::pair{p, *index};
  }
  return std::nullopt;
}

std::string period_words(csv::Period p, bool it) {
  switch (p) {
    case csv::Period::day: return it ? "giorni (2025-03-15)" : "days (2025-03-15)";
    case csv::Period::week: return it ? "settimane ISO (2025-W11)" : "ISO weeks (2025-W11)";
    case csv::Period::month: return it ? "mesi (2025-03)" : "months (2025-03)";
    case csv::Period::quarter: return it ? "trimestri (2025-Q1)" : "quarters (2025-Q1)";
    case csv::Period::year: return it ? "anni (2025)" : "years (2025)";
  }
  return "";
}

// "Line 12, column “new”: …" — where to look, then what is wrong.
Error cell_error(std::uint64_t line, std::int64_t column, std::string_view name, std::string_view code,
                 const std::string& en, const std::string& it) {
  const std::string where_en = "Line " + std::to_string(line) + ", column " + problems::quoted(name) + ": ";
  const std::string where_it = "Riga " + std::to_string(line) + ", colonna " + problems::quoted(name) + ": ";
  Error e = problems::invalid("", code, {where_en + en, where_it + it});
  e.row = static_cast<std::int64_t>(line);
  e.column = column + 1;
  return e;
}

}  // namespace

bool is_orders_counts_header(const std::vector<std::string>& headers) {
  for (Col c : {kPeriod, kActive, kNew, kRetained, kReactivated, kLost})
    if (column_of(headers, kOrdersCountsColumns[c]) < 0) return false;
  return true;
}

OrdersCountsAnalysis::OrdersCountsAnalysis(TableOptions options) : table_(std::move(options), *this) {}

std::optional<Error> OrdersCountsAnalysis::feed(std::string_view bytes) {
  if (error_) return error_;
  if (auto e = table_.feed(bytes)) return e;
  return error_;
}

std::optional<Error> OrdersCountsAnalysis::on_columns(const std::vector<std::string>& headers,
                                                      std::span<const std::vector<std::string>>) {
  std::string missing;
  for (std::string_view name : kOrdersCountsColumns) {
    at_.push_back(column_of(headers, name));
    if (at_.back() < 0) missing += (missing.empty() ? "“" : ", “") + std::string(name) + "”";
  }
  if (!missing.empty())
    return problems::invalid("", "counts_column_missing",
                             {"An orders counts file needs the columns " + missing + " too (docs/datasets.md lists them; the SQL of docs/at-scale.md writes them all). The columns are: " + column_list(headers) + ".",
                              "Un file di conteggi degli ordini richiede anche le colonne " + missing + " (docs/datasets.md le elenca; l’SQL di docs/at-scale.md le scrive tutte). Le colonne sono: " + column_list(headers) + "."});
  cohort_at_ = column_of(headers, "cohort");
  channel_at_ = column_of(headers, "channel");
  counts_.has_channels = channel_at_ >= 0;
  return std::nullopt;
}

void OrdersCountsAnalysis::on_row(std::uint64_t line, std::span<const std::string_view> fields) {
  if (error_) return;
  if (auto e = read_row(line, fields)) error_ = std::move(e);
  else rows_.used();
}

std::optional<Error> OrdersCountsAnalysis::read_row(std::uint64_t line, std::span<const std::string_view> fields) {
  auto cell = [&](std::int64_t at) {
    return at >= 0 && static_cast<std::size_t>(at) < fields.size() ? csv::trim(fields[static_cast<std::size_t>(at)])
                                                                    : std::string_view();
  };
  const csv::NumberFormat format = csv::number_format(table_.dialect());
  auto fail = [&](Col c, std::string_view code, const std::string& en, const std::string& it) {
    return cell_error(line, at_[c], kOrdersCountsColumns[c], code, en, it);
  };
  auto count = [&](Col c, std::uint64_t& out) -> std::optional<Error> {
    const csv::ParsedNumber n = csv::parse_number(cell(at_[c]), format);
    if (!n.whole() || n.value < 0 || n.value > kMaxExactCount)
      return fail(c, "counts_not_a_count",
                  "“" + std::string(cell(at_[c])) + "” is not a count: a count is a whole number, 0 or more.",
                  "“" + std::string(cell(at_[c])) + "” non è un conteggio: un conteggio è un numero intero, 0 o più.");
    out = static_cast<std::uint64_t>(n.value);
    return std::nullopt;
  };
  auto amount = [&](Col c, double& out) -> std::optional<Error> {
    const csv::ParsedNumber n = csv::parse_number(cell(at_[c]), format);
    if (!n.ok() || !std::isfinite(n.value))
      return fail(c, "counts_not_an_amount", "“" + std::string(cell(at_[c])) + "” is not an amount of money.",
                  "“" + std::string(cell(at_[c])) + "” non è un importo.");
    out = n.value;
    return std::nullopt;
  };
  // The period of the row: every row's in the same length (months, weeks …).
  auto period_of = [&](std::string_view key, Col c, bool month) -> Expected<std::int64_t> {
    const auto parsed = parse_label(key);
    if (!parsed)
      return fail(c, "counts_bad_period",
                  "“" + std::string(key) + "” is not a period: write 2025-03-15, 2025-W11 (ISO week), 2025-03, 2025-Q1 or 2025.",
                  "“" + std::string(key) + "” non è un periodo: scrivi 2025-03-15, 2025-W11 (settimana ISO), 2025-03, 2025-Q1 o 2025.");
    const csv::Period expected = month ? csv::Period::month : counts_.period;
    if (month || period_known_) {
      if (parsed->first != expected)
        return fail(c, "counts_mixed_periods",
                    "“" + std::string(key) + "” is not in " + period_words(expected, false) + (month ? ", as cohort rows are." : ", as the rows before it."),
                    "“" + std::string(key) + "” non è in " + period_words(expected, true) + (month ? ", come le righe delle coorti." : ", come le righe precedenti."));
    } else {
      counts_.period = parsed->first;
      period_known_ = true;
    }
    return parsed->second;
  };

  const std::string_view cohort = cell(cohort_at_), channel = cell(channel_at_);
  const std::string_view key = cell(at_[kPeriod]);
  if (!cohort.empty() && !channel.empty())
    return cell_error(line, channel_at_, "channel", "counts_cohort_and_channel",
                      "a row is a cohort row or a channel row, not both: leave one of “cohort” and “channel” blank.",
                      "una riga è di una coorte o di un canale, non entrambi: lascia vuota una tra “cohort” e “channel”.");

  if (!cohort.empty()) {
    const auto parsed = parse_label(cohort);
    if (!parsed || parsed->first != csv::Period::month)
      return cell_error(line, cohort_at_, "cohort", "counts_bad_period",
                        "“" + std::string(cohort) + "” is not a month such as 2025-03: a cohort is the month of its customers’ first order.",
                        "“" + std::string(cohort) + "” non è un mese come 2025-03: una coorte è il mese del primo ordine dei suoi clienti.");
    auto month = period_of(key, kPeriod, true);
    if (!month) return month.error();
    if (*month < parsed->second)
      return fail(kPeriod, "counts_before_cohort", "the month is before the cohort’s first month " + std::string(cohort) + ".",
                  "il mese è precedente al primo mese della coorte " + std::string(cohort) + ".");
    OrdersCountsCohortCell c;
    c.line = line;
    if (auto e = count(kActive, c.active)) return e;
    if (auto e = count(kRetained, c.retained)) return e;
    if (c.retained > c.active)
      return fail(kRetained, "counts_parts_do_not_add_up", "more retained customers than active ones.",
                  "più clienti mantenuti che attivi.");
    if (*month == parsed->second && c.retained != 0)
      return fail(kRetained, "counts_parts_do_not_add_up",
                  "in its first month a cohort has no retained customers (nobody of it ordered the month before).",
                  "nel suo primo mese una coorte non ha clienti mantenuti (nessuno di loro ha ordinato il mese prima).");
    if (!counts_.cohorts.emplace(std::pair{parsed->second, *month}, c).second)
      return fail(kPeriod, "counts_duplicate_row", "the cohort " + std::string(cohort) + " has this month on an earlier row too.",
                  "la coorte " + std::string(cohort) + " ha questo mese anche in una riga precedente.");
    return std::nullopt;
  }

  auto index = period_of(key, kPeriod, false);
  if (!index) return index.error();
  if (!channel.empty()) {
    OrdersCountsChannel c;
    if (auto e = count(kOrders, c.orders)) return e;
    if (auto e = count(kRefunds, c.refunds)) return e;
    if (auto e = amount(kRevenue, c.revenue)) return e;
    if (auto e = amount(kRefundAmount, c.refund_amount)) return e;
    std::string_view name = channel;
    if (counts_.channels.size() >= budget::kMaxChannels && !counts_.channels.contains(name)) {
      counts_.channels_capped = true;
      name = "(other)";
    }
    auto it = counts_.channels.find(name);
    if (it == counts_.channels.end()) it = counts_.channels.emplace(std::string(name), OrdersCountsChannel{}).first;
    it->second.orders += c.orders, it->second.refunds += c.refunds;
    it->second.revenue += c.revenue, it->second.refund_amount += c.refund_amount;
    return std::nullopt;
  }

  OrdersCountsPeriod p;
  p.line = line;
  struct CountCell {
    Col col;
    std::uint64_t* out;
  };
  for (CountCell c : {CountCell{kActive, &p.active}, {kNew, &p.fresh}, {kRetained, &p.retained},
                      {kReactivated, &p.reactivated}, {kLost, &p.lost}, {kOrders, &p.orders}, {kRefunds, &p.refunds},
                      {kRepeat, &p.repeat_customers}, {kLifespan, &p.lifespan_days}, {kRefundOnly, &p.refund_only_customers},
                      {kFirstTime, &p.first_time_customers}, {kLoyal, &p.loyal_customers}, {kAtRisk, &p.at_risk_customers}})
    if (auto e = count(c.col, *c.out)) return e;
  for (auto [col, out] : {std::pair{kRevenue, &p.revenue}, {kRefundAmount, &p.refund_amount},
                          {kFirstTimeRevenue, &p.first_time_revenue}, {kLoyalRevenue, &p.loyal_revenue},
                          {kAtRiskRevenue, &p.at_risk_revenue}})
    if (auto e = amount(col, *out)) return e;
  if (p.refund_amount < 0)
    return fail(kRefundAmount, "counts_negative_refund", "the refunded amount is written as a positive sum; this one is negative.",
                "l’importo rimborsato si scrive come somma positiva; questo è negativo.");
  if ((p.refunds == 0) != (p.refund_amount == 0))
    return fail(kRefunds, "counts_parts_do_not_add_up", "refunds and refund_amount must both be 0 or both more than 0.",
                "refunds e refund_amount devono essere entrambi 0 o entrambi maggiori di 0.");
  if (p.fresh + p.retained + p.reactivated != p.active)
    return fail(kActive, "counts_parts_do_not_add_up",
                "active (" + std::to_string(p.active) + ") must equal new + retained + reactivated (" +
                    std::to_string(p.fresh + p.retained + p.reactivated) + ").",
                "active (" + std::to_string(p.active) + ") deve essere uguale a new + retained + reactivated (" +
                    std::to_string(p.fresh + p.retained + p.reactivated) + ").");
  if (p.orders < p.active)
    return fail(kOrders, "counts_parts_do_not_add_up", "fewer orders than active customers (each active customer ordered at least once).",
                "meno ordini che clienti attivi (ogni cliente attivo ha ordinato almeno una volta).");
  if (p.first_time_customers + p.repeat_customers != p.fresh)
    return fail(kRepeat, "counts_parts_do_not_add_up",
                "first_time_customers + repeat_customers must equal new (each new customer has 1 order, or 2 or more).",
                "first_time_customers + repeat_customers deve essere uguale a new (ogni nuovo cliente ha 1 ordine, oppure 2 o più).");
  if (p.loyal_customers > p.fresh || p.at_risk_customers > p.fresh)
    return fail(p.loyal_customers > p.fresh ? kLoyal : kAtRisk, "counts_parts_do_not_add_up",
                "more customers than the period’s new customers (segments count the period’s new customers).",
                "più clienti dei nuovi clienti del periodo (i segmenti contano i nuovi clienti del periodo).");
  if (p.lifespan_days < p.fresh)
    return fail(kLifespan, "counts_parts_do_not_add_up", "each new customer lives at least 1 day, so lifespan_days is at least new.",
                "ogni nuovo cliente vive almeno 1 giorno, quindi lifespan_days è almeno new.");
  for (auto [col, out] : {std::pair{kFirstOrder, &p.first_order}, {kLastOrder, &p.last_order}}) {
    const std::string_view day = cell(at_[col]);
    if (day.empty() && p.orders == 0) continue;
    const auto d = period_index_of_key(day, csv::Period::day);
    if (!d || period_label(*d, csv::Period::day) != day || period_index(*d, counts_.period) != *index)
      return fail(col, "counts_bad_date",
                  day.empty() ? "the period has orders, so the day of its " + std::string(col == kFirstOrder ? "first" : "last") + " order is needed (2025-03-15)."
                              : "“" + std::string(day) + "” is not a day (2025-03-15) of the period " + std::string(key) + ".",
                  day.empty() ? "il periodo ha ordini, quindi serve il giorno del suo " + std::string(col == kFirstOrder ? "primo" : "ultimo") + " ordine (2025-03-15)."
                              : "“" + std::string(day) + "” non è un giorno (2025-03-15) del periodo " + std::string(key) + ".");
    *out = *d;
  }
  if (p.orders == 0 && (p.first_order || p.last_order))
    return fail(kFirstOrder, "counts_bad_date", "a period without orders has no first or last order day.",
                "un periodo senza ordini non ha un giorno del primo o dell’ultimo ordine.");
  if (p.first_order && *p.first_order > *p.last_order)
    return fail(kLastOrder, "counts_bad_date", "the last order is before the first.", "l’ultimo ordine è precedente al primo.");
  if (!counts_.periods.emplace(*index, p).second)
    return fail(kPeriod, "counts_duplicate_row", "the period " + std::string(key) + " is on an earlier row too.",
                "il periodo " + std::string(key) + " è anche in una riga precedente.");
  return std::nullopt;
}

std::optional<Error> OrdersCountsAnalysis::finish() {
  if (error_) return error_;
  if (auto e = table_.finish()) return e;
  if (error_) return error_;
  if (counts_.periods.empty())
    return problems::invalid("", "counts_no_periods",
                             {"The orders counts file has no period row (a row with “cohort” and “channel” blank).",
                              "Il file di conteggi degli ordini non ha righe di periodo (righe con “cohort” e “channel” vuote)."});
  if (auto e = check_periods()) return e;
  return check_cohorts();
}

// Each period's customers at the start are the period before's active ones:
// lost = active before − retained, and a period left out of the file (no row
// at all) can lose no one.
std::optional<Error> OrdersCountsAnalysis::check_periods() const {
  const std::int64_t lo = counts_.periods.begin()->first, hi = counts_.periods.rbegin()->first;
  std::uint64_t before = 0;
  for (std::int64_t t = lo; t <= hi; ++t) {
    const auto it = counts_.periods.find(t);
    if (it == counts_.periods.end()) {
      if (before > 0) {
        const std::string key = period_label(t, counts_.period), prev = period_label(t - 1, counts_.period);
        return problems::invalid("", "counts_period_missing",
                                 {"The period " + key + " has no row, but the " + std::to_string(before) + " customers active in " + prev +
                                      " were lost in it: add its row (the SQL of docs/at-scale.md writes one).",
                                  "Il periodo " + key + " non ha una riga, ma i " + std::to_string(before) + " clienti attivi in " + prev +
                                      " sono stati persi in quel periodo: aggiungi la sua riga (l’SQL di docs/at-scale.md la scrive)."});
      }
      continue;
    }
    const OrdersCountsPeriod& p = it->second;
    auto fail = [&](Col c, const std::string& en, const std::string& it) {
      return cell_error(p.line, at_[c], kOrdersCountsColumns[c], "counts_periods_disagree", en, it);
    };
    if (p.retained > before)
      return fail(kRetained, std::to_string(p.retained) + " retained, but only " + std::to_string(before) + " customers were active in the period before.",
                  std::to_string(p.retained) + " mantenuti, ma solo " + std::to_string(before) + " clienti erano attivi nel periodo precedente.");
    if (p.lost != before - p.retained)
      return fail(kLost, "lost must be the customers active in the period before (" + std::to_string(before) + ") minus retained (" +
                             std::to_string(p.retained) + "), that is " + std::to_string(before - p.retained) + ".",
                  "lost deve essere i clienti attivi nel periodo precedente (" + std::to_string(before) + ") meno i mantenuti (" +
                      std::to_string(p.retained) + "), cioè " + std::to_string(before - p.retained) + ".");
    before = p.active;
  }
  return std::nullopt;
}

// A cohort's first month holds the whole cohort, and its retained customers
// were active the month before; with monthly periods the cohorts of a month
// add up to the month's active, retained and new.
std::optional<Error> OrdersCountsAnalysis::check_cohorts() const {
  std::map<std::int64_t, std::pair<std::uint64_t, std::uint64_t>> months;  // active, retained
  for (const auto& [key, c] : counts_.cohorts) {
    const auto first = counts_.cohorts.find({key.first, key.first});
    if (first == counts_.cohorts.end() || c.active > first->second.active)
      return cell_error(c.line, at_[kActive], "active", "counts_cohorts_disagree",
                        "a cohort’s month cannot have more active customers than the cohort’s first month, which holds all of them.",
                        "un mese di una coorte non può avere più clienti attivi del primo mese della coorte, che li contiene tutti.");
    const auto before = counts_.cohorts.find({key.first, key.second - 1});
    if (c.retained > (before == counts_.cohorts.end() ? 0 : before->second.active))
      return cell_error(c.line, at_[kRetained], "retained", "counts_cohorts_disagree",
                        "more of the cohort retained than were active in the month before.",
                        "più clienti della coorte mantenuti di quanti fossero attivi il mese prima.");
    months[key.second].first += c.active, months[key.second].second += c.retained;
  }
  if (counts_.period != csv::Period::month || counts_.cohorts.empty()) return std::nullopt;
  for (const auto& [key, c] : counts_.cohorts)
    if (c.active > 0 && !counts_.periods.contains(key.second))
      return cell_error(c.line, at_[kPeriod], "period", "counts_cohorts_disagree",
                        "the cohort has active customers in a month that has no period row.",
                        "la coorte ha clienti attivi in un mese che non ha una riga di periodo.");
  for (const auto& [m, p] : counts_.periods) {
    const auto sums = months.contains(m) ? months.at(m) : std::pair<std::uint64_t, std::uint64_t>{0, 0};
    const auto first = counts_.cohorts.find({m, m});
    const std::uint64_t fresh = first == counts_.cohorts.end() ? 0 : first->second.active;
    if (sums.first != p.active || sums.second != p.retained || fresh != p.fresh)
      return cell_error(p.line, at_[kActive], "active", "counts_cohorts_disagree",
                        "the cohort rows of this month add up to " + std::to_string(sums.first) + " active, " + std::to_string(sums.second) +
                            " retained and " + std::to_string(fresh) + " new customers, not the period row’s " + std::to_string(p.active) +
                            ", " + std::to_string(p.retained) + " and " + std::to_string(p.fresh) + ".",
                        "le righe delle coorti di questo mese danno " + std::to_string(sums.first) + " clienti attivi, " + std::to_string(sums.second) +
                            " mantenuti e " + std::to_string(fresh) + " nuovi, non i " + std::to_string(p.active) + ", " +
                            std::to_string(p.retained) + " e " + std::to_string(p.fresh) + " della riga del periodo.");
  }
  return std::nullopt;
}

}  // namespace polso::datasets
