// Input checks shared by the statistics functions. Each returns the Error to
// report, or nothing when the input is fine; messages are plain sentences in
// English and Italian.
#pragma once

#include <optional>
#include <string>

#include "core/error.hpp"

namespace polso::stats {

inline constexpr double kMinLevel = 0.80;
inline constexpr double kMaxLevel = 0.99;
inline constexpr double kDefaultLevel = 0.95;
// Counts are doubles; above 2^53 they would no longer be whole numbers.
inline constexpr double kMaxCount = 9007199254740992.0;

Error make_error(std::string code, std::string message_en, std::string message_it,
                 std::string field = {});

// Level in [0.80, 0.99]; field "confidence_level".
std::optional<Error> check_level(double level);
// A whole number in [0, 2^53]; a whole number beyond is `total_too_large`.
std::optional<Error> check_count(double count, const std::string& field);
// Code "total_too_large": counts adding up past 2^53.
Error total_too_large(const std::string& field);
// At least one observation; code "no_responses".
std::optional<Error> check_nonempty(double total, const std::string& field);
// A finite number; code "not_a_number".
std::optional<Error> check_finite(double value, const std::string& field);
// Finite and >= 0 (standard deviations); code "negative_value".
std::optional<Error> check_nonnegative(double value, const std::string& field);

}  // namespace polso::stats
