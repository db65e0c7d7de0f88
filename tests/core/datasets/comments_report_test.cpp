// comments_report: each group's terms scored against the rest with the
// weighted log-odds; only terms used ≥ kMinTermCount times with z ≥ kMinZ,
// best first, at most kTopTerms; a word only inside a shown phrase left out.
// The counts are set by hand in the aggregate; each z was worked out with the
// formula of text/log_odds.cpp (Monroe et al. 2008, eq. 16–22) in Python:
//   a = y_g + y_r, a0 = n_g + n_r, g = y_g + a, r = y_r + a,
//   z = (ln(g / (n_g + a0 − g)) − ln(r / (n_r + a0 − r))) / sqrt(1/g + 1/r).
#include "core/datasets/comments_report.hpp"

#include <gtest/gtest.h>

#include <string>

namespace polso::datasets {
namespace {

// `times` comments each using `key` `n` times, written `surface`.
text::TermCounts& use(CommentAggregate& a, std::size_t group, const std::string& key, std::uint64_t n, int times,
                      const std::string& surface) {
  text::TermCounts* t = nullptr;
  for (int i = 0; i < times; ++i) t = &a.group(group).terms.add(key, n, surface);
  return *t;
}

TEST(CommentsReport, DistinctiveTermsOfEachGroup) {
  CommentAggregate a(2, text::Language::en);
  // Group 0: 40 comments, 100 term occurrences.
  a.group(0).comments = 40;
  a.group(0).occurrences = 100;
  use(a, 0, "slow", 3, 10, "slow").examples.push_back("too slow");  // 30, in 10 comments
  use(a, 0, "slow deliveri", 1, 12, "slow delivery");   // 12, in 12 comments
  use(a, 0, "deliveri", 1, 12, "delivery");             // 12: only inside the phrase
  use(a, 0, "price", 1, 2, "price");                    // 2 < kMinTermCount
  use(a, 0, "app", 1, 10, "app");                       // 10, as often as in group 1
  // Group 1: 50 comments, 100 occurrences.
  a.group(1).comments = 50;
  a.group(1).occurrences = 100;
  use(a, 1, "great", 1, 25, "great");  // 25
  use(a, 1, "slow", 1, 5, "slow");     // 5
  use(a, 1, "app", 1, 10, "app");      // 10

  const CommentsReport r = comments_report(a, {"detractors", "promoters"});
  EXPECT_FALSE(r.approximate);
  ASSERT_EQ(r.groups.size(), 2u);

  const GroupTerms& g0 = r.groups[0];
  EXPECT_EQ(g0.group, "detractors");
  EXPECT_EQ(g0.comments, 40u);
  // slow: y 30 vs 5 of 100 and 100 → z 2.9190; slow delivery: 12 vs 0 → z 2.0809
  // ("delivery", also 12 vs 0, is only inside the phrase: left out); price
  // (count 2) and app (z 0) are not shown.
  ASSERT_EQ(g0.terms.size(), 2u);
  EXPECT_EQ(g0.terms[0].term, "slow");
  EXPECT_EQ(g0.terms[0].key, "slow");
  EXPECT_NEAR(g0.terms[0].z, 2.9190194894706907, 1e-9);
  EXPECT_EQ(g0.terms[0].count, 30u);
  EXPECT_DOUBLE_EQ(g0.terms[0].share, 10.0 / 40.0);
  EXPECT_EQ(g0.terms[0].examples, std::vector<std::string>{"too slow"});
  EXPECT_EQ(g0.terms[1].term, "slow delivery");
  EXPECT_EQ(g0.terms[1].key, "slow deliveri");
  EXPECT_NEAR(g0.terms[1].z, 2.0808930547779565, 1e-9);
  EXPECT_EQ(g0.terms[1].count, 12u);
  EXPECT_DOUBLE_EQ(g0.terms[1].share, 12.0 / 40.0);

  const GroupTerms& g1 = r.groups[1];
  EXPECT_EQ(g1.group, "promoters");
  // great: 25 vs 0 → z 3.2189; slow (5 vs 30) is under-represented, app even.
  ASSERT_EQ(g1.terms.size(), 1u);
  EXPECT_EQ(g1.terms[0].term, "great");
  EXPECT_NEAR(g1.terms[0].z, 3.218863694723634, 1e-9);
  EXPECT_DOUBLE_EQ(g1.terms[0].share, 25.0 / 50.0);
}

TEST(CommentsReport, NothingToCompareWithShowsNoTerms) {
  // One group: no rest to compare with. Two groups, the other without
  // comments: the same. A group without occurrences: nothing to rank.
  CommentAggregate one(1, text::Language::en);
  one.group(0).comments = 10, one.group(0).occurrences = 30;
  use(one, 0, "slow", 3, 10, "slow");
  CommentsReport r = comments_report(one, {"all"});
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_EQ(r.groups[0].comments, 10u);
  EXPECT_TRUE(r.groups[0].terms.empty());

  CommentAggregate two(2, text::Language::en);
  two.group(0).comments = 10, two.group(0).occurrences = 30;
  use(two, 0, "slow", 3, 10, "slow");
  r = comments_report(two, {"a"});  // fewer names than groups: the second is unnamed
  ASSERT_EQ(r.groups.size(), 2u);
  EXPECT_TRUE(r.groups[0].terms.empty());
  EXPECT_TRUE(r.groups[1].terms.empty());
  EXPECT_EQ(r.groups[1].group, "");
  EXPECT_EQ(r.groups[1].comments, 0u);
}

TEST(CommentsReport, AtMostTheTopTermsBestFirst) {
  // Twenty terms t15 … t34 used 15 … 34 times in group 0 and never in group 1
  // (1000 occurrences each): the least, 15 vs 0, has z 2.2079 ≥ 1.96, and z
  // grows with the count, so the kTopTerms (15) kept are t34 … t20.
  CommentAggregate a(2, text::Language::en);
  a.group(0).comments = 100, a.group(0).occurrences = 1000;
  a.group(1).comments = 100, a.group(1).occurrences = 1000;
  for (int c = 15; c < 35; ++c) use(a, 0, "t" + std::to_string(c), 1, c, "t" + std::to_string(c));
  use(a, 1, "other", 1, 50, "other");
  const CommentsReport r = comments_report(a, {"x", "y"});
  ASSERT_EQ(r.groups[0].terms.size(), kTopTerms);
  for (std::size_t i = 0; i < kTopTerms; ++i) EXPECT_EQ(r.groups[0].terms[i].key, "t" + std::to_string(34 - i)) << i;
  // 20 vs 0 of 1000 and 1000: z 2.5556.
  EXPECT_NEAR(r.groups[0].terms.back().z, 2.5556048519498433, 1e-9);
}

}  // namespace
}  // namespace polso::datasets
