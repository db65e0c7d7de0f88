// A CSAT cell: a score 0..10, or words — a help desk's own ("Good" / "Bad",
// "Extremely Happy" … "Extremely Unhappy"), an emoji, or the generic
// vocabulary below in English, Italian, French, Spanish, German and
// Portuguese — read as satisfied / not satisfied. "Offered", "Unoffered" and
// the like are surveys not answered: not a response.
#pragma once

#include <span>
#include <optional>
#include <string_view>

#include "core/datasets/export_profile.hpp"
#include "core/error.hpp"

namespace polso::datasets {

// The satisfaction words every CSAT column is read with (after the profile's own).
std::span<const VocabularyEntry> generic_csat_words();

struct CsatCell {
  enum class Kind : unsigned char { blank, score, satisfied, unsatisfied, unanswered, unreadable } kind = Kind::blank;
  int score = 0;  // 0..10 when kind == score
};

CsatCell read_csat(std::string_view cell, const ExportProfile* profile);

// The CSAT scale the user gives: 5 or 10; otherwise an error on `field`.
std::optional<Error> check_csat_scale(std::string_view field, int scale);

}  // namespace polso::datasets
