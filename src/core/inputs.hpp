// The inputs of one metric request: named numbers, number arrays and texts.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/number_list.hpp"

namespace polso {

using InputValue = std::variant<double, NumberList, std::string>;
using Inputs = std::map<std::string, InputValue, std::less<>>;

}  // namespace polso
