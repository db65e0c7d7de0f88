// Broken input through the JSON door gets a precise error or warning (the
// full table, with big inputs, is tests/hostile/).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "api/analyze.hpp"
#include "api/api.hpp"

namespace {

using json = nlohmann::json;

json analyse(std::string_view bytes) {
  polso::api::Analysis a(R"({"metric":"nps","lang":"en"})");
  const std::string failure = a.feed(bytes);
  return json::parse(failure.empty() ? a.finish() : failure);
}

bool has_warning(const json& r, const std::string& code) {
  for (const auto& w : r["warnings"]) if (w["code"] == code) return true;
  return false;
}

TEST(HostileInput, HeaderOnlyIsNoDataRows) {
  const json r = analyse("date,score,channel\n");
  EXPECT_EQ(r["error"]["code"], "no_data_rows");
}

TEST(HostileInput, NulBytesAreWarnedAbout) {
  const json r = analyse(std::string("score,channel\n9,web\n1\0,shop\n10,app\n", 35));
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_TRUE(has_warning(r, "nul_bytes")) << r.dump();
}

TEST(HostileInput, InvalidUtf8InAUtf8FileIsWarnedAbout) {
  const json r = analyse("score,channel\n9,Caff\xC3\xA8\n10,bad \xFF byte\n3,web\n");
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_TRUE(has_warning(r, "invalid_characters")) << r.dump();
  EXPECT_EQ(r["rows"]["read"], 3);
}

TEST(HostileInput, ANumberBeyondADoubleIsNamed) {
  const json r = json::parse(polso::api::evaluate(R"({"metric":"nps","inputs":{"promoters":1e309,"passives":1,"detractors":1}})"));
  EXPECT_EQ(r["error"]["code"], "number_too_large");
  const json bad = json::parse(polso::api::evaluate(R"({"metric":"nps","inputs":{"promoters":1e30x}})"));
  EXPECT_EQ(bad["error"]["code"], "malformed_json");
}

TEST(HostileInput, CountsAddingUpBeyond2To53AreNamed) {
  const json r = json::parse(polso::api::evaluate(
      R"({"metric":"nps","inputs":{"promoters":9007199254740992,"passives":20,"detractors":10}})"));
  EXPECT_EQ(r["error"]["code"], "total_too_large") << r.dump();
}

}  // namespace
