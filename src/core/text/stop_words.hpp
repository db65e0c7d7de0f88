// Stop words: the words too common in a language to say what a comment is
// about ("the", "di", "que"), from stopwords-iso minus negations and
// judgements (scripts/gen-stopwords.py says which and why).
#pragma once

#include <string_view>

#include "core/text/language.hpp"

namespace polso::text {

// `folded` is a word as fold_case gives it (lowercase, accents kept).
bool is_stop_word(Language l, std::string_view folded);

}  // namespace polso::text
