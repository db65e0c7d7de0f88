// Durations a support export already gives as numbers: "First reply time in
// minutes" = 42, "First response time (in hrs)" = 01:30:00. The unit comes
// from the header (in six languages) or from an export profile; a column
// counted "within business hours" is a second choice, named so in the report.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/csv/numbers.hpp"
#include "core/datasets/export_profile.hpp"

namespace polso::datasets {

// The unit a header names: "in minutes", "(in hrs)", "secondi", "(s)",
// "(HH:mm:ss)" … ; none when it names none. `folded`: fold_for_matching.
DurationUnit unit_from_header(std::string_view folded);

// "within business hours", "office hours", "orario lavorativo" …: the time
// outside working hours is left out, so it is not the time the customer waited.
bool business_hours_header(std::string_view folded);

// "h:mm" or "h:mm:ss" (hours may pass 24; a leading "-" is kept): seconds.
std::optional<double> clock_seconds(std::string_view cell);

// A duration cell in seconds: a clock value whatever the unit, else a number
// times the unit. nullopt when unreadable, or a bare number with no unit.
std::optional<double> duration_seconds(std::string_view cell, DurationUnit unit, csv::NumberFormat format);

std::string_view duration_unit_id(DurationUnit u);  // "seconds", "minutes", … ; "" for none
std::optional<DurationUnit> parse_duration_unit(std::string_view id);

}  // namespace polso::datasets
