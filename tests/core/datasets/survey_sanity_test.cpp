// A figure computed right from the wrong column: every answer the same (at
// least 5), or a fifth or more of the rows read with no number in the score
// column (at least 5 of them).
#include "core/datasets/survey_sanity.hpp"

#include <gtest/gtest.h>

#include "warning_codes.hpp"

#include <string>
#include <vector>

#include "core/problems.hpp"

namespace polso::datasets {
namespace {

using testing::codes;

SurveyAggregate answers(std::vector<int> scores, int not_numbers) {
  SurveyAggregate a;
  for (int s : scores) a.add(s, "", "");
  for (int i = 0; i < not_numbers; ++i) a.skip("not_a_number", 100 + static_cast<std::uint64_t>(i));
  return a;
}

TEST(SurveySanity, Cases) {
  using V = std::vector<std::string>;
  const struct {
    const char* name;
    std::vector<int> scores;
    int not_numbers;
    V expected;
  } cases[] = {
      {"five answers, all 9", {9, 9, 9, 9, 9}, 0, {"score_constant"}},
      {"four answers, all 9: too few to say", {9, 9, 9, 9}, 0, {}},
      {"answers that vary", {9, 9, 9, 9, 8}, 0, {}},
      {"5 of 25 rows no number: a fifth", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5, {"score_mostly_not_numbers"}},
      {"5 of 26 rows: less than a fifth", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0}, 5, {}},
      {"4 of 4 rows: too few to say", {}, 4, {}},
      {"both", {0, 0, 0, 0, 0}, 5, {"score_constant", "score_mostly_not_numbers"}},
  };
  for (const auto& c : cases) EXPECT_EQ(codes(survey_sanity(answers(c.scores, c.not_numbers), "NPS")), c.expected) << c.name;
}

TEST(SurveySanity, TheWordsNameTheColumnAndTheCounts) {
  // The column's name in quotes, isolated so a right-to-left name cannot reorder the sentence.
  const std::string q3 = problems::quoted("Q3");
  EXPECT_EQ(q3, "\xE2\x80\x9C\xE2\x81\xA8Q3\xE2\x81\xA9\xE2\x80\x9D");
  const auto ws = survey_sanity(answers({7, 7, 7, 7, 7, 7}, 0), "Q3");
  ASSERT_EQ(ws.size(), 1u);
  EXPECT_EQ(ws[0].field, "score_column");
  EXPECT_EQ(ws[0].message_en, "All 6 answers in " + q3 + " are 7. Check that this is the score column and not a fixed field of the export.");
  const auto words = survey_sanity(answers({1, 2, 3, 4, 5}, 5), "Q3");
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0].message_en, "5 of 10 rows have no number in " + q3 + ". Check that this is the score column, or whether the answers are written as words.");
  EXPECT_EQ(words[0].message_it, "5 righe su 10 non hanno un numero in " + q3 + ". Controlla che sia la colonna dei punteggi, o se le risposte sono scritte a parole.");
}

}  // namespace
}  // namespace polso::datasets
