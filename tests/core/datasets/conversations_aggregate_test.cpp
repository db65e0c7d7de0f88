// The conversations aggregate: durations (exact, then sketched past
// kExactLimit, a split merging to the same state), a group's counters, and
// the channel, agent and period tables with their cap. Figures by hand.
#include "core/datasets/conversations_aggregate.hpp"

#include <gtest/gtest.h>

#include <string>

namespace polso::datasets {
namespace {

TEST(ConversationsAggregate, DurationStatsByHand) {
  DurationStats d;
  for (std::int64_t s : {40, 10, 30, 20}) d.add(s, 25);
  d.add(-5);  // a negative duration counts as 0, with no target
  EXPECT_EQ(d.n(), 5u);
  EXPECT_DOUBLE_EQ(d.mean(), 20);  // (40 + 10 + 30 + 20 + 0) / 5
  EXPECT_EQ(d.with_target(), 4u);
  EXPECT_EQ(d.within_target(), 2u);  // 10 and 20 are within 25 s
  EXPECT_TRUE(d.exact());
  // Type 7 over 0, 10, 20, 30, 40: the median is 20; p90 at position 3.6 is 30 + 0.6 × 10.
  EXPECT_DOUBLE_EQ(d.quantile(0.5), 20);
  EXPECT_DOUBLE_EQ(d.quantile(0.9), 36);
  EXPECT_DOUBLE_EQ(DurationStats{}.quantile(0.5), 0);
}

TEST(ConversationsAggregate, PastTheExactLimitASketchAndAnySplitMergesAlike) {
  DurationStats whole, a, b;
  const auto n = static_cast<std::int64_t>(DurationStats::kExactLimit) + 500;
  for (std::int64_t i = 1; i <= n; ++i) {
    whole.add(i);
    (i % 3 ? a : b).add(i);
  }
  EXPECT_FALSE(whole.exact());
  a.merge(b);
  EXPECT_EQ(a.n(), whole.n());
  EXPECT_DOUBLE_EQ(a.mean(), whole.mean());
  EXPECT_FALSE(a.exact());
  for (double p : {0.5, 0.9}) {
    EXPECT_DOUBLE_EQ(a.quantile(p), whole.quantile(p)) << p;
    // Within the sketch's relative error of the exact type-7 value, 1 + p × (n − 1).
    const double exact = 1 + p * static_cast<double>(n - 1);
    EXPECT_NEAR(whole.quantile(p), exact, exact * QuantileSketch::kRelativeError) << p;
  }
}

TEST(ConversationsAggregate, GroupCounters) {
  ConversationGroup g;
  g.add({.first_response = 60, .response_target = 300, .resolved = true, .resolution = 600, .first_contact = true, .csat = 5});
  g.add({.resolved = true, .first_contact = false, .self_served = true, .csat_word = true});
  g.add({.first_response = 400, .response_target = 300, .csat = 11, .csat_word = false});  // 11: no CSAT score
  EXPECT_EQ(g.conversations, 3u);
  EXPECT_EQ(g.unanswered, 1u);
  EXPECT_EQ(g.resolved, 2u);
  EXPECT_EQ(g.resolution.n(), 1u);  // the second was resolved with no time
  EXPECT_EQ(g.fcr_known, 2u);
  EXPECT_EQ(g.fcr_first_contact, 1u);
  EXPECT_EQ(g.self_served, 1u);
  EXPECT_EQ(g.csat_answers(), 1u);
  EXPECT_EQ(g.csat[5], 1u);
  EXPECT_EQ(g.csat_words, 2u);
  EXPECT_EQ(g.csat_words_satisfied, 1u);
  EXPECT_EQ(g.first_response.within_target(), 1u);
}

TEST(ConversationsAggregate, TablesAndTheCap) {
  ConversationAggregate agg;
  agg.add({.channel = "chat", .agent = "Ada", .period = 7});
  agg.add({.channel = "chat", .period = 7});
  agg.add({.channel = "", .agent = "Bo", .period = 9});  // no channel: in no channel row
  agg.add({.channel = "email"});                          // no date: in no period
  EXPECT_EQ(agg.overall().conversations, 4u);
  EXPECT_EQ(agg.rows().used_rows(), 4u);
  ASSERT_EQ(agg.channels().size(), 2u);
  EXPECT_EQ(agg.channels().at("chat").conversations, 2u);
  EXPECT_EQ(agg.agents().size(), 2u);
  EXPECT_EQ(agg.volumes(), (std::map<std::int64_t, std::uint64_t>{{7, 2}, {9, 1}}));
  EXPECT_FALSE(agg.channels_capped());

  ConversationAggregate many;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < ConversationAggregate::kMaxGroups + 2; ++i) names.push_back("ch" + std::to_string(i));
  for (const auto& name : names) many.add({.channel = name});
  EXPECT_TRUE(many.channels_capped());
  EXPECT_FALSE(many.agents_capped());
  EXPECT_EQ(many.channels().size(), ConversationAggregate::kMaxGroups + 1);  // the first kMaxGroups and "(other)"
  EXPECT_EQ(many.channels().at(std::string(ConversationAggregate::kOtherGroup)).conversations, 2u);
  many.add({.channel = "ch0"});  // a channel already listed keeps its row
  EXPECT_EQ(many.channels().at("ch0").conversations, 2u);
}

}  // namespace
}  // namespace polso::datasets
