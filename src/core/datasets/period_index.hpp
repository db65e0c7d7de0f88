// Periods as consecutive integers: the arithmetic behind gap-free series and
// "the period before", and the way back from a period key to its index.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/csv/dates.hpp"

namespace polso::datasets {

// Consecutive periods have consecutive indexes; weeks start on Monday (ISO).
std::int64_t period_index(csv::CivilDate date, csv::Period period);
// The first day of the period with this index.
csv::CivilDate period_start(std::int64_t index, csv::Period period);
// The index of a csv::period_key ("2024-03", "2024-W11", …) of `period`;
// nullopt for any other text (a survey-counts file's own period labels).
std::optional<std::int64_t> period_index_of_key(std::string_view key, csv::Period period);

}  // namespace polso::datasets
