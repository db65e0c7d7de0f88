// Counts of answers per score: the mergeable state behind every survey
// number, overall, per period and per segment.
#pragma once

#include <cstdint>
#include <vector>

namespace polso::datasets {

struct ScoreCounts {
  std::vector<double> counts;  // index = score, 0..max_score

  explicit ScoreCounts(int max_score = 10) : counts(static_cast<std::size_t>(max_score) + 1, 0.0) {}
  void add(int score, double count = 1) { counts[static_cast<std::size_t>(score)] += count; }
  void merge(const ScoreCounts& other);
  double total() const;
};

}  // namespace polso::datasets
