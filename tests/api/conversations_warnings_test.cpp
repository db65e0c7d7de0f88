// The conversations report's sanity warnings through the JSON door: each
// names what to check.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/analyze.hpp"

namespace polso::api {
namespace {

using nlohmann::json;

json analyse(const std::string& csv, json options = {{"dataset", "conversations"}}) {
  Analysis a(options.dump());
  const std::string failure = a.feed(csv);
  if (!failure.empty()) return json::parse(failure);
  return json::parse(a.finish());
}

std::vector<std::string> codes(const json& r) {
  std::vector<std::string> out;
  for (const auto& w : r.at("warnings")) out.push_back(w.at("code"));
  return out;
}

bool has(const std::vector<std::string>& v, const char* code) { return std::find(v.begin(), v.end(), code) != v.end(); }

TEST(ConversationsWarnings, AnIdThatRepeatsIsNoId) {
  const auto r = analyse("Type,Created,Channel\nQuestion,2024-01-02 10:00,Email\nQuestion,2024-01-02 11:00,Email\n"
                         "Incident,2024-01-02 12:00,Chat\nQuestion,2024-01-02 13:00,Chat\n",
                         {{"dataset", "conversations"}, {"columns", {{"conversation", "Type"}}}});
  ASSERT_TRUE(r.at("ok")) << r.dump();
  EXPECT_TRUE(has(codes(r), "id_not_unique")) << r.at("warnings").dump();
}

TEST(ConversationsWarnings, UniqueIdsGiveNoRepeatedIdsWarning) {
  const auto r = analyse("Id,Created at,Via\n1,2024-01-02 10:00,Email\n2,2024-01-02 11:00,Email\n");
  ASSERT_TRUE(r.at("ok")) << r.dump();
  EXPECT_FALSE(has(codes(r), "repeated_ids"));
  EXPECT_FALSE(has(codes(r), "id_not_unique"));
  EXPECT_EQ(r.at("columns").at("channel"), "Via");
}

TEST(ConversationsWarnings, BusinessHoursOnlyAndNegativeDurations) {
  const auto r = analyse(
      "Ticket ID,Created at,First reply time in minutes within business hours\n"
      "1,2024-01-02 10:00,12\n2,2024-01-02 11:00,-5\n3,2024-01-02 12:00,30\n");
  ASSERT_TRUE(r.at("ok")) << r.dump();
  const auto c = codes(r);
  EXPECT_TRUE(has(c, "duration_business_hours"));
  EXPECT_TRUE(has(c, "duration_negative"));
  EXPECT_EQ(r.at("summary").at("first_response").at("median"), 1260);
  EXPECT_EQ(r.at("duration_units").at("first_response_time"), "minutes");
}

TEST(ConversationsWarnings, AUnitlessDurationNeedsAUnit) {
  const std::string csv = "Ticket ID,Created at,FRT\n1,2024-01-02 10:00,42\n";
  const auto refused = analyse(csv, {{"dataset", "conversations"}, {"columns", {{"first_response_time", "FRT"}}}});
  EXPECT_EQ(refused.at("error").at("code"), "duration_unit_unknown");
  const auto read = analyse(csv, {{"dataset", "conversations"},
                                  {"columns", {{"first_response_time", "FRT"}}},
                                  {"duration_unit", "minutes"}});
  ASSERT_TRUE(read.at("ok")) << read.dump();
  EXPECT_EQ(read.at("summary").at("first_response").at("median"), 2520);
}

}  // namespace
}  // namespace polso::api
