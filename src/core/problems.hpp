// The errors and warnings of metric inputs, each worded once in both languages.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/budgets.hpp"
#include "core/error.hpp"
#include "core/localized.hpp"

namespace polso::problems {

// Longest piece of a user's own text that a message repeats.
inline constexpr std::size_t kMaxQuoteBytes = budget::kMaxQuoteBytes;
// “text” for a message, cut to kMaxQuoteBytes (on a character boundary, with
// “…”) so a 60 MB metric name is not echoed back whole, and its direction
// isolated (U+2068 … U+2069) from the sentence around it.
std::string quoted(std::string_view text);

Error unknown_metric(std::string_view id);
Error missing_inputs(Localized metric, std::string_view field, std::span<const Localized> missing,
                     std::span<const Localized> alternatives);
Error wrong_type(std::string_view field, Localized label, Localized expected);
Error not_finite(std::string_view field, Localized label);
Error below_minimum(std::string_view field, Localized label, double min);
Error above_maximum(std::string_view field, Localized label, double max);
Error not_whole_number(std::string_view field, Localized label, double value);
Error beyond_exact_range(std::string_view field, Localized label);
Error empty_list(std::string_view field, Localized label);
Error list_value_out_of_range(std::string_view field, Localized label, std::size_t position,
                              double value, double min, double max, bool integer);
Error not_a_choice(std::string_view field, Localized label, std::string_view value,
                   std::span<const std::string_view> choices);
Error part_exceeds_whole(std::string_view part_field, Localized part, double part_value,
                         Localized whole, double whole_value);
Error zero_denominator(std::string_view field, Localized label);
Error invalid(std::string_view field, std::string_view code, Localized message);

// A budget (core/budgets.hpp) reached: what the report keeps and the way out.
Warning too_many_periods(std::size_t kept);
Warning long_names(std::string_view field, std::size_t max_bytes);
Warning cohorts_cut(std::int64_t months);

Warning small_sample(double n);
Warning looks_like_one_to_ten_scale(double n);
Warning unused_input(std::string_view field);
Warning note(std::string_view code, std::string_view field, Localized message);

}  // namespace polso::problems
