// Choosing an orders file's columns: the user's names first, then the
// columns of the export profile the header matches, then a guess that weighs
// each column's name (English, Italian, French, Spanish, German, Portuguese)
// and its values (amounts are numbers, dates parse, ids vary, statuses are
// a few words), with penalties for look-alikes ("Refunded Amount" is not the
// amount, "Lineitem price" is a unit price, a fee is not revenue).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv/dialect.hpp"
#include "core/datasets/column_choice.hpp"
#include "core/datasets/export_profile.hpp"

namespace polso::datasets {

// The roles an orders file's columns can play ("--column ROLE=NAME").
// "amount" is the order's total, or each line's amount when the file lists
// one row per product line (see RevenueFrom).
inline constexpr std::string_view kOrderRoles[] = {"customer", "date",       "amount", "order",         "channel",
                                                   "quantity", "unit_price", "status", "refund_amount", "type"};

// Columns chosen by the user: a header name or a 1-based column number.
struct OrdersColumnOverrides {
  std::optional<std::string> customer, date, amount, order, channel, quantity, unit_price, status, refund_amount, type;
};

struct OrdersColumns {
  // type: the transaction's type in a payments ledger (PayPal's "Type":
  // payment, refund, withdrawal, fee …), read by transaction_type_meaning.
  ResolvedColumn customer, date, amount, order, channel, quantity, unit_price, status, refund_amount, type;
  // Not roles, found by their names: the currency of each amount, PayPal's
  // "Balance Impact" (Memo: the row moves no money), and Etsy's "Adjusted
  // Order Total" (the total after refunds: below the total, the difference
  // is refunded).
  std::optional<std::size_t> currency, balance_impact, adjusted_total;
};

// What an order's amount is computed from.
enum class RevenueFrom : std::uint8_t {
  order_total,            // the amount column, once per order (its first non-empty cell)
  quantity_x_unit_price,  // Σ quantity × unit price over the order's lines
  line_amounts,           // Σ the amount column over the order's lines
};
std::string_view revenue_from_id(RevenueFrom r);

struct OrdersLayout {
  OrdersColumns columns;
  RevenueFrom revenue_from = RevenueFrom::order_total;
  const ExportProfile* profile = nullptr;  // the export format recognised, if any
};

Expected<OrdersLayout> choose_order_columns(const std::vector<std::string>& headers,
                                            std::span<const std::vector<std::string>> sample,
                                            const OrdersColumnOverrides& wanted, const csv::Dialect& dialect);

}  // namespace polso::datasets
