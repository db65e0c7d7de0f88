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

ScoreCounts* SurveyAggregate::period_bucket(std::string_view key) {
  if (auto it = periods_.find(key); it != periods_.end()) return &it->second;
  if (periods_.size() >= kMaxPeriods) {
    periods_capped_ = true;
    // An older period than all kept ones stays out: kMaxPeriods newer ones exist.
    if (key < periods_.begin()->first) return nullptr;
    periods_.erase(periods_.begin());
    ++period_evictions_;
  }
  return &bucket(periods_, key);
}

void SurveyAggregate::add(int score, std::string_view period, std::string_view segment, double count) {
  overall_.add(score, count);
  if (!period.empty())
    if (ScoreCounts* p = period_bucket(period)) p->add(score, count);
  if (!segment.empty()) segment_bucket(segment).add(score, count);
  rows_.used();
}

void SurveyAggregate::merge(const SurveyAggregate& other, std::uint64_t line_offset) {
  overall_.merge(other.overall_);
  // A period `other` dropped had kMaxPeriods newer ones there, so it is not
  // among the latest kMaxPeriods of the two together either.
  for (const auto& [k, v] : other.periods_)
    if (ScoreCounts* p = period_bucket(k)) p->merge(v);
  for (const auto& [k, v] : other.segments_) segment_bucket(k).merge(v);
  rows_.merge(other.rows_, line_offset);
  segments_capped_ = segments_capped_ || other.segments_capped_;
  periods_capped_ = periods_capped_ || other.periods_capped_;
}

}  // namespace polso::datasets
