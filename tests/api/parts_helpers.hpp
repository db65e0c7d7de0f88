// Helpers of the tests that read a file in parts through the api: a reading
// in sequence, and where the head can first start parts.
#pragma once

#include <string>
#include <string_view>

#include "api/analyze.hpp"

namespace polso::api::parts_test {

inline const std::string kPartsOptions = R"({"dataset": "auto", "lang": "en"})";

inline std::string in_sequence(std::string_view bytes, const std::string& options = kPartsOptions) {
  Analysis a(options);
  const std::string failure = a.feed(bytes);
  return failure.empty() ? a.finish() : failure;
}

// The first line break after which the head can start parts (npos: none).
inline std::size_t ready_head(std::string_view bytes, const std::string& options = kPartsOptions) {
  Analysis head(options);
  for (std::size_t at = 0;;) {
    const std::size_t lf = bytes.find('\n', at);
    if (lf == std::string_view::npos || !head.feed(bytes.substr(at, lf + 1 - at)).empty()) return std::string_view::npos;
    at = lf + 1;
    if (head.part()) return at;
  }
}

}  // namespace polso::api::parts_test
