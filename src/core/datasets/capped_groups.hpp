// Whether two parts' capped groups (segments, channels, agents: maps keyed by
// name) merge into what a reading in sequence would have made. Past the cap,
// which names keep their own group follows the order they first came in,
// which merged parts no longer tell; below it, order does not matter.
#pragma once

#include <cstddef>

namespace polso::datasets {

template <class Map>
bool groups_merge_exactly(const Map& mine, const Map& theirs, bool either_capped, std::size_t cap) {
  if (either_capped) return false;
  std::size_t together = mine.size();
  for (const auto& entry : theirs) together += mine.contains(entry.first) ? 0 : 1;
  return together <= cap;
}

}  // namespace polso::datasets
