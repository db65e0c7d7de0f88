#include "core/datasets/orders_columns.hpp"

#include <algorithm>
#include <set>

#include "core/csv/columns.hpp"
#include "core/csv/dates.hpp"
#include "core/csv/numbers.hpp"
#include "core/csv/words.hpp"
#include "core/datasets/orders_amounts.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

// What a role's cells look like, checked on the sample rows.
enum class Values : std::uint8_t { id, customer, date, money, count, words };

struct RoleRule {
  std::string_view role;
  ResolvedColumn OrdersColumns::*column;
  std::optional<std::string> OrdersColumnOverrides::*wanted;
  std::string_view names;     // folded names that are the role: a strong sign
  std::string_view keywords;  // folded parts of names: a fair sign
  std::string_view avoid;     // folded parts of names of look-alike columns
  Values values;
};

// In the order they are guessed: the narrow roles first, so "Refunded Amount",
// "Lineitem price" and "Financial Status" are taken before the amount and the
// status look at them.
constexpr RoleRule kRules[] = {
    {"order", &OrdersColumns::order, &OrdersColumnOverrides::order,
     "order|order id|order_id|orderid|order number|order_number|order no|order #|order nr|numero ordine|n. ordine|"
     "id ordine|id_ordine|ordine|invoice|invoiceno|invoice no|invoice number|invoice_no|fattura|numero fattura|"
     "transaction id|transaction_id|commande|numero de commande|n de commande|id commande|pedido|numero de pedido|"
     "id pedido|n pedido|id do pedido|numero do pedido|bestellung|bestellnummer|bestell-nr|auftragsnummer|"
     "rechnungsnummer|rechnung|receipt number|receipt id",
     "order|ordine|invoice|fattura|transaction|commande|pedido|bestell|auftrag|rechnung|receipt|ricevuta|facture|"
     "factura|fatura",
     "date|data|status|stato|statut|estado|total|amount|importo|note|type|tipo|quantit|qty|line|item|riga|articolo|"
     "shipping|spedizion|discount|sconto|tax|refund|rimbors|currency|valuta|count|number of",
     Values::id},
    {"status", &OrdersColumns::status, &OrdersColumnOverrides::status,
     "financial status|payment status|order status|status|stato|stato ordine|stato pagamento|statut|statut de la "
     "commande|statut du paiement|estado|estado del pedido|estado del pago|bestellstatus|zahlungsstatus|status do "
     "pedido|situacao|stato dell'ordine",
     "status|stato|statut|estado|situacao",
     "fulfil|evasion|spedizion|shipping|shipment|livraison|envio|versand|address|indirizzo|risk|rischio|marketing|"
     "code|codice",
     Values::words},
    {"refund_amount", &OrdersColumns::refund_amount, &OrdersColumnOverrides::refund_amount,
     "refunded amount|amount refunded|refund amount|refunded|refunds|refund|refunded total|refunded_total|"
     "order refund amount|importo rimborsato|rimborso|rimborsi|totale rimborsato|montant rembourse|remboursement|"
     "importe reembolsado|reembolso|erstatteter betrag|erstattung|erstattet|valor reembolsado|reembolso total",
     "refund|rimbors|rembours|reembols|erstatt|estorn",
     "date|data|time|quantit|qty|reason|motivo|raison|status|stato|count|number",
     Values::money},
    {"quantity", &OrdersColumns::quantity, &OrdersColumnOverrides::quantity,
     "quantity|qty|lineitem quantity|quantita|qta|q.ta|quantite|cantidad|menge|anzahl|quantidade|pezzi|units|"
     "item quantity|quantity ordered",
     "quantit|qty|qta|cantidad|menge|anzahl|pezzi",
     "refund|rimbors|shipped|spedit|available|stock|magazzino|number of items|min|max",
     Values::count},
    {"unit_price", &OrdersColumns::unit_price, &OrdersColumnOverrides::unit_price,
     "unit price|unitprice|unit_price|price|lineitem price|item price|item cost|prezzo|prezzo unitario|"
     "costo unitario|prix|prix unitaire|precio|precio unitario|preis|einzelpreis|stuckpreis|preco|preco unitario|"
     "sale price|selling price",
     "unit price|unitprice|unit_price|prezzo|price|prix|precio|preis|preco",
     "compare|total|totale|refund|rimbors|discount|sconto|shipping|spedizion|tax|iva|vat|cost price|wholesale|"
     "list price",
     Values::money},
    {"amount", &OrdersColumns::amount, &OrdersColumnOverrides::amount,
     "total|amount|order total|total amount|order amount|grand total|total price|total_price|gross|gross sales|"
     "revenue|value|order value|importo|importo totale|totale|totale ordine|totale documento|ricavo|ricavi|valore|"
     "montant|montant total|total ttc|total commande|importe|importe total|total pedido|betrag|gesamtbetrag|"
     "gesamtsumme|summe|bruttobetrag|valor|valor total|total do pedido|sales|vendite|line total|item total|"
     "total collected|subtotal",
     "amount|total|importo|totale|revenue|ricav|valore|value|montant|importe|betrag|summe|valor|gross|lordo|sales|"
     "vendit|incasso",
     "refund|rimbors|rembours|reembols|erstatt|estorn|fee|commission|commissione|frais|gebuhr|tax|iva|tva|vat|"
     "steuer|impuesto|imposto|shipping|spedizion|livraison|envio|versand|discount|sconto|remise|descuento|rabatt|"
     "desconto|unit|unitario|lineitem|compare|quantit|qty|balance|saldo|outstanding|tip|mancia|count|number of|"
     "currency|valuta|net|netto|customer|cliente|date|data",
     Values::money},
    {"date", &OrdersColumns::date, &OrdersColumnOverrides::date,
     "date|data|order date|order_date|created|created at|created_at|created (utc)|date created|data ordine|"
     "data_ordine|data dell'ordine|purchase date|sale date|invoicedate|invoice date|paid at|paid_at|date paid|"
     "timestamp|giorno|fecha|fecha del pedido|datum|bestelldatum|date de commande|date commande|data do pedido|"
     "data pedido",
     "date|data|created|time|giorno|fecha|datum|jour|dia",
     "ship|spedi|fulfil|due|scadenza|updated|modified|modific|cancel|annull|refund|rimbors|birth|nascita|consegna|"
     "delivery|livraison|entrega|lieferung|zone|fuso",
     Values::date},
    {"customer", &OrdersColumns::customer, &OrdersColumnOverrides::customer,
     "customer|customer id|customer_id|customerid|customer email|customer_email|email|e-mail|cliente|id cliente|"
     "id_cliente|codice cliente|email cliente|e-mail (fatturazione)|email (billing)|billing email|billing_email|"
     "client|client id|client_id|buyer|buyer email|user id|user_id|kunde|kundennummer|kunden-id|comprador|"
     "id do cliente|acheteur|courriel|correo|correo electronico|from email address",
     "customer|cliente|client|email|e-mail|mail|buyer|kunde|acquirente|acheteur|comprador|kaufer|courriel|correo",
     "note|ip|agent|type|tipo|message|accepts|marketing|count|number of|since|total|spent|group|gruppo|new|nuovo|"
     "to email",
     Values::customer},
    {"type", &OrdersColumns::type, &OrdersColumnOverrides::type,
     "type|transaction type|tipo|tipo transazione|tipo di transazione|tipo movimento|type de transaction|"
     "tipo de transaccion|transaktionstyp|transaktionsart|tipo de transacao|event type|tipo evento",
     "type|tipo|typ",
     "order|ordine|commande|pedido|bestell|customer|cliente|client|kunde|product|prodotto|item|articolo|payment method|"
     "metodo|card|carta|shipping|spedizion|address|indirizzo|account|conto|document|tax|iva|price|prezzo|file|"
     "device|dispositivo|source|fonte|mime",
     Values::words},
    {"channel", &OrdersColumns::channel, &OrdersColumnOverrides::channel,
     "channel|canale|source|fonte|origine|sales channel|canal|kanal|vertriebskanal|canal de venta|order type|"
     "origin|canale di vendita",
     "channel|canale|canal|kanal|source",
     "id|url|site|email|medium|campaign|referr",
     Values::words},
};

