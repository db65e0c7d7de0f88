// The languages the comment analysis reads (stop words and stemmers for
// each), and the per-file guess among them from stop-word hit rates.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace polso::text {

enum class Language : std::uint8_t { en, it, fr, es, de, pt };
inline constexpr std::array<Language, 6> kLanguages = {Language::en, Language::it, Language::fr,
                                                       Language::es, Language::de, Language::pt};

std::string_view language_code(Language l);  // "en", "it", …
std::optional<Language> language_of_code(std::string_view code);

// Counts, over many words, how many are stop words of each language: the
// language whose stop words are hit most is the text's.
class LanguageVote {
 public:
  void add(std::string_view folded_word);
  std::uint64_t words() const { return words_; }
  std::uint64_t hits(Language l) const { return hits_[static_cast<std::size_t>(l)]; }
  // The most-hit language (ties: the earlier in kLanguages); nullopt without any hit.
  std::optional<Language> best() const;

 private:
  std::array<std::uint64_t, kLanguages.size()> hits_{};
  std::uint64_t words_ = 0;
};

}  // namespace polso::text
