// The conversations-counts dataset through the JSON door: the same report
// shape as the raw conversations dataset, what a counts file cannot give
// listed and null, `auto` detection, and bad rows as errors with row and
// column.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/analyze.hpp"

namespace polso::api {
namespace {

using nlohmann::json;

const std::string kCounts =
    "period,channel,measure,up_to_seconds,count,sum_seconds\n"
    "2025-01,Email,conversations,,2,\n"
    "2025-01,Email,answered,,2,\n"
    "2025-01,Email,resolved,,1,\n"
    "2025-01,Email,first_response,7200,1,7000\n"
    "2025-01,Email,first_response,,1,40000000\n"  // past the last edge
    "2025-01,Email,resolution,88121,1,86400\n";

json analyse(const std::string& csv, json options) {
  Analysis a(options.dump());
  const std::string failure = a.feed(csv);
  if (!failure.empty()) return json::parse(failure);
  return json::parse(a.finish());
}

TEST(ConversationCountsApi, TheConversationsReportShapeWithTheGapsSaid) {
  const json r = analyse(kCounts, {{"dataset", "conversations_counts"}});
  ASSERT_TRUE(r.at("ok")) << r.dump();
  EXPECT_EQ(r.at("dataset"), "conversations-counts");
  const json& s = r.at("summary");
  EXPECT_EQ(s.at("conversations"), 2);
  EXPECT_EQ(s.at("answered"), 2);
  EXPECT_EQ(s.at("first_response").at("n"), 2);
  EXPECT_EQ(s.at("first_response").at("mean"), 20003500);
  // The median interpolates into the overflow bucket: unknown, not 0.
  EXPECT_TRUE(s.at("first_response").at("median").is_null());
  EXPECT_EQ(s.at("first_response").at("within_target"), 1);  // e-mail, 7000 s ≤ 7200 s
  EXPECT_TRUE(s.at("fcr").is_null());
  EXPECT_TRUE(s.at("csat").is_null());
  EXPECT_TRUE(s.at("self_service_rate").is_null());
  EXPECT_EQ(r.at("agents"), json::array());
  EXPECT_EQ(r.at("quantiles").at("method"), "histogram");
  EXPECT_EQ(r.at("quantiles").at("edges").size(), 171u);
  EXPECT_EQ(r.at("volume").at("period"), "month");
  const json missing = r.at("not_in_counts");
  for (const char* k : {"agents", "csat.words", "fcr", "self_service_rate", "csat"})
    EXPECT_NE(std::find(missing.begin(), missing.end(), k), missing.end()) << k;
  std::vector<std::string> codes;
  for (const auto& w : r.at("warnings")) codes.push_back(w.at("code"));
  for (const char* c : {"quantiles_from_histogram", "agents_not_in_counts", "durations_beyond_buckets"})
    EXPECT_NE(std::find(codes.begin(), codes.end(), c), codes.end()) << c;
  EXPECT_EQ(r.at("columns").at("bucket"), "up_to_seconds");
}

TEST(ConversationCountsApi, AutoDetectsTheHeader) {
  const json r = analyse(kCounts, {{"dataset", "auto"}});
  ASSERT_TRUE(r.at("ok")) << r.dump();
  EXPECT_EQ(r.at("dataset"), "conversations-counts");
  EXPECT_EQ(r.at("detected").at("dataset"), "conversations-counts");
  EXPECT_TRUE(r.at("detected").at("sure"));
}

TEST(ConversationCountsApi, ABadRowIsAnErrorWithRowAndColumnInBothLanguages) {
  const std::string bad = "period,channel,measure,up_to_seconds,count,sum_seconds\n2025-01,Email,conversations,,two,\n";
  json r = analyse(bad, {{"dataset", "conversations-counts"}});
  ASSERT_FALSE(r.at("ok"));
  EXPECT_EQ(r.at("error").at("code"), "bad_count");
  EXPECT_EQ(r.at("error").at("row"), 2);
  EXPECT_EQ(r.at("error").at("column"), 5);
  r = analyse(bad, {{"dataset", "conversations-counts"}, {"lang", "it"}});
  EXPECT_NE(r.at("error").at("message").get<std::string>().find("Riga 2"), std::string::npos);
}

TEST(ConversationCountsApi, AColumnCanBeChosenByRole) {
  const std::string renamed = "mese,channel,measure,up_to_seconds,count,sum_seconds\n2025-01,Email,conversations,,2,\n";
  const json r = analyse(renamed, {{"dataset", "conversations-counts"}, {"columns", {{"period", "mese"}}}});
  ASSERT_TRUE(r.at("ok")) << r.dump();
  EXPECT_EQ(r.at("columns").at("period"), "mese");
}

}  // namespace
}  // namespace polso::api
