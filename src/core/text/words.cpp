#include "core/text/words.hpp"

#include "core/csv/encoding.hpp"

namespace polso::text {
namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;

// The code point at `at` and its length; kInvalid (length 1) for a byte that
// does not start a well-formed sequence (overlong, surrogate, beyond U+10FFFF).
char32_t decode(std::string_view s, std::size_t at, std::size_t& length) {
  const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char c = b(at);
  length = 1;
  if (c < 0x80) return c;
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || at + n > s.size()) return kInvalid;
  char32_t cp = c & (0x7F >> n);
  for (std::size_t i = 1; i < n; ++i) {
    if ((b(at + i) & 0xC0) != 0x80) return kInvalid;
    cp = (cp << 6) | (b(at + i) & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
    return kInvalid;
  length = n;
  return cp;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;  // Latin-1 letters, Latin Extended-A/B
  if (c >= 0x250 && c <= 0x2AF) return true;                     // IPA extensions
  if (c >= 0x300 && c <= 0x36F) return true;                     // combining marks (decomposed accents)
  if (c >= 0x370 && c <= 0x3FF) return c != 0x37E && c != 0x387;  // Greek, minus its punctuation
  if (c >= 0x400 && c <= 0x52F) return c < 0x482 || c > 0x489;    // Cyrillic, minus its signs
  if (c >= 0x531 && c <= 0x587) return c < 0x557 || c > 0x560;    // Armenian
  if (c >= 0x5D0 && c <= 0x5EA) return true;                     // Hebrew letters
  if (c >= 0x620 && c <= 0x64A) return true;                     // Arabic letters
  if (c >= 0x900 && c <= 0xDFF) return true;                     // Indic scripts (letters and marks)
  if (c >= 0xE01 && c <= 0xE4E) return true;                     // Thai
  if (c >= 0x1E00 && c <= 0x1FFF) return true;                   // Latin Extended Additional, Greek Extended
  if (c >= 0x3041 && c <= 0x30FF) return c != 0x30FB;            // kana
  if (c >= 0x4E00 && c <= 0x9FFF) return true;                   // CJK ideographs
  if (c >= 0xAC00 && c <= 0xD7A3) return true;                   // Hangul syllables
  return false;
}

}  // namespace

char32_t fold_case(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x130) return 'i';
    if (c == 0x178) return 0xFF;
    const bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (c == 0x138 || c == 0x149 || c == 0x17F) return c;
    return odd_upper ? (c % 2 == 1 ? c + 1 : c) : (c % 2 == 0 ? c + 1 : c);
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 0x20;  // Greek
  if (c == 0x386) return 0x3AC;                                  // Greek capitals with tonos
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;                // Cyrillic А–Я
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;                // Ѐ–Џ
  if (c >= 0x1E00 && c <= 0x1EFF) return c % 2 == 0 ? c + 1 : c;  // Latin Extended Additional pairs
  return c;
}

bool WordReader::next(Word& word) {
  while (at_ < text_.size()) {
    std::size_t length = 1;
    // Skip separators.
    while (at_ < text_.size()) {
      const char32_t c = decode(text_, at_, length);
      if (c != kInvalid && (is_letter(c) || is_digit(c))) break;
      at_ += length;
    }
    if (at_ >= text_.size()) return false;
    const std::size_t start = at_;
    word.folded.clear();
    word.has_letter = false;
    while (at_ < text_.size()) {
      const char32_t c = decode(text_, at_, length);
      if (c == kInvalid || !(is_letter(c) || is_digit(c))) break;
      if (at_ + length - start <= kMaxWordBytes) csv::append_utf8(fold_case(c), word.folded);
      word.has_letter = word.has_letter || !is_digit(c);
      at_ += length;
    }
    if (at_ - start > kMaxWordBytes) continue;  // too long to be a word a person wrote
    word.surface = text_.substr(start, at_ - start);
    return true;
  }
  return false;
}

}  // namespace polso::text
