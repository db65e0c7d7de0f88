// Which column plays each role in a support export: profiles, names in
// several languages, penalties and the values themselves.
#include "core/datasets/conversations_columns.hpp"

#include <gtest/gtest.h>

#include "core/datasets/conversations_analysis.hpp"
#include "core/datasets/conversations_report.hpp"

namespace polso::datasets {
namespace {

using Rows = std::vector<std::vector<std::string>>;

ConversationColumns choose(const std::vector<std::string>& headers, const Rows& rows,
                           ConversationColumnOverrides chosen = {}) {
  auto c = choose_conversation_columns(headers, rows, chosen, match_profile(headers, DatasetKind::conversations), {});
  EXPECT_TRUE(c.ok());
  return c ? c.value() : ConversationColumns{};
}

TEST(ConversationColumns, InitialResponseTimeIsATimestampWhenItsValuesAre) {
  const std::vector<std::string> h = {"Ticket ID", "Created time", "Initial response time", "Resolved time"};
  const Rows rows = {{"1", "2024-01-02 10:00:00", "2024-01-02 10:30:00", "2024-01-03 09:00:00"},
                     {"2", "2024-01-02 11:00:00", "2024-01-02 11:05:00", ""}};
  const auto c = choose(h, rows);
  EXPECT_EQ(c.first_response.name, "Initial response time");
  EXPECT_FALSE(c.first_response_time.found());
  EXPECT_EQ(c.resolved.name, "Resolved time");
}

TEST(ConversationColumns, ValuesDecideTimestampNumberOrClock) {
  const std::vector<std::string> h = {"id", "opened", "first response", "first response (minutes)", "resolution"};
  const Rows rows = {{"1", "2024-01-02 10:00", "00:30:00", "30", "2024-01-02 12:00"},
                     {"2", "2024-01-02 11:00", "01:10:00", "70", "2024-01-02 15:00"}};
  const auto c = choose(h, rows);
  EXPECT_FALSE(c.first_response.found()) << c.first_response.name;  // clocks are not times of day
  EXPECT_EQ(c.first_response_time.name, "first response");  // hh:mm:ss values, the exact name
  ASSERT_FALSE(c.first_response_time.runners_up.empty());
  EXPECT_EQ(c.first_response_time.runners_up[0].name, "first response (minutes)");
  EXPECT_EQ(c.resolved.name, "resolution");
}

TEST(ConversationColumns, IdIsUniqueNeverTicketTypeOrZip) {
  const std::vector<std::string> h = {"Ticket type", "incident_zip", "unique_key", "created_date", "closed_date"};
  Rows rows;
  for (int i = 0; i < 20; ++i)
    rows.push_back({i % 2 ? "Question" : "Incident", i % 3 ? "10025" : "11201", std::to_string(59800000 + i * 7),
                    "2024-01-02 10:00", "2024-01-03 10:00"});
  const auto c = choose(h, rows);
  EXPECT_EQ(c.conversation.name, "unique_key");
}

TEST(ConversationColumns, AnAgentIsNeverAWaitTime) {
  const std::vector<std::string> h = {"Id", "Agent wait time in minutes", "Created at", "Assigned at", "Agent"};
  const Rows rows = {{"1", "12", "2024-01-02 10:00", "2024-01-02 10:01", "Sara"},
                     {"2", "0", "2024-01-02 11:00", "2024-01-02 11:02", "Luca"}};
  const auto c = choose(h, rows);
  EXPECT_EQ(c.agent.name, "Agent");
  EXPECT_EQ(c.conversation.name, "Id");
}

TEST(ConversationColumns, ChannelFromViaOrSource) {
  const std::vector<std::string> h = {"Ticket ID", "Via", "Created at"};
  const Rows rows = {{"1", "Email", "2024-01-02 10:00"}, {"2", "Chat", "2024-01-02 11:00"}};
  EXPECT_EQ(choose(h, rows).channel.name, "Via");
  const std::vector<std::string> h2 = {"Ticket ID", "Source URL", "Source", "Created at"};
  const Rows rows2 = {{"1", "https://x", "Email", "2024-01-02 10:00"}, {"2", "https://y", "Phone", "2024-01-02 11:00"}};
  EXPECT_EQ(choose(h2, rows2).channel.name, "Source");
}

TEST(ConversationColumns, CustomerSatisfactionRatingWithWordsIsCsat) {
  const std::vector<std::string> h = {"Case Number", "Date Opened", "Customer Satisfaction Rating"};
  const Rows rows = {{"1", "2024-01-02 10:00", "Satisfied"}, {"2", "2024-01-02 11:00", "Very Dissatisfied"}};
  EXPECT_EQ(choose(h, rows).csat.name, "Customer Satisfaction Rating");
}

TEST(ConversationColumns, BusinessHoursOnlyWhenNothingElse) {
  const std::vector<std::string> h = {"ID", "Created", "First reply time in minutes within business hours",
                                      "First reply time in minutes"};
  const Rows rows = {{"1", "2024-01-02 10:00", "5", "9"}};
  const auto c = choose(h, rows);
  EXPECT_EQ(c.first_response_time.name, "First reply time in minutes");
  ASSERT_EQ(c.first_response_time.runners_up.size(), 1u);
  EXPECT_EQ(c.first_response_time.runners_up[0].name, "First reply time in minutes within business hours");
}

TEST(ConversationColumns, AProfileNamesItsColumnsAndTheUserStillWins) {
  const std::vector<std::string> h = {"Id", "Assignee", "Via", "Created at", "Solved at",
                                      "First reply time in minutes", "First reply time in minutes within business hours"};
  const Rows rows = {{"1", "Sara", "Email", "2024-01-02 10:00", "", "5", "5"}};
  ConversationColumnOverrides chosen;
  chosen.first_response_time = "First reply time in minutes within business hours";
  const auto c = choose(h, rows, chosen);
  EXPECT_EQ(c.first_response_time.name, "First reply time in minutes within business hours");
  EXPECT_TRUE(c.first_response_time.by_user);
  EXPECT_EQ(c.conversation.name, "Id");
  EXPECT_NE(c.conversation.reason_en.find("Zendesk"), std::string::npos);
}

std::unique_ptr<ConversationsAnalysis> run(const std::string& csv, ConversationsOptions o = {}) {
  auto a = std::make_unique<ConversationsAnalysis>(std::move(o));
  if (auto e = a->feed(csv)) ADD_FAILURE() << e->message_en;
  if (auto e = a->finish()) ADD_FAILURE() << e->message_en;
  return a;
}

TEST(ConversationsDurations, GivenDurationsWinAndTimestampsFillTheBlanks) {
  // Row 1: 30 minutes given; row 2: blank, so 10:00 → 10:20 = 1200 s.
  const auto a = run(
      "Ticket ID,Created at,First reply at,First reply time in minutes\n"
      "1,2024-01-02 09:00,2024-01-02 09:05,30\n"
      "2,2024-01-02 10:00,2024-01-02 10:20,\n");
  const auto r = conversations_report(a->aggregate(), {});
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r->overall.first_response);
  EXPECT_EQ(r->overall.first_response->n, 2u);
  EXPECT_DOUBLE_EQ(r->overall.first_response->mean, (1800.0 + 1200.0) / 2);
}

TEST(ConversationsDurations, NegativeDurationsSkipTheRowAndLongOnesAreNoted) {
  const auto a = run(
      "Ticket ID,Created at,Resolution time (hours)\n"
      "1,2024-01-02 09:00,-2\n"
      "2,2024-01-02 10:00,9000\n"
      "3,2024-01-02 11:00,3\n");
  EXPECT_EQ(a->aggregate().rows().reasons().at("negative_duration").count, 1u);
  EXPECT_EQ(a->aggregate().notes().durations_over_a_year, 1u);
  EXPECT_EQ(a->aggregate().overall().resolved, 2u);
}

TEST(ConversationsDurations, AChosenUnitlessColumnNeedsAUnit) {
  ConversationsOptions o;
  o.columns.first_response_time = "FRT";
  ConversationsAnalysis a(o);
  EXPECT_FALSE(a.feed("Ticket ID,Created at,FRT\n1,2024-01-02 09:00,42\n"));
  const auto e = a.finish();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "duration_unit_unknown");
  o.duration_unit = DurationUnit::minutes;
  const auto b = run("Ticket ID,Created at,FRT\n1,2024-01-02 09:00,42\n", o);
  EXPECT_EQ(b->aggregate().overall().first_response.mean(), 2520);
}

