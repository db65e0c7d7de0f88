#include "core/datasets/comment_reader.hpp"

#include <algorithm>

#include "core/budgets.hpp"
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

std::string_view CommentReader::stem_of(const std::string& folded) {
  if (auto it = stems_.find(folded); it != stems_.end()) return it->second;
  if (stems_.size() >= kMaxCachedStems) stems_.clear();
  return stems_.emplace(folded, std::string(stemmer_.stem(folded))).first->second;
}

void CommentReader::add(CommentAggregate& aggregate, std::size_t group, std::string_view comment) {
  comment = csv::trim(comment);
  if (comment.empty()) return;
  CommentGroup& g = aggregate.group(group);
  ++g.comments;
  std::string_view text = comment;
  if (text.size() > budget::kMaxCommentBytes) {
    text = budget::utf8_prefix(text, budget::kMaxCommentBytes);
    aggregate.note_long_comment();
  }
  terms_.clear();
  text::WordReader reader(text);
  text::Word word;
  const text::Language language = aggregate.language();
  // The previous word when it can start a phrase with this one.
  bool previous = false;
  std::string previous_stem, previous_folded;
  const char* previous_end = nullptr;
  while (reader.next(word)) {
    const bool gap_ok = previous && only_spaces({previous_end, static_cast<std::size_t>(word.surface.data() - previous_end)});
    previous_end = word.surface.data() + word.surface.size();
    // Numbers, single letters and stop words are not terms, and break phrases.
    if (!word.has_letter || word.folded.size() < 2 || text::is_stop_word(language, word.folded)) {
      previous = false;
      continue;
    }
    const std::string_view stem = stem_of(word.folded);
    if (gap_ok)
      terms_.push_back({previous_stem + ' ' + std::string(stem), previous_folded + ' ' + word.folded});
    terms_.push_back({std::string(stem), word.folded});
    previous = true;
    previous_stem.assign(stem);
    previous_folded = word.folded;
  }
  if (terms_.empty()) return;
  g.occurrences += terms_.size();
  std::stable_sort(terms_.begin(), terms_.end(), [](const Occurrence& a, const Occurrence& b) { return a.key < b.key; });
  const std::string example = comment_example(comment);
  for (std::size_t i = 0; i < terms_.size();) {
    std::size_t j = i;
    while (j < terms_.size() && terms_[j].key == terms_[i].key) ++j;
    g.terms.add(terms_[i].key, j - i, terms_[i].surface, example);
    i = j;
  }
}

}  // namespace polso::datasets
