#include "core/datasets/conversations_csat.hpp"

#include "core/csv/numbers.hpp"
#include "core/problems.hpp"

namespace polso::datasets {

std::span<const VocabularyEntry> generic_csat_words() {
  // Folded (lowercase, no accents). "Neutral" is not satisfied: CSAT counts
  // only the top answers as satisfied (METRICS.md, csat).
  static constexpr VocabularyEntry kWords[] = {
      {Meaning::satisfied,
       "satisfied|very satisfied|extremely satisfied|happy|very happy|extremely happy|good|very good|great|"
       "excellent|awesome|amazing|positive|thumbs up|"
       "soddisfatto|soddisfatta|molto soddisfatto|molto soddisfatta|buono|molto buono|ottimo|eccellente|positivo|"
       "satisfait|satisfaite|tres satisfait|tres satisfaite|content|contente|bon|tres bon|excellent|positif|"
       "satisfecho|satisfecha|muy satisfecho|muy satisfecha|bueno|muy bueno|excelente|positivo|"
       "zufrieden|sehr zufrieden|gut|sehr gut|ausgezeichnet|positiv|"
       "satisfeito|satisfeita|muito satisfeito|muito satisfeita|bom|muito bom|otimo|excelente|"
       "\xF0\x9F\x98\x80|\xF0\x9F\x98\x83|\xF0\x9F\x98\x84|\xF0\x9F\x98\x8A|\xF0\x9F\x99\x82|\xF0\x9F\x98\x8D|"
       "\xF0\x9F\xA4\xA9|\xF0\x9F\x91\x8D|\xE2\xAD\x90\xE2\xAD\x90\xE2\xAD\x90\xE2\xAD\x90|"
       "\xE2\xAD\x90\xE2\xAD\x90\xE2\xAD\x90\xE2\xAD\x90\xE2\xAD\x90"},
      {Meaning::unsatisfied,
       "dissatisfied|unsatisfied|very dissatisfied|very unsatisfied|extremely dissatisfied|unhappy|very unhappy|"
       "extremely unhappy|neutral|okay|ok|just okay|not good|bad|very bad|poor|very poor|terrible|awful|negative|"
       "thumbs down|"
       "insoddisfatto|insoddisfatta|molto insoddisfatto|molto insoddisfatta|neutro|neutrale|sufficiente|scarso|"
       "pessimo|negativo|"
       "insatisfait|insatisfaite|tres insatisfait|mecontent|mecontente|neutre|moyen|mauvais|tres mauvais|negatif|"
       "insatisfecho|insatisfecha|muy insatisfecho|regular|malo|muy malo|pesimo|"
       "unzufrieden|sehr unzufrieden|schlecht|sehr schlecht|negativ|"
       "insatisfeito|insatisfeita|muito insatisfeito|ruim|muito ruim|pessimo|"
       "\xF0\x9F\x98\xA1|\xF0\x9F\x98\xA0|\xF0\x9F\x98\x9E|\xF0\x9F\x99\x81|\xE2\x98\xB9\xEF\xB8\x8F|\xF0\x9F\x98\x90|"
       "\xF0\x9F\x98\x95|\xF0\x9F\x91\x8E"},
      {Meaning::unanswered,
       "offered|unoffered|not offered|not rated|no rating|unrated|survey sent|sent|not answered|no response|"
       "offerto|non offerto|non valutato|nessuna valutazione|non risposto|propose|non note|no calificado|"
       "nicht bewertet|nao avaliado"},
  };
  return kWords;
}

namespace {

// "4.0" or "4,00": a score a spreadsheet or a pandas export wrote as a
// decimal. Other decimals ("4.5") stay unreadable: no box holds them.
std::string_view without_zero_decimals(std::string_view cell) {
  const std::size_t sep = cell.find_first_of(".,");
  if (sep == std::string_view::npos || sep == 0 || sep + 1 == cell.size()) return cell;
  if (cell.find_first_not_of('0', sep + 1) != std::string_view::npos) return cell;
  if (cell.find_first_not_of("0123456789") != sep) return cell;
  return cell.substr(0, sep);
}

}  // namespace

CsatCell read_csat(std::string_view cell, const ExportProfile* profile) {
  cell = csv::trim(cell);
  if (cell.empty()) return {};
  const csv::ParsedScore s = csv::leading_score(without_zero_decimals(cell));
  if (s.ok() && s.value >= 0 && s.value <= 10) return {CsatCell::Kind::score, static_cast<int>(s.value)};
  switch (meaning_of(cell, profile, generic_csat_words())) {
    case Meaning::satisfied: return {CsatCell::Kind::satisfied};
    case Meaning::unsatisfied: return {CsatCell::Kind::unsatisfied};
    case Meaning::unanswered: return {CsatCell::Kind::unanswered};
    default: return {CsatCell::Kind::unreadable};
  }
}

std::optional<Error> check_csat_scale(std::string_view field, int scale) {
  if (scale == 5 || scale == 10) return std::nullopt;
  return problems::invalid(field, "invalid_option", {"The CSAT scale is 5 or 10.", "La scala CSAT è 5 o 10."});
}

}  // namespace polso::datasets
