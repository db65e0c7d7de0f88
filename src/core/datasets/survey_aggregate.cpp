#include "core/datasets/survey_aggregate.hpp"

namespace polso::datasets {

ScoreCounts& SurveyAggregate::bucket(std::map<std::string, ScoreCounts, std::less<>>& m,
                                     std::string_view key) {
  auto it = m.find(key);
  if (it == m.end()) it = m.emplace(std::string(key), ScoreCounts(max_score_)).first;
  return it->second;
}

ScoreCounts& SurveyAggregate::segment_bucket(std::string_view key) {
  if (segments_.size() >= kMaxSegments && !segments_.contains(key)) {
    segments_capped_ = true;
    return bucket(segments_, kOtherSegment);
  }
  return bucket(segments_, key);
}

void SurveyAggregate::add(int score, std::string_view period, std::string_view segment, double count) {
  overall_.add(score, count);
  if (!period.empty()) bucket(periods_, period).add(score, count);
  if (!segment.empty()) segment_bucket(segment).add(score, count);
  rows_.used();
}

void SurveyAggregate::merge(const SurveyAggregate& other) {
  overall_.merge(other.overall_);
  for (const auto& [k, v] : other.periods_) bucket(periods_, k).merge(v);
  for (const auto& [k, v] : other.segments_) segment_bucket(k).merge(v);
  rows_.merge(other.rows_);
  segments_capped_ = segments_capped_ || other.segments_capped_;
}

}  // namespace polso::datasets
