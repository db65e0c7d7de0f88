// Naming a column: exactly, ignoring case and accents, by the top row of a
// multi-row header, or by number — and errors that list what there is.
#include "core/datasets/column_choice.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace polso::datasets {
namespace {

const std::vector<std::string> kSurveyMonkey = {
    "Respondent ID", "How likely is it that you would recommend us? - Response",
    "Which store did you visit? - Response", "Which store did you visit? - Other (please specify)",
    "Città", "città"};

ResolvedColumn pick(const std::string& wanted) {
  auto c = choose_column(kSurveyMonkey, wanted, "score_column", {});
  EXPECT_TRUE(c.ok()) << wanted;
  return c.ok() ? c.value() : ResolvedColumn{};
}

TEST(ChooseColumn, ExactThenIgnoringCaseAndAccents) {
  EXPECT_EQ(pick("città").index, 5);  // exact beats folded
  EXPECT_EQ(pick("Città").index, 4);
  EXPECT_EQ(pick("respondent id").index, 0);
  EXPECT_TRUE(pick("respondent id").by_user);
  EXPECT_EQ(pick("Respondent ID").reason_en, "Chosen by you.");
}

TEST(ChooseColumn, TheQuestionAsTheFileShowsItNamesItsAnswer) {
  // Issue 15: only the joined "<question> - Response" used to work.
  EXPECT_EQ(pick("How likely is it that you would recommend us?").index, 1);
  // Two columns under one question: the answer, not "Other (please specify)".
  EXPECT_EQ(pick("Which store did you visit?").index, 2);
  EXPECT_EQ(pick("which store did you visit?").index, 2);
}

TEST(ChooseColumn, SeveralTopRowMatchesAreAskedAbout) {
  const std::vector<std::string> headers = {"Q1 - Speed", "Q1 - Price"};
  auto c = choose_column(headers, std::string("Q1"), "score_column", {});
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code, "column_ambiguous");
  EXPECT_EQ(c.error().field, "score_column");
  EXPECT_NE(c.error().message_en.find("Q1 - Price"), std::string::npos);
}

TEST(ChooseColumn, NumbersNoneAndUnknownNames) {
  EXPECT_EQ(pick("2").index, 1);
  EXPECT_FALSE(pick("(none)").found());
  EXPECT_FALSE(pick("").found());
  auto missing = choose_column(kSurveyMonkey, std::string("Score"), "score_column", {});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, "column_not_found");
  EXPECT_NE(missing.error().message_en.find("Respondent ID"), std::string::npos);
  // A long name is quoted short, not echoed whole.
  auto long_name = choose_column(kSurveyMonkey, std::string(100000, 'x'), "score_column", {});
  ASSERT_FALSE(long_name.ok());
  EXPECT_LT(long_name.error().message_en.size(), 1000u);
}

TEST(ChooseColumn, NoWishKeepsTheGuess) {
  ResolvedColumn guess{3, "x", "guessed", "indovinata"};
  guess.runners_up = {{1, "y"}};
  auto c = choose_column(kSurveyMonkey, std::nullopt, "score_column", guess);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->index, 3);
  EXPECT_FALSE(c->by_user);
  EXPECT_EQ(c->runners_up.size(), 1u);
}

}  // namespace
}  // namespace polso::datasets
