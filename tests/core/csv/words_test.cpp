#include "core/csv/words.hpp"

#include <gtest/gtest.h>

namespace polso::csv {
namespace {

struct Case {
  std::string_view folded, word;
  Match how;
  bool found;
};

// One row per rule: what a word is, and how loosely each mode matches.
constexpr Case kCases[] = {
    {"importo rimborsato", "rimbors", Match::anywhere, true},
    {"importo rimborsato", "rimbors", Match::word_start, true},
    {"importo rimborsato", "rimbors", Match::whole_word, false},
    {"stripe_fee", "fee", Match::word_start, true},
    {"coffee", "fee", Match::word_start, false},
    {"coffee", "fee", Match::anywhere, true},
    {"nps score", "nps", Match::whole_word, true},
    {"snps", "nps", Match::whole_word, false},
    {"q1nps2", "nps", Match::whole_word, true},         // digits separate words
    {"q1_nps", "nps", Match::whole_word, true},
    {"fees", "fee", Match::whole_word, false},
    {"rechnungsnummer", "rechnung*", Match::whole_word, true},  // '*': the start is enough
    {"zahlung", "rechnung*", Match::whole_word, false},
    {"ora", "ora", Match::whole_word, true},
    {"\xd0\xb4\xd0\xb0ora", "ora", Match::whole_word, false},  // a letter of another script joins the word
    {"", "nps", Match::anywhere, false},
    {"nps", "", Match::anywhere, false},
};

TEST(Words, EachModeMatchesAsDocumented) {
  for (const Case& c : kCases)
    EXPECT_EQ(has_word(c.folded, c.word, c.how), c.found)
        << "“" << c.word << "” in “" << c.folded << "”, mode " << static_cast<int>(c.how);
}

TEST(Words, ShortWordsMatchWhole) {
  EXPECT_EQ(short_words_whole(Match::anywhere, "nps"), Match::whole_word);
  EXPECT_EQ(short_words_whole(Match::anywhere, "recommend"), Match::anywhere);
  EXPECT_FALSE(has_word("synopsis", "nps", short_words_whole(Match::anywhere, "nps")));
}

TEST(Words, ListsFindTheFirstOrMatchWhole) {
  EXPECT_EQ(find_any("payment refund", "sale|refund|payment", Match::word_start), "refund");
  EXPECT_EQ(find_any("payment refund", "sale|charge", Match::word_start), "");
  EXPECT_TRUE(is_one_of("email", "e-mail|email|mail"));
  EXPECT_FALSE(is_one_of("email address", "e-mail|email|mail"));
}

}  // namespace
}  // namespace polso::csv
