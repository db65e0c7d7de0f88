// The day-month order of a file's dates — survey, orders or conversations —
// when the file cannot settle it (every day 12 or less): the export
// profile's order, else the language of the column names (French, Italian,
// Spanish, German, Portuguese write day first), else the page language —
// always with a warning (date_order_ambiguous) saying which.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv/dates.hpp"
#include "core/datasets/export_profile.hpp"
#include "core/error.hpp"

namespace polso::datasets {

// A language of the column names that writes dates day first.
struct HeaderLanguage {
  std::string_view code;  // "fr", "it", "es", "de", "pt"
  std::string_view name_en, name_it;
};
// The day-first language most of the column names' words belong to, if any.
std::optional<HeaderLanguage> header_language(const std::vector<std::string>& headers);

struct DateOrderChoice {
  csv::DateOrder order = csv::DateOrder::unknown;
  std::optional<Warning> ambiguous;  // date_order_ambiguous, when the data could not tell
};

// `given`: the user's order; `vote`: the sample's dates; `fallback`: the page
// language's order.
DateOrderChoice choose_date_order(const csv::DateOrderVote& vote, std::optional<csv::DateOrder> given,
                                  const ExportProfile* profile, const std::vector<std::string>& headers,
                                  csv::DateOrder fallback);

}  // namespace polso::datasets
