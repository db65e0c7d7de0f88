// From a CommentAggregate to the distinctive terms of each group: every
// term held for the group, scored against the rest of the file's comments
// with the weighted log-odds (text/log_odds.hpp); the ones clearly
// over-represented (z ≥ kMinZ, 1.96: the 5% level, two-sided) and used at
// least kMinTermCount times, best kTopTerms by z. A term that could be chance
// is not shown as what a group talks about.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/datasets/comment_aggregate.hpp"

namespace polso::datasets {

struct RankedTerm {
  std::string term;  // as most often written (lowercase, accents kept)
  std::string key;   // the stem(s) it was counted under
  double z = 0;
  std::uint64_t count = 0;     // occurrences in the group (a lower bound when approximate)
  double share = 0;            // of the group's comments, the fraction that mention it
  std::vector<std::string> examples;
};

struct GroupTerms {
  std::string_view group;
  std::uint64_t comments = 0;
  std::vector<RankedTerm> terms;  // best first
};

struct CommentsReport {
  std::vector<GroupTerms> groups;  // in the groups' order
  bool approximate = false;
};

inline constexpr std::uint64_t kMinTermCount = 3;
inline constexpr double kMinZ = 1.96;
inline constexpr std::size_t kTopTerms = 15;

CommentsReport comments_report(const CommentAggregate& aggregate, const std::vector<std::string_view>& group_names);

}  // namespace polso::datasets
