#include "core/datasets/comment_reader.hpp"

#include <algorithm>

#include "core/budgets.hpp"
#include "core/datasets/bytes_hash.hpp"
#include "core/csv/numbers.hpp"
#include "core/text/stop_words.hpp"
#include "core/text/words.hpp"

namespace polso::datasets {
namespace {

bool only_spaces(std::string_view gap) {
  return std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// U+200E/F, U+202A–U+202E, U+2066–U+2069 in UTF-8: E2 80 8E/8F, E2 80 AA–AE, E2 81 A6–A9.
std::size_t bidi_control_length(std::string_view s, std::size_t at) {
  if (at + 2 >= s.size() || static_cast<unsigned char>(s[at]) != 0xE2) return 0;
  const auto b1 = static_cast<unsigned char>(s[at + 1]), b2 = static_cast<unsigned char>(s[at + 2]);
  if (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) return 3;
  if (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) return 3;
  return 0;
}

}  // namespace

std::string comment_example(std::string_view comment) {
  const std::string_view text = budget::utf8_prefix(csv::trim(comment), budget::kMaxCommentExampleBytes);
  std::string out;
  out.reserve(text.size() + 3);
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t n = bidi_control_length(text, i)) {
      i += n;
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i++]);
    const bool space = c < 0x20 || c == 0x7F || c == ' ';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (text.size() < csv::trim(comment).size()) out += "…";
  return out;
}

const CommentReader::WordInfo& CommentReader::word_info(const std::string& folded) {
  if (auto it = words_.find(folded); it != words_.end()) return it->second;
  if (words_.size() >= kMaxCachedWords) words_.clear();
  WordInfo info;
  info.stop = text::is_stop_word(language_, folded);
  if (!info.stop) info.stem.assign(stemmer_.stem(folded));
  return words_.emplace(folded, std::move(info)).first->second;
}

void CommentReader::read_terms(std::string_view text, Terms& out) {
  out.list.clear();
  out.cut = false;
  out.held = {};  // counted nowhere yet
  arena_.clear();
  occurrences_.clear();
  text::WordReader reader(text);
  text::Word word;
  // The previous word when it can start a phrase with this one.
  bool previous = false;
  Occurrence last{};
  const char* previous_end = nullptr;
  auto push = [&](std::string_view key_a, std::string_view key_b, std::string_view surface_a, std::string_view surface_b) {
    Occurrence o{static_cast<std::uint32_t>(arena_.size()), 0, 0, 0};
    arena_ += key_a;
    if (!key_b.empty()) (arena_ += ' ') += key_b;
    o.key_size = static_cast<std::uint32_t>(arena_.size() - o.key);
    o.surface = static_cast<std::uint32_t>(arena_.size());
    arena_ += surface_a;
    if (!surface_b.empty()) (arena_ += ' ') += surface_b;
    o.surface_size = static_cast<std::uint32_t>(arena_.size() - o.surface);
    occurrences_.push_back(o);
    return o;
  };
  while (reader.next(word)) {
    const bool gap_ok = previous && only_spaces({previous_end, static_cast<std::size_t>(word.surface.data() - previous_end)});
    previous_end = word.surface.data() + word.surface.size();
    // Numbers, single letters and stop words are not terms, and break phrases.
    if (!word.has_letter || word.folded.size() < 2) {
      previous = false;
      continue;
    }
    const WordInfo& info = word_info(word.folded);
    if (info.stop) {
      previous = false;
      continue;
    }
    if (gap_ok) {
      // The previous word's stem and surface are in the arena already (the arena only grows here).
      const std::string prev_key(arena_, last.key, last.key_size), prev_surface(arena_, last.surface, last.surface_size);
      push(prev_key, info.stem, prev_surface, word.folded);
    }
    last = push(info.stem, {}, word.folded, {});
    previous = true;
  }
  out.occurrences = occurrences_.size();
  auto key = [&](const Occurrence& o) { return std::string_view(arena_).substr(o.key, o.key_size); };
  std::stable_sort(occurrences_.begin(), occurrences_.end(),
                   [&](const Occurrence& a, const Occurrence& b) { return key(a) < key(b); });
  for (std::size_t i = 0; i < occurrences_.size();) {
    std::size_t j = i;
    while (j < occurrences_.size() && key(occurrences_[j]) == key(occurrences_[i])) ++j;
    const Occurrence& o = occurrences_[i];
    out.list.push_back({std::string(key(o)), arena_.substr(o.surface, o.surface_size), static_cast<std::uint32_t>(j - i)});
    i = j;
  }
}

CommentReader::Terms* CommentReader::read(std::string_view comment) {
  comment = csv::trim(comment);
  if (comment.empty()) return nullptr;
  if (comment.size() <= kMaxMemoBytes) {
    if (memo_.empty()) memo_.resize(kMemoSlots);
    Memo& m = memo_[hash_bytes(comment) & (kMemoSlots - 1)];
    if (!m.filled || !same_bytes(m.text, comment)) {
      m.text.assign(comment);
      m.filled = true;
      read_terms(comment, m.terms);
    }
    return &m.terms;
  }
  const bool cut = comment.size() > budget::kMaxCommentBytes;
  read_terms(cut ? budget::utf8_prefix(comment, budget::kMaxCommentBytes) : comment, scratch_);
  scratch_.cut = cut;
  return &scratch_;
}

void CommentReader::tally(CommentAggregate& aggregate, std::size_t group, Terms& terms, std::string_view comment) {
  CommentGroup& g = aggregate.group(group);
  ++g.comments;
  if (terms.cut) aggregate.note_long_comment();
  g.occurrences += terms.occurrences;
  text::TermSketch& sketch = g.terms;
  const std::uint64_t epoch = sketch.epoch();
  std::string example;  // made only when a term still wants one
  auto offer_example = [&](text::TermCounts& c) {
    if (!c.wants_example()) return;
    if (example.empty()) example = comment_example(comment);
    c.examples.push_back(example);
  };
  const std::size_t size = terms.list.size();
  for (Terms::Held& held : terms.held) {
    if (held.sketch != &sketch || held.epoch != epoch) continue;
    // Counted here before and nothing dropped since: no lookups, no string compares.
    for (std::size_t i = 0; i < size; ++i)
      offer_example(sketch.add_held(*held.counts[i], terms.list[i].n, terms.list[i].surface, held.surface_at[i]));
    return;
  }
  std::vector<text::TermCounts*> counts;
  std::vector<std::uint8_t> surface_at;
  counts.reserve(size);
  surface_at.reserve(size);
  for (const Term& t : terms.list) {
    std::uint8_t at = 0;
    text::TermCounts& c = sketch.add(t.key, t.n, t.surface, &at);
    counts.push_back(&c);
    surface_at.push_back(at);
    offer_example(c);
  }
  // Held for next time only if no term was dropped meanwhile (all references valid).
  if (sketch.epoch() == epoch) {
    Terms::Held& slot = terms.held[terms.next_held++ % terms.held.size()];
    slot = {&sketch, epoch, std::move(counts), std::move(surface_at)};
  }
}

}  // namespace polso::datasets
