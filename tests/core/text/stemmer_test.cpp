// Snowball stemmers and stop words per language, and the premise of the
// reference fixture (tests/data/exports/reference/comments.py): its words
// are their own English stems and no stop words.
#include "core/text/stemmer.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/text/language.hpp"
#include "core/text/stop_words.hpp"

namespace polso::text {
namespace {

std::string stem(Language l, std::string_view w) {
  Stemmer s(l);
  return std::string(s.stem(w));
}

TEST(Stemmer, EachLanguageStemsItsWords) {
  EXPECT_EQ(stem(Language::en, "deliveries"), stem(Language::en, "delivery"));
  EXPECT_EQ(stem(Language::en, "running"), "run");
  EXPECT_EQ(stem(Language::it, "consegne"), stem(Language::it, "consegna"));
  EXPECT_EQ(stem(Language::fr, "livraisons"), stem(Language::fr, "livraison"));
  EXPECT_EQ(stem(Language::es, "entregas"), stem(Language::es, "entrega"));
  EXPECT_EQ(stem(Language::de, "Lieferungen" + std::string()).empty(), false);
  EXPECT_EQ(stem(Language::de, "lieferungen"), stem(Language::de, "lieferung"));
  EXPECT_EQ(stem(Language::pt, "entregas"), stem(Language::pt, "entrega"));
  EXPECT_EQ(stem(Language::it, "perché"), stem(Language::it, "perché"));  // accents pass through
}

TEST(Stemmer, MovesKeepTheirEnvironment) {
  Stemmer a(Language::en);
  Stemmer b(std::move(a));
  EXPECT_EQ(b.stem("deliveries"), "deliveri");
}

TEST(StopWords, PerLanguageWithNegationsAndJudgementsKept) {
  EXPECT_TRUE(is_stop_word(Language::en, "the"));
  EXPECT_TRUE(is_stop_word(Language::it, "della"));
  EXPECT_TRUE(is_stop_word(Language::fr, "les"));
  EXPECT_TRUE(is_stop_word(Language::es, "los"));
  EXPECT_TRUE(is_stop_word(Language::de, "und"));
  EXPECT_TRUE(is_stop_word(Language::pt, "não") == false);
  for (const char* kept : {"not", "never", "good", "great", "bad"}) EXPECT_FALSE(is_stop_word(Language::en, kept)) << kept;
  for (const char* kept : {"non", "mai", "buono", "male", "lenta"}) EXPECT_FALSE(is_stop_word(Language::it, kept)) << kept;
}

TEST(StopWords, TheReferenceFixtureWordsAreOwnStemsAndNoStopWords) {
  Stemmer s(Language::en);
  for (const char* w : {"menu", "wine", "tea", "cake", "park", "door", "view", "lamp", "chair", "soup", "fresh", "bread",
                        "clean", "host", "salt", "pizza", "cold", "rude", "waiter", "crash", "tax", "fee"}) {
    EXPECT_EQ(s.stem(w), w);
    EXPECT_FALSE(is_stop_word(Language::en, w)) << w;
  }
}

TEST(LanguageVote, TheMostHitStopWordsWin) {
  LanguageVote v;
  for (const char* w : {"il", "servizio", "è", "stato", "della", "consegna", "molto", "lenta"}) v.add(w);
  EXPECT_EQ(v.best(), Language::it);
  LanguageVote none;
  none.add("xyzzy");
  EXPECT_FALSE(none.best());
  LanguageVote en;
  for (const char* w : {"the", "delivery", "was", "very", "slow", "and", "the", "staff"}) en.add(w);
  EXPECT_EQ(en.words(), 8u);
  EXPECT_EQ(en.best(), Language::en);
}

}  // namespace
}  // namespace polso::text
