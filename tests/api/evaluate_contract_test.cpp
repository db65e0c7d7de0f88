// The JSON contract of docs/api.md, request text in and response text out.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/api.hpp"

using nlohmann::json;

namespace {

json eval(const std::string& request) {
  const std::string response = polso::api::evaluate(request);
  json parsed = json::parse(response, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << response;
  return parsed;
}

TEST(EvaluateContract, NpsFromCountsHasTheDocumentedShape) {
  const json r = eval(R"({"metric":"nps","inputs":{"promoters":70,"passives":20,"detractors":10}})");
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_EQ(r["metric"], "nps");
  EXPECT_EQ(r["value"], 60);
  EXPECT_TRUE(r["value"].is_number_integer());
  EXPECT_EQ(r["unit"], "points");
  EXPECT_EQ(r["details"]["n"], 100);
  EXPECT_EQ(r["details"]["promoters"], 70);
  EXPECT_EQ(r["details"]["passives"], 20);
  EXPECT_EQ(r["details"]["detractors"], 10);
  EXPECT_EQ(r["details"]["promoters_pct"], 70);
  EXPECT_EQ(r["details"]["passives_pct"], 20);
  EXPECT_EQ(r["details"]["detractors_pct"], 10);
  EXPECT_EQ(r["band"]["id"], "excellent");
  EXPECT_EQ(r["band"]["label"], "Excellent");
  EXPECT_TRUE(r["warnings"].is_array());
  EXPECT_EQ(r["formula"], "(70 − 10) / 100 × 100 = 60");
}

TEST(EvaluateContract, ItalianOptionTranslatesBandFormulaAndErrors) {
  const json ok = eval(R"({"metric":"csat","inputs":{"satisfied":7,"responses":12},"options":{"lang":"it"}})");
  ASSERT_TRUE(ok["ok"].get<bool>());
  EXPECT_EQ(ok["band"]["label"], "Sotto il riferimento dell’80%");
  EXPECT_EQ(ok["formula"], "7 / 12 × 100 = 58,33");
  const json bad = eval(R"({"metric":"ctr","inputs":{"clicks":10,"impressions":5},"options":{"lang":"it"}})");
  ASSERT_FALSE(bad["ok"].get<bool>());
  EXPECT_EQ(bad["error"]["code"], "part_exceeds_whole");
  EXPECT_EQ(bad["error"]["field"], "clicks");
  EXPECT_NE(bad["error"]["message"].get<std::string>().find("non può superare"), std::string::npos);
}

TEST(EvaluateContract, FailuresHaveCodeMessageAndField) {
  struct Case { const char* request; const char* code; json field; };
  const Case cases[] = {
      {"", "malformed_json", nullptr},
      {"{", "malformed_json", nullptr},
      {"[1,2]", "malformed_request", nullptr},
      {"{\"inputs\":{}}", "missing_metric", "metric"},
      {"{\"metric\":42}", "missing_metric", "metric"},
      {"{\"metric\":\"nope\",\"inputs\":{}}", "unknown_metric", "metric"},
      {"{\"metric\":\"nps\",\"inputs\":[]}", "malformed_request", "inputs"},
      {"{\"metric\":\"nps\",\"inputs\":{\"promoters\":\"70\",\"passives\":1,\"detractors\":1}}", "wrong_type", "promoters"},
      {"{\"metric\":\"nps\",\"inputs\":{\"promoters\":true}}", "wrong_type", "promoters"},
      // null is an empty field (issue 16 item 9): missing, not "must be …, not null".
      {"{\"metric\":\"nps\",\"inputs\":{\"promoters\":null}}", "missing_input", "scores"},
      {"{\"metric\":\"nps\",\"inputs\":{\"promoters\":-1,\"passives\":1,\"detractors\":1}}", "negative", "promoters"},
      {"{\"metric\":\"nps\",\"inputs\":{\"promoters\":1.5,\"passives\":1,\"detractors\":1}}", "not_integer", "promoters"},
      {"{\"metric\":\"nps\",\"inputs\":{\"promoters\":1e300,\"passives\":1,\"detractors\":1}}", "too_large", "promoters"},
      {"{\"metric\":\"nps\",\"inputs\":{\"promoters\":9007199254740993,\"passives\":1,\"detractors\":1}}", "too_large", "promoters"},
      {"{\"metric\":\"nps\",\"inputs\":{\"promoters\":1,\"passives\":1}}", "missing_input", "detractors"},
      {"{\"metric\":\"nps\",\"inputs\":{\"scores\":[1,2,11]}}", "value_out_of_range", "scores"},
      {"{\"metric\":\"nps\",\"inputs\":{\"scores\":[1,\"x\"]}}", "wrong_type", "scores"},
      {"{\"metric\":\"nps\",\"inputs\":{\"scores\":[]}}", "empty", "scores"},
      {"{\"metric\":\"churn_rate\",\"inputs\":{\"customers_start\":0,\"customers_lost\":0}}", "zero_denominator", "customers_start"},
      {"{\"metric\":\"ces\",\"inputs\":{\"scores\":[1,2],\"method\":\"median\"}}", "invalid_choice", "method"},
  };
  for (const auto& c : cases) {
    const json r = eval(c.request);
    ASSERT_FALSE(r["ok"].get<bool>()) << c.request;
    EXPECT_EQ(r["error"]["code"], c.code) << c.request << " → " << r.dump();
    EXPECT_EQ(r["error"]["field"], c.field) << c.request << " → " << r.dump();
    EXPECT_GT(r["error"]["message"].get<std::string>().size(), 20u) << c.request;
  }
}

TEST(EvaluateContract, DeepNestingAndHugeNumbersAreRefusedNotCrashed) {
  const std::string deep = "{\"metric\":\"nps\",\"inputs\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  EXPECT_EQ(eval(deep)["error"]["code"], "too_deeply_nested");
  const json r = eval(R"({"metric":"nps","inputs":{"promoters":1e309,"passives":1,"detractors":1}})");
  EXPECT_FALSE(r["ok"].get<bool>());
  // A bracket inside a string does not count as nesting.
  const json s = eval("{\"metric\":\"nps\",\"inputs\":{\"currency\":\"" + std::string(100, '[') + "\",\"promoters\":1,\"passives\":0,\"detractors\":0}}");
  EXPECT_TRUE(s["ok"].get<bool>()) << s.dump();
}

// Number lists in "inputs" are packed as they are parsed (a byte a value while
// all are whole 0–255, else a double): the answers are those of the values.
TEST(EvaluateContract, PackedNumberListsGiveTheValuesAnswers) {
  // Widens at the fourth value: 1, 2, 300 stay exact, 300.5 and -0 too.
  const json d = eval(R"({"metric":"first_response_time","inputs":{"durations_seconds":[1,2,300,300.5,0,7]}})");
  ASSERT_EQ(d["ok"], true) << d.dump();
  EXPECT_DOUBLE_EQ(d["details"]["mean"].get<double>(), (1 + 2 + 300 + 300.5 + 0 + 7) / 6.0);
  EXPECT_EQ(d["details"]["max"], 300.5);
  EXPECT_EQ(d["details"]["median"], 4.5);
  const json s = eval(R"({"metric":"nps","inputs":{"scores":[10,9,0,7,8,6]}})");
  EXPECT_EQ(s["details"]["promoters"], 2);
  EXPECT_EQ(s["details"]["detractors"], 2);
  // What is not a list of numbers is reported by position, as before.
  EXPECT_EQ(eval(R"({"metric":"nps","inputs":{"scores":[10,9,"ten"]}})")["error"]["code"], "wrong_type");
  EXPECT_EQ(eval(R"({"metric":"nps","inputs":{"scores":[10,[9]]}})")["error"]["code"], "wrong_type");
  EXPECT_EQ(eval(R"({"metric":"nps","inputs":{"scores":[10,9,9007199254740993]}})")["error"]["code"], "too_large");
  EXPECT_EQ(eval(R"({"metric":"nps","inputs":{"scores":[]}})")["error"]["code"], "empty");
  // Lists elsewhere in a request stay plain: a comparison's sides.
  const json c = eval(R"({"compare":[{"metric":"nps","inputs":{"scores":[10,10,9,0]}},{"metric":"nps","inputs":{"scores":[0,0,9,10]}}]})");
  EXPECT_EQ(c["ok"], true) << c.dump();
}

TEST(EvaluateContract, UnusedInputsAreWarnedAbout) {
  const json r = eval(R"({"metric":"ctr","inputs":{"clicks":600,"impressions":1000,"colour":"red"}})");
  ASSERT_TRUE(r["ok"].get<bool>());
  EXPECT_EQ(r["value"], 60);
  ASSERT_EQ(r["warnings"].size(), 1u);
  EXPECT_EQ(r["warnings"][0]["code"], "unused_input");
  EXPECT_EQ(r["warnings"][0]["field"], "colour");
}

TEST(EvaluateContract, CatalogueListsEveryMetricWithBilingualText) {
  const json c = json::parse(polso::api::catalogue());
  ASSERT_TRUE(c["metrics"].is_array());
  EXPECT_GE(c["metrics"].size(), 29u);
  for (const auto& m : c["metrics"]) {
    EXPECT_FALSE(m["name"]["en"].get<std::string>().empty());
    EXPECT_FALSE(m["name"]["it"].get<std::string>().empty());
    EXPECT_FALSE(m["variants"].empty()) << m["id"];
    for (const auto& in : m["inputs"]) {
      EXPECT_FALSE(in["label"]["en"].get<std::string>().empty()) << m["id"] << "." << in["name"];
      EXPECT_FALSE(in["label"]["it"].get<std::string>().empty()) << m["id"] << "." << in["name"];
    }
  }
  EXPECT_EQ(polso::api::version(), c["version"]);
}

}  // namespace
