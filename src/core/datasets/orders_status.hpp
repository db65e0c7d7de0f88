// What an order's or payment's status says, in the words shops and payment
// services write in English, Italian, French, Spanish, German and
// Portuguese. A profile's own words come first (meaning_of); a status no
// table knows ("completed", "fulfilled", "In lavorazione") is a paid order.
#pragma once

#include <span>

#include "core/datasets/export_profile.hpp"

namespace polso::datasets {

std::span<const VocabularyEntry> generic_order_statuses();

// What a payments ledger's transaction type says (PayPal "Express Checkout
// Payment", "Payment Refund", "General Withdrawal"; Stripe "charge",
// "refund", "payout", "stripe_fee"), by the words it holds: not_a_sale
// (withdrawal, transfer, deposit, currency conversion, hold, fee,
// authorization, debit-card spending, an invoice sent, cash back …; checked
// first, so "Reversal of General Account Hold" is a hold), refunded (refund, reversal, chargeback), paid (payment, sale,
// charge, order …), else none.
Meaning transaction_type_meaning(std::string_view cell);

}  // namespace polso::datasets
