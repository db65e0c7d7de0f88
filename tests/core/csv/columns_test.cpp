// map_columns and its helpers on small hand-made tables.
#include <gtest/gtest.h>

#include "core/csv/columns.hpp"

namespace polso::csv {
namespace {

using Table = std::vector<std::vector<std::string>>;

TEST(Columns, FoldRemovesAccentsAndCase) {
  EXPECT_EQ(fold_for_matching("Citt\xC3\xA0 PROBABILIT\xC3\x80"), "citta probabilita");
  EXPECT_EQ(fold_for_matching("Fa\xC3\xA7" "ade \xC3\x91"), "facade n");
}

TEST(Columns, HeaderNamesCombineRows) {
  const Table sm = {{"Q", "", "ID"}, {"Response", "Other", ""}};
  EXPECT_EQ(header_names(sm), (std::vector<std::string>{"Q - Response", "Q - Other", "ID"}));
  const Table q = {{"Q1"}, {"Text"}, {"{\"ImportId\":\"QID1\"}"}};
  EXPECT_EQ(header_names(q), (std::vector<std::string>{"Q1 - Text"}));
  const Table one = {{"a", ""}};
  EXPECT_EQ(header_names(one), (std::vector<std::string>{"a", ""}));
}

TEST(Columns, KeywordBeatsShapeForScore) {
  const std::vector<std::string> h = {"Rating of delivery", "Quanto \xC3\xA8 probabile che ci consigli?"};
  const Table rows = {{"3", "9"}, {"4", "10 - Estremamente probabile"}, {"5", "7"}, {"2", "0 - Per niente"}};
  // Both fit and both have keywords: the one naming NPS ("consigli",
  // "probabil") outranks a generic rating (issue 15: a column named "nps" was
  // passed over for another with a weaker word)...
  ColumnMapping m = map_columns(h, rows, Dialect{});
  EXPECT_EQ(m.score.index, 1);
  EXPECT_EQ(m.score.runners_up, (std::vector<std::int64_t>{0}));
  // ...unless only one has a keyword.
  const std::vector<std::string> h2 = {"Q1", "Quanto \xC3\xA8 probabile che ci consigli?"};
  m = map_columns(h2, rows, Dialect{});
  EXPECT_EQ(m.score.index, 1);
  EXPECT_EQ(m.scale, ScoreScale::zero_to_ten);
  EXPECT_GT(m.score.confidence, 0.8);
  EXPECT_NE(m.score.reason_en.find("probabil"), std::string::npos);
  EXPECT_NE(m.score.reason_it.find("100%"), std::string::npos);
}

TEST(Columns, AYesNoColumnIsNoScoreWhateverItsName) {
  // The layout of a public e-commerce review export: "Recommended IND" holds
  // 0/1. Taken as the score (its name says "recommend"), CSAT came out 0%
  // over every row; the 1–5 "Rating" beside it is the answer on a scale.
  const std::vector<std::string> h = {"Review Text", "Rating", "Recommended IND"};
  const Table rows = {{"love it", "5", "1"}, {"too small", "2", "0"}, {"ok", "3", "1"}, {"great", "4", "1"}};
  const ColumnMapping m = map_columns(h, rows, Dialect{});
  EXPECT_EQ(m.score.index, 1);
  EXPECT_EQ(m.scale, ScoreScale::one_to_five);
}

TEST(Columns, ScaleFromValues) {
  const std::vector<std::string> h = {"score"};
  EXPECT_EQ(map_columns(h, Table{{"1"}, {"5"}, {"3"}}, Dialect{}).scale, ScoreScale::one_to_five);
  EXPECT_EQ(map_columns(h, Table{{"1"}, {"7"}, {"3"}}, Dialect{}).scale, ScoreScale::one_to_seven);
  EXPECT_EQ(map_columns(h, Table{{"0"}, {"5"}, {"3"}}, Dialect{}).scale, ScoreScale::zero_to_ten);
  EXPECT_EQ(map_columns(h, Table{{"2"}, {"9"}}, Dialect{}).scale, ScoreScale::zero_to_ten);
  // NPS wording means 0-10 even if nobody answered above 5.
  EXPECT_EQ(map_columns(std::vector<std::string>{"NPS"}, Table{{"2"}, {"5"}}, Dialect{}).scale,
            ScoreScale::zero_to_ten);
  EXPECT_EQ(scale_name(ScoreScale::one_to_seven), "1-7");
}

TEST(Columns, NothingFitsGivesMinusOne) {
  const std::vector<std::string> h = {"comment", "amount"};
  const Table rows = {{"great", "120.5"}, {"bad", "99"}, {"meh", "1000"}};
  const ColumnMapping m = map_columns(h, rows, Dialect{});
  EXPECT_EQ(m.score.index, -1);
  EXPECT_EQ(m.date.index, -1);
  EXPECT_EQ(m.scale, ScoreScale::unknown);
  EXPECT_EQ(m.segment.index, -1);  // all distinct: free text, not a group
}

TEST(Columns, ValuesOnlyChoicesHaveLowConfidence) {
  const std::vector<std::string> h = {"Q1", "Q2", "when", "x"};
  const Table rows = {{"1", "3", "2024-01-05", "a"}, {"2", "4", "2024-01-06", "b"},
                      {"3", "5", "2024-01-07", "a"}, {"4", "1", "2024-01-08", "b"}};
  const ColumnMapping m = map_columns(h, rows, Dialect{});
  EXPECT_EQ(m.score.index, 0);
  EXPECT_LT(m.score.confidence, 0.5);
  EXPECT_EQ(m.date.index, 2);
  EXPECT_EQ(m.segment.index, 3);
  EXPECT_LT(m.segment.confidence, 0.5);
  EXPECT_NE(m.segment.reason_en.find("2 different values"), std::string::npos);
}

TEST(Columns, ShortKeywordsOnlyAsWholeWords) {
  // "ces" inside "process" and "end" inside "spending" are not keywords.
  const std::vector<std::string> h = {"process step", "NPS"};
  const Table rows = {{"1", "9"}, {"2", "8"}};
  EXPECT_EQ(map_columns(h, rows, Dialect{}).score.index, 1);
}

// Issue 15: which survey column holds the answers.
TEST(Columns, AColumnNamedNpsBeatsSatisfaction) {
  const std::vector<std::string> h = {"date", "satisfaction", "nps"};
  const Table rows = {{"2025-01-02", "4", "9"}, {"2025-01-03", "5", "10"}, {"2025-01-04", "3", "6"}};
  const ColumnMapping m = map_columns(h, rows, Dialect{});
  EXPECT_EQ(m.score.index, 2);
  EXPECT_EQ(m.score.runners_up, (std::vector<std::int64_t>{1}));
}

TEST(Columns, AnOverallRatingBeatsASubRating) {
  const std::vector<std::string> h = {"delivery_rating", "overall_rating"};
  const Table rows = {{"4", "8"}, {"5", "10"}, {"2", "3"}, {"3", "7"}};
  EXPECT_EQ(map_columns(h, rows, Dialect{}).score.index, 1);
  // Wider scale alone breaks the tie too (no "overall" word).
  const std::vector<std::string> h2 = {"speed rating", "experience rating"};
  EXPECT_EQ(map_columns(h2, rows, Dialect{}).score.index, 1);
}

TEST(Columns, TimestampsAreNeverScores) {
  const std::vector<std::string> h = {"Timestamp", "Comments"};
  const Table rows = {{"9/17/2025 20:35:23", "ok"}, {"9/18/2025 8:01:02", "bad"}, {"10/2/2025 9:00:00", "good"}};
  const ColumnMapping m = map_columns(h, rows, Dialect{});
  EXPECT_EQ(m.score.index, -1);
  EXPECT_EQ(m.date.index, 0);
}

TEST(Columns, ScoreWordsInSixLanguages) {
  const Table rows = {{"x", "9"}, {"y", "3"}, {"z", "10"}};
  for (const char* name : {"Recommanderiez-vous notre magasin ?", "¿Nos recomendaría?", "Würden Sie uns empfehlen?",
                           "Você nos recomendaria?", "Consiglieresti il negozio?", "Puntuación", "Bewertung"}) {
    const ColumnMapping m = map_columns(std::vector<std::string>{"Q0", name}, rows, Dialect{});
    EXPECT_EQ(m.score.index, 1) << name;
    EXPECT_GT(m.score.confidence, 0.7) << name;
  }
  EXPECT_EQ(score_words("Empfehlen Sie uns?").family, ScoreFamily::nps);
  EXPECT_EQ(score_words("Êtes-vous satisfait ?").family, ScoreFamily::satisfaction);
  EXPECT_EQ(score_words("Fue fácil?").family, ScoreFamily::effort);
  EXPECT_EQ(score_words("Stars").family, ScoreFamily::rating);
  EXPECT_EQ(score_words("Punteggio").family, ScoreFamily::generic);
  EXPECT_EQ(score_words("Respondent ID").family, ScoreFamily::none);
  EXPECT_EQ(score_words("How easy was it to use the page?").family, ScoreFamily::effort);
}

TEST(Columns, IdsAndFlagsLoseToANamedQuestion) {
  // Qualtrics: Status 0, Finished 1, an ID 1..4: all small whole numbers.
  const std::vector<std::string> h = {"ID", "Status", "Finished", "Q1 - Quanto sei soddisfatto?"};
  const Table rows = {{"1", "0", "1", "4"}, {"2", "0", "1", "5"}, {"3", "0", "1", "2"}, {"4", "0", "1", "4"}};
  const ColumnMapping m = map_columns(h, rows, Dialect{});
  EXPECT_EQ(m.score.index, 3);
  EXPECT_TRUE(m.score.runners_up.empty());  // ids and flags are no "did you mean"
}

TEST(Columns, FreeTextIsNeverASegment) {
  const std::vector<std::string> h = {"score", "Comments", "Name"};
  const Table rows = {{"9", "ok", "Ada"}, {"3", "bad", "Bo"}, {"10", "ok", "Ada"}, {"8", "bad", "Bo"}};
  EXPECT_EQ(map_columns(h, rows, Dialect{}).segment.index, -1);
}

}  // namespace
}  // namespace polso::csv