TEST(ConversationColumns, SnakeCaseHeaderWordsNameTheirRolesAndUnits) {
  // "_" separates words as a space does: first_response_minutes is a
  // first-response duration in minutes, csat_score is CSAT.
  const auto a = run(
      "ticket_id,created_date,channel,agent,first_response_minutes,resolution_hours,resolved_date,csat_score\n"
      "T-1,2024-09-02 08:00:00,email,ana_r,45,2.5,2024-09-02 10:30:00,4.0\n"
      "T-2,2024-09-02 09:00:00,chat,jonas_w,3,1.0,2024-09-02 10:00:00,2.0\n");
  const ConversationColumns& c = a->columns();
  EXPECT_EQ(c.conversation.name, "ticket_id");
  EXPECT_EQ(c.channel.name, "channel");
  EXPECT_EQ(c.agent.name, "agent");
  EXPECT_EQ(c.created.name, "created_date");
  EXPECT_EQ(c.first_response_time.name, "first_response_minutes");
  EXPECT_FALSE(c.first_response.found()) << c.first_response.name;
  EXPECT_EQ(c.resolution_time.name, "resolution_hours");
  EXPECT_EQ(c.resolved.name, "resolved_date");
  EXPECT_EQ(c.csat.name, "csat_score");
  EXPECT_EQ(a->first_response_unit(), DurationUnit::minutes);
  EXPECT_EQ(a->resolution_unit(), DurationUnit::hours);
  // 45 and 3 minutes: (2700 + 180) / 2 s. CSAT 4.0 satisfied, 2.0 not: 1 / 2.
  EXPECT_DOUBLE_EQ(a->aggregate().overall().first_response.mean(), (2700.0 + 180.0) / 2);
  const auto r = conversations_report(a->aggregate(), {});
  ASSERT_TRUE(r.ok() && r->overall.csat);
  EXPECT_DOUBLE_EQ(r->overall.csat->outcome.value, 50.0);
}

