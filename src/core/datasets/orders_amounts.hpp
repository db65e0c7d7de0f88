// Order amounts as shops export them: "12,50", "€ 1.234,50", "-12.50 EUR",
// "$99", "USD 5" — the currency symbol or three-letter code at either end is
// dropped, the number is read with the file's decimal separator.
#pragma once

#include <span>
#include <string_view>

#include "core/csv/numbers.hpp"

namespace polso::datasets {

// Symbols: € $ £ ¥; codes: any three ASCII letters (EUR, USD, CHF, …). A
// sign may stand before or after the currency ("-€5", "€ -5"). A field that
// is nothing but a currency is not_a_number; an empty one is blank.
// Thousands grouped by spaces ("1 250,00", also no-break and narrow no-break
// spaces, as French and other locales write them) are read too.
csv::ParsedNumber parse_amount(std::string_view field, csv::NumberFormat format);

// The decimal separator the amount cells themselves show ("$61.80" says '.',
// "45,90" says ','), where the file's sniffed one came only from its
// delimiter: currency marks hide amounts from the CSV engine's vote.
csv::NumberFormat amount_format(std::span<const std::string_view> cells, csv::NumberFormat sniffed);

}  // namespace polso::datasets
