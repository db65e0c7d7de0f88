// Which warnings a conversations-counts report carries and which figures it
// leaves out, file by file: small counts files written by hand, each
// expectation read off the file's rows (which measures it gives, which
// targets are edges of kDurationEdges).
#include "core/datasets/conversations_counts_warnings.hpp"

#include <gtest/gtest.h>

#include "warning_codes.hpp"

#include <string>
#include <vector>

namespace polso::datasets {
namespace {

const std::string kHeader = "period,channel,measure,up_to_seconds,count,sum_seconds\n";

using testing::codes;

struct Case {
  const char* name;
  std::string body;
  ResponseTargets targets;
  std::vector<std::string> warnings;
  std::vector<std::string_view> left_out;
};

TEST(ConversationCountsWarnings, ByFile) {
  const std::vector<std::string> always = {"quantiles_from_histogram", "agents_not_in_counts"};
  auto with = [&](std::vector<std::string> more) {
    auto out = always;
    out.insert(out.end(), more.begin(), more.end());
    return out;
  };
  const Case cases[] = {
      // Conversations only: every other figure is left out; no first response, so no target warning.
      {"conversations only", "2025-01,chat,conversations,,3,\n", {}, always,
       {"agents", "csat.words", "answered", "fcr", "self_service_rate", "csat", "first_response", "resolution"}},
      // A chat's first responses within the 300 s edge: the target applies, nothing else to say.
      {"chat answered", "2025-01,chat,conversations,,2,\n2025-01,chat,answered,,2,\n2025-01,chat,first_response,300,2,590\n",
       {}, always, {"agents", "csat.words", "fcr", "self_service_rate", "csat", "resolution"}},
      // 301 s is no edge (300 and 313 are): within target unknown.
      {"target between edges", "2025-01,chat,conversations,,2,\n2025-01,chat,first_response,300,2,590\n",
       {.chat_seconds = 301}, with({"target_between_buckets"}),
       {"agents", "csat.words", "answered", "fcr", "self_service_rate", "csat", "resolution"}},
      // A phone channel has no response target.
      {"phone only", "2025-01,phone,conversations,,1,\n2025-01,phone,first_response,300,1,290\n", {},
       with({"no_response_target"}), {"agents", "csat.words", "answered", "fcr", "self_service_rate", "csat", "resolution"}},
      // Both durations in the overflow bucket (blank edge): median and p90 unknown.
      {"beyond buckets", "2025-01,chat,conversations,,1,\n2025-01,chat,resolution,,1,40000000\n", {},
       with({"durations_beyond_buckets"}),
       {"agents", "csat.words", "answered", "fcr", "self_service_rate", "csat", "first_response"}},
      // Two days 10,227 days apart (1997-01-01 to 2025-01-01): more than kMaxFilledPeriods (5,000) to fill.
      {"volume gaps", "1997-01-01,chat,conversations,,1,\n2025-01-01,chat,conversations,,1,\n", {},
       with({"volume_gaps"}),
       {"agents", "csat.words", "answered", "fcr", "self_service_rate", "csat", "first_response", "resolution"}},
  };
  for (const Case& c : cases) {
    ConversationCountsOptions o;
    o.targets = c.targets;
    ConversationCountsAnalysis a(o);
    ASSERT_FALSE(a.feed(kHeader + c.body)) << c.name;
    if (auto e = a.finish()) FAIL() << c.name << ": " << e->message_en;
    auto r = conversation_counts_report(a, std::nullopt);
    ASSERT_TRUE(r.ok()) << c.name << ": " << r.error().message_en;
    EXPECT_EQ(codes(conversations_counts_warnings(a, *r)), c.warnings) << c.name;
    EXPECT_EQ(not_in_counts(a), c.left_out) << c.name;
  }
}

TEST(ConversationCountsWarnings, NoChannelColumnSaysSoAndNamesNoFlag) {
  ConversationCountsAnalysis a({});
  ASSERT_FALSE(a.feed("period,measure,up_to_seconds,count,sum_seconds\n2025-01,conversations,,1,\n"
                      "2025-01,first_response,300,1,290\n"));
  ASSERT_FALSE(a.finish());
  auto r = conversation_counts_report(a, std::nullopt);
  ASSERT_TRUE(r.ok());
  const auto ws = conversations_counts_warnings(a, *r);
  ASSERT_EQ(codes(ws), (std::vector<std::string>{"quantiles_from_histogram", "agents_not_in_counts", "no_response_target"}));
  EXPECT_EQ(ws[2].message_en, "Without a channel column no response target applies (5 minutes for chat, 2 hours for e-mail).");
  // 1/21 as a percentage (4.7619…), as format_number writes it: "4.76".
  EXPECT_NE(ws[0].message_en.find("within 4.76% of"), std::string::npos) << ws[0].message_en;
  EXPECT_NE(ws[0].message_it.find("il 4,76%"), std::string::npos) << ws[0].message_it;
  for (const auto& w : ws) EXPECT_EQ(w.message_en.find("--"), std::string::npos) << w.code;
}

TEST(ConversationCountsWarnings, TooManyChannelsNamesOnlyTheChannelColumn) {
  std::string body = kHeader;
  for (std::size_t i = 0; i <= ConversationAggregate::kMaxGroups; ++i)
    body += "2025-01,ch" + std::to_string(i) + ",conversations,,1,\n";
  ConversationCountsAnalysis a({});
  ASSERT_FALSE(a.feed(body));
  ASSERT_FALSE(a.finish());
  ASSERT_TRUE(a.channels_capped());
  auto r = conversation_counts_report(a, std::nullopt);
  ASSERT_TRUE(r.ok());
  const auto ws = conversations_counts_warnings(a, *r);
  ASSERT_EQ(codes(ws).back(), "too_many_groups");
  EXPECT_EQ(ws.back().message_en, "The channel column has more than 1,000 different values; the rest are grouped as “(other)”.");
  EXPECT_EQ(ws.back().message_it, "La colonna del canale ha più di 1.000 valori diversi; gli altri sono raggruppati in “(other)”.");
}

}  // namespace
}  // namespace polso::datasets
