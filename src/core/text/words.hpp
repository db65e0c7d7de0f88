// Word breaking on UTF-8 text: a word is a run of letters and digits (Latin
// with its accents, Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, CJK,
// Hangul, combining marks); everything else — spaces, punctuation,
// apostrophes ("dell'ordine" → "dell", "ordine"), hyphens, symbols, control
// and bidi characters, invalid bytes — separates words. Each word comes
// with its case-folded form (lowercase, accents kept), the form stop words
// and stemmers expect.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace polso::text {

struct Word {
  std::string_view surface;  // as written, inside the text
  std::string folded;        // lowercase, accents kept
  bool has_letter = false;   // false: digits only ("2026", "39")
};

class WordReader {
 public:
  // Words longer than this (URLs, tokens, base64) are skipped whole.
  static constexpr std::size_t kMaxWordBytes = 64;

  explicit WordReader(std::string_view text) : text_(text) {}
  // The next word, or false at the end of the text.
  bool next(Word& word);

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

// Lowercase of one code point, for the scripts above (identity elsewhere).
char32_t fold_case(char32_t c);

}  // namespace polso::text
