#include "core/datasets/orders_aggregate.hpp"

#include <algorithm>

namespace polso::datasets {

DayTotals& OrdersAggregate::channel_bucket(std::string_view key) {
  if (channels_.size() >= kMaxChannels && !channels_.contains(key)) {
    channels_capped_ = true;
    key = kOtherChannel;
  }
  auto it = channels_.find(key);
  if (it == channels_.end()) it = channels_.emplace(std::string(key), DayTotals{}).first;
  return it->second;
}

// Orders and refunds each add up only upwards, so whether their totals pass
// the int64 range does not depend on the order of addition (nor on parts);
// below it, no day, channel or customer sum can pass it either.
void OrdersAggregate::add_totals(Micros in, Micros out) {
  if (__builtin_add_overflow(money_in_, in, &money_in_) || __builtin_add_overflow(money_out_, out, &money_out_))
    money_overflow_ = true;
}

void OrdersAggregate::add(std::uint32_t customer, std::int64_t day, std::string_view channel, const DayTotals& delta) {
  add_totals(delta.order_revenue, delta.refund_amount);
  if (delta.orders) customers_.add_orders(customer, day, static_cast<std::uint32_t>(delta.orders));
  customers_.add_revenue(customer, delta.order_revenue - delta.refund_amount);
  days_[day].merge(delta);
  if (!channel.empty()) channel_bucket(channel).merge(delta);
  rows_.used();
}

void OrdersAggregate::merge(const OrdersAggregate& other, std::uint64_t line_offset) {
  add_totals(other.money_in_, other.money_out_);
  money_overflow_ = money_overflow_ || other.money_overflow_;
  customers_.merge(other.customers_);
  duplicates_across_parts_ += other.duplicates_across_parts_ + order_ids_.merge(other.order_ids_);
  for (const auto& [day, t] : other.days_) days_[day].merge(t);
  for (const auto& [key, t] : other.channels_) channel_bucket(key).merge(t);
  rows_.merge(other.rows_, line_offset);
  channels_capped_ = channels_capped_ || other.channels_capped_;
  largest_order_ = std::max(largest_order_, other.largest_order_);
  unknown_refunds_ += other.unknown_refunds_;
  for (const auto& code : other.currencies_) note_currency(code);
}

void OrdersAggregate::note_currency(std::string_view code) {
  std::string upper(code);
  for (char& ch : upper)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  if (std::find(currencies_.begin(), currencies_.end(), upper) == currencies_.end() &&
      currencies_.size() < kMaxCurrencies)
    currencies_.push_back(std::move(upper));
}

}  // namespace polso::datasets