bool contains_any(const std::string& folded, std::string_view list, std::string_view* which = nullptr) {
  const std::string_view found = csv::find_any(folded, list, csv::Match::anywhere);
  if (which && !found.empty()) *which = found;
  return !found.empty();
}

struct Candidate {
  std::size_t index = 0;
  double score = 0;
  std::string reason_en, reason_it;
};

class Guesser {
 public:
  Guesser(const std::vector<std::string>& headers, std::span<const std::vector<std::string>> sample,
          const csv::Dialect& dialect)
      : headers_(headers), sample_(sample), format_(csv::number_format(dialect)) {
    for (const auto& h : headers) folded_.push_back(csv::fold_for_matching(csv::trim(h)));
  }

  // Every free column that could hold the rule's role, best first.
  std::vector<Candidate> candidates(const RoleRule& r, std::span<const std::int64_t> used, bool allow_price) const {
    std::vector<Candidate> out;
    for (std::size_t i = 0; i < headers_.size(); ++i) {
      if (std::find(used.begin(), used.end(), static_cast<std::int64_t>(i)) != used.end()) continue;
      const std::string& h = folded_[i];
      Candidate c;
      c.index = i;
      std::string_view word;
      if (csv::is_one_of(h, r.names)) {
        c.score = 4;
        c.reason_en = "Named “" + headers_[i] + "”.";
        c.reason_it = "Si chiama “" + headers_[i] + "”.";
      } else if (contains_any(h, r.keywords, &word)) {
        c.score = 2.5;
        c.reason_en = "The name contains “" + std::string(word) + "”.";
        c.reason_it = "Il nome contiene “" + std::string(word) + "”.";
      } else if (r.role == "amount" && allow_price && contains_any(h, "price|prezzo|prix|precio|preis|preco", &word)) {
        // A price is the order's amount only where the file has no quantities.
        c.score = 1.5;
        c.reason_en = "The name contains “" + std::string(word) + "” and the file has no quantities.";
        c.reason_it = "Il nome contiene “" + std::string(word) + "” e il file non ha quantità.";
      } else {
        continue;
      }
      if (c.score < 4 && contains_any(h, r.avoid)) c.score -= 3;
      // A name that is the role outright still loses to a look-alike word only
      // when the look-alike is the whole point ("Refunded Amount").
      if (c.score == 4 && r.role == "amount" && contains_any(h, "refund|rimbors|fee|commission|tax|shipping|unit|lineitem|net"))
        c.score = 1;
      const std::optional<double> fit = value_fit(r, i);
      if (!fit) continue;
      c.score += *fit;
      if (c.score <= 0) continue;
      out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    return out;
  }

  // Rows of the sample where the column holds something.
  std::vector<std::string_view> cells(std::size_t i) const {
    std::vector<std::string_view> out;
    for (const auto& row : sample_)
      if (i < row.size() && !csv::trim(row[i]).empty()) out.push_back(csv::trim(row[i]));
    return out;
  }

  csv::NumberFormat format() const { return format_; }

 private:
  // How well the column's values fit the role, added to the name's score;
  // nullopt when they cannot hold it at all.
  std::optional<double> value_fit(const RoleRule& r, std::size_t i) const {
    const std::vector<std::string_view> v = cells(i);
    if (v.empty()) return r.values == Values::money ? std::optional<double>(0) : std::nullopt;
    const double n = static_cast<double>(v.size());
    auto share = [&](auto&& test) {
      return static_cast<double>(std::count_if(v.begin(), v.end(), test)) / n;
    };
    auto is_date = [](std::string_view s) {
      const csv::ParsedDate d = csv::parse_date(s, csv::DateOrder::unknown);
      return d.ok() || d.issue == csv::DateIssue::ambiguous;
    };
    // Either decimal separator: the file's may be a guess from its delimiter.
    auto is_amount = [&](std::string_view s) {
      return parse_amount(s, format_).ok() || parse_amount(s, {format_.thousands, format_.decimal}).ok();
    };
    std::set<std::string_view> distinct(v.begin(), v.end());
    switch (r.values) {
      case Values::date: {
        const double d = share(is_date);
        return d >= 0.6 ? std::optional<double>(d) : std::nullopt;
      }
      case Values::money: {
        const double m = share(is_amount);
        return m >= 0.8 ? std::optional<double>(m - share(is_date)) : std::nullopt;
      }
      case Values::count: {
        const double w = share([&](std::string_view s) { return csv::parse_number(s, format_).whole(); });
        return w >= 0.8 ? std::optional<double>(w) : std::nullopt;
      }
      case Values::id: {
        if (share(is_date) > 0.5) return std::nullopt;
        // An id column names many orders: two values over many rows are a flag.
        if (v.size() >= 10 && distinct.size() <= 2) return std::nullopt;
        return static_cast<double>(distinct.size()) / n >= 0.3 ? 0.5 : 0.0;
      }
      case Values::customer: {
        if (share(is_date) > 0.5) return std::nullopt;
        const double emails = share([](std::string_view s) { return s.find('@') != std::string_view::npos; });
        const double money = share([&](std::string_view s) {
          return s.find_first_of(".,") != std::string_view::npos && csv::parse_number(s, format_).ok();
        });
        return emails - 2 * money;
      }
      case Values::words: {
        if (share(is_amount) > 0.5 || share(is_date) > 0.5) return std::nullopt;
        return distinct.size() <= 30 ? 0.5 : -2.0;
      }
    }
    return 0.0;
  }

  const std::vector<std::string>& headers_;
  std::span<const std::vector<std::string>> sample_;
  csv::NumberFormat format_;
  std::vector<std::string> folded_;
};

void set_runners_up(ResolvedColumn& out, const std::vector<Candidate>& candidates,
                    const std::vector<std::string>& headers) {
  for (const Candidate& c : candidates) {
    if (static_cast<std::int64_t>(c.index) == out.index) continue;
    if (out.runners_up.size() >= ResolvedColumn::kMaxRunnersUp) break;
    out.runners_up.push_back({static_cast<std::int64_t>(c.index), headers[c.index]});
  }
}

// The amount column holds each line's amount rather than the order's total:
// its name says so, or one order's rows carry different positive amounts.
bool amount_per_line(const ResolvedColumn& amount, const ResolvedColumn& order,
                     std::span<const std::vector<std::string>> sample, csv::NumberFormat format) {
  const std::string name = csv::fold_for_matching(amount.name);
  if (contains_any(name, "line|item|riga|articolo|ligne|linea|posizion|position|zeile|artikel")) return true;
  if (!order.found()) return false;
  const auto a = static_cast<std::size_t>(amount.index), o = static_cast<std::size_t>(order.index);
  std::vector<std::pair<std::string_view, double>> seen;  // the sample's orders: small
  for (const auto& row : sample) {
    if (a >= row.size() || o >= row.size()) continue;
    const std::string_view id = csv::trim(row[o]);
    const csv::ParsedNumber x = parse_amount(row[a], format);
    if (id.empty() || !x.ok() || x.value <= 0) continue;
    auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& p) { return p.first == id; });
    if (it == seen.end()) seen.emplace_back(id, x.value);
    else if (it->second != x.value) return true;
  }
  return false;
}

