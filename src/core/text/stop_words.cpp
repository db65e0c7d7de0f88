#include "core/text/stop_words.hpp"

#include <algorithm>
#include <span>

#include "core/text/stop_words_table.hpp"

namespace polso::text {
namespace {

std::span<const std::string_view> list_of(Language l) {
  switch (l) {
    case Language::en: return {kStopWords_en, kStopWordsCount_en};
    case Language::it: return {kStopWords_it, kStopWordsCount_it};
    case Language::fr: return {kStopWords_fr, kStopWordsCount_fr};
    case Language::es: return {kStopWords_es, kStopWordsCount_es};
    case Language::de: return {kStopWords_de, kStopWordsCount_de};
    case Language::pt: return {kStopWords_pt, kStopWordsCount_pt};
  }
  return {};
}

}  // namespace

bool is_stop_word(Language l, std::string_view folded) {
  const auto list = list_of(l);
  return std::binary_search(list.begin(), list.end(), folded);  // string_view compares bytewise
}

}  // namespace polso::text
