#include "core/datasets/orders_analysis.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/budgets.hpp"
#include "core/csv/columns.hpp"
#include "core/datasets/capped_groups.hpp"
#include "core/csv/numbers.hpp"
#include "core/datasets/date_order_choice.hpp"
#include "core/datasets/orders_amounts.hpp"
#include "core/datasets/orders_status.hpp"

namespace polso::datasets {
namespace {

// The row's cells as one text, to tell a row that repeats the previous one.
void join_cells(std::span<const std::string_view> fields, std::string& out) {
  out.clear();
  for (std::string_view f : fields) out.append(f).push_back('\x1f');
}

}  // namespace

OrdersAnalysis::OrdersAnalysis(OrdersAnalysisOptions options)
    : options_(std::move(options)), table_(options_.table, *this) {}

// Everything on_columns() settled, nothing counted.
OrdersAnalysis::OrdersAnalysis(const OrdersAnalysis& head, PartOf)
    : options_(head.options_),
      layout_(head.layout_),
      date_order_(head.date_order_),
      date_order_note_(head.date_order_note_),
      number_format_(head.number_format_),
      is_part_(true),
      table_(head.table_, *this) {}

std::unique_ptr<OrdersAnalysis> OrdersAnalysis::part() const {
  if (!table_.ready_for_parts()) return nullptr;
  return std::unique_ptr<OrdersAnalysis>(new OrdersAnalysis(*this, PartOf{}));
}

std::optional<OpenOrder> OrdersAnalysis::open_order() const {
  if (!opened_) return std::nullopt;
  OpenOrder open = current_;
  if (current_.skip_reason.empty()) open.customer = aggregate_.customers().id(current_.customer_index);
  return open;
}

OrdersPartState OrdersAnalysis::part_state() const {
  return {aggregate_, table_.part_summary(), lead_, window_, mergeable_, open_order()};
}

bool OrdersAnalysis::absorb_view(const PartView& part, std::uint64_t line_offset) {
  if (!part.mergeable) return false;
  // Its first rows, of one order id, may continue the order open here:
  // read them here, where that order is known.
  std::vector<std::string_view> cells;
  for (const HeldRow& row : part.lead) {
    cells.assign(row.cells.begin(), row.cells.end());
    read_row(row.line + line_offset, cells);
  }
  // The rows it read as following no order, and the ids it read as new.
  if (!current_.id.empty() && std::find(part.window.begin(), part.window.end(), current_.id) != part.window.end())
    return false;
  if (aggregate_.order_ids_.flags_any_of(part.aggregate.order_ids_)) return false;
  const OrdersAggregate& b = part.aggregate;
  if (!groups_merge_exactly(aggregate_.channels(), b.channels(), aggregate_.channels_capped() || b.channels_capped(),
                            OrdersAggregate::kMaxChannels))
    return false;
  if (!table_.absorb(part.table)) return false;
  aggregate_.merge(b, line_offset);
  if (part.open) {
    CurrentOrder order;
    static_cast<OpenOrder&>(order) = *part.open;
    if (order.skip_reason.empty()) {
      order.customer_index = aggregate_.customer(order.customer);
      if (order.customer_index == CustomerTable::kNone) return false;
    }
    open_order(std::move(order));
  }
  return true;
}

bool OrdersAnalysis::hold(std::uint64_t line, std::span<const std::string_view> fields) {
  const std::string_view id = csv::trim(layout_.columns.order.in(fields));
  if (lead_.empty() && !id.empty()) lead_id_ = id;
  if (id.empty() || id != lead_id_) {
    part_start_ = PartStart::window;
    return false;
  }
  HeldRow row{line, {fields.begin(), fields.end()}};
  for (const auto& cell : row.cells) lead_bytes_ += cell.size() + 8;
  if (lead_bytes_ > budget::kMaxHeldOrderBytes) {
    mergeable_ = false, part_start_ = PartStart::done;
    return false;
  }
  lead_.push_back(std::move(row));
  return true;
}

void OrdersAnalysis::on_row(std::uint64_t line, std::span<const std::string_view> fields) {
  if (!is_part_ || part_start_ == PartStart::done) return read_row(line, fields);
  if (part_start_ == PartStart::lead && hold(line, fields)) return;
  if (const std::string_view id = csv::trim(layout_.columns.order.in(fields)); !id.empty()) {
    if (window_.size() >= budget::kMaxPartWindowIds) mergeable_ = false, part_start_ = PartStart::done;
    else window_.emplace_back(id);
  }
  read_row(line, fields);
  if (opened_) part_start_ = PartStart::done;
}

void OrdersAnalysis::open_order(CurrentOrder order) {
  current_ = std::move(order);
  opened_ = true;
}

std::uint8_t OrdersAnalysis::order_flags(std::string_view id) {
  if (id.empty()) return 0;
  return is_part_ ? aggregate_.mark_order(id, 0) : aggregate_.order_flags(id);
}

Micros OrdersAnalysis::micros(double units) {
  const auto m = to_micros(units);
  if (!m) aggregate_.note_money_overflow();
  return m.value_or(0);
}

std::optional<Error> OrdersAnalysis::on_columns(const std::vector<std::string>& headers,
                                                std::span<const std::vector<std::string>> sample) {
  auto layout = choose_order_columns(headers, sample, options_.columns, table_.dialect());
  if (!layout) return layout.error();
  layout_ = std::move(layout.value());
  csv::DateOrderVote vote;
  const auto at = static_cast<std::size_t>(layout_.columns.date.index);
  for (const auto& row : sample)
    if (at < row.size()) vote.add(row[at]);
  DateOrderChoice order = choose_date_order(vote, options_.table.dialect.date_order, layout_.profile, headers,
                                            options_.table.fallback_date_order);
  date_order_ = order.order;
  date_order_note_ = std::move(order.ambiguous);
  number_format_ = csv::number_format(table_.dialect());
  if (!options_.table.dialect.decimal) {
    std::vector<std::string_view> money;
    for (const ResolvedColumn* col : {&layout_.columns.amount, &layout_.columns.unit_price, &layout_.columns.refund_amount})
      for (const auto& row : sample)
        if (col->found() && static_cast<std::size_t>(col->index) < row.size()) money.push_back(row[static_cast<std::size_t>(col->index)]);
    number_format_ = amount_format(money, number_format_);
  }
  return std::nullopt;
}

std::string_view OrdersAnalysis::customer_id(std::string_view customer) {
  if (customer.find('@') == std::string_view::npos) return customer;
  // E-mail addresses: the same person whatever the capitals.
  id_buffer_.assign(customer);
  for (char& ch : id_buffer_)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return id_buffer_;
}

OrdersAnalysis::Money OrdersAnalysis::row_money(std::span<const std::string_view> fields) const {
  const OrdersColumns& c = layout_.columns;
  auto read = [&](const ResolvedColumn& col, std::string_view blank_code, std::string_view bad_code,
                  csv::ParsedNumber& out) -> std::string_view {
    out = parse_amount(col.in(fields), number_format_);
    if (out.issue == csv::NumberIssue::blank) return blank_code;
    if (!out.ok() || !std::isfinite(out.value)) return bad_code;
    return {};
  };
  Money m;
  csv::ParsedNumber x;
  if (layout_.revenue_from != RevenueFrom::quantity_x_unit_price) {
    m.skip = read(c.amount, "blank_amount", "not_an_amount", x);
    m.value = x.value;
  } else {
    csv::ParsedNumber q;
    const std::string_view q_issue = read(c.quantity, "blank_quantity", "not_a_quantity", q);
    const std::string_view p_issue = read(c.unit_price, "blank_amount", "not_an_amount", x);
    if (q_issue == "blank_quantity" && p_issue == "blank_amount") m.skip = "blank_amount";
    else m.skip = !q_issue.empty() ? q_issue : p_issue;
    m.value = q.value * x.value;
    if (m.skip.empty() && !std::isfinite(m.value)) m.skip = "not_an_amount";
  }
  if (m.skip == "blank_amount") m.blank = true, m.value = 0;
  return m;
}

void OrdersAnalysis::read_row(std::uint64_t line, std::span<const std::string_view> fields) {
  const OrdersColumns& c = layout_.columns;
  const bool totals = layout_.revenue_from == RevenueFrom::order_total;
  const std::string_view id = csv::trim(c.order.in(fields));
  const bool same_order = !id.empty() && id == current_.id;

  // A row that repeats the previous one whole: an export listing it twice.
  if (totals && same_order) {
    join_cells(fields, row_buffer_);
    if (row_buffer_ == current_.last_row) return skip("duplicate_order", line);
    current_.last_row = row_buffer_;
  }

  // The status: its own cell, or its order's on a line-item row.
  const std::string_view status_cell = csv::trim(c.status.in(fields));
  Meaning status = status_cell.empty() ? Meaning::none : statuses_.get(status_cell, [&](std::string_view cell) {
    return meaning_of(cell, layout_.profile, generic_order_statuses());
  });
  if (same_order && !current_.skip_reason.empty()) return skip(current_.skip_reason, line);
  if (same_order && status_cell.empty()) status = current_.status;
  // An order that cannot be counted: its line rows that follow are skipped alike.
  auto skip_order = [&](std::string_view reason) {
    if (!same_order) {
      CurrentOrder order;
      order.id = id;
      order.skip_reason = reason;
      open_order(std::move(order));
    }
    skip(reason, line);
  };
  if (status == Meaning::not_paid) return skip_order("not_paid");
  // A ledger's withdrawals, transfers, fees and holds move money but sell
  // nothing; PayPal's memo rows (invoices sent, authorizations) move none.
  const std::string_view type_cell = csv::trim(c.type.in(fields));
  const Meaning type = type_cell.empty() ? Meaning::none : types_.get(type_cell, transaction_type_meaning);
  if (type == Meaning::not_a_sale) return skip("not_a_sale", line);
  if (c.balance_impact && *c.balance_impact < fields.size() &&
      csv::fold_for_matching(csv::trim(fields[*c.balance_impact])) == "memo")
    return skip("not_a_sale", line);

  // The money.
  const Money m = row_money(fields);
  const std::uint8_t flags = order_flags(id);
  if (!m.skip.empty() && !m.blank) return skip(m.skip, line);
  // A payment paid out is the account's own spending, and a refund paid in
  // someone else's refund to the account. (A type no word tells, "Product"
  // or "Service", leaves a negative amount a credit note.)
  if ((type == Meaning::paid && m.value < 0) || (type == Meaning::refunded && m.value > 0))
    return skip("not_a_sale", line);
  // A blank amount is a line of an order already counted, or nothing.
  if (m.blank && !same_order && !(flags & kOrderCounted)) return skip(m.skip, line);
  Micros revenue = 0, refund = 0;
  std::uint8_t mark = 0;
  if (m.value < 0) {
    refund = micros(-m.value);  // a credit note, a cancellation line, a refund row
  } else if (!m.blank) {
    if (!totals || id.empty() || !(flags & kTotalTaken)) {
      revenue = micros(m.value);
      if (totals) mark |= kTotalTaken;
    } else if (!same_order) {
      return skip("duplicate_order", line);  // counted on an earlier row
    }
  }

  // Who and when: the row's own cells, or its order's on a line-item row.
  const std::string_view date_cell = csv::trim(c.date.in(fields));
  const std::string_view customer_cell = csv::trim(c.customer.in(fields));
  // A line row of an order seen earlier but not just before: its customer
  // and day are not kept, so it cannot be placed.
  if (!same_order && flags != 0 && (date_cell.empty() || customer_cell.empty())) return skip("order_line_apart", line);
  std::int64_t day = current_.day;
  if (!same_order || !date_cell.empty()) {
    const csv::ParsedDate d = csv::parse_date(date_cell, date_order_);
    if (!d.ok())
      return skip_order(d.issue == csv::DateIssue::blank ? "blank_date" : csv::date_issue_code(d.issue));
    // The local calendar date as written decides the day (see csv/dates.hpp).
    day = csv::days_from_civil(d.date.year, d.date.month, d.date.day);
    if (!day_in_range(day)) return skip_order("not_a_date");
  }
  if (customer_cell.empty() && !same_order) return skip_order("blank_customer");
  std::uint32_t customer = current_.customer_index;
  if (!customer_cell.empty()) {
    customer = aggregate_.customer(customer_id(customer_cell));
    if (customer == CustomerTable::kNone) return skip("customer_id_too_long", line);
  }
  std::string_view channel;
  if (c.channel.found()) {
    channel = csv::trim(c.channel.in(fields));
    if (channel.empty()) channel = same_order ? std::string_view(current_.channel) : "(blank)";
  }

  // Refunds said by a refund column or by the status: once per order (a
  // refunded order listed line by line refunds each of its lines).
  Micros told = 0;  // a refund the row tells, as a positive amount
  bool tells = false;
  if (const csv::ParsedNumber cell = parse_amount(c.refund_amount.in(fields), number_format_);
      cell.ok() && std::isfinite(cell.value) && cell.value != 0)
    told = micros(std::fabs(cell.value)), tells = true;
  if (!c.refund_amount.found() && c.adjusted_total && revenue > 0 && *c.adjusted_total < fields.size()) {
    const csv::ParsedNumber adjusted = parse_amount(fields[*c.adjusted_total], number_format_);
    // More than half a cent below the amount paid.
    if (adjusted.ok() && adjusted.value >= 0 && revenue - micros(adjusted.value) > 5000)
      told = revenue - micros(adjusted.value), tells = true;
  }
  const bool refund_open = !(flags & kRefundCounted);
  if (tells) {
    if (refund_open) refund += told;
  } else if (status == Meaning::refunded) {
    if (refund_open || !totals) refund += revenue;
  } else if (status == Meaning::partly_refunded && refund_open && !same_order) {
    aggregate_.note_unknown_refund();
  }

  const bool new_order = m.value >= 0 && !m.blank && (id.empty() || !(flags & kOrderCounted));
  const bool new_refund = refund > 0 && (id.empty() || !(flags & kRefundCounted));
  if (new_order) mark |= kOrderCounted;
  if (refund > 0) mark |= kRefundCounted;
  if (!id.empty() && mark) aggregate_.mark_order(id, mark);

  DayTotals delta;
  delta.orders = new_order ? 1 : 0;
  delta.refunds = new_refund ? 1 : 0;
  delta.order_revenue = revenue;
  delta.refund_amount = refund;
  aggregate_.add(customer, day, channel, delta);

  if (!same_order) {
    CurrentOrder order;
    order.id = id, order.customer_index = customer, order.day = day, order.channel = channel;
    order.status = status;
    if (totals && !id.empty()) join_cells(fields, order.last_row);
    open_order(std::move(order));
  }
  current_.amount += revenue;
  aggregate_.note_order_amount(current_.amount);
  if (c.currency && (revenue > 0 || refund > 0)) {
    const std::string_view currency = *c.currency < fields.size() ? csv::trim(fields[*c.currency]) : std::string_view();
    if (!currency.empty()) aggregate_.note_currency(currency);
  }
}

}  // namespace polso::datasets