Error missing_column(std::string_view field, std::string_view what_en, std::string_view what_it,
                     const std::vector<std::string>& headers) {
  const std::string list = column_list(headers);
  return problems::invalid(field, "column_not_found",
                           {"Could not tell which column holds the " + std::string(what_en) +
                                ". Choose it. The columns are: " + list + ".",
                            "Non è chiaro quale colonna contenga " + std::string(what_it) +
                                ". Sceglila tu. Le colonne sono: " + list + "."});
}


}  // namespace

std::string_view revenue_from_id(RevenueFrom r) {
  switch (r) {
    case RevenueFrom::order_total: return "order_total";
    case RevenueFrom::quantity_x_unit_price: return "quantity_x_unit_price";
    case RevenueFrom::line_amounts: return "line_amounts";
  }
  return "order_total";
}

Expected<OrdersLayout> choose_order_columns(const std::vector<std::string>& headers,
                                            std::span<const std::vector<std::string>> sample,
                                            const OrdersColumnOverrides& wanted, const csv::Dialect& dialect) {
  OrdersLayout out;
  OrdersColumns& cols = out.columns;
  out.profile = match_profile(headers, DatasetKind::orders);
  // The user's choices first, so nothing else takes their columns.
  std::vector<std::int64_t> used;
  for (const RoleRule& r : kRules) {
    if (!(wanted.*r.wanted)) continue;
    auto chosen = choose_column(headers, wanted.*r.wanted, std::string(r.role) + "_column", {});
    if (!chosen) return chosen.error();
    cols.*r.column = std::move(chosen.value());
    if ((cols.*r.column).found()) used.push_back((cols.*r.column).index);
  }
  const Guesser guess(headers, sample, dialect);
  for (const RoleRule& r : kRules) {
    if (wanted.*r.wanted) continue;
    ResolvedColumn& c = cols.*r.column;
    // A price is a unit price beside quantities, the amount without them.
    const bool has_quantity = cols.quantity.found();
    if (r.role == "unit_price" && !has_quantity && !out.profile) continue;
    const std::vector<Candidate> ranked = guess.candidates(r, used, !has_quantity);
    if (out.profile) {
      c = from_profile(*out.profile, r.role, headers);
      if (c.found() && std::find(used.begin(), used.end(), c.index) != used.end()) c = {};
    } else if (!ranked.empty()) {
      const Candidate& best = ranked.front();
      c = ResolvedColumn{};
      c.index = static_cast<std::int64_t>(best.index);
      c.name = headers[best.index];
      c.reason_en = best.reason_en, c.reason_it = best.reason_it;
    }
    if (!c.found() && r.role == "date" && !out.profile) {
      // No telling name: the CSV engine's guess from the values.
      const csv::ColumnMapping m = csv::map_columns(headers, sample, dialect);
      if (m.date.index >= 0 && std::find(used.begin(), used.end(), m.date.index) == used.end())
        c = from_guess(m.date, headers);
    }
    set_runners_up(c, ranked, headers);
    if (c.found()) used.push_back(c.index);
  }

  for (std::size_t i = 0; i < headers.size() && !cols.currency; ++i)
    if (csv::is_one_of(csv::fold_for_matching(csv::trim(headers[i])),
                   "currency|currency code|valuta|divisa|codice valuta|devise|moneda|wahrung|moeda"))
      cols.currency = i;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    const std::string name = csv::fold_for_matching(csv::trim(headers[i]));
    if (name == "balance impact" && !cols.balance_impact) cols.balance_impact = i;
    if (name == "adjusted order total" && !cols.adjusted_total) cols.adjusted_total = i;
  }

  if (!cols.customer.found())
    return missing_column("customer_column", "customer ids", "l’identificativo del cliente", headers);
  if (!cols.date.found()) return missing_column("date_column", "order dates", "la data dell’ordine", headers);
  // The order's total first; then Σ quantity × unit price; then Σ line amounts.
  const bool lines = cols.quantity.found() && cols.unit_price.found();
  const bool amount_lines = cols.amount.found() && amount_per_line(cols.amount, cols.order, sample, guess.format());
  if (cols.amount.found() && (!amount_lines || !lines || cols.amount.by_user))
    out.revenue_from = amount_lines ? RevenueFrom::line_amounts : RevenueFrom::order_total;
  else if (lines)
    out.revenue_from = RevenueFrom::quantity_x_unit_price;
  else
    return missing_column("amount_column", "order amounts (or each line’s quantity and unit price)",
                          "l’importo dell’ordine (o quantità e prezzo unitario di ogni riga)", headers);
  return out;
}

}  // namespace polso::datasets
