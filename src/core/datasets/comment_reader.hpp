// CommentReader: one comment's text into its group's term counts. Words
// (text::WordReader) that are not stop words are stemmed (text::Stemmer); a
// term is a stem, or two stems of words next to each other (only spaces
// between them: no stop word, punctuation or number), such as
// "slow delivery". A term counts every time it occurs, and once per comment
// for the share of comments that mention it. Holds the stemmer and a cache
// of stems; not part of the mergeable state.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/datasets/comment_aggregate.hpp"
#include "core/text/stemmer.hpp"

namespace polso::datasets {

class CommentReader {
 public:
  explicit CommentReader(text::Language language) : stemmer_(language) {}

  // A blank comment is not a comment and changes nothing.
  void add(CommentAggregate& aggregate, std::size_t group, std::string_view comment);

 private:
  std::string_view stem_of(const std::string& folded);

  struct Occurrence {
    std::string key, surface;
  };
  text::Stemmer stemmer_;
  // Stems already computed, cleared when it holds kMaxCachedStems (a cache:
  // the results do not depend on it).
  static constexpr std::size_t kMaxCachedStems = 20000;
  std::unordered_map<std::string, std::string> stems_;
  std::vector<Occurrence> terms_;  // reused from comment to comment
};

// A comment as an example: within budget::kMaxCommentExampleBytes (with
// "…" when cut), control characters as spaces, bidi controls removed,
// spaces collapsed — text a page can show as it is, once escaped.
std::string comment_example(std::string_view comment);

}  // namespace polso::datasets
