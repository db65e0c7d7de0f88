// The codes of a list of warnings, in order: what the dataset tests compare.
#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"

namespace polso::datasets::testing {

inline std::vector<std::string> codes(const std::vector<Warning>& warnings) {
  std::vector<std::string> out;
  for (const auto& w : warnings) out.push_back(w.code);
  return out;
}

}  // namespace polso::datasets::testing
