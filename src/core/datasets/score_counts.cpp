#include "core/datasets/score_counts.hpp"

#include <algorithm>
#include <numeric>

namespace polso::datasets {

void ScoreCounts::merge(const ScoreCounts& other) {
  if (other.counts.size() > counts.size()) counts.resize(other.counts.size(), 0.0);
  for (std::size_t i = 0; i < other.counts.size(); ++i) counts[i] += other.counts[i];
}

double ScoreCounts::total() const { return std::accumulate(counts.begin(), counts.end(), 0.0); }

}  // namespace polso::datasets
