// Finding a word in a folded name or value ("Importo rimborsato" folded is
// "importo rimborsato"): how column names, statuses and header languages are
// recognised. One rule for what a word is, and an explicit choice of how
// loosely a word may match, so each caller says what it means.
#pragma once

#include <string_view>

namespace polso::csv {

enum class Match {
  anywhere,    // inside any word: "rimbors" in "importo rimborsato"
  word_start,  // at the start of a word: "fee" in "stripe_fee", not in "coffee"
  whole_word,  // a word of its own: "nps" in "nps score", not in "snps"
};

// Short words ("nps", "id", "via", "day") turn up inside longer ones, so
// callers that match loosely match these whole.
inline constexpr std::size_t kShortWord = 3;

// A letter of a word: ASCII letters and any byte of a non-ASCII character
// (folding has removed Latin accents; what is left is a letter of another
// script). Digits, spaces and punctuation separate words: "nps" is a word of
// "q1nps2" as of "q1_nps".
constexpr bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

// Whether `word` occurs in `folded` as `how` says. A trailing '*' on `word`
// ("rechnung*") asks for the word's start only, whatever `how`.
bool has_word(std::string_view folded, std::string_view word, Match how);

// The first of the "|"-separated `words` that occurs in `folded` as `how`
// says, or empty.
std::string_view find_any(std::string_view folded, std::string_view words, Match how);

// Whether `folded` is one of the "|"-separated `names`, whole.
bool is_one_of(std::string_view folded, std::string_view names);

// Calls `f` with each "|"-separated part of `list`.
template <typename F>
void each_name(std::string_view list, F&& f) {
  while (!list.empty()) {
    const std::size_t bar = list.find('|');
    f(list.substr(0, bar));
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
}

// `how`, or whole_word for a short word.
constexpr Match short_words_whole(Match how, std::string_view word) {
  return word.size() <= kShortWord ? Match::whole_word : how;
}

}  // namespace polso::csv
