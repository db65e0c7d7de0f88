// The groups whose comments are compared: the metric's own split of the
// scale, with the thresholds the metric counts with (metrics/survey_thresholds).
// NPS: promoters, passives, detractors; CSAT: satisfied, not_satisfied;
// CES: easy, hard.
#pragma once

#include <string_view>
#include <vector>

#include "core/datasets/survey_report.hpp"

namespace polso::datasets {

struct CommentGroups {
  std::vector<std::string_view> names;  // stable snake_case, in report order
  int first = 0;                        // the lowest score of the top group (CSAT/CES)
  bool nps = false;

  // The group of a score on the metric's scale: an index into `names`.
  std::size_t of(int score) const;
};

CommentGroups comment_groups(const SurveyMetric& metric);

}  // namespace polso::datasets
