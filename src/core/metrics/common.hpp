// Building blocks shared by the metric declarations: input specs that recur
// and the checks and shapes most formulas share.
#pragma once

#include <optional>

#include "core/catalogue.hpp"
#include "core/problems.hpp"

namespace polso::metrics {

InputSpec count_input(std::string_view name, Localized label, Localized help);

// A share of successes out of a total, as the detail keys the metric writes.
constexpr EstimandSpec share_of(std::string_view successes, std::string_view total) {
  return {EstimandKind::share, successes, total};
}
// A percentage that cannot pass 100 (its part is checked against its whole).
constexpr ValueBounds kPercentBounds{0, 100};
// Never negative, with no top: churn above 100%, durations.
constexpr ValueBounds kNonNegative{0, kUnbounded};
InputSpec money_input(std::string_view name, Localized label, Localized help);
InputSpec percent_input(std::string_view name, Localized label, Localized help);

// Errors when the input is zero (used as a denominator).
std::optional<Error> require_positive(const Args& a, std::string_view name);
// Errors when part > whole.
std::optional<Error> require_not_above(const Args& a, std::string_view part, std::string_view whole);

// part / whole × 100, with whole > 0 and (unless allowed) part <= whole.
// Details: the two inputs under their own names.
Expected<Outcome> percent_of(const Args& a, std::string_view part, std::string_view whole,
                             bool part_may_exceed_whole = false);
// numerator / denominator with denominator > 0 (no percentage).
Expected<Outcome> quotient_of(const Args& a, std::string_view numerator, std::string_view denominator);

// A warning when fewer than 30 answers stand behind a survey result.
void warn_if_small_sample(Outcome& out, double n);

}  // namespace polso::metrics
