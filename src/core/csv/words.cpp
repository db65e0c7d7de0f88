#include "core/csv/words.hpp"

namespace polso::csv {

bool has_word(std::string_view folded, std::string_view word, Match how) {
  if (word.ends_with('*')) {
    word.remove_suffix(1);
    how = Match::word_start;
  }
  if (word.empty()) return false;
  for (std::size_t at = folded.find(word); at != std::string_view::npos; at = folded.find(word, at + 1)) {
    if (how == Match::anywhere) return true;
    const bool starts = at == 0 || !is_word_byte(folded[at - 1]);
    const std::size_t end = at + word.size();
    const bool ends = end == folded.size() || !is_word_byte(folded[end]);
    if (starts && (how == Match::word_start || ends)) return true;
  }
  return false;
}

std::string_view find_any(std::string_view folded, std::string_view words, Match how) {
  std::string_view found;
  each_name(words, [&](std::string_view w) {
    if (found.empty() && has_word(folded, w, how)) found = w;
  });
  return found;
}

bool is_one_of(std::string_view folded, std::string_view names) {
  bool hit = false;
  each_name(names, [&](std::string_view n) { hit = hit || folded == n; });
  return hit;
}

}  // namespace polso::csv
