// Which warnings a survey report carries after its headline's own, in the
// order it lists them, with their words: the comments' notes, what the file
// showed, answers outside the scale, budgets reached. Decided here, in the
// core, so every door says the same.
#pragma once

#include <vector>

#include "core/datasets/comments_report.hpp"
#include "core/datasets/survey_analysis.hpp"
#include "core/error.hpp"

namespace polso::datasets {

// `comments`: the comments' terms, when the file has a comment column.
std::vector<Warning> survey_warnings(const SurveyAnalysis& a, const CommentsReport* comments);

}  // namespace polso::datasets
