// CommentReader: a comment's terms (stems of words that are not stop words,
// and two-word phrases of neighbours separated only by spaces), counted into
// its group; repeated comments (the cached path) count like new ones; long
// comments are read in part. comment_example: the text a page may show.
// The words used (app, slow, crash) are their own English stems, so every
// key below is worked out by reading the sentence.
#include "core/datasets/comment_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/budgets.hpp"

namespace polso::datasets {
namespace {

struct Expected {
  std::string key, surface;
  std::uint32_t n;
};

std::vector<Expected> terms_of(CommentReader& reader, std::string_view comment) {
  std::vector<Expected> out;
  if (CommentReader::Terms* t = reader.read(comment))
    for (const auto& term : t->list) out.push_back({term.key, term.surface, term.n});
  return out;
}

bool operator==(const Expected& a, const Expected& b) { return a.key == b.key && a.surface == b.surface && a.n == b.n; }

TEST(CommentReader, TermsOfOneComment) {
  struct Case {
    const char* comment;
    std::vector<Expected> terms;  // sorted by key
    std::uint64_t occurrences;
  };
  const Case cases[] = {
      // "the", "is" are stop words and break phrases; ", " is punctuation and
      // breaks the phrase "slow slow"; "slow app" at the end is one phrase.
      {"The app is slow, slow app", {{"app", "app", 2}, {"slow", "slow", 2}, {"slow app", "slow app", 1}}, 5},
      // Capitals are folded; "slow app" then "app crash": two phrases.
      {"Slow APP crash", {{"app", "app", 1}, {"app crash", "app crash", 1}, {"crash", "crash", 1},
                          {"slow", "slow", 1}, {"slow app", "slow app", 1}}, 5},
      // A number and a single letter are not terms and break the phrase.
      {"slow 2 app x crash", {{"app", "app", 1}, {"crash", "crash", 1}, {"slow", "slow", 1}}, 3},
      // Tabs are spaces for a phrase.
      {"slow\tapp", {{"app", "app", 1}, {"slow", "slow", 1}, {"slow app", "slow app", 1}}, 3},
      {"the and is", {}, 0},  // only stop words: a comment with no terms
  };
  CommentReader reader(text::Language::en);
  for (const Case& c : cases) {
    EXPECT_EQ(terms_of(reader, c.comment), c.terms) << c.comment;
    EXPECT_EQ(reader.read(c.comment)->occurrences, c.occurrences) << c.comment;
  }
  EXPECT_EQ(reader.read(""), nullptr);
  EXPECT_EQ(reader.read("  \t "), nullptr);
}

TEST(CommentReader, AddCountsIntoItsGroupAndRepeatsCountAgain) {
  CommentAggregate a(2, text::Language::en);
  CommentReader reader(text::Language::en);
  // Group 0: "slow app" three times (the second and third from the caches):
  // per comment app 1, slow 1, "slow app" 1 → 3 occurrences a comment, 9 in all.
  for (int i = 0; i < 3; ++i) reader.add(a, 0, "slow app");
  reader.add(a, 0, "   ");  // blank: not a comment
  // Group 1: "crash crash" once: crash 2 and the phrase "crash crash" of
  // neighbours 1 → 3 occurrences, one comment.
  reader.add(a, 1, "crash crash");

  const CommentGroup& g0 = a.groups()[0];
  EXPECT_EQ(g0.comments, 3u);
  EXPECT_EQ(g0.occurrences, 9u);
  ASSERT_NE(g0.terms.find("slow app"), nullptr);
  EXPECT_EQ(g0.terms.find("slow app")->count, 3u);
  EXPECT_EQ(g0.terms.find("slow app")->docs, 3u);
  EXPECT_EQ(g0.terms.find("app")->count, 3u);
  EXPECT_EQ(g0.terms.find("crash"), nullptr);
  ASSERT_FALSE(g0.terms.find("app")->examples.empty());
  EXPECT_EQ(g0.terms.find("app")->examples[0], "slow app");

  const CommentGroup& g1 = a.groups()[1];
  EXPECT_EQ(g1.comments, 1u);
  EXPECT_EQ(g1.occurrences, 3u);
  EXPECT_EQ(g1.terms.find("crash")->count, 2u);
  EXPECT_EQ(g1.terms.find("crash")->docs, 1u);  // twice in one comment: one comment
  EXPECT_EQ(g1.terms.find("crash crash")->count, 1u);
  EXPECT_FALSE(a.long_comments());
}

TEST(CommentReader, ALongCommentIsReadInPart) {
  // kMaxCommentBytes (4096) of "app " (4 bytes each: 1024 words), then "crash":
  // the reader keeps the first 4096 bytes, so "crash" is never read.
  std::string comment;
  while (comment.size() < budget::kMaxCommentBytes) comment += "app ";
  comment += "crash";
  CommentAggregate a(1, text::Language::en);
  CommentReader reader(text::Language::en);
  reader.add(a, 0, comment);
  EXPECT_TRUE(a.long_comments());
  EXPECT_EQ(a.groups()[0].terms.find("crash"), nullptr);
  // 1024 "app" and 1023 phrases "app app" of neighbours.
  EXPECT_EQ(a.groups()[0].terms.find("app")->count, 1024u);
  EXPECT_EQ(a.groups()[0].terms.find("app app")->count, 1023u);
  EXPECT_EQ(a.groups()[0].occurrences, 2047u);
}

TEST(CommentExample, TextAPageCanShow) {
  struct Case {
    std::string comment, example;
  };
  const Case cases[] = {
      {"  plain  ", "plain"},
      {"a\tb\n\nc", "a b c"},               // control characters as spaces, collapsed
      {"x\x7Fy", "x y"},                    // DEL as a space
      {"\xE2\x80\xAE" "evil\xE2\x81\xA6!", "evil!"},  // U+202E and U+2066 removed (split: "\xAEe" would be one escape)
      {"left\xE2\x80\x8Eright", "leftright"},      // U+200E removed
      {"caffè", "caffè"},                   // other UTF-8 untouched
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(comment_example(c.comment), c.example) << c.comment;

  // 300 "a": the first kMaxCommentExampleBytes (240) and "…".
  EXPECT_EQ(comment_example(std::string(300, 'a')), std::string(budget::kMaxCommentExampleBytes, 'a') + "…");
  // Exactly 240 bytes: nothing cut.
  EXPECT_EQ(comment_example(std::string(240, 'b')), std::string(240, 'b'));
}

}  // namespace
}  // namespace polso::datasets
