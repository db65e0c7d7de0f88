#include "core/datasets/conversations_aggregate.hpp"

#include <algorithm>

#include "core/stats/descriptive.hpp"

namespace polso::datasets {

void DurationStats::add(std::int64_t seconds, std::optional<std::int64_t> target) {
  const auto s = static_cast<std::uint64_t>(std::max<std::int64_t>(seconds, 0));
  ++n_;
  sum_ += s;
  if (target) {
    ++with_target_;
    if (static_cast<std::int64_t>(s) <= *target) ++within_target_;
  }
  if (sketched_) return sketch_.add(static_cast<double>(s));
  exact_.push_back(static_cast<double>(s));
  if (exact_.size() > kExactLimit) move_to_sketch();
}

void DurationStats::move_to_sketch() {
  for (double x : exact_) sketch_.add(x);
  std::vector<double>().swap(exact_);  // give the memory back
  sketched_ = true;
}

void DurationStats::merge(const DurationStats& other) {
  n_ += other.n_;
  sum_ += other.sum_;
  with_target_ += other.with_target_;
  within_target_ += other.within_target_;
  // The mode depends only on the total count, so any split of the rows
  // merges to the same state.
  if (!sketched_ && !other.sketched_ && exact_.size() + other.exact_.size() <= kExactLimit) {
    exact_.insert(exact_.end(), other.exact_.begin(), other.exact_.end());
    return;
  }
  if (!sketched_) move_to_sketch();
  for (double x : other.exact_) sketch_.add(x);
  sketch_.merge(other.sketch_);
}

double DurationStats::quantile(double p) const {
  if (n_ == 0) return 0;
  if (sketched_) return sketch_.quantile(p);
  const auto sorted = stats::sorted_copy(exact_);
  return stats::quantile_sorted(sorted, p);
}

void ConversationGroup::add(const Conversation& c) {
  ++conversations;
  if (c.first_response) first_response.add(*c.first_response, c.response_target);
  else ++unanswered;
  if (c.resolved) {
    ++resolved;
    if (c.resolution) resolution.add(*c.resolution);
    if (c.first_contact) {
      ++fcr_known;
      if (*c.first_contact) ++fcr_first_contact;
    }
  }
  if (c.self_served) ++self_served;
  if (c.csat && *c.csat >= 0 && *c.csat <= 10) ++csat[static_cast<std::size_t>(*c.csat)];
  if (c.csat_word) {
    ++csat_words;
    if (*c.csat_word) ++csat_words_satisfied;
  }
}

void ConversationGroup::merge(const ConversationGroup& o) {
  conversations += o.conversations;
  unanswered += o.unanswered;
  resolved += o.resolved;
  fcr_known += o.fcr_known;
  fcr_first_contact += o.fcr_first_contact;
  self_served += o.self_served;
  for (std::size_t i = 0; i < csat.size(); ++i) csat[i] += o.csat[i];
  csat_words += o.csat_words;
  csat_words_satisfied += o.csat_words_satisfied;
  first_response.merge(o.first_response);
  resolution.merge(o.resolution);
}

std::uint64_t ConversationGroup::csat_answers() const {
  std::uint64_t n = 0;
  for (auto c : csat) n += c;
  return n;
}

void CellNotes::merge(const CellNotes& o) {
  csat_unreadable += o.csat_unreadable;
  contacts_unreadable += o.contacts_unreadable;
  flag_unrecognised += o.flag_unrecognised;
  repeated_ids += o.repeated_ids;
  csat_not_answered += o.csat_not_answered;
  durations_over_a_year += o.durations_over_a_year;
  open_with_resolution_time += o.open_with_resolution_time;
}

ConversationGroup& ConversationAggregate::group(std::map<std::string, ConversationGroup, std::less<>>& m,
                                                std::string_view key, bool& capped) {
  if (auto it = m.find(key); it != m.end()) return it->second;
  if (m.size() >= kMaxGroups) {
    capped = true;
    key = kOtherGroup;
  }
  return m.try_emplace(std::string(key)).first->second;
}

void ConversationAggregate::add(const Conversation& c) {
  rows_.used();
  overall_.add(c);
  if (!c.channel.empty()) group(channels_, c.channel, channels_capped_).add(c);
  if (!c.agent.empty()) group(agents_, c.agent, agents_capped_).add(c);
  if (c.period) ++volumes_[*c.period];
}

void ConversationAggregate::merge(const ConversationAggregate& other, std::uint64_t line_offset) {
  overall_.merge(other.overall_);
  for (const auto& [k, g] : other.channels_) group(channels_, k, channels_capped_).merge(g);
  for (const auto& [k, g] : other.agents_) group(agents_, k, agents_capped_).merge(g);
  channels_capped_ = channels_capped_ || other.channels_capped_;
  agents_capped_ = agents_capped_ || other.agents_capped_;
  for (const auto& [p, n] : other.volumes_) volumes_[p] += n;
  rows_.merge(other.rows_, line_offset);
  notes_.merge(other.notes_);
}

bool ConversationAggregate::quantiles_exact() const {
  auto exact = [](const ConversationGroup& g) { return g.first_response.exact() && g.resolution.exact(); };
  if (!exact(overall_)) return false;
  for (const auto* m : {&channels_, &agents_})
    for (const auto& [k, g] : *m)
      if (!exact(g)) return false;
  return true;
}

}  // namespace polso::datasets
