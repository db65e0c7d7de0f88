// The state of a finished part (a byte range read apart, SurveyAnalysis::
// part) as bytes, so another worker — a browser worker with its own wasm
// instance — can send it to the head, which absorbs it as if read there.
// Versioned; loading bytes that are not a state of this version and kind
// gives an Error value (code part_state_invalid), never a crash.
#pragma once

#include <string>
#include <string_view>

#include "core/datasets/conversations_analysis.hpp"
#include "core/datasets/orders_analysis.hpp"
#include "core/datasets/survey_analysis.hpp"
#include "core/error.hpp"

namespace polso::datasets {

// Bumped whenever the layout changes: a head refuses another version.
inline constexpr std::uint64_t kPartStateVersion = 1;

std::string save_part_state(const SurveyPartState& state);
std::string save_part_state(const ConversationsPartState& state);
Expected<SurveyPartState> load_survey_part_state(std::string_view bytes);
Expected<ConversationsPartState> load_conversations_part_state(std::string_view bytes);
std::string save_part_state(const OrdersPartState& state);
Expected<OrdersPartState> load_orders_part_state(std::string_view bytes);

// The classes whose private state the encoding reads and restores name this
// their friend (part_state.cpp defines it).
struct PartStateCodec;

}  // namespace polso::datasets
