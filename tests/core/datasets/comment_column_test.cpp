// Guessing the comment column: by a word in its name when its values are
// text, otherwise by free-text values alone; never an excluded column (score,
// date, segment), an e-mail or address column, numbers or dates. Each case
// says why its column wins.
#include "core/datasets/comment_column.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace polso::datasets {
namespace {

using Rows = std::vector<std::vector<std::string>>;

TEST(CommentColumn, TableOfGuesses) {
  struct Case {
    const char* what;
    std::vector<std::string> headers;
    Rows sample;
    std::vector<std::int64_t> exclude;
    std::int64_t index;  // -1: none
  };
  const Case cases[] = {
      {"a named column of text", {"Score", "Comment"}, {{"9", "ok"}, {"3", "too slow"}}, {0}, 1},
      {"an Italian name with an accent (Perché → perche)", {"Voto", "Perché?"}, {{"8", "buono"}, {"2", "lento"}},
       {0}, 1},
      {"a named column of numbers is no comment", {"Score", "Comment"}, {{"9", "1"}, {"3", "2"}, {"5", "3"}}, {0}, -1},
      {"a named column of dates is no comment", {"Comment date"}, {{"2025-01-02"}, {"2025-02-03"}}, {}, -1},
      {"an excluded column is never chosen", {"Comment"}, {{"fine"}, {"slow"}}, {0}, -1},
      {"an e-mail column is never chosen (name)", {"Feedback email"}, {{"a b c d"}, {"e f g h"}, {"i j k l"}}, {}, -1},
      {"a column of e-mail addresses is no text (values)",
       {"Comment"},
       {{"a@x.com"}, {"b@y.com"}, {"c@z.com"}},
       {},
       -1},
      {"free text found by its values alone",
       {"Score", "Q2"},
       {{"9", "the delivery was very fast"}, {"3", "support never answered me"}, {"7", "good but pricey"}},
       {0},
       1},
      // Three answers of one word each (mean 1 < 3 words): not free text.
      {"short answers without a name are no comment", {"Score", "Q2"}, {{"9", "yes"}, {"3", "no"}, {"7", "maybe"}}, {0},
       -1},
      // Two answers only (fewer than 3): not enough to call it free text.
      {"too few answers to judge by values", {"Q2"}, {{"the delivery was fast"}, {"support never answered"}}, {}, -1},
      // The same sentence three times: 1 distinct of 3 (1·2 < 3), not free text.
      {"a repeated sentence is no free text", {"Q2"}, {{"the same four words"}, {"the same four words"},
       {"the same four words"}}, {}, -1},
      {"no columns", {}, {}, {}, -1},
  };
  for (const Case& c : cases) {
    const ResolvedColumn r = guess_comment_column(c.headers, c.sample, c.exclude);
    EXPECT_EQ(r.index, c.index) << c.what;
    if (c.index >= 0) {
      EXPECT_EQ(r.name, c.headers[static_cast<std::size_t>(c.index)]) << c.what;
      EXPECT_FALSE(r.reason_en.empty()) << c.what;
      EXPECT_FALSE(r.reason_it.empty()) << c.what;
      EXPECT_FALSE(r.by_user) << c.what;
    }
  }
}

TEST(CommentColumn, TheMoreTellingNameWinsThenTheLongerAnswers) {
  // "Reason" (rank 3 in the list) and "Comment" (rank 0): Comment wins though
  // its answers are shorter; the unnamed free-text column comes last.
  const std::vector<std::string> headers = {"Reason", "Notes", "Comment"};
  const Rows sample = {{"price was too high for me", "a b c d e", "slow"},
                       {"delivery took two whole weeks", "f g h i j", "rude"},
                       {"the app crashed at checkout", "k l m n o", "fine"}};
  const ResolvedColumn r = guess_comment_column(headers, sample, {});
  EXPECT_EQ(r.index, 2);
  EXPECT_EQ(r.reason_en, "The name contains “comment” and the answers are text.");
  EXPECT_EQ(r.reason_it, "Il nome contiene “comment” e le risposte sono testo.");
  ASSERT_EQ(r.runners_up.size(), 2u);
  EXPECT_EQ(r.runners_up[0].name, "Reason");
  EXPECT_EQ(r.runners_up[1].name, "Notes");

  // Two unnamed free-text columns: the one with more words per answer wins
  // (Q1: 4 words each; Q2: 6 words each).
  const std::vector<std::string> unnamed = {"Q1", "Q2"};
  const Rows sample2 = {{"one two three four", "one two three four five six"},
                        {"five six seven eight", "seven eight nine ten eleven twelve"},
                        {"nine ten eleven twelve", "a b c d e f"}};
  const ResolvedColumn r2 = guess_comment_column(unnamed, sample2, {});
  EXPECT_EQ(r2.index, 1);
  EXPECT_EQ(r2.reason_en, "The answers are free text: several words each, rarely repeated.");
  ASSERT_EQ(r2.runners_up.size(), 1u);
  EXPECT_EQ(r2.runners_up[0].name, "Q1");
}

TEST(CommentColumn, ShortRowsAndBlankCellsAreSkipped) {
  // Column 1 is missing from two rows and blank in one; the three answers
  // present have 4, 3 and 5 words (mean 4) and are distinct: free text.
  const std::vector<std::string> headers = {"Score", "Q2"};
  const Rows sample = {{"9"}, {"3", "  "}, {"7", "it was really good"}, {"8"},
                       {"2", "too many bugs"}, {"5", "the price went up again"}};
  EXPECT_EQ(guess_comment_column(headers, sample, std::vector<std::int64_t>{0}).index, 1);
}

}  // namespace
}  // namespace polso::datasets
