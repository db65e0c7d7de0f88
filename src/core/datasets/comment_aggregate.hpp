// CommentAggregate: the streaming, mergeable state of a survey's comments —
// per group, the bounded term counts (text::TermSketch), how many comments
// and how many term occurrences. Memory is bounded by budget::kMaxCommentTerms
// per group, never by rows.
#pragma once

#include <cstdint>
#include <vector>

#include "core/text/language.hpp"
#include "core/text/term_sketch.hpp"

namespace polso::datasets {

struct PartStateCodec;

struct CommentGroup {
  text::TermSketch terms;
  std::uint64_t comments = 0;     // non-blank comments
  std::uint64_t occurrences = 0;  // term occurrences, exact (n of the log-odds)
};

class CommentAggregate {
 public:
  CommentAggregate(std::size_t groups, text::Language language);

  text::Language language() const { return language_; }
  const std::vector<CommentGroup>& groups() const { return groups_; }
  CommentGroup& group(std::size_t g) { return groups_[g]; }
  // Both from the same file's analysis (same groups, same language).
  void merge(const CommentAggregate& other);
  // Some group dropped terms: counts are lower bounds, the ranking approximate.
  bool approximate() const;
  // Comments longer than budget::kMaxCommentBytes were read in part.
  bool long_comments() const { return long_comments_; }
  void note_long_comment() { long_comments_ = true; }

 private:
  friend struct PartStateCodec;  // part_state.cpp: saved and restored as bytes
  text::Language language_;
  std::vector<CommentGroup> groups_;
  bool long_comments_ = false;
};

}  // namespace polso::datasets
