// What an order's or payment's status says, in the words shops and payment
// services write in English, Italian, French, Spanish, German and
// Portuguese. A profile's own words come first (meaning_of); a status no
// table knows ("completed", "fulfilled", "In lavorazione") is a paid order.
#pragma once

#include <span>

#include "core/datasets/export_profile.hpp"

namespace polso::datasets {

std::span<const VocabularyEntry> generic_order_statuses();

}  // namespace polso::datasets
