#include "core/datasets/orders_aggregate.hpp"

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

void OrdersAggregate::add(std::uint64_t line, std::string_view customer, std::int64_t day, double amount,
                          std::string_view order_id, std::string_view channel) {
  const bool refund = amount < 0;
  // A refund often repeats its order's id, so only orders are de-duplicated.
  if (!refund && !order_id.empty() && !order_ids_.insert(order_id)) return skip("duplicate_order", line);
  const std::uint32_t c = customers_.intern(customer);
  if (c == CustomerTable::kNone) return skip("customer_id_too_long", line);
  DayTotals delta;
  if (refund) {
    delta.refunds = 1;
    delta.refund_amount = -amount;
  } else {
    delta.orders = 1;
    delta.order_revenue = amount;
    customers_.add_orders(c, day, 1);
  }
  customers_.add_revenue(c, amount);
  days_[day].merge(delta);
  if (!channel.empty()) channel_bucket(channel).merge(delta);
  rows_.used();
}

void OrdersAggregate::merge(const OrdersAggregate& other) {
  customers_.merge(other.customers_);
  duplicates_across_parts_ += other.duplicates_across_parts_ + order_ids_.merge(other.order_ids_);
  for (const auto& [day, t] : other.days_) days_[day].merge(t);
  for (const auto& [key, t] : other.channels_) channel_bucket(key).merge(t);
  rows_.merge(other.rows_);
  channels_capped_ = channels_capped_ || other.channels_capped_;
}

}  // namespace polso::datasets
