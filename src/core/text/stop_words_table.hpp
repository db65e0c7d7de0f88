// The stop-word lists of stopwords-iso (MIT), generated into
// stop_words_table.cpp by scripts/gen-stopwords.py: sorted bytewise, lowercase.
#pragma once

#include <cstddef>
#include <string_view>

namespace polso::text {

extern const std::string_view kStopWords_en[], kStopWords_it[], kStopWords_fr[], kStopWords_es[],
    kStopWords_de[], kStopWords_pt[];
extern const std::size_t kStopWordsCount_en, kStopWordsCount_it, kStopWordsCount_fr, kStopWordsCount_es,
    kStopWordsCount_de, kStopWordsCount_pt;

}  // namespace polso::text
