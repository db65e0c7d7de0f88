// Order amounts as shops export them: "12,50", "€ 1.234,50", "-12.50 EUR",
// "$99", "USD 5" — the currency symbol or three-letter code at either end is
// dropped, the number is read with the file's decimal separator.
#pragma once

#include <string_view>

#include "core/csv/numbers.hpp"

namespace polso::datasets {

// Symbols: € $ £ ¥; codes: any three ASCII letters (EUR, USD, CHF, …). A
// sign may stand before or after the currency ("-€5", "€ -5"). A field that
// is nothing but a currency is not_a_number; an empty one is blank.
csv::ParsedNumber parse_amount(std::string_view field, csv::NumberFormat format);

}  // namespace polso::datasets
