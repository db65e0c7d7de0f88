// What a status or a ledger's transaction type says, as the shops and
// payment services write them.
#include "core/datasets/orders_status.hpp"

#include <gtest/gtest.h>

namespace polso::datasets {
namespace {

TEST(OrdersStatus, GenericStatuses) {
  const struct {
    const char* cell;
    Meaning meaning;
  } cases[] = {
      {"Refunded", Meaning::refunded},
      {"Rimborsato", Meaning::refunded},
      {"Remboursé", Meaning::refunded},  // accents folded
      {"partially_refunded", Meaning::partly_refunded},
      {"Teilweise erstattet", Meaning::partly_refunded},
      {"pending", Meaning::not_paid},  // not paid yet: may never be
      {"On hold", Meaning::not_paid},
      {"Annullato", Meaning::not_paid},
      {"  FAILED ", Meaning::not_paid},
      {"Pendiente de pago", Meaning::not_paid},
      {"completed", Meaning::none},  // no table knows it: a paid order (orders_status.hpp)
      {"In lavorazione", Meaning::none},
      {"refunded twice", Meaning::none},  // whole cells only
  };
  for (const auto& c : cases) EXPECT_EQ(meaning_of(c.cell, nullptr, generic_order_statuses()), c.meaning) << c.cell;
}

TEST(OrdersStatus, TransactionTypes) {
  const struct {
    const char* cell;
    Meaning meaning;
  } cases[] = {
      {"Express Checkout Payment", Meaning::paid},
      {"charge", Meaning::paid},
      {"Pagamento", Meaning::paid},
      {"Payment Refund", Meaning::refunded},
      {"Chargeback", Meaning::refunded},
      {"Nota di credito", Meaning::refunded},
      {"General Withdrawal", Meaning::not_a_sale},
      {"payout", Meaning::not_a_sale},
      {"stripe_fee", Meaning::not_a_sale},  // "fee" starts a word after the underscore
      {"Reversal of General Account Hold", Meaning::not_a_sale},  // a hold, checked before "reversal"
      {"General Currency Conversion", Meaning::not_a_sale},
      {"Bonifico", Meaning::not_a_sale},
      {"Coffee", Meaning::none},  // "fee" inside a word is not a fee
      {"", Meaning::none},
      {"Misc", Meaning::none},
  };
  for (const auto& c : cases) EXPECT_EQ(transaction_type_meaning(c.cell), c.meaning) << c.cell;
}

}  // namespace
}  // namespace polso::datasets
