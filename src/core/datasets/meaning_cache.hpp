// The meaning of each distinct cell of a vocabulary column (an order's
// status, a ledger row's type, a ticket's self-service or reopened flag),
// found once: an export repeats a handful of words on every row, and matching
// them word by word against six languages' vocabularies was a third of an
// orders run and a fifth of a conversations run (bench/README.md, "Where the
// time goes"). Bounded: past kMax distinct cells, the rest are looked up each
// time.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/datasets/export_profile.hpp"

namespace polso::datasets {

template <class T>
class CellCache {
 public:
  static constexpr std::size_t kMax = 32;

  // `find(cell)` gives the meaning of a cell not seen before.
  template <class Find>
  T get(std::string_view cell, Find&& find) {
    for (const auto& [seen, meaning] : entries_)
      if (seen == cell) return meaning;
    const T meaning = find(cell);
    if (entries_.size() < kMax) entries_.emplace_back(std::string(cell), meaning);
    return meaning;
  }

 private:
  std::vector<std::pair<std::string, T>> entries_;
};

using MeaningCache = CellCache<Meaning>;

}  // namespace polso::datasets
