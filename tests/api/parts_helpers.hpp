// Helpers of the tests that read a file in parts through the api: a reading
// in sequence, where the head can first start parts, and a head with its part.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
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

// A head fed `csv` up to `head_end`, and the part it starts, fed the rest
// and finished, with the part's state as bytes.
struct HeadAndPart {
  std::unique_ptr<Analysis> head, part;
  std::string state;
  std::uint64_t offset = 0;  // the head's lines: where the part is absorbed
};

inline HeadAndPart split_at(const std::string& csv, std::size_t head_end, const std::string& options) {
  HeadAndPart h;
  h.head = std::make_unique<Analysis>(options);
  EXPECT_TRUE(h.head->feed(std::string_view(csv).substr(0, head_end)).empty());
  h.offset = h.head->lines_read();
  h.part = h.head->part();
  EXPECT_NE(h.part, nullptr);
  if (!h.part) return h;
  EXPECT_TRUE(h.part->feed(std::string_view(csv).substr(head_end)).empty());
  EXPECT_TRUE(h.part->finish_part());
  h.state = h.part->part_state();
  return h;
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