TEST(ConversationsDurations, AResolutionTimeWithoutResolvedAtIsAnOpenTicket) {
  // T-2 (In Progress) and T-3 (Escalated) give a time so far but no resolved
  // date: open, and their hours are not resolution times. Only T-1's 2 h count.
  const auto a = run(
      "ticket_id,created_date,resolution_hours,resolved_date,status\n"
      "T-1,2024-09-02 08:00:00,2.0,2024-09-02 10:00:00,Resolved\n"
      "T-2,2024-09-02 09:00:00,30.5,,In Progress\n"
      "T-3,2024-09-02 09:30:00,51.0,,Escalated\n"
      "T-4,2024-09-02 11:00:00,,,Open\n");
  const auto& overall = a->aggregate().overall();
  EXPECT_EQ(overall.conversations, 4u);
  EXPECT_EQ(overall.resolved, 1u);
  EXPECT_EQ(overall.resolution.n(), 1u);
  EXPECT_DOUBLE_EQ(overall.resolution.mean(), 7200.0);
  EXPECT_EQ(a->aggregate().notes().open_with_resolution_time, 2u);
}

TEST(ConversationsCsat, WordsCountAsSatisfiedOrNot) {
  // Good, Good, Bad answered; Offered and Unoffered are no answer: 2 / 3.
  const auto a = run(
      "Id,Assignee,Via,Created at,Solved at,First reply time in minutes,Satisfaction Score\n"
      "1,Sara,Email,2024-01-02 09:00,,5,Good\n"
      "2,Sara,Email,2024-01-02 10:00,,5,Good\n"
      "3,Luca,Chat,2024-01-02 11:00,,1,Bad\n"
      "4,Luca,Chat,2024-01-02 12:00,,1,Offered\n"
      "5,Luca,Chat,2024-01-02 13:00,,1,Unoffered\n");
  ASSERT_NE(a->profile(), nullptr);
  EXPECT_EQ(a->profile()->id, "zendesk_tickets");
  EXPECT_EQ(a->aggregate().notes().csat_not_answered, 2u);
  EXPECT_EQ(a->aggregate().notes().repeated_ids, 0u);
  const auto r = conversations_report(a->aggregate(), {});
  ASSERT_TRUE(r.ok() && r->overall.csat);
  EXPECT_NEAR(r->overall.csat->outcome.value, 200.0 / 3, 1e-9);
  EXPECT_EQ(r->overall.csat_answers, 3u);
}

}  // namespace
}  // namespace polso::datasets
