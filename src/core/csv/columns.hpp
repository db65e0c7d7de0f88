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

struct ColumnChoice {
  std::int64_t index = -1;  // 0-based column; -1: none found
  double confidence = 0;    // 0..1, for the UI to decide whether to ask
  std::string reason_en;    // why this column, in a sentence
  std::string reason_it;
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
// Score: keywords (recommend, likely, nps, consigli, probabil, satisf,
// soddisf, effort, facile, score, voto, punteggio, rating, valutazione, …)
// and ≥ 80% of values whole numbers in 0..10 (leading_score). Date: keywords
// (date, data, time, timestamp, submitted, inviato, …; the completion time
// beats the start time) and ≥ 80% of values dates. Segment: keywords
// (channel, canale, segment, team, store, negozio, city, città, source,
// region, agent, …) and text with few distinct values.
ColumnMapping map_columns(std::span<const std::string> headers,
                          std::span<const std::vector<std::string>> rows,
                          const Dialect& dialect);

}  // namespace polso::csv
