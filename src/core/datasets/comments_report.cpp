#include "core/datasets/comments_report.hpp"

#include <algorithm>

#include "core/text/log_odds.hpp"

namespace polso::datasets {
namespace {

bool is_phrase(const RankedTerm& t) { return t.key.find(' ') != std::string::npos; }

// A word used in the group only inside one ranked phrase ("slow" only in
// "slow delivery") says nothing the phrase does not: it is left out.
void drop_words_only_in_phrases(std::vector<RankedTerm>& terms) {
  std::vector<const RankedTerm*> phrases;
  for (const auto& t : terms)
    if (is_phrase(t)) phrases.push_back(&t);
  std::vector<bool> drop(terms.size(), false);
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (is_phrase(terms[i])) continue;
    const std::string& w = terms[i].key;
    for (const RankedTerm* p : phrases) {
      const std::size_t space = p->key.find(' ');
      if (p->count == terms[i].count &&
          (p->key.compare(0, space, w) == 0 || p->key.compare(space + 1, std::string::npos, w) == 0))
        drop[i] = true;
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) terms[kept] = std::move(terms[i]);
    ++kept;
  }
  terms.resize(kept);
}

}  // namespace

CommentsReport comments_report(const CommentAggregate& aggregate, const std::vector<std::string_view>& group_names) {
  CommentsReport out;
  out.approximate = aggregate.approximate();
  const auto& groups = aggregate.groups();
  std::uint64_t all_occurrences = 0;
  for (const auto& g : groups) all_occurrences += g.occurrences;
  for (std::size_t gi = 0; gi < groups.size(); ++gi) {
    const CommentGroup& g = groups[gi];
    GroupTerms result{gi < group_names.size() ? group_names[gi] : std::string_view(), g.comments, {}};
    const std::uint64_t rest_total = all_occurrences - g.occurrences;
    if (g.occurrences > 0 && rest_total > 0) {
      for (const auto& [key, counts] : g.terms.terms()) {
        const std::uint64_t in_group = counts.lower();
        if (in_group < kMinTermCount) continue;
        std::uint64_t in_rest = 0;
        for (std::size_t other = 0; other < groups.size(); ++other)
          if (other != gi)
            if (const auto* t = groups[other].terms.find(key)) in_rest += t->lower();
        const text::LogOdds lo = text::log_odds({static_cast<double>(in_group), static_cast<double>(in_rest),
                                                 static_cast<double>(g.occurrences), static_cast<double>(rest_total)});
        if (!(lo.z >= kMinZ)) continue;
        result.terms.push_back({std::string(counts.display()), key, lo.z, in_group,
                                g.comments ? std::min(1.0, static_cast<double>(counts.docs) / static_cast<double>(g.comments)) : 0.0,
                                {}});
      }
      drop_words_only_in_phrases(result.terms);
      // Equal z: the phrase first (it says more), then the key.
      std::sort(result.terms.begin(), result.terms.end(), [](const RankedTerm& a, const RankedTerm& b) {
        if (a.z != b.z) return a.z > b.z;
        if (is_phrase(a) != is_phrase(b)) return is_phrase(a);
        return a.key < b.key;
      });
      if (result.terms.size() > kTopTerms) result.terms.resize(kTopTerms);
      for (RankedTerm& t : result.terms)  // only the ones shown
        if (const auto* held = g.terms.find(t.key)) t.examples = held->examples;
    }
    out.groups.push_back(std::move(result));
  }
  return out;
}

}  // namespace polso::datasets
