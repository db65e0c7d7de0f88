#include "core/text/language.hpp"

#include "core/text/stop_words.hpp"

namespace polso::text {

std::string_view language_code(Language l) {
  switch (l) {
    case Language::en: return "en";
    case Language::it: return "it";
    case Language::fr: return "fr";
    case Language::es: return "es";
    case Language::de: return "de";
    case Language::pt: return "pt";
  }
  return "en";
}

std::optional<Language> language_of_code(std::string_view code) {
  for (Language l : kLanguages)
    if (language_code(l) == code) return l;
  return std::nullopt;
}

void LanguageVote::add(std::string_view folded_word) {
  ++words_;
  for (Language l : kLanguages)
    if (is_stop_word(l, folded_word)) ++hits_[static_cast<std::size_t>(l)];
}

std::optional<Language> LanguageVote::best() const {
  std::optional<Language> best;
  std::uint64_t most = 0;
  for (Language l : kLanguages)
    if (hits(l) > most) {
      most = hits(l);
      best = l;
    }
  return best;
}

}  // namespace polso::text
