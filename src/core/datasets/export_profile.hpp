// Export profiles: the formats that shops, survey tools and help desks
// document, as data. One entry says how to recognise a tool's header, which
// of its columns holds each role, what its words mean and how it writes
// dates. Adding a format is one entry (in export_profiles_{orders,surveys,
// support}.cpp) and one fixture in tests/data/exports/.
//
// Names and words are folded (fold_for_matching: lowercase, Latin accents
// removed) and "|"-separated, so an entry is a handful of literals.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv/words.hpp"
#include "core/csv/dates.hpp"
#include "core/datasets/dataset_kind.hpp"

namespace polso::datasets {

// What a cell of a status or satisfaction column means.
enum class Meaning : std::uint8_t {
  none,
  // an order's or payment's state
  paid,             // an order: counted, its amount is revenue
  refunded,         // paid, then refunded in full
  partly_refunded,  // paid, then refunded in part (the refund column says how much)
  not_paid,         // failed, voided, declined, pending, cancelled before payment: not an order
  not_a_sale,       // a transaction type that moves money but sells nothing: a withdrawal, transfer, fee, hold
  // a satisfaction answer given as words
  satisfied,
  unsatisfied,
  unanswered,  // offered but not answered, or not offered: not a response
};

struct VocabularyEntry {
  Meaning meaning = Meaning::none;
  std::string_view words;  // folded, "|"-separated
};

// How a duration column writes its numbers.
enum class DurationUnit : std::uint8_t { none, seconds, minutes, hours, days, clock /* hh:mm[:ss] */ };

struct ProfileColumn {
  std::string_view role;     // a role of the profile's dataset ("customer", "first_response_time", …)
  std::string_view headers;  // folded header names, "|"-separated, most preferred first
  DurationUnit unit = DurationUnit::none;  // for duration roles given as numbers
};

struct ExportProfile {
  std::string_view id;  // stable, snake_case: "shopify_orders"
  std::string_view name_en, name_it;
  DatasetKind kind = DatasetKind::survey;
  // Folded header names, "|"-separated, that must all be present; "^name"
  // must be the first column. The most specific profile (the longest
  // signature) wins when several match.
  std::string_view signature;
  std::array<ProfileColumn, 24> columns{};
  // Words this tool writes beyond the generic vocabularies.
  std::array<VocabularyEntry, 8> words{};
  // How the tool writes dates when the values cannot tell (unknown: from the data).
  csv::DateOrder date_order = csv::DateOrder::unknown;
  // One row per product line, with the order's own cells (total, status,
  // customer, date) on its first row only.
  bool line_items = false;
  // Where the layout comes from: the vendor's documentation or sample file.
  std::string_view source;
};

// Every known profile, of every dataset kind.
std::span<const ExportProfile> export_profiles();
std::span<const ExportProfile> order_profiles();
std::span<const ExportProfile> survey_profiles();
std::span<const ExportProfile> support_profiles();

using csv::each_name;  // "|"-separated lists, as in the tables

// The profile whose signature the headers hold (the longest one if several),
// among `kind`'s profiles, or among all when `kind` is empty; nullptr if none.
// Headers are compared folded and trimmed; a multi-row header's joined name
// ("Question - Response") also matches by its first row.
const ExportProfile* match_profile(const std::vector<std::string>& headers,
                                   std::optional<DatasetKind> kind = std::nullopt);

// The 0-based column the profile names for `role`, if the headers have it.
std::optional<std::size_t> profile_column(const ExportProfile& p, std::string_view role,
                                          const std::vector<std::string>& headers);
// The duration unit the profile gives `role`'s column (none if not a duration).
DurationUnit profile_unit(const ExportProfile& p, std::string_view role);

// What `cell` means in the profile's own words, then in `generic` (folded
// exact match); none when neither knows it.
Meaning meaning_of(std::string_view cell, const ExportProfile* p, std::span<const VocabularyEntry> generic);

}  // namespace polso::datasets
