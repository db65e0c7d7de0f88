// TermSketch: bounded counts of the terms (words and two-word phrases) of
// one group's comments. Space-saving: at most 2 × capacity terms are held;
// when full, only the `capacity` most frequent stay, and a term seen later
// starts from the highest count dropped (its `error`), so a frequent term is
// never lost. count − error is a lower bound of the true count; while
// nothing was dropped every count is exact. Mergeable: merging the sketches
// of two parts gives the sketch of the whole when neither dropped anything.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "core/budgets.hpp"

namespace polso::datasets {
struct PartStateCodec;
}

namespace polso::text {

struct TermCounts {
  std::uint64_t count = 0;  // occurrences, upper bound (exact when error == 0)
  std::uint64_t error = 0;  // at most this many occurrences were before the term was held
  std::uint64_t docs = 0;   // comments mentioning it, since it was held (a lower bound)
  // How it was written (folded), with counts: at most kMaxSurfaces forms.
  std::vector<std::pair<std::string, std::uint64_t>> surfaces;
  std::vector<std::string> examples;  // at most kCommentExamples comments, cut

  std::uint64_t lower() const { return count - error; }
  // Whether to keep an example of this occurrence: the first kCommentExamples
  // while nothing was dropped; once terms come and go, only from a term's
  // second occurrence (a term seen once is never shown, and most new terms
  // are seen once).
  // Inline: asked for every term of every comment.
  bool wants_example() const {
    return examples.size() < budget::kCommentExamples && (error == 0 || count > error + 1);
  }
  // The most frequent form (ties: the first seen).
  std::string_view display() const;
};

class TermSketch {
 public:
  static constexpr std::size_t kMaxSurfaces = 4;

  explicit TermSketch(std::size_t capacity);

  // `n` occurrences of `key` in one comment, written `surface`. The caller
  // adds an example when the term has fewer than kCommentExamples. The
  // reference stays valid until the next add or merge.
  // `surface_at`, if given, receives where the surface is in the term's
  // surfaces (kMaxSurfaces: not kept) for add_held().
  TermCounts& add(std::string_view key, std::uint64_t n, std::string_view surface,
                  std::uint8_t* surface_at = nullptr);
  // The same for a term this sketch returned from add() while epoch() has
  // not changed since: no lookup, and no search of the surfaces either, as
  // they only grow while the epoch holds (`surface_at` as add() gave it).
  TermCounts& add_held(TermCounts& held, std::uint64_t n, std::string_view surface, std::uint8_t& surface_at) {
    held.count += n;
    held.docs += 1;
    if (surface_at < held.surfaces.size()) held.surfaces[surface_at].second += n;
    else surface_at = add_surface(held, surface, n);
    return held;
  }
  // Changes whenever terms are dropped or merged in: references from add()
  // taken before stay valid only while it does not.
  std::uint64_t epoch() const { return epoch_; }
  void merge(const TermSketch& other);

  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Terms = std::unordered_map<std::string, TermCounts, KeyHash, std::equal_to<>>;
  // In no particular order: whatever reads them sorts.
  const Terms& terms() const { return terms_; }
  const TermCounts* find(std::string_view key) const;
  // Whether any term was dropped: counts may then be lower bounds.
  bool approximate() const { return floor_ > 0; }
  std::size_t capacity() const { return capacity_; }

 private:
  friend struct datasets::PartStateCodec;  // part_state.cpp: saved and restored as bytes
  void prune();
  static std::uint8_t count(TermCounts& t, std::uint64_t n, std::string_view surface) {
    t.count += n;
    t.docs += 1;
    return add_surface(t, surface, n);
  }
  // Where the surface is (or now is) in t.surfaces; kMaxSurfaces if not kept.
  static std::uint8_t add_surface(TermCounts& t, std::string_view surface, std::uint64_t n);

  std::size_t capacity_;
  std::uint64_t floor_ = 0;  // the highest count dropped so far
  std::uint64_t epoch_ = 0;
  // Pruning orders by (count, key), so what is kept is the same on every
  // platform whatever the hash table's order.
  Terms terms_;
};

}  // namespace polso::text
