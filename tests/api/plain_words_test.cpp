// Issue 16 item 9: no internal words reach a user. A request's empty field
// (null) is a missing one, named by its label; a value of the wrong JSON
// type is named by its label too, never "not null".
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/api.hpp"

namespace {

using json = nlohmann::json;

json eval(const std::string& request) { return json::parse(polso::api::evaluate(request)); }

TEST(PlainWords, AnEmptyOptionalFieldIsLeftOut) {
  const json r = eval(R"({"metric":"first_response_time","inputs":{"durations_seconds":[30,60,90],"target_seconds":null}})");
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_EQ(r["value"], 60);
}

TEST(PlainWords, AnEmptyRequiredFieldAsksForItByLabel) {
  for (const char* lang : {"en", "it"}) {
    const json r = eval(std::string(R"({"metric":"nps","inputs":{"promoters":null,"passives":1,"detractors":1},"options":{"lang":")") +
                        lang + "\"}}");
    ASSERT_FALSE(r["ok"].get<bool>());
    EXPECT_EQ(r["error"]["code"], "missing_input");
    EXPECT_EQ(r["error"]["field"], "promoters");
    const std::string m = r["error"]["message"];
    EXPECT_EQ(m.find("null"), std::string::npos) << m;
    EXPECT_EQ(m.find("“promoters”"), std::string::npos) << m;
  }
}

TEST(PlainWords, AWrongTypeIsNamedByItsLabel) {
  const json r = eval(R"({"metric":"first_response_time","inputs":{"durations_seconds":[30],"target_seconds":true}})");
  ASSERT_FALSE(r["ok"].get<bool>());
  EXPECT_EQ(r["error"]["code"], "wrong_type");
  EXPECT_EQ(r["error"]["field"], "target_seconds");
  const std::string m = r["error"]["message"];
  EXPECT_EQ(m.find("“target_seconds”"), std::string::npos) << m;
  EXPECT_NE(m.find("must be a number"), std::string::npos) << m;
  const json it = eval(R"({"metric":"first_response_time","inputs":{"durations_seconds":[30],"target_seconds":{}},"options":{"lang":"it"}})");
  EXPECT_NE(it["error"]["message"].get<std::string>().find("deve essere un numero"), std::string::npos) << it.dump();
}

}  // namespace
