// CommentReader: one comment's text into its group's term counts. Words
// (text::WordReader) that are not stop words are stemmed (text::Stemmer); a
// term is a stem, or two stems of words next to each other (only spaces
// between them: no stop word, punctuation or number), such as
// "slow delivery". A term counts every time it occurs, and once per comment
// for the share of comments that mention it. Holds the stemmer and caches
// (stems, repeated comments and where their terms were counted); not part of
// the mergeable state. The aggregates it counts into must outlive it and
// stay where they are (SurveyAnalysis owns both).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/datasets/comment_aggregate.hpp"
#include "core/text/stemmer.hpp"

namespace polso::datasets {

class CommentReader {
 public:
  explicit CommentReader(text::Language language) : language_(language), stemmer_(language) {}

  // A comment's terms, each once with its number of occurrences.
  struct Term {
    std::string key, surface;
    std::uint32_t n = 0;
  };
  struct Terms {
    std::vector<Term> list;
    std::uint64_t occurrences = 0;
    bool cut = false;  // longer than budget::kMaxCommentBytes: the beginning was read
    // Where the terms were last counted, per sketch (a repeated comment skips
    // the lookups): each list's counts, valid while the sketch's epoch holds.
    struct Held {
      const text::TermSketch* sketch = nullptr;
      std::uint64_t epoch = 0;
      std::vector<text::TermCounts*> counts;
      std::vector<std::uint8_t> surface_at;  // each term's surface among its counts' surfaces
    };
    std::array<Held, 4> held{};
    std::size_t next_held = 0;
  };

  // A blank comment is not a comment and changes nothing.
  void add(CommentAggregate& aggregate, std::size_t group, std::string_view comment) {
    if (Terms* t = read(comment)) tally(aggregate, group, *t, comment);
  }
  // A comment's terms (nullptr when blank), valid until the next read; then
  // counted into any number of aggregates.
  Terms* read(std::string_view comment);
  static void tally(CommentAggregate& aggregate, std::size_t group, Terms& terms, std::string_view comment);

 private:
  // What a folded word is: a stop word, or a term with this stem.
  struct WordInfo {
    bool stop = false;
    std::string stem;
  };
  void read_terms(std::string_view text, Terms& out);
  const WordInfo& word_info(const std::string& folded);

  text::Language language_;
  text::Stemmer stemmer_;
  // Caches (the results never depend on them): words already looked up,
  // cleared when they reach kMaxCachedWords; short comments already read
  // (answers such as "ok", "Great service" repeat), direct-mapped by hash.
  static constexpr std::size_t kMaxCachedWords = 50000;
  static constexpr std::size_t kMemoSlots = 1024, kMaxMemoBytes = 96;
  std::unordered_map<std::string, WordInfo, text::TermSketch::KeyHash, std::equal_to<>> words_;
  struct Memo {
    std::string text;
    bool filled = false;
    Terms terms;
  };
  std::vector<Memo> memo_;
  Terms scratch_;
  // One comment's term occurrences: key and surface as ranges of `arena_`.
  struct Occurrence {
    std::uint32_t key, key_size, surface, surface_size;
  };
  std::string arena_;
  std::vector<Occurrence> occurrences_;
};

// A comment as an example: within budget::kMaxCommentExampleBytes (with
// "…" when cut), control characters as spaces, bidi controls removed,
// spaces collapsed — text a page can show as it is, once escaped.
std::string comment_example(std::string_view comment);

}  // namespace polso::datasets
