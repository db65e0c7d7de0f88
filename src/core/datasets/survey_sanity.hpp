// Checks on a finished survey analysis that catch a figure which is
// computed right from the wrong thing: every answer the same, or a score
// column that is mostly not numbers. Each warning says what to check.
#pragma once

#include <string_view>
#include <vector>

#include "core/datasets/survey_aggregate.hpp"
#include "core/error.hpp"

namespace polso::datasets {

// score_constant: at least 5 answers, all one value.
// score_mostly_not_numbers: a fifth or more of the rows read were skipped
// because the score cell is not a number.
std::vector<Warning> survey_sanity(const SurveyAggregate& aggregate, std::string_view score_column);

}  // namespace polso::datasets
