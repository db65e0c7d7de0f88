// Bounded term counts: exact under the budget, merge equals the whole,
// frequent terms survive eviction with lower bounds.
#include "core/text/term_sketch.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/budgets.hpp"

namespace polso::text {
namespace {

// As CommentReader adds: the example only while the term wants one.
void add(TermSketch& s, std::string_view key, std::uint64_t n, std::string_view surface, std::string_view example) {
  TermCounts& t = s.add(key, n, surface);
  if (t.wants_example() && !example.empty()) t.examples.emplace_back(example);
}

// add_held() with the surface's place from add() counts as add() does: the
// surfaces only grow while the epoch holds, a fifth form is not kept.
TEST(TermSketch, HeldSurfacesCountAsLookedUp) {
  TermSketch looked(10), held(10);
  const char* forms[] = {"servizio", "servizi", "servizio", "serv", "servizia", "servizie", "servizi"};
  std::uint8_t at[7];
  TermCounts* h = nullptr;
  for (int round = 0; round < 3; ++round)
    for (int i = 0; i < 7; ++i) {
      looked.add("serviz", 1, forms[i]);
      if (round == 0) h = &held.add("serviz", 1, forms[i], &at[i]);
      else held.add_held(*h, 1, forms[i], at[i]);
    }
  EXPECT_EQ(held.epoch(), 0u);
  const TermCounts* l = looked.find("serviz");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(h->count, l->count);
  EXPECT_EQ(h->docs, l->docs);
  EXPECT_EQ(h->surfaces, l->surfaces);
  EXPECT_EQ(h->surfaces.size(), TermSketch::kMaxSurfaces);
  EXPECT_EQ(at[5], TermSketch::kMaxSurfaces);  // "servizie", the fifth form: not kept
}

TEST(TermSketch, ExactUnderTheBudgetAndMergeIsTheWhole) {
  TermSketch whole(100), a(100), b(100);
  for (int i = 0; i < 300; ++i) {
    const std::string key = "t" + std::to_string(i % 37);
    add(whole, key, 1 + i % 3, key, "c" + std::to_string(i));
    add(i < 150 ? a : b, key, 1 + i % 3, key, "c" + std::to_string(i));
  }
  a.merge(b);
  EXPECT_FALSE(a.approximate());
  ASSERT_EQ(a.terms().size(), whole.terms().size());
  for (const auto& [k, v] : whole.terms()) {
    const TermCounts* m = a.find(k);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->count, v.count);
    EXPECT_EQ(m->error, 0u);
    EXPECT_EQ(m->docs, v.docs);
    EXPECT_EQ(m->examples, v.examples);  // the first three comments, in order
    EXPECT_LE(m->examples.size(), budget::kCommentExamples);
  }
}

TEST(TermSketch, FrequentTermsSurviveEvictionAndCountsAreLowerBounds) {
  TermSketch s(10);
  for (int i = 0; i < 5000; ++i) {
    if (i % 4 == 0) add(s, "frequent", 1, "frequent", "");
    add(s, "rare" + std::to_string(i), 1, "rare", "");
  }
  EXPECT_TRUE(s.approximate());
  EXPECT_LE(s.terms().size(), 2 * s.capacity());
  const TermCounts* f = s.find("frequent");
  ASSERT_NE(f, nullptr);
  EXPECT_LE(f->lower(), 1250u);
  EXPECT_GE(f->count, 1250u);
  EXPECT_GT(f->lower(), 0u);
}

TEST(TermSketch, DisplayIsTheMostFrequentForm) {
  TermSketch s(10);
  add(s, "deliveri", 1, "deliveries", "");
  add(s, "deliveri", 2, "delivery", "");
  EXPECT_EQ(s.find("deliveri")->display(), "delivery");
}

}  // namespace
}  // namespace polso::text
