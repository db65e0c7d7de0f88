// A share metric added to the catalogue — one entry and one function — is
// seen everywhere the catalogue reaches: the JSON catalogue the page builds
// its form from, the CLI's flags and help, intervals, comparisons (with its
// own words) and sample-size plans. Figures worked by hand (Wilson, 95%).
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "api/api.hpp"
#include "cli/commands.hpp"

namespace polso {
namespace {

using nlohmann::json;

json eval(const std::string& request) { return json::parse(api::evaluate(request)); }

TEST(FixtureCatalogue, TheFormIsBuiltFromTheNewEntry) {
  const json c = json::parse(api::catalogue());
  const json* m = nullptr;
  for (const json& x : c["metrics"])
    if (x["id"] == "email_open_rate") m = &x;
  ASSERT_NE(m, nullptr);
  EXPECT_EQ((*m)["group"], "engagement");
  EXPECT_EQ((*m)["name"]["it"], "Tasso di apertura delle e-mail");
  ASSERT_EQ((*m)["inputs"].size(), 2u);
  EXPECT_EQ((*m)["inputs"][0]["name"], "opens");
  EXPECT_EQ((*m)["inputs"][0]["integer"], true);
  EXPECT_EQ((*m)["estimand"], "share");
  EXPECT_EQ((*m)["range"]["high"], 100.0);
  const json& plan = (*m)["plan"];
  ASSERT_TRUE(plan.is_object());
  EXPECT_EQ(plan["sample_size"]["inputs"][0]["name"], "expected_percent");
  EXPECT_EQ(plan["sample_size"]["inputs"][1]["label"]["en"], "Margin of error (± percentage points)");
  EXPECT_TRUE(plan["promoters_needed"].is_null());
}

TEST(FixtureCatalogue, TheCliHasItsFlagsAndHelp) {
  testing::internal::CaptureStdout();
  const std::vector<std::string_view> help{"--help"};
  EXPECT_EQ(cli::metric_command("email_open_rate", help), 0);
  const std::string text = testing::internal::GetCapturedStdout();
  EXPECT_NE(text.find("--opens count"), std::string::npos) << text;
  EXPECT_NE(text.find("--delivered count"), std::string::npos) << text;

  testing::internal::CaptureStdout();
  const std::vector<std::string_view> args{"--opens", "45", "--delivered", "180", "--json"};
  EXPECT_EQ(cli::metric_command("email_open_rate", args), 0);
  const json r = json::parse(testing::internal::GetCapturedStdout());
  EXPECT_EQ(r["value"], 25.0);
}

TEST(FixtureCatalogue, ItsResultCarriesAWilsonInterval) {
  const json r = eval(R"({"metric":"email_open_rate","inputs":{"opens":45,"delivered":180}})");
  ASSERT_EQ(r["ok"], true) << r.dump();
  EXPECT_EQ(r["value"], 25.0);
  // Wilson by hand: p = 0.25, n = 180, z = 1.959963984540054.
  const double z = 1.959963984540054, n = 180, p = 0.25;
  const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
  const double half = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
  EXPECT_EQ(r["interval"]["method"], "wilson");
  EXPECT_NEAR(r["interval"]["low"].get<double>(), 100 * (centre - half), 1e-6);
  EXPECT_NEAR(r["interval"]["high"].get<double>(), 100 * (centre + half), 1e-6);
}

TEST(FixtureCatalogue, ComparisonsSpeakOfItInItsOwnWords) {
  const json r = json::parse(api::compare(
      R"({"compare":[{"metric":"email_open_rate","inputs":{"opens":45,"delivered":180}},)"
      R"({"metric":"email_open_rate","inputs":{"opens":90,"delivered":200}}],"options":{"lang":"it"}})"));
  ASSERT_EQ(r["ok"], true) << r.dump();
  const std::string verdict = r["comparison"]["verdict"];
  EXPECT_EQ(verdict.rfind("Il tasso di apertura è salito", 0), 0u) << verdict;
}

TEST(FixtureCatalogue, ItsSampleSizeCanBePlanned) {
  const json r = json::parse(api::plan(
      R"({"plan":"sample_size","metric":"email_open_rate","inputs":{"expected_percent":25,"margin":5}})"));
  ASSERT_EQ(r["ok"], true) << r.dump();
  // n = z² p (1 − p) / m² = 1.959964² × 0.25 × 0.75 / 0.05² = 288.1 → 289.
  EXPECT_EQ(r["n"], 289);
  const std::string explanation = r["explanation"];
  EXPECT_NE(explanation.find("the open rate"), std::string::npos) << explanation;
}

}  // namespace
}  // namespace polso
