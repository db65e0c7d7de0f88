#include "core/datasets/dataset_kind.hpp"

#include "core/datasets/export_profile.hpp"

#include <gtest/gtest.h>

namespace polso::datasets {
namespace {

KindGuess guess(std::vector<std::string> headers) { return guess_dataset_kind(headers); }

TEST(DatasetKind, SurveyExportsInBothLanguages) {
  auto g = guess({"Timestamp", "How likely are you to recommend us?", "Channel"});
  EXPECT_EQ(g.kind, DatasetKind::survey);
  EXPECT_TRUE(g.sure);
  g = guess({"Data", "Cliente", "Canale", "Probabilità di consigliarci (0-10)", "Spesa (€)"});
  EXPECT_EQ(g.kind, DatasetKind::survey);  // survey 2 + scale 1 beats orders' cliente + spesa
  EXPECT_TRUE(g.sure);
}

TEST(DatasetKind, OrdersExports) {
  auto g = guess({"order_id", "customer_email", "created_at", "total"});
  EXPECT_EQ(g.kind, DatasetKind::orders);
  EXPECT_TRUE(g.sure);
  g = guess({"Ordine", "Cliente", "Data", "Importo"});
  EXPECT_EQ(g.kind, DatasetKind::orders);
}

TEST(DatasetKind, ConversationCountsByTheirHeader) {
  auto g = guess({"period", "channel", "measure", "up_to_seconds", "count", "sum_seconds"});
  EXPECT_EQ(dataset_id(g), "conversations-counts");
  EXPECT_TRUE(g.sure);
  EXPECT_EQ(g.kind, DatasetKind::conversations);
  g = guess({"Period", "Measure", "Up_To_Seconds", "Count", "Sum_Seconds"});  // no channel, other case
  EXPECT_EQ(dataset_id(g), "conversations-counts");
  // A raw export that merely has a count column is not one.
  EXPECT_NE(dataset_id(guess({"conversation_id", "created_at", "first_response_at", "count"})), "conversations-counts");
}

TEST(DatasetKind, ConversationExportsNeedATimeline) {
  auto g = guess({"conversation_id", "channel", "agent", "created_at", "first_response_at", "resolved_at"});
  EXPECT_EQ(g.kind, DatasetKind::conversations);
  EXPECT_TRUE(g.sure);
  // A ticket survey: ticket-like names but no opening time, and a scored question.
  g = guess({"ticket_id", "closed_at", "team", "How easy was it to get your issue resolved? (1-7)"});
  EXPECT_EQ(g.kind, DatasetKind::survey);
}

TEST(DatasetKind, UnclearFilesAreNotSure) {
  EXPECT_FALSE(guess({"a", "b", "c"}).sure);
  EXPECT_FALSE(guess({"email", "date"}).sure);  // one hint of orders (1) is too little
  EXPECT_FALSE(guess({"customer", "total", "score"}).sure);  // orders 2 vs survey 2
}

// A known export format settles the kind for sure, with the profile named;
// the keyword evidence stays the fallback for unknown files.
TEST(DatasetKind, AProfileSettlesTheKind) {
  // Microsoft Forms: no survey keyword at all, only the tool's fixed columns.
  auto g = guess({"ID", "Start time", "Completion time", "Email", "Name", "Q1"});
  EXPECT_EQ(g.kind, DatasetKind::survey);
  EXPECT_TRUE(g.sure);
  ASSERT_NE(g.profile, nullptr);
  EXPECT_EQ(g.profile->id, "microsoft_forms");
  // LimeSurvey's question codes name nothing; its columns do.
  g = guess({"id", "submitdate", "lastpage", "startlanguage", "seed", "Q01", "Q02"});
  EXPECT_TRUE(g.sure);
  EXPECT_EQ(g.profile->id, "limesurvey");
  // Qualtrics' joined two-row names match by their first row.
  g = guess({"StartDate - Start Date", "EndDate - End Date", "Status - Response Type", "Progress",
             "Duration (in seconds)", "Finished", "RecordedDate - Recorded Date", "ResponseId - Response ID",
             "Q1 - How satisfied were you?"});
  EXPECT_EQ(g.profile->id, "qualtrics");
  EXPECT_FALSE(guess({"a", "b", "c"}).profile);
}

TEST(DatasetKind, GoogleFormsTimestampOnlyCountsAsTheFirstColumn) {
  auto g = guess({"Horodateur", "Votre avis"});
  EXPECT_EQ(g.kind, DatasetKind::survey);
  EXPECT_TRUE(g.sure);
  EXPECT_EQ(g.profile->id, "google_forms");
  EXPECT_FALSE(guess({"id", "Timestamp", "x"}).profile);
  // A lone "Timestamp" first does not outweigh names that clearly say orders.
  g = guess({"Timestamp", "order_id", "customer_email", "total"});
  EXPECT_EQ(g.kind, DatasetKind::orders);
  EXPECT_EQ(g.profile, nullptr);
}

TEST(DatasetName, EveryNameReadsBackAsItsKindAndTheUnderscoreSpellingToo) {
  for (std::string_view n : kDatasetNames) {
    const auto name = parse_dataset_name(n);
    ASSERT_TRUE(name) << n;
    EXPECT_EQ(std::string(dataset_kind_id(name->kind)) + (name->counts ? "-counts" : ""), n);
  }
  const auto counts = parse_dataset_name("conversations_counts");
  ASSERT_TRUE(counts);
  EXPECT_EQ(counts->kind, DatasetKind::conversations);
  EXPECT_TRUE(counts->counts);
  EXPECT_FALSE(parse_dataset_name("auto"));
  EXPECT_FALSE(parse_dataset_name("Orders"));
  EXPECT_FALSE(parse_dataset_name(""));
}

}  // namespace
}  // namespace polso::datasets
