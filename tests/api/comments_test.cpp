// The "comments" section of the survey report through the JSON door: the
// log-odds z of tests/data/exports/reference/comments.py to 1e-9, the same
// section however the bytes are split, hostile text bounded and inert, and
// the comment column's and language's options.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "api/analyze.hpp"
#include "core/budgets.hpp"
#include "test_files.hpp"

namespace polso::api {
namespace {

using nlohmann::json;

const auto& slurp = polso::test::read_file;

json analyse(const std::string& bytes, const json& options, std::size_t chunk = 1 << 20) {
  Analysis a(options.dump());
  for (std::size_t i = 0; i < bytes.size(); i += chunk) {
    const std::string failure = a.feed(std::string_view(bytes).substr(i, chunk));
    if (!failure.empty()) return json::parse(failure);
  }
  return json::parse(a.finish());
}

bool has_code(const json& r, const char* code) {
  for (const auto& w : r.at("warnings"))
    if (w.at("code") == code) return true;
  return false;
}

const std::string kDir = std::string(POLSO_TEST_DATA) + "/exports/comments/";

TEST(Comments, ZScoresMatchTheIndependentReferenceTo1e9) {
  const json spec = json::parse(slurp(kDir + "reference.expected.json"));
  const json r = analyse(slurp(kDir + "reference.csv"), spec["options"]);
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump();
  int checked = 0;
  for (const auto& [path, want] : spec["expect"].items()) {
    if (!path.ends_with(".z")) continue;
    // comments.groups.<group>.<i>.z
    const auto a = path.find('.', 16), b = path.find('.', a + 1);
    const json& got = r["comments"]["groups"][path.substr(16, a - 16)][std::stoul(path.substr(a + 1, b - a - 1))]["z"];
    EXPECT_NEAR(got.get<double>(), want.get<double>(), 1e-9) << path;
    ++checked;
  }
  EXPECT_GE(checked, 6);
}

TEST(Comments, TheSectionIsTheSameHoweverTheBytesAreSplit) {
  const std::string csv = slurp(kDir + "planted_it.csv");
  const json options = {{"dataset", "auto"}, {"lang", "it"}};
  const json whole = analyse(csv, options)["comments"];
  ASSERT_FALSE(whole.is_null());
  for (std::size_t chunk : {1, 7, 64, 4096}) EXPECT_EQ(analyse(csv, options, chunk)["comments"], whole) << chunk;
}

TEST(Comments, HostileTextIsBoundedAndInert) {
  std::string csv = "Score,Comment\n";
  // A 15 MB comment, control characters, a right-to-left override, HTML.
  csv += "2,\"" + std::string(15 << 20, 'x') + " slow delivery\"\n";
  for (int i = 0; i < 20; ++i) {
    csv += "1,\"slow delivery \x01\x07\x1b[31m \xE2\x80\xAE" "evil\xE2\x80\xAC <img src=x onerror=alert(1)>\"\n";
    csv += "10,\"friendly staff <script>alert('x')</script>\"\n";
    csv += "8,\"ok I guess\"\n";
  }
  const json r = analyse(csv, {{"dataset", "survey"}});
  ASSERT_TRUE(r["ok"].get<bool>()) << r.dump().substr(0, 500);
  EXPECT_TRUE(has_code(r, "comments_long"));
  const json& c = r["comments"];
  // HTML is words like any other ("img src"), never markup; the page escapes it.
  bool slow_delivery = false;
  for (const auto& t : c["groups"]["detractors"]) slow_delivery = slow_delivery || t["term"] == "slow delivery";
  EXPECT_TRUE(slow_delivery) << c.dump();
  for (const auto& [group, terms] : c["groups"].items())
    for (const auto& t : terms)
      for (const auto& e : t["examples"]) {
        const std::string s = e.get<std::string>();
        EXPECT_LE(s.size(), budget::kMaxCommentExampleBytes + 3);  // + "…"
        for (unsigned char ch : s) EXPECT_GE(ch, 0x20) << s;
        EXPECT_EQ(s.find("\xE2\x80\xAE"), std::string::npos) << "a bidi override is removed";
        EXPECT_EQ(s.find("\xE2\x80\xAC"), std::string::npos);
      }
  EXPECT_LT(r.dump().size(), std::size_t{1} << 20);
}

TEST(Comments, TheColumnAndTheLanguageCanBeChosen) {
  const std::string csv = "Score,Comment,Other\n9,great coffee here,a b\n3,cold coffee,c d\n";
  const json chosen = analyse(csv, {{"dataset", "survey"}, {"columns", {{"comment", "Other"}}}});
  EXPECT_EQ(chosen["columns"]["comment"], "Other");
  EXPECT_EQ(chosen["column_reasons"]["comment"]["by_user"], true);
  const json none = analyse(csv, {{"dataset", "survey"}, {"comment_column", "(none)"}});
  EXPECT_TRUE(none["comments"].is_null());
  EXPECT_TRUE(none["columns"]["comment"].is_null());
  const json italian = analyse(csv, {{"dataset", "survey"}, {"comments_language", "it"}});
  EXPECT_EQ(italian["comments"]["language"], "it");
  EXPECT_EQ(italian["comments"]["language_from"], "option");
  const json bad = analyse(csv, {{"dataset", "survey"}, {"comments_language", "klingon"}});
  EXPECT_EQ(bad["ok"], false);
  EXPECT_EQ(bad["error"]["field"], "comments_language");
}

TEST(Comments, AFocusNeedsItsColumnAndAPeriodKey) {
  const std::string csv = "Score,Comment\n9,great coffee here\n3,cold coffee today\n";
  const json no_date = analyse(csv, {{"dataset", "survey"}, {"comments_focus", {{"period", "2026-03"}}}});
  EXPECT_EQ(no_date["error"]["code"], "no_date_column");
  EXPECT_EQ(no_date["error"]["field"], "comments_focus");
  const json no_segment = analyse(csv, {{"dataset", "survey"}, {"comments_focus", "segment=Italy"}});
  EXPECT_EQ(no_segment["error"]["code"], "no_segment_column");
  const json bad_key = analyse("Date,Score,Comment\n2026-03-01,9,great coffee\n",
                               {{"dataset", "survey"}, {"comments_focus", {{"period", "March"}}}});
  EXPECT_EQ(bad_key["error"]["code"], "invalid_choice");
  const json bad_form = analyse(csv, {{"dataset", "survey"}, {"comments_focus", {{"country", "Italy"}}}});
  EXPECT_EQ(bad_form["error"]["field"], "comments_focus");
  const json none = analyse(csv, {{"dataset", "survey"}});
  EXPECT_TRUE(none["comments"]["focus"].is_null());
}

TEST(Comments, NoCommentColumnMeansNull) {
  const json r = analyse("Score,Date\n9,2026-01-01\n3,2026-01-02\n", {{"dataset", "survey"}});
  ASSERT_TRUE(r["ok"].get<bool>());
  EXPECT_TRUE(r["comments"].is_null());
}

TEST(Comments, NeverTheScoreDateEmailOrIdColumn) {
  const std::string csv =
      "Id,Email,Date,Score,Why\n"
      "a81,x@y.com,2026-01-01,9,\"the staff were kind and quick\"\n"
      "a82,z@y.com,2026-01-02,3,\"cold food and a long wait\"\n"
      "a83,w@y.com,2026-01-03,7,\"fine but nothing special today\"\n";
  const json r = analyse(csv, {{"dataset", "survey"}});
  EXPECT_EQ(r["columns"]["comment"], "Why");
  EXPECT_EQ(r["columns"]["score"], "Score");
  const json no_why = analyse("Id,Email,Date,Score\na81,x@y.com,2026-01-01,9\na82,z@y.com,2026-01-02,3\n",
                              {{"dataset", "survey"}});
  EXPECT_TRUE(no_why["columns"]["comment"].is_null());
}

}  // namespace
}  // namespace polso::api
