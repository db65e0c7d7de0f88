#include "core/datasets/comment_aggregate.hpp"

#include "core/budgets.hpp"

namespace polso::datasets {

CommentAggregate::CommentAggregate(std::size_t groups, text::Language language)
    : language_(language), groups_(groups, CommentGroup{text::TermSketch(budget::kMaxCommentTerms)}) {}

void CommentAggregate::merge(const CommentAggregate& other) {
  for (std::size_t g = 0; g < groups_.size() && g < other.groups_.size(); ++g) {
    groups_[g].terms.merge(other.groups_[g].terms);
    groups_[g].comments += other.groups_[g].comments;
    groups_[g].occurrences += other.groups_[g].occurrences;
  }
  long_comments_ = long_comments_ || other.long_comments_;
}

bool CommentAggregate::approximate() const {
  for (const auto& g : groups_)
    if (g.terms.approximate()) return true;
  return false;
}

}  // namespace polso::datasets
