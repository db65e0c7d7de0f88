// Guessing which columns hold the score, the date and a segment, from header
// names and a sample of values, with a reason a person can read for each.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv/dialect.hpp"

namespace polso::csv {

enum class ScoreScale : std::uint8_t { unknown, zero_to_ten, one_to_five, one_to_seven };
std::string_view scale_name(ScoreScale scale);  // "0-10", "1-5", "1-7", "unknown"

// What a score column's name says it measures (en/it/fr/es/de/pt words):
// nps ("recommend", "consigli", exactly "nps", …), satisfaction, effort,
// rating (a generic rating: "rating", "stars", "voto", …), generic ("score",
// "punteggio", …), or none.
enum class ScoreFamily : std::uint8_t { none, nps, satisfaction, effort, rating, generic };
struct ScoreWords {
  ScoreFamily family = ScoreFamily::none;
  std::string_view word;  // the word that said it (static text); empty for none
};
ScoreWords score_words(std::string_view header);

struct ColumnChoice {
  std::int64_t index = -1;  // 0-based column; -1: none found
  double confidence = 0;    // 0..1, for the UI to decide whether to ask
  std::string reason_en;    // why this column, in a sentence
  std::string reason_it;
  std::vector<std::int64_t> runners_up;  // the next-best columns, best first (at most 3)
};

struct ColumnMapping {
  ColumnChoice score;
  ScoreScale scale = ScoreScale::unknown;
  ColumnChoice date;
  ColumnChoice segment;
};

// One name per column from the header rows: row 1, plus the non-empty,
// different cells below it (SurveyMonkey question + "Response", Qualtrics
// "Q1" + question text), skipping Qualtrics {"ImportId":...} cells. A blank
// cell in row 1 continues the question to its left (SurveyMonkey merges).
std::vector<std::string> header_names(std::span<const std::vector<std::string>> header_rows);

// Lowercase with Latin accents removed ("Città" → "citta"), for keyword tests.
std::string fold_for_matching(std::string_view text);

// `rows` are data rows (headers excluded); a few hundred are plenty.
// Score: ≥ 80% of values whole numbers in 0..10 (leading_score), ranked by
// what the name says, in en/it/fr/es/de/pt: exactly "nps" first, then words
// naming NPS (recommend, consigli, empfehl, …), satisfaction or effort, then
// generic ones (score, voto, rating, …), then none; "overall" and a wider
// range break ties; id/status/progress names and timestamps never win. Date: keywords
// (date, data, time, timestamp, submitted, inviato, …; the completion time
// beats the start time) and ≥ 80% of values dates. Segment: keywords
// (channel, canale, segment, team, store, negozio, city, città, source,
// region, agent, …) and text with few distinct values.
ColumnMapping map_columns(std::span<const std::string> headers,
                          std::span<const std::vector<std::string>> rows,
                          const Dialect& dialect);

}  // namespace polso::csv
