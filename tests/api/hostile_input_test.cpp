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
  // "1\0" is not a score (a cell is a number only if all of it is one), so
  // enough other rows keep "score" the score column.
  const char bytes[] = "score,channel\n9,web\n1\0,shop\n10,app\n8,web\n7,shop\n";
  const json r = analyse(std::string(bytes, sizeof bytes - 1));
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_TRUE(has_warning(r, "nul_bytes")) << r.dump();
}

// Deterministic bytes of every value, as compressed or image data look.
std::string noise(std::size_t n) {
  std::string out(n, '\0');
  std::uint32_t x = 1;
  for (char& c : out) c = static_cast<char>((x = x * 1664525u + 1013904223u) >> 24);
  return out;
}

TEST(HostileInput, BinaryFilesAreNamedForWhatTheyAre) {
  const json png = analyse("\x89PNG\r\n\x1a\n" + noise(5000));
  EXPECT_EQ(png["error"]["code"], "not_text") << png.dump();
  const json xlsx = analyse("PK\x03\x04" + noise(5000));
  EXPECT_EQ(xlsx["error"]["code"], "not_text");
  EXPECT_NE(xlsx["error"]["message"].get<std::string>().find("workbook"), std::string::npos);
  std::string utf16;
  for (char c : std::string("score,channel\n9,web\n10,shop\n7,web\n3,app\n9,web\n")) utf16 += std::string{c, '\0'};
  const json u16 = analyse(utf16);
  EXPECT_EQ(u16["error"]["code"], "not_text");
  EXPECT_EQ(u16["error"]["field"], "encoding");
  EXPECT_NE(u16["error"]["message"].get<std::string>().find("UTF-16"), std::string::npos);
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
