// Which warnings a conversations report carries, in the order it lists them,
// with their words: figures no help desk produces, cells left out, budgets
// reached. Decided here, in the core, so every door says the same.
#pragma once

#include <optional>
#include <vector>

#include "core/datasets/conversations_analysis.hpp"
#include "core/datasets/conversations_report.hpp"
#include "core/error.hpp"

namespace polso::datasets {

// `chosen_csat_scale`: the CSAT scale the user chose, if any.
std::vector<Warning> conversations_warnings(const ConversationsAnalysis& a, const ConversationsReport& r,
                                            std::optional<int> chosen_csat_scale);

}  // namespace polso::datasets
