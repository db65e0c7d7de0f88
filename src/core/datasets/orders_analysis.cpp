#include "core/datasets/orders_analysis.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/csv/numbers.hpp"
#include "core/datasets/orders_amounts.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

bool taken(std::span<const std::int64_t> used, std::size_t i) {
  return std::find(used.begin(), used.end(), static_cast<std::int64_t>(i)) != used.end();
}

// The first free column whose folded name is one of `names`, else the first
// free one whose name contains one of `keywords`.
ResolvedColumn find_column(const std::vector<std::string>& headers, std::initializer_list<std::string_view> names,
                           std::initializer_list<std::string_view> keywords, std::span<const std::int64_t> used) {
  for (std::size_t i = 0; i < headers.size(); ++i) {
    if (taken(used, i)) continue;
    const std::string h = csv::fold_for_matching(csv::trim(headers[i]));
    for (auto n : names)
      if (h == n)
        return {static_cast<std::int64_t>(i), headers[i], "Named “" + std::string(n) + "”.",
                "Si chiama “" + std::string(n) + "”."};
  }
  return column_containing(headers, keywords, used);
}

Error missing_column(std::string_view field, std::string_view flag, std::string_view what_en, std::string_view what_it,
                     const std::vector<std::string>& headers) {
  const std::string list = column_list(headers);
  return problems::invalid(
      field, "column_not_found",
      {"Could not tell which column holds the " + std::string(what_en) + ". Choose it (--" + std::string(flag) +
           " on the command line). The columns are: " + list + ".",
       "Non è chiaro quale colonna contenga " + std::string(what_it) + ". Sceglila tu (--" + std::string(flag) +
           " da riga di comando). Le colonne sono: " + list + "."});
}

}  // namespace

OrdersAnalysis::OrdersAnalysis(OrdersAnalysisOptions options)
    : options_(std::move(options)), table_(options_.table, *this) {}

std::optional<Error> OrdersAnalysis::on_columns(const std::vector<std::string>& headers,
                                                std::span<const std::vector<std::string>> sample) {
  struct Role {
    const std::optional<std::string>& wanted;
    std::string_view field;
    ResolvedColumn& out;
  };
  const auto& c = options_.columns;
  Role roles[] = {{c.customer, "customer_column", columns_.customer},
                  {c.date, "date_column", columns_.date},
                  {c.amount, "amount_column", columns_.amount},
                  {c.order, "order_column", columns_.order},
                  {c.channel, "channel_column", columns_.channel}};
  // The user's choices first, so the automatic ones never take their columns.
  std::vector<std::int64_t> used;
  for (auto& r : roles) {
    if (!r.wanted) continue;
    auto chosen = choose_column(headers, r.wanted, r.field, {});
    if (!chosen) return chosen.error();
    r.out = std::move(chosen.value());
    used.push_back(r.out.index);
  }
  auto automatic = [&](Role& r, std::initializer_list<std::string_view> names,
                       std::initializer_list<std::string_view> keywords) {
    if (r.wanted) return;
    r.out = find_column(headers, names, keywords, used);
    if (r.out.found()) used.push_back(r.out.index);
  };
  automatic(roles[0],
            {"customer", "customer_id", "customer id", "customerid", "cliente", "id cliente", "id_cliente",
             "codice cliente", "email", "e-mail", "customer email", "customer_email", "client", "client_id",
             "client id", "buyer", "user_id", "user id"},
            {"customer", "cliente", "client", "email", "e-mail", "buyer"});
  automatic(roles[1],
            {"date", "data", "order date", "order_date", "created", "created_at", "created at", "data ordine",
             "data_ordine", "purchase date", "paid at", "paid_at", "timestamp", "giorno"},
            {"date", "data", "created", "time", "giorno"});
  if (!columns_.date.found() && !c.date) {
    // No telling name: the CSV engine's guess from the values.
    const csv::ColumnMapping m = csv::map_columns(headers, sample, table_.dialect());
    if (m.date.index >= 0 && !taken(used, static_cast<std::size_t>(m.date.index))) {
      columns_.date = from_guess(m.date, headers);
      used.push_back(columns_.date.index);
    }
  }
  automatic(roles[2],
            {"amount", "total", "importo", "totale", "revenue", "price", "prezzo", "ricavo", "ricavi", "value",
             "valore", "order total", "total price", "importo totale", "totale ordine"},
            {"amount", "total", "importo", "totale", "revenue", "price", "prezzo", "ricav", "valore", "value"});
  automatic(roles[3],
            {"order", "ordine", "order_id", "order id", "orderid", "order number", "order_number", "numero ordine",
             "id ordine", "id_ordine", "invoice", "fattura", "transaction_id", "transaction id"},
            {"order", "ordine", "invoice", "fattura", "transaction"});
  automatic(roles[4], {"channel", "canale", "source", "fonte", "origine", "sales channel"},
            {"channel", "canale", "source"});

  if (!columns_.customer.found())
    return missing_column("customer_column", "customer-column", "customer ids", "l’identificativo del cliente", headers);
  if (!columns_.date.found())
    return missing_column("date_column", "date-column", "order dates", "la data dell’ordine", headers);
  if (!columns_.amount.found())
    return missing_column("amount_column", "amount-column", "order amounts", "l’importo dell’ordine", headers);

  csv::DateOrderVote vote;
  for (const auto& row : sample)
    if (static_cast<std::size_t>(columns_.date.index) < row.size()) vote.add(row[static_cast<std::size_t>(columns_.date.index)]);
  date_order_ = options_.table.dialect.date_order.value_or(vote.decide(options_.table.fallback_date_order));
  number_format_ = csv::number_format(table_.dialect());
  return std::nullopt;
}

void OrdersAnalysis::on_row(std::uint64_t line, std::span<const std::string_view> fields) {
  std::string_view customer = csv::trim(columns_.customer.in(fields));
  if (customer.empty()) return aggregate_.skip("blank_customer", line);
  if (customer.find('@') != std::string_view::npos) {
    // E-mail addresses: the same person whatever the capitals.
    id_buffer_.assign(customer);
    for (char& ch : id_buffer_)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    customer = id_buffer_;
  }
  const csv::ParsedDate d = csv::parse_date(columns_.date.in(fields), date_order_);
  if (!d.ok())
    return aggregate_.skip(d.issue == csv::DateIssue::blank ? "blank_date" : std::string(csv::date_issue_code(d.issue)), line);
  // The local calendar date as written decides the day (see csv/dates.hpp).
  const std::int64_t day = csv::days_from_civil(d.date.year, d.date.month, d.date.day);
  if (!day_in_range(day)) return aggregate_.skip("not_a_date", line);
  const csv::ParsedNumber amount = parse_amount(columns_.amount.in(fields), number_format_);
  if (!amount.ok() || !std::isfinite(amount.value))
    return aggregate_.skip(amount.issue == csv::NumberIssue::blank ? "blank_amount" : "not_an_amount", line);
  std::string_view channel;
  if (columns_.channel.found()) {
    channel = csv::trim(columns_.channel.in(fields));
    if (channel.empty()) channel = "(blank)";
  }
  aggregate_.add(line, customer, day, amount.value, csv::trim(columns_.order.in(fields)), channel);
}

}  // namespace polso::datasets
