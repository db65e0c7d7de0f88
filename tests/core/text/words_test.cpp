// Word breaking and case folding on UTF-8.
#include "core/text/words.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace polso::text {
namespace {

std::vector<std::string> folded(std::string_view text) {
  std::vector<std::string> out;
  WordReader r(text);
  Word w;
  while (r.next(w)) out.push_back(w.folded);
  return out;
}

TEST(Words, ApostrophesHyphensAndPunctuationSeparate) {
  EXPECT_EQ(folded("Ritardo dell'ordine!"), (std::vector<std::string>{"ritardo", "dell", "ordine"}));
  EXPECT_EQ(folded("l’attesa, e-mail; OK?"), (std::vector<std::string>{"l", "attesa", "e", "mail", "ok"}));
}

TEST(Words, AccentsAreKeptAndCaseIsFolded) {
  EXPECT_EQ(folded("PERCHÉ Città Über ÇA Ñandú Ærø Łódź"),
            (std::vector<std::string>{"perché", "città", "über", "ça", "ñandú", "ærø", "łódź"}));
  EXPECT_EQ(folded("ΚΑΛΌ Привет"), (std::vector<std::string>{"καλό", "привет"}));
}

TEST(Words, NumbersAreWordsWithoutLetters) {
  WordReader r("covid19 2026");
  Word w;
  ASSERT_TRUE(r.next(w));
  EXPECT_EQ(w.folded, "covid19");
  EXPECT_TRUE(w.has_letter);
  ASSERT_TRUE(r.next(w));
  EXPECT_FALSE(w.has_letter);
  EXPECT_FALSE(r.next(w));
}

TEST(Words, InvalidBytesControlsAndBidiSeparateAndOverlongWordsAreSkipped) {
  EXPECT_EQ(folded("slow\xFF\xC0\xAF" "delivery\x01late\xE2\x80\xAEok"),
            (std::vector<std::string>{"slow", "delivery", "late", "ok"}));
  EXPECT_EQ(folded(std::string(WordReader::kMaxWordBytes + 1, 'a') + " fine"), (std::vector<std::string>{"fine"}));
  EXPECT_EQ(folded(std::string(WordReader::kMaxWordBytes, 'a')).size(), 1u);
  EXPECT_TRUE(folded("").empty());
  EXPECT_TRUE(folded("\xE2\x80").empty());  // a cut sequence
}

}  // namespace
}  // namespace polso::text
