// How many respondents gave each score: the common ground of raw scores,
// distributions and dataset aggregates for NPS, CSAT and CES.
#pragma once

#include <vector>

#include "core/catalogue.hpp"

namespace polso::metrics {

struct ScoreTally {
  explicit ScoreTally(int max_score) : counts(static_cast<std::size_t>(max_score) + 1, 0.0) {}
  std::vector<double> counts;  // index = score, 0..max_score

  double total() const;
  double between(double lo, double hi) const;  // respondents with lo <= score <= hi
  double weighted_sum() const;                 // sum of all scores
};

// The tally of a request's `scores` or `distribution` input. Scores must lie
// in min..max; a distribution has one count per score, either from 0 or from
// `min_score` (so a 1–5 CSAT distribution may have 5 or 6 entries).
Expected<ScoreTally> tally_from_args(const Args& a, int min_score, int max_score);

}  // namespace polso::metrics
