// The statistics in the JSON contract: intervals on metric responses, the
// comparison request and the planning requests (docs/api.md).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/api.hpp"

using nlohmann::json;

namespace {

json answer(const std::string& request) {
  const std::string response = polso::api::evaluate(request);
  json parsed = json::parse(response, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << response;
  return parsed;
}

const std::string kNpsA = R"({"metric":"nps","inputs":{"promoters":500,"passives":320,"detractors":180}})";
const std::string kNpsB = R"({"metric":"nps","inputs":{"promoters":550,"passives":310,"detractors":140}})";

TEST(IntervalContract, NpsResponseCarriesItsInterval) {
  const json r = answer(kNpsA);
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  ASSERT_TRUE(r.contains("interval"));
  EXPECT_EQ(r["interval"]["method"], "adjusted_wald");
  EXPECT_EQ(r["interval"]["level"], 0.95);
  EXPECT_LT(r["interval"]["low"].get<double>(), 32);
  EXPECT_GT(r["interval"]["high"].get<double>(), 32);
  EXPECT_TRUE(r["warnings"].empty());  // 1,000 answers: about ±5.6
}

TEST(IntervalContract, OptionsChooseLevelAndNpsMethod) {
  const json r = answer(R"({"metric":"nps","inputs":{"promoters":50,"passives":30,"detractors":20},"options":{"confidence":0.9,"interval_method":"wald"}})");
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_EQ(r["interval"]["method"], "wald");
  EXPECT_EQ(r["interval"]["level"], 0.9);
  // Wald by hand: 30 ± 1.644854 × 100 sqrt((0.7 − 0.09) / 100).
  EXPECT_NEAR(r["interval"]["low"].get<double>(), 30 - 1.6448536269514722 * 100 * std::sqrt(0.61 / 100), 1e-9);
}

TEST(IntervalContract, BadOptionsAreRefused) {
  for (const char* level : {"0.5", "1", "95", "\"0.95\"", "null"}) {
    const json r = answer(std::string(R"({"metric":"nps","inputs":{"promoters":5,"passives":3,"detractors":2},"options":{"confidence":)") + level + "}}");
    ASSERT_FALSE(r["ok"].get<bool>()) << level;
    EXPECT_EQ(r["error"]["code"], "confidence_out_of_range") << level;
    EXPECT_EQ(r["error"]["field"], "confidence");
  }
  const json m = answer(R"({"metric":"nps","inputs":{"promoters":5,"passives":3,"detractors":2},"options":{"interval_method":"exact"}})");
  EXPECT_EQ(m["error"]["code"], "invalid_interval_method");
  EXPECT_EQ(m["error"]["field"], "interval_method");
}

TEST(IntervalContract, NoIntervalWhereNoneApplies) {
  const json r = answer(R"({"metric":"mrr","inputs":{"customers":100,"arpc":50}})");
  ASSERT_TRUE(r["ok"].get<bool>());
  EXPECT_FALSE(r.contains("interval"));
}

TEST(IntervalContract, WideIntervalsAreWarnedInTheRequestLanguage) {
  const json r = answer(R"({"metric":"csat","inputs":{"satisfied":8,"responses":10},"options":{"lang":"it"}})");
  ASSERT_TRUE(r["ok"].get<bool>());
  bool found = false;
  for (const auto& w : r["warnings"])
    if (w["code"] == "wide_interval") {
      found = true;
      EXPECT_EQ(w["message"].get<std::string>().rfind("Con 10 risposte il CSAT potrebbe essere ovunque tra", 0), 0u) << w.dump();
    }
  EXPECT_TRUE(found) << r.dump();
}

TEST(IntervalContract, DurationsCarryTheMedianInterval) {
  const json r = answer(R"({"metric":"resolution_time","inputs":{"durations_seconds":[20,3,17,1,8,12,5,19,14,2,11,7,16,4,9,13,18,6,15,10]}})");
  ASSERT_TRUE(r["ok"].get<bool>());
  EXPECT_EQ(r["details"]["median_interval"], json::parse(R"({"method":"order_statistic","level":0.95,"low":6,"high":15})"));
  EXPECT_EQ(r["interval"]["method"], "t");
  EXPECT_NEAR(r["details"]["sd"].get<double>(), std::sqrt(35.0), 1e-12);  // sd of 1..20
}

TEST(CompareContract, TheDocumentedShape) {
  const json r = answer(R"({"compare":[)" + kNpsA + "," + kNpsB + "]}");
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  const json& c = r["comparison"];
  EXPECT_EQ(c["metric"], "nps");
  EXPECT_EQ(c["test"], "nps_z");
  EXPECT_EQ(c["difference"], 9);
  EXPECT_EQ(c["interval"]["method"], "adjusted_wald");
  EXPECT_EQ(c["interval"]["level"], 0.95);
  EXPECT_NEAR(c["statistic"].get<double>(), 2.7095, 1e-3);
  EXPECT_NEAR(c["p_value"].get<double>(), 0.0067, 1e-4);
  EXPECT_EQ(c["significant"], true);
  EXPECT_EQ(c["verdict"], "NPS rose from 32 to 41 (+9, 95% CI +2.5 to +15.5); the change is statistically significant, p = 0.0067.");
  EXPECT_EQ(r["a"], answer(kNpsA));
  EXPECT_EQ(r["b"], answer(kNpsB));
}

TEST(CompareContract, OuterOptionsApplyToBothAndTheVerdict) {
  const json r = answer(R"({"compare":[)" + kNpsA + "," + kNpsB + R"(],"options":{"lang":"it","confidence":0.9}})");
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_EQ(r["comparison"]["interval"]["level"], 0.9);
  EXPECT_EQ(r["a"]["interval"]["level"], 0.9);
  EXPECT_EQ(r["b"]["band"]["label"], "Buono");
  EXPECT_EQ(r["comparison"]["verdict"].get<std::string>().rfind("L’NPS è salito da 32 a 41 (+9, IC 90% da", 0), 0u);
}

TEST(CompareContract, ProportionsAndMeansPickTheirTest) {
  const json p = answer(R"({"compare":[{"metric":"ctr","inputs":{"clicks":50,"impressions":1000}},{"metric":"ctr","inputs":{"clicks":80,"impressions":1000}}]})");
  EXPECT_EQ(p["comparison"]["test"], "newcombe") << p.dump();
  // Item 8: two percentages differ by percentage points.
  EXPECT_EQ(p["comparison"]["unit"], "percentage_points");
  const json m = answer(R"({"compare":[{"metric":"ces","inputs":{"scores":[1,2,3,4,5]}},{"metric":"ces","inputs":{"scores":[3,4,5,6,7]}}]})");
  EXPECT_EQ(m["comparison"]["test"], "welch_t") << m.dump();
  EXPECT_EQ(m["comparison"]["degrees_of_freedom"], 8);
  EXPECT_EQ(m["comparison"]["significant"], false);
}

// Issue 16, items 2, 3, 4, 6, 7: what a person reads agrees with itself.
TEST(CompareContract, VerdictPValueAndIntervalAgreeInWordsToo) {
  // Item 3: was "95% CI −15 to 0 … significant, p = 0.047".
  const json c = answer(R"({"compare":[{"metric":"csat","inputs":{"satisfied":64,"responses":68}},{"metric":"csat","inputs":{"satisfied":233,"responses":274}}]})")["comparison"];
  ASSERT_FALSE(c.is_null());
  EXPECT_FALSE(c["significant"].get<bool>());
  EXPECT_GE(c["p_value"].get<double>(), 0.05);
  EXPECT_GT(c["interval"]["high"].get<double>(), 0);
  // Item 4: the high end +0.012 does not read "0", and p keeps its side of 0.05.
  EXPECT_NE(c["verdict"].get<std::string>().find("to +0.01); this could be chance"), std::string::npos) << c["verdict"];
  EXPECT_NE(c["verdict"].get<std::string>().find("p = 0.0502."), std::string::npos) << c["verdict"];
}

TEST(CompareContract, ToneFollowsTheDirectionThatIsGoodForTheMetric) {
  // Item 11: a significant drop was shown as a green tick whatever the metric.
  const std::string pair = "[" + kNpsA + "," + kNpsB + "]", reversed = "[" + kNpsB + "," + kNpsA + "]";
  EXPECT_EQ(answer(R"({"compare":)" + pair + "}")["comparison"]["tone"], "good");
  EXPECT_EQ(answer(R"({"compare":)" + reversed + "}")["comparison"]["tone"], "bad");
  const json churn = answer(R"({"compare":[{"metric":"churn_rate","inputs":{"customers_start":1000,"customers_lost":100}},{"metric":"churn_rate","inputs":{"customers_start":1000,"customers_lost":50}}]})");
  ASSERT_TRUE(churn["comparison"]["significant"].get<bool>()) << churn.dump();
  EXPECT_EQ(churn["comparison"]["tone"], "good");  // lower churn is good news
  const json same = answer(R"({"compare":[{"metric":"csat","inputs":{"satisfied":40,"responses":50}},{"metric":"csat","inputs":{"satisfied":41,"responses":50}}]})");
  EXPECT_EQ(same["comparison"]["tone"], "neutral");
}

TEST(CompareContract, IntervalMethodReachesTheDifference) {
  // Item 6: "wald" for the difference too; "bootstrap" is for single results,
  // the difference then stays adjusted Wald (docs/api.md).
  const std::string pair = "[" + kNpsA + "," + kNpsB + "]";
  const json w = answer(R"({"compare":)" + pair + R"(,"options":{"interval_method":"wald"}})");
  EXPECT_EQ(w["comparison"]["interval"]["method"], "wald") << w.dump();
  EXPECT_EQ(w["a"]["interval"]["method"], "wald");
  const json b = answer(R"({"compare":)" + pair + R"(,"options":{"interval_method":"bootstrap"}})");
  EXPECT_EQ(b["comparison"]["interval"]["method"], "adjusted_wald") << b.dump();
}

TEST(IntervalContract, IntervalsStayInsideWhatTheMetricCanBe) {
  // Item 2: CES [1, 7] gave −34.1 to 42.1; [5, 6, 7, 7, 3] reached 7.68.
  const json two = answer(R"({"metric":"ces","inputs":{"scores":[1,7]}})");
  EXPECT_EQ(two["interval"]["low"], 1) << two.dump();
  EXPECT_EQ(two["interval"]["high"], 7);
  const json five = answer(R"({"metric":"ces","inputs":{"scores":[5,6,7,7,3]}})");
  EXPECT_EQ(five["interval"]["high"], 7) << five.dump();
  // A CES difference was −35.1 to +41.1; none can exceed ±6.
  const json d = answer(R"({"compare":[{"metric":"ces","inputs":{"scores":[1,7]}},{"metric":"ces","inputs":{"scores":[2,7]}}]})");
  EXPECT_EQ(d["comparison"]["interval"]["low"], -6) << d.dump();
  EXPECT_EQ(d["comparison"]["interval"]["high"], 6);
  // Item 7: 1 promoter is NPS 100; its interval was −48 to 98.
  const json one = answer(R"({"metric":"nps","inputs":{"promoters":1,"passives":0,"detractors":0}})");
  EXPECT_EQ(one["interval"]["high"], 100) << one.dump();
  EXPECT_NE(one["warnings"].back()["message"].get<std::string>().find("With 1 answer the NPS"), std::string::npos)
      << one["warnings"].dump();
  // Item 8: 0 of 10 has a Wilson low of exactly 0; 10 promoters of 10 under
  // Wald has no width and says why that is not certainty.
  EXPECT_EQ(answer(R"({"metric":"csat","inputs":{"satisfied":0,"responses":10}})")["interval"]["low"], 0);
  const json wald = answer(R"({"metric":"nps","inputs":{"promoters":10,"passives":0,"detractors":0},"options":{"interval_method":"wald"}})");
  ASSERT_FALSE(wald["warnings"].empty()) << wald.dump();
  EXPECT_EQ(wald["warnings"].back()["code"], "zero_width_interval");
}

TEST(CompareContract, Errors) {
  const json diff = answer(R"({"compare":[)" + kNpsA + R"(,{"metric":"csat","inputs":{"satisfied":4,"responses":5}}]})");
  EXPECT_EQ(diff["error"]["code"], "different_metrics");
  EXPECT_EQ(diff["error"]["field"], "compare");
  const json bad_b = answer(R"({"compare":[)" + kNpsA + R"(,{"metric":"nps","inputs":{"promoters":-1,"passives":1,"detractors":1}}]})");
  EXPECT_FALSE(bad_b["ok"].get<bool>());
  EXPECT_EQ(bad_b["error"]["request"], "b");
  EXPECT_EQ(bad_b["error"]["field"], "promoters");
  for (const char* shape : {R"({"compare":[]})", R"({"compare":{"a":1}})", R"({"compare":[1,2]})",
                            R"({"compare":[{"metric":"nps"}]})"}) {
    const json r = answer(shape);
    EXPECT_EQ(r["error"]["code"], "malformed_request") << shape;
  }
  const json clv = answer(R"({"compare":[{"metric":"mrr","inputs":{"customers":100,"arpc":50}},{"metric":"mrr","inputs":{"customers":110,"arpc":50}}]})");
  EXPECT_EQ(clv["error"]["code"], "not_comparable");
}

TEST(CompareContract, TheCompareDoorRefusesOtherRequests) {
  const json r = json::parse(polso::api::compare(kNpsA));
  EXPECT_EQ(r["error"]["code"], "malformed_request");
  EXPECT_EQ(json::parse(polso::api::compare(R"({"compare":[)" + kNpsA + "," + kNpsB + "]}"))["ok"], true);
  EXPECT_EQ(json::parse(polso::api::plan(kNpsA))["error"]["code"], "malformed_request");
}

TEST(PlanContract, SampleSize) {
  const json r = answer(R"({"plan":"sample_size","metric":"nps","inputs":{"expected_promoters_pct":40,"expected_detractors_pct":20,"margin":5}})");
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_EQ(r["plan"], "sample_size");
  EXPECT_EQ(r["n"], 861);  // ceil(1.959964² × 0.56 / 0.0025) = ceil(860.5)
  EXPECT_TRUE(r["n"].is_number_integer());
  EXPECT_NE(r["explanation"].get<std::string>().find("861 answers"), std::string::npos);
  const json it = answer(R"({"plan":"sample_size","metric":"csat","inputs":{"expected_percent":80,"margin":5},"options":{"lang":"it","confidence":0.99}})");
  EXPECT_EQ(it["n"], 425);  // ceil(2.575829² × 0.16 / 0.0025) = ceil(424.6)
  EXPECT_EQ(it["explanation"].get<std::string>().rfind("Per conoscere il CSAT entro ±5 punti percentuali con una confidenza del 99%", 0), 0u);
}

TEST(PlanContract, SampleSizeHoldsForMeansAndAtTheEdges) {
  // Item 1: sd 1, margin 2 was 41 (t tables give 4); sd 60 s, margin 90 s was 72.
  const auto n = [](const std::string& request) { return answer(request)["n"]; };
  EXPECT_EQ(n(R"({"plan":"sample_size","metric":"mean","inputs":{"expected_sd":1,"margin":2}})"), 4);
  EXPECT_EQ(n(R"({"plan":"sample_size","metric":"first_response_time","inputs":{"expected_sd":60,"margin":90}})"), 5);
  // Item 5: NPS 100 and CSAT 100% gave 1; a margin of 150 NPS points was accepted.
  EXPECT_EQ(n(R"({"plan":"sample_size","metric":"nps","inputs":{"expected_promoters_pct":100,"expected_detractors_pct":0,"margin":5}})"), 80);
  EXPECT_EQ(n(R"({"plan":"sample_size","metric":"csat","inputs":{"expected_percent":100,"margin":5}})"), 35);
  EXPECT_EQ(answer(R"({"plan":"sample_size","metric":"nps","inputs":{"margin":150}})")["error"]["code"], "margin_out_of_range");
}

TEST(PlanContract, PromotersNeeded) {
  const json r = answer(R"({"plan":"promoters_needed","inputs":{"promoters":50,"passives":30,"detractors":20,"target":50}})");
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  EXPECT_EQ(r["plan"], "promoters_needed");
  EXPECT_EQ(r["additional_promoters"], 40);
  EXPECT_FALSE(r["explanation"].get<std::string>().empty());
  // Item 8: one promoter is "1 more promoter", "un altro promotore".
  const json one = answer(R"({"plan":"promoters_needed","inputs":{"promoters":1,"passives":1,"detractors":0,"target":60},"options":{"lang":"en"}})");
  EXPECT_EQ(one["additional_promoters"], 1) << one.dump();
  EXPECT_NE(one["explanation"].get<std::string>().find("With 1 promoter, 1 passive and 0 detractors"), std::string::npos) << one.dump();
  EXPECT_NE(one["explanation"].get<std::string>().find("; 1 more promoter ("), std::string::npos) << one.dump();
  const json it = answer(R"({"plan":"promoters_needed","inputs":{"promoters":1,"passives":1,"detractors":0,"target":60},"options":{"lang":"it"}})");
  EXPECT_NE(it["explanation"].get<std::string>().find("servirebbe un altro promotore"), std::string::npos) << it.dump();
  // Issue 14: past 2^53 the count is a double's nearest value, written rounded with "about", not as an exact-looking
  // 19,899,999,999,999,984.
  const json huge = answer(R"({"plan":"promoters_needed","inputs":{"promoters":0,"passives":0,"detractors":100000000000000,"target":99}})");
  EXPECT_NE(huge["explanation"].get<std::string>().find("; about 19,900,000,000,000,000 more promoters"), std::string::npos)
      << huge.dump();
  const json huge_it = answer(R"({"plan":"promoters_needed","inputs":{"promoters":0,"passives":0,"detractors":100000000000000,"target":99},"options":{"lang":"it"}})");
  EXPECT_NE(huge_it["explanation"].get<std::string>().find("servirebbero altri circa 19.900.000.000.000.000 promotori"),
            std::string::npos) << huge_it.dump();
}

TEST(PlanContract, Errors) {
  EXPECT_EQ(answer(R"({"plan":"budget"})")["error"]["code"], "unknown_plan");
  EXPECT_EQ(answer(R"({"plan":"sample_size","inputs":{"margin":5}})")["error"]["code"], "missing_metric");
  EXPECT_EQ(answer(R"({"plan":"sample_size","metric":"nps","inputs":{}})")["error"]["field"], "margin");
  EXPECT_EQ(answer(R"({"plan":"sample_size","metric":"nps","inputs":{"margin":5},"options":{"confidence":2}})")["error"]["code"],
            "confidence_out_of_range");
  EXPECT_EQ(answer(R"({"plan":"promoters_needed","inputs":{"promoters":5,"passives":3,"detractors":2,"target":100}})")["error"]["code"],
            "target_unreachable");
}

}  // namespace
