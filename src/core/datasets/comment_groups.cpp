#include "core/datasets/comment_groups.hpp"

#include "core/metrics/survey_thresholds.hpp"

namespace polso::datasets {

std::size_t CommentGroups::of(int score) const {
  if (nps) return score >= metrics::kNpsPromoterMin ? 0 : score >= metrics::kNpsPassiveMin ? 1 : 2;
  return score >= first ? 0 : 1;
}

CommentGroups comment_groups(const SurveyMetric& metric) {
  if (metric.id == "nps") return {{"promoters", "passives", "detractors"}, 0, true};
  if (metric.id == "csat")
    return {{"satisfied", "not_satisfied"}, metric.threshold.value_or(metrics::csat_default_threshold(metric.scale)), false};
  return {{"easy", "hard"}, metric.threshold.value_or(metrics::ces_default_easy_threshold(metric.scale)), false};
}

}  // namespace polso::datasets
