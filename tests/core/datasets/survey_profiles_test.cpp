// Every survey export profile says where its layout comes from and has a
// fixture whose expected report names it (tests/data/exports/README.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "core/datasets/export_profile.hpp"
#include "test_files.hpp"

namespace polso::datasets {
namespace {

std::set<std::string> profiles_with_fixtures() {
  std::set<std::string> ids;
  const auto root = std::filesystem::path(POLSO_TEST_DATA) / "exports";
  if (!std::filesystem::exists(root)) return ids;
  for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
    if (!e.path().string().ends_with(".expected.json")) continue;
    const std::string text = polso::test::read_file(e.path());
    const std::string key = "\"profile.id\": \"";
    if (auto at = text.find(key); at != std::string::npos) {
      const auto start = at + key.size();
      ids.insert(text.substr(start, text.find('"', start) - start));
    }
  }
  return ids;
}

TEST(SurveyProfiles, EachHasASourceAndAFixture) {
  const std::set<std::string> fixtures = profiles_with_fixtures();
  ASSERT_FALSE(survey_profiles().empty());
  for (const ExportProfile& p : survey_profiles()) {
    EXPECT_EQ(p.kind, DatasetKind::survey) << p.id;
    EXPECT_FALSE(p.source.empty()) << p.id;
    EXPECT_FALSE(p.signature.empty()) << p.id;
    EXPECT_TRUE(fixtures.contains(std::string(p.id))) << p.id << " has no fixture";
  }
}

TEST(SurveyProfiles, MatchTheirToolsHeaders) {
  EXPECT_EQ(match_profile({"Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Q - Response"})->id,
            "surveymonkey");
  EXPECT_EQ(match_profile({"#", "Q", "Start Date (UTC)", "Submit Date (UTC)", "Network ID"})->id, "typeform");
  EXPECT_EQ(match_profile({"Marca temporale", "Voto"})->date_order, csv::DateOrder::dmy);
  EXPECT_EQ(match_profile({"Timestamp", "Score"})->date_order, csv::DateOrder::mdy);
  EXPECT_EQ(match_profile({"Response ID", "Email", "Name", "Score", "Comment", "Survey type", "Response timestamp"})->id,
            "delighted");
  EXPECT_EQ(match_profile({"Date", "Score"}), nullptr);
}

}  // namespace
}  // namespace polso::datasets
