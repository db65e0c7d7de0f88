// Issue 16 item 14: the Italian page searches names that are English for
// NPS, CSAT and CES; the catalogue gives each Italian (and English) aliases.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/api.hpp"

namespace {

using json = nlohmann::json;

const json& metric(const json& c, const std::string& id) {
  for (const auto& m : c["metrics"])
    if (m["id"] == id) return m;
  static const json none;
  return none;
}

TEST(CatalogueAliases, SurveyMetricsHaveItalianWordsPeopleSearchFor) {
  const json c = json::parse(polso::api::catalogue());
  const std::pair<const char*, const char*> cases[] = {
      {"csat", "soddisf"}, {"ces", "sforzo"}, {"nps", "raccomand"}, {"churn_rate", "disdett"}};
  for (const auto& [id, word] : cases) {
    const json& m = metric(c, id);
    ASSERT_TRUE(m.is_object()) << id;
    EXPECT_NE(m["aliases"]["it"].get<std::string>().find(word), std::string::npos) << id;
    EXPECT_FALSE(m["aliases"]["en"].get<std::string>().empty()) << id;
  }
  // Every metric has the field, empty when it has no aliases.
  for (const auto& m : c["metrics"]) EXPECT_TRUE(m["aliases"]["it"].is_string()) << m["id"];
}

}  // namespace
