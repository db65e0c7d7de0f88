#include "core/datasets/orders_warnings.hpp"

namespace polso::datasets {

std::vector<Warning> orders_warnings(const OrdersAnalysis& a, const OrdersReport& r) {
  std::vector<Warning> out = r.warnings;
  if (a.date_order_note()) out.push_back(*a.date_order_note());
  return out;
}

}  // namespace polso::datasets
