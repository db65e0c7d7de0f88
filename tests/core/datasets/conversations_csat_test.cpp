// CSAT cells as scores, vendor words, generic words and emoji.
#include "core/datasets/conversations_csat.hpp"

#include <gtest/gtest.h>

namespace polso::datasets {
namespace {

using K = CsatCell::Kind;

TEST(ReadCsat, ScoresAndGenericWords) {
  EXPECT_EQ(read_csat("5", nullptr).kind, K::score);
  EXPECT_EQ(read_csat("4 - Satisfied", nullptr).score, 4);
  for (const char* yes : {"Good", "Satisfied", "Molto soddisfatto", "Satisfait", "Muy satisfecho", "Zufrieden",
                          "Satisfeito", "Extremely Happy", "\xF0\x9F\x98\x8D"})
    EXPECT_EQ(read_csat(yes, nullptr).kind, K::satisfied) << yes;
  for (const char* no : {"Bad", "Neutral", "Insoddisfatto", "Mécontent", "Insatisfecho", "Unzufrieden", "Ruim",
                         "Extremely Unhappy", "\xF0\x9F\x98\xA1"})
    EXPECT_EQ(read_csat(no, nullptr).kind, K::unsatisfied) << no;
  for (const char* none : {"Offered", "Unoffered", "Not Offered"})
    EXPECT_EQ(read_csat(none, nullptr).kind, K::unanswered) << none;
  EXPECT_EQ(read_csat("", nullptr).kind, K::blank);
  EXPECT_EQ(read_csat("maybe", nullptr).kind, K::unreadable);
}

TEST(ReadCsat, WholeDecimalsAreScores) {
  EXPECT_EQ(read_csat("4.0", nullptr).kind, CsatCell::Kind::score);
  EXPECT_EQ(read_csat("4.0", nullptr).score, 4);
  EXPECT_EQ(read_csat("10,00", nullptr).score, 10);
  EXPECT_EQ(read_csat("4.5", nullptr).kind, CsatCell::Kind::unreadable);
  EXPECT_EQ(read_csat(".0", nullptr).kind, CsatCell::Kind::unreadable);
}

TEST(ReadCsat, TheProfileWordsComeFirst) {
  const ExportProfile* helpscout = nullptr;
  for (const auto& p : support_profiles())
    if (p.id == "helpscout_conversations") helpscout = &p;
  ASSERT_NE(helpscout, nullptr);
  EXPECT_EQ(read_csat("Great", helpscout).kind, K::satisfied);
  EXPECT_EQ(read_csat("Okay", helpscout).kind, K::unsatisfied);
  EXPECT_EQ(read_csat("Not Good", helpscout).kind, K::unsatisfied);
}

}  // namespace
}  // namespace polso::datasets

namespace polso::datasets {
namespace {

TEST(ConversationsCsat, TheScaleIsFiveOrTen) {
  for (int scale : {5, 10}) EXPECT_FALSE(check_csat_scale("scale", scale)) << scale;
  for (int scale : {0, 4, 6, 7, 9, 11}) {
    const auto e = check_csat_scale("csat_scale", scale);
    ASSERT_TRUE(e) << scale;
    EXPECT_EQ(e->field, "csat_scale");
    EXPECT_EQ(e->message_en, "The CSAT scale is 5 or 10.");
  }
}

}  // namespace
}  // namespace polso::datasets
