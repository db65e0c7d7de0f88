// Reading a conversations-counts file: the figures of the hand-worked
// fixture (counts_small.csv; expected values from counts_reference.py, which
// restates the rules without Polso's code), and a plain error naming the row
// and column for every kind of bad row.
#include "core/datasets/conversations_counts_analysis.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/datasets/conversations_counts_report.hpp"

namespace polso::datasets {
namespace {

std::string fixture(const std::string& name) {
  std::ifstream f(std::string(POLSO_TEST_DATA) + "/conversations/" + name, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

const std::string kHeader = "period,channel,measure,up_to_seconds,count,sum_seconds\n";

// The analysis after every byte (in chunks of `chunk`), or its error.
std::optional<Error> read(ConversationCountsAnalysis& a, const std::string& bytes, std::size_t chunk = 7) {
  for (std::size_t i = 0; i < bytes.size(); i += chunk)
    if (auto e = a.feed(std::string_view(bytes).substr(i, chunk))) return e;
  return a.finish();
}

Error error_of(const std::string& body, ConversationCountsOptions o = {}) {
  ConversationCountsAnalysis a(std::move(o));
  auto e = read(a, kHeader + body);
  EXPECT_TRUE(e.has_value()) << body;
  return e.value_or(Error{});
}

const ConversationsSummary* channel(const ConversationsReport& r, std::string_view key) {
  for (const auto& g : r.channels)
    if (g.key == key) return &g;
  return nullptr;
}

TEST(ConversationCountsAnalysis, HandWorkedFixture) {
  ConversationCountsAnalysis a({});
  ASSERT_FALSE(read(a, fixture("counts_small.csv")));
  auto out = conversation_counts_report(a, std::nullopt);
  ASSERT_TRUE(out.ok()) << out.error().message_en;
  const ConversationsReport& r = out->report;
  // counts_small.expected.json, group "(all)".
  EXPECT_EQ(r.overall.conversations, 7u);
  EXPECT_EQ(r.overall.unanswered, 1u);
  EXPECT_EQ(r.overall.resolved, 5u);
  EXPECT_DOUBLE_EQ(r.overall.fcr->outcome.value, 80.0);
  EXPECT_NEAR(r.overall.self_service->outcome.value, 14.285714285714286, 1e-12);
  EXPECT_NEAR(r.overall.csat->outcome.value, 66.66666666666667, 1e-12);
  const DurationSummary& fr = *r.overall.first_response;
  EXPECT_EQ(fr.n, 6u);
  EXPECT_NEAR(fr.mean, 2618.3333333333335, 1e-9);
  EXPECT_NEAR(fr.median, 2149.8978696593745, 1e-9);
  EXPECT_NEAR(fr.p90, 5460.839351972537, 1e-9);
  EXPECT_EQ(fr.with_target, 6u);
  EXPECT_EQ(fr.within_target, 5u);
  const DurationSummary& res = *r.overall.resolution;
  EXPECT_EQ(res.n, 5u);
  EXPECT_DOUBLE_EQ(res.mean, 35220.0);
  EXPECT_NEAR(res.median, 1146.9160504567203, 1e-9);
  EXPECT_NEAR(res.p90, 83925.31065433449, 1e-9);
  // Groups "Email" and "WhatsApp".
  ASSERT_EQ(r.channels.size(), 2u);
  const auto* email = channel(r, "Email");
  ASSERT_TRUE(email);
  EXPECT_NEAR(email->first_response->median, 3971.0248743718594, 1e-9);
  EXPECT_NEAR(email->first_response->p90, 6354.728038532943, 1e-9);
  EXPECT_DOUBLE_EQ(*email->first_response->within_target_pct, 100.0);
  EXPECT_DOUBLE_EQ(email->csat->outcome.value, 50.0);
  const auto* chat = channel(r, "WhatsApp");
  ASSERT_TRUE(chat);
  EXPECT_NEAR(chat->first_response->median, 292.3076923076923, 1e-9);
  EXPECT_NEAR(chat->first_response->p90, 321.47823041904985, 1e-9);
  EXPECT_NEAR(*chat->first_response->within_target_pct, 66.66666666666667, 1e-12);
  EXPECT_NEAR(chat->first_response->mean, 203.33333333333334, 1e-12);
  // Email's resolution median 83925 > 2 × 1147 but n = 2 < 5: no outlier.
  EXPECT_FALSE(email->outlier());
  // Volume: January 4, February empty, March 3.
  ASSERT_EQ(r.volume.series.size(), 3u);
  EXPECT_EQ(r.volume.series[0].period, "2025-01");
  EXPECT_EQ(r.volume.series[1].conversations, 0u);
  EXPECT_EQ(r.volume.series[2].conversations, 3u);
  EXPECT_TRUE(r.agents.empty());
}

TEST(ConversationCountsAnalysis, TwoPartialFilesConcatenatedAreTheirMerge) {
  std::string body = fixture("counts_small.csv").substr(kHeader.size());
  ConversationCountsAnalysis a({});
  ASSERT_FALSE(read(a, kHeader + body + body, 1 << 16));
  auto out = conversation_counts_report(a, std::nullopt);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->report.overall.conversations, 14u);
  EXPECT_NEAR(out->report.overall.first_response->mean, 2618.3333333333335, 1e-9);
  EXPECT_EQ(out->report.volume.series[2].conversations, 6u);
}

TEST(ConversationCountsAnalysis, WeeksAndQuartersAreReadFromTheKeys) {
  ConversationCountsAnalysis a({});
  ASSERT_FALSE(read(a, kHeader + "2024-W52,,conversations,,2,\n2025-W02,,conversations,,1,\n"));
  EXPECT_EQ(a.period(), csv::Period::week);
  auto out = conversation_counts_report(a, std::nullopt);
  ASSERT_TRUE(out.ok());
  ASSERT_EQ(out->report.volume.series.size(), 3u);  // 2024-W52, 2025-W01, 2025-W02
  EXPECT_EQ(out->report.volume.series[1].period, "2025-W01");
  ConversationCountsAnalysis q({});
  ASSERT_FALSE(read(q, kHeader + "2024-Q4,,conversations,,2,\n"));
  EXPECT_EQ(q.period(), csv::Period::quarter);
}

TEST(ConversationCountsAnalysis, BadRowsAreErrorsNamingRowAndColumn) {
  struct Case {
    std::string body, code;
    std::int64_t row, column;
  };
  const Case cases[] = {
      {"2025-01,Email,conversations,,3,\n2025-01,Email,first_response,23,1,23\n", "bad_bucket", 3, 4},
      {"2025-01,Email,conversations,,3,\n2025-W02,Email,answered,,1,\n", "mixed_periods", 3, 1},
      {"January,Email,conversations,,3,\n", "bad_period", 2, 1},
      {"2025-01,Email,tickets,,3,\n", "bad_measure", 2, 3},
      {"2025-01,Email,conversations,,-3,\n", "bad_count", 2, 5},
      {"2025-01,Email,conversations,,2.5,\n", "bad_count", 2, 5},
      {"2025-01,Email,conversations,60,3,\n", "cell_not_blank", 2, 4},
      {"2025-01,Email,first_response,59,2,\n", "bad_sum", 2, 6},
      // 2 durations of 54..59 s cannot add up to 60 000 (milliseconds?).
      {"2025-01,Email,first_response,59,2,60000\n", "sum_outside_bucket", 2, 6},
  };
  for (const Case& c : cases) {
    const Error e = error_of(c.body);
    EXPECT_EQ(e.code, c.code) << c.body;
    EXPECT_EQ(e.row, c.row) << c.body;
    EXPECT_EQ(e.column, c.column) << c.body;
    EXPECT_NE(e.message_en.find("Row " + std::to_string(c.row)), std::string::npos) << e.message_en;
    EXPECT_NE(e.message_it.find("Riga " + std::to_string(c.row)), std::string::npos) << e.message_it;
  }
}

TEST(ConversationCountsAnalysis, CountsThatDisagreeAreAnError) {
  EXPECT_EQ(error_of("2025-01,Email,conversations,,3,\n2025-01,Email,answered,,4,\n").code, "counts_inconsistent");
  // Two answered, but the first-response buckets hold one duration.
  EXPECT_EQ(error_of("2025-01,Email,conversations,,3,\n2025-01,Email,answered,,2,\n"
                     "2025-01,Email,first_response,59,1,55\n")
                .code,
            "counts_inconsistent");
}

TEST(ConversationCountsAnalysis, AMissingColumnOrAPeriodOfAnotherKindIsAnError) {
  ConversationCountsAnalysis a({});
  auto e = read(a, "period,channel,measure,count,sum_seconds\n2025-01,Email,conversations,3,\n");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "column_not_found");
  ConversationCountsOptions o;
  o.period = csv::Period::week;
  EXPECT_EQ(error_of("2025-01,Email,conversations,,3,\n", o).code, "period_mismatch");
}

TEST(ConversationCountsAnalysis, WithoutConversationsThereIsNoReport) {
  ConversationCountsAnalysis a({});
  ASSERT_FALSE(read(a, kHeader + "2025-01,Email,answered,,0,\n"));
  auto out = conversation_counts_report(a, std::nullopt);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code, "no_usable_rows");
}

TEST(ConversationCountsAnalysis, ATargetBetweenEdgesLeavesWithinTargetUnknown) {
  ConversationCountsOptions o;
  o.targets.chat_seconds = 240;  // not an edge (234, 258)
  ConversationCountsAnalysis a(std::move(o));
  ASSERT_FALSE(read(a, kHeader + "2025-01,Chat,conversations,,1,\n2025-01,Chat,first_response,59,1,55\n"));
  auto out = conversation_counts_report(a, std::nullopt);
  ASSERT_TRUE(out.ok());
  EXPECT_FALSE(out->targets_on_edges);
  EXPECT_FALSE(out->report.overall.first_response->within_target_pct);
}

}  // namespace
}  // namespace polso::datasets
