// Survey exports through the whole pipeline, with every expected number
// worked out by hand from the fixture's rows (see the comments).
#include "core/datasets/survey_analysis.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/datasets/survey_report.hpp"
#include "core/datasets/survey_sanity.hpp"
#include "test_files.hpp"

namespace polso::datasets {
namespace {

std::string fixture(const std::string& name) { return polso::test::data_file("csv/" + name); }

struct Run {
  SurveyAnalysis analysis;
  SurveyReport report;
};

SurveyAnalysisOptions options_for(const std::string& metric) {
  SurveyAnalysisOptions o;
  o.metric = *make_survey_metric(metric, std::nullopt, std::nullopt, "mean");
  return o;
}

std::unique_ptr<Run> analyse(const std::string& bytes, SurveyAnalysisOptions o, std::size_t chunk = 1 << 16) {
  SurveyAnalysis a(std::move(o));
  for (std::size_t i = 0; i < bytes.size(); i += chunk) {
    auto e = a.feed(std::string_view(bytes).substr(i, chunk));
    EXPECT_FALSE(e) << e->message_en;
  }
  auto e = a.finish();
  EXPECT_FALSE(e) << (e ? e->message_en : "");
  auto r = survey_report(a.aggregate(), a.options().metric, a.options().period);
  EXPECT_TRUE(r.ok()) << (r ? "" : r.error().message_en);
  return std::make_unique<Run>(Run{std::move(a), std::move(r.value())});
}

double value_of(const std::vector<GroupResult>& groups, const std::string& key) {
  for (const auto& g : groups)
    if (g.key == key) return g.evaluation.outcome.value;
  ADD_FAILURE() << "no group " << key;
  return -999;
}

TEST(SurveyAnalysis, ItalianExcelExportWithSepLineAndDayFirstDates) {
  // Scores 9,10,6,8,3,10,7,9,0,9: promoters 5, passives 2, detractors 3 → 20.
  auto run = analyse(fixture("excel_it_sep.csv"), options_for("nps"));
  const auto& a = run->analysis;
  EXPECT_EQ(run->report.overall.outcome.value, 20);
  EXPECT_EQ(a.table().dialect().delimiter, ';');
  EXPECT_EQ(a.table().dialect().decimal, ',');
  EXPECT_EQ(a.date_order(), csv::DateOrder::dmy);
  EXPECT_EQ(a.columns().score.name, "Probabilità di consigliarci (0-10)");
  EXPECT_EQ(a.columns().date.name, "Data");
  EXPECT_EQ(a.columns().segment.name, "Canale");
  // Jan 9,10,6 → (2−1)/3; Feb 8,3,10 → 0; Mar 7,9,0 → 0; Apr 9 → 100.
  ASSERT_EQ(run->report.periods.size(), 4u);
  EXPECT_NEAR(value_of(run->report.periods, "2024-01"), 100.0 / 3, 1e-9);
  EXPECT_EQ(value_of(run->report.periods, "2024-02"), 0);
  EXPECT_EQ(value_of(run->report.periods, "2024-03"), 0);
  EXPECT_EQ(value_of(run->report.periods, "2024-04"), 100);
  // Negozio 9,3,7,9 → 25; Online 10,8,10,0 → 25; Telefono 6,9 → 0.
  EXPECT_EQ(value_of(run->report.segments, "Negozio"), 25);
  EXPECT_EQ(value_of(run->report.segments, "Online"), 25);
  EXPECT_EQ(value_of(run->report.segments, "Telefono"), 0);
  EXPECT_EQ(a.aggregate().rows().read(), 10u);
  EXPECT_EQ(a.aggregate().rows().skipped_rows(), 0u);
}

TEST(SurveyAnalysis, GoogleFormsMonthFirstDatesAndQuotedLineBreaks) {
  // 9,10,7,4,8,10,6,9,2,10: P 5, D 3 → 20. Mar 9,10,7,4,8 → 20;
  // Apr 10,6,9 → 33.3; May 2,10 → 0. Email 9,7,10,2 → 25; Social 10,8,9 → 66.7;
  // Search 4,6,10 → −33.3.
  auto run = analyse(fixture("google_forms.csv"), options_for("nps"));
  EXPECT_EQ(run->report.overall.outcome.value, 20);
  EXPECT_EQ(run->analysis.date_order(), csv::DateOrder::mdy);
  EXPECT_EQ(value_of(run->report.periods, "2024-03"), 20);
  EXPECT_NEAR(value_of(run->report.periods, "2024-04"), 100.0 / 3, 1e-9);
  EXPECT_EQ(value_of(run->report.periods, "2024-05"), 0);
  EXPECT_EQ(value_of(run->report.segments, "Email"), 25);
  EXPECT_NEAR(value_of(run->report.segments, "Social"), 200.0 / 3, 1e-9);
  EXPECT_NEAR(value_of(run->report.segments, "Search"), -100.0 / 3, 1e-9);
}

TEST(SurveyAnalysis, SurveyMonkeyTwoHeaderRows) {
  // 10,9,3,7,8,10,6,10: P 4, passives 2, D 2 → 25. March 10,9,3,7,8 → 20;
  // April 10,6,10 → 33.3.
  auto run = analyse(fixture("surveymonkey.csv"), options_for("nps"));
  EXPECT_EQ(run->analysis.table().dialect().header_rows, 2);
  EXPECT_EQ(run->report.overall.outcome.value, 25);
  EXPECT_EQ(value_of(run->report.periods, "2024-03"), 20);
  EXPECT_NEAR(value_of(run->report.periods, "2024-04"), 100.0 / 3, 1e-9);
}

TEST(SurveyAnalysis, QualtricsThreeHeaderRows) {
  // 10,9,5,8,10,2,9,7: P 4, passives 2, D 2 → 25; North 10,5,9 → 33.3.
  auto run = analyse(fixture("qualtrics.csv"), options_for("nps"));
  EXPECT_EQ(run->analysis.table().dialect().header_rows, 3);
  EXPECT_EQ(run->report.overall.outcome.value, 25);
  EXPECT_NEAR(value_of(run->report.segments, "North"), 100.0 / 3, 1e-9);
}

TEST(SurveyAnalysis, ChunkSizeDoesNotChangeTheResult) {
  const std::string bytes = fixture("excel_it_sep.csv");
  auto whole = analyse(bytes, options_for("nps"));
  for (std::size_t chunk : {1u, 2u, 3u, 7u, 64u}) {
    auto run = analyse(bytes, options_for("nps"), chunk);
    EXPECT_EQ(run->report.overall.outcome.value, whole->report.overall.outcome.value) << chunk;
    EXPECT_EQ(run->report.periods.size(), whole->report.periods.size()) << chunk;
    EXPECT_EQ(run->analysis.aggregate().overall().counts, whole->analysis.aggregate().overall().counts) << chunk;
  }
}

TEST(SurveyAnalysis, SkippedRowsAreCountedWithReasonsAndRowNumbers) {
  const std::string csv =
      "date,score,channel\n"
      "2024-01-02,9,web\n"       // line 2: used
      "2024-01-03,,web\n"        // line 3: blank score
      "2024-01-04,abc,web\n"     // line 4: not a number
      "2024-01-05,11,web\n"      // line 5: out of range for 0–10
      "not a date,8,web\n"       // line 6: bad date
      "2024-01-07,10 - Extremely likely,shop\n";  // line 7: used, leading number
  SurveyAnalysisOptions o = options_for("nps");
  o.columns.score = "score";
  auto run = analyse(csv, o);
  const auto& rows = run->analysis.aggregate().rows();
  EXPECT_EQ(rows.read(), 6u);
  EXPECT_EQ(rows.used_rows(), 2u);
  EXPECT_EQ(rows.skipped_rows(), 4u);
  EXPECT_EQ(rows.reasons().at("blank").first_rows, std::vector<std::uint64_t>{3});
  EXPECT_EQ(rows.reasons().at("not_a_number").first_rows, std::vector<std::uint64_t>{4});
  EXPECT_EQ(rows.reasons().at("out_of_range").first_rows, std::vector<std::uint64_t>{5});
  EXPECT_EQ(rows.reasons().at("not_a_date").first_rows, std::vector<std::uint64_t>{6});
  EXPECT_EQ(run->report.overall.outcome.value, 100);  // 9 and 10: both promoters
}

TEST(SurveyAnalysis, CsatAndCesUseTheirScales) {
  const std::string csv = "satisfaction\n5\n4\n3\n2\n5\n";
  auto csat = analyse(csv, options_for("csat"));
  EXPECT_EQ(csat->report.overall.outcome.value, 60);  // 4–5: three of five
  const std::string effort = "effort\n7\n6\n5\n1\n";
  auto ces = analyse(effort, options_for("ces"));
  EXPECT_EQ(ces->report.overall.outcome.value, 4.75);  // (7+6+5+1)/4
  SurveyAnalysisOptions easy = options_for("ces");
  easy.metric.method = "percent_easy";
  auto pct = analyse(effort, easy);
  EXPECT_EQ(pct->report.overall.outcome.value, 75);  // ≥5 on 7 points: 3 of 4
}

TEST(SurveyAnalysis, ACsatAnswerAbove5MeansTheOneToTenScale) {
  // No --scale: a 7 in the sample settles 1–10, so the 6–10 answers are not
  // dropped as "out of range"; satisfied = 9 and above on 1–10 (METRICS.md).
  const std::string csv = "satisfaction\n10\n7\n9\n2\n8\n";
  auto guessed = analyse(csv, options_for("csat"));
  EXPECT_EQ(guessed->analysis.options().metric.scale, 10);
  EXPECT_TRUE(guessed->analysis.options().metric.scale_from_answers);
  EXPECT_EQ(guessed->analysis.aggregate().rows().used_rows(), 5u);
  EXPECT_EQ(guessed->report.overall.outcome.value, 40);  // 10 and 9: two of five
  // A scale the user gives is kept, and the answers beyond it are skipped.
  SurveyAnalysisOptions five = options_for("csat");
  five.metric = *make_survey_metric("csat", 5, std::nullopt, "mean");
  auto kept = analyse(csv, five);
  EXPECT_EQ(kept->analysis.options().metric.scale, 5);
  EXPECT_EQ(kept->analysis.aggregate().rows().reasons().at("out_of_range").count, 4u);
}

TEST(SurveyAnalysis, AColumnChosenForOneRoleIsNotGuessedForAnother) {
  // "Rating" would be guessed as the score; chosen as the segment, it is not
  // also the score, and the score must then be chosen too.
  const std::string csv = "Rating,Channel\n9,Email\n3,Web\n";
  SurveyAnalysisOptions o = options_for("nps");
  o.columns.segment = "Rating";
  SurveyAnalysis a(std::move(o));
  a.feed(csv);
  auto e = a.finish();
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->code, "score_column_not_found");
  SurveyAnalysisOptions both = options_for("nps");
  both.columns.segment = "Rating";
  both.columns.score = "Rating";  // both roles chosen on purpose: allowed
  auto run = analyse(csv, both);
  EXPECT_EQ(run->analysis.columns().score.index, 0);
  EXPECT_EQ(run->analysis.columns().segment.index, 0);
}

TEST(SurveyAnalysis, CountsFileGroupsWithOnlyZeroCountsAreLeftOut) {
  SurveyAnalysisOptions o = options_for("nps");
  o.pre_aggregated = true;
  auto run = analyse("score,count,period\n10,5,2024-01\n8,0,2024-02\n", o);
  ASSERT_EQ(run->report.periods.size(), 1u);
  EXPECT_EQ(run->report.periods[0].key, "2024-01");
  EXPECT_EQ(run->report.overall.outcome.value, 100);
}

TEST(SurveyAnalysis, CountsBeyond2To53AreSkippedAsTooLarge) {
  SurveyAnalysisOptions o = options_for("nps");
  o.pre_aggregated = true;
  auto run = analyse("score,count\n10,5\n9,406666666666666666666666\n0,1.5\n", o);
  EXPECT_EQ(run->analysis.aggregate().rows().reasons().at("count_too_large").count, 1u);
  EXPECT_EQ(run->analysis.aggregate().rows().reasons().at("bad_count").count, 1u);
  EXPECT_EQ(run->report.overall.outcome.value, 100);
}

TEST(SurveyAnalysis, PreAggregatedCountsGiveTheSameReportAsRawRows) {
  auto raw = analyse(fixture("excel_it_sep.csv"), options_for("nps"));
  // The same answers as score,count per month and channel (a GROUP BY).
  std::string counts = "score,count,period,segment\n";
  for (const auto& [period, by_score] : std::map<std::string, std::vector<std::pair<int, int>>>{
           {"2024-01", {{9, 1}, {10, 1}, {6, 1}}},
           {"2024-02", {{8, 1}, {3, 1}, {10, 1}}},
           {"2024-03", {{7, 1}, {9, 1}, {0, 1}}},
           {"2024-04", {{9, 1}}}})
    for (auto [score, n] : by_score) counts += std::to_string(score) + "," + std::to_string(n) + "," + period + ",x\n";
  SurveyAnalysisOptions o = options_for("nps");
  o.pre_aggregated = true;
  auto agg = analyse(counts, o);
  EXPECT_EQ(agg->report.overall.outcome.value, raw->report.overall.outcome.value);
  ASSERT_EQ(agg->report.periods.size(), raw->report.periods.size());
  for (std::size_t i = 0; i < raw->report.periods.size(); ++i) {
    EXPECT_EQ(agg->report.periods[i].key, raw->report.periods[i].key);
    EXPECT_EQ(agg->report.periods[i].evaluation.outcome.value, raw->report.periods[i].evaluation.outcome.value);
  }
}

TEST(SurveyAnalysis, UnknownColumnAndMissingScoreColumnAreClearErrors) {
  SurveyAnalysisOptions o = options_for("nps");
  o.columns.score = "Nope";
  SurveyAnalysis a(o);
  EXPECT_FALSE(a.feed("a,b\n1,2\n"));
  auto e = a.finish();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "column_not_found");
  // Each name quoted with its direction isolated (U+2068 … U+2069).
  EXPECT_NE(e->message_en.find("“\u2068a\u2069”, “\u2068b\u2069”"), std::string::npos);

  SurveyAnalysis b(options_for("nps"));
  EXPECT_FALSE(b.feed("name,city\nAnna,Roma\nLuca,Milano\n"));
  auto e2 = b.finish();
  ASSERT_TRUE(e2);
  EXPECT_EQ(e2->code, "score_column_not_found");
}

TEST(SurveyAnalysis, EmptyFileAndUnterminatedQuote) {
  SurveyAnalysis a(options_for("nps"));
  auto e = a.finish();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "empty_file");
  SurveyAnalysis b(options_for("nps"));
  EXPECT_FALSE(b.feed("score,comment\n9,ok\n10,\"never closed\n"));
  auto e2 = b.finish();
  ASSERT_TRUE(e2);
  EXPECT_EQ(e2->code, "unterminated_quote");
  EXPECT_EQ(e2->row, 3);
}

TEST(SurveyAggregate, SegmentsBeyondTheCapShareOneBucketAndMergeIsAddition) {
  SurveyAggregate a(10), b(10);
  for (std::size_t i = 0; i < SurveyAggregate::kMaxSegments + 50; ++i) a.add(9, "", "s" + std::to_string(i));
  EXPECT_TRUE(a.segments_capped());
  EXPECT_EQ(a.segments().size(), SurveyAggregate::kMaxSegments + 1);
  EXPECT_EQ(a.segments().at(std::string(SurveyAggregate::kOtherSegment)).total(), 50);
  b.add(0, "2024-01", "x");
  b.skip("blank", 7);
  a.merge(b);
  EXPECT_EQ(a.overall().total(), SurveyAggregate::kMaxSegments + 51);
  EXPECT_EQ(a.rows().read(), SurveyAggregate::kMaxSegments + 52);
  EXPECT_EQ(a.rows().reasons().at("blank").count, 1u);
}

}  // namespace
}  // namespace polso::datasets

namespace polso::datasets {
namespace {

TEST(SurveyAnalysis, AnEmptyOrNoneColumnChoiceMeansNoSuchColumn) {
  for (const char* none : {"", "(none)"}) {
    SurveyAnalysisOptions o;
    o.metric = *make_survey_metric("nps", std::nullopt, std::nullopt, "mean");
    o.columns.segment = none;
    o.columns.date = none;
    SurveyAnalysis a(o);
    EXPECT_FALSE(a.feed("date,channel,score\n2024-01-02,web,9\n2024-02-03,shop,0\n"));
    EXPECT_FALSE(a.finish());
    EXPECT_FALSE(a.columns().segment.found());
    EXPECT_FALSE(a.columns().date.found());
    EXPECT_TRUE(a.aggregate().segments().empty());
    EXPECT_TRUE(a.aggregate().periods().empty());
    EXPECT_EQ(a.aggregate().overall().total(), 2);
  }
}

SurveyAnalysisOptions auto_metric() {
  SurveyAnalysisOptions o;
  o.metric_auto = MetricAuto{};
  return o;
}

bool has_note(const SurveyAnalysis& a, std::string_view code) {
  for (const auto& w : a.notes())
    if (w.code == code) return true;
  return false;
}

// Issue 15: with no metric given, a 1–5 satisfaction file is CSAT, not NPS −100.
TEST(SurveyAnalysis, TheMetricFollowsTheColumn) {
  auto run = analyse(fixture("windows1252.csv"), auto_metric());
  EXPECT_EQ(run->analysis.options().metric.id, "csat");
  EXPECT_EQ(run->analysis.options().metric.scale, 5);
  ASSERT_TRUE(run->analysis.metric_from_column());
  EXPECT_TRUE(run->analysis.metric_from_column()->named);
  run = analyse(fixture("crlf_ces.csv"), auto_metric());
  EXPECT_EQ(run->analysis.options().metric.id, "ces");
}

TEST(SurveyAnalysis, AGivenMetricTheColumnCannotHoldIsRefused) {
  std::string csv = "date,rating\n";
  for (int i = 1; i <= 12; ++i) csv += "2025-03-" + std::string(i < 10 ? "0" : "") + std::to_string(i) + "," + std::to_string(1 + i % 5) + "\n";
  SurveyAnalysis a(options_for("nps"));
  auto e = a.feed(csv);
  if (!e) e = a.finish();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "scale_mismatch");
  // Chosen by hand: the figure, with the warning on top.
  SurveyAnalysisOptions o = options_for("nps");
  o.columns.score = "rating";
  auto run = analyse(csv, o);
  EXPECT_TRUE(has_note(run->analysis, "scale_mismatch"));
  EXPECT_EQ(run->report.overall.outcome.value, -100);
}

TEST(SurveyAnalysis, DayFirstHeadersSettleDatesTheDataCannot) {
  // Every day is 12 or less; Italian names say day first: 03/11 is 3 November.
  const std::string csv = "Data;Quanto è probabile che ci consiglieresti?\n03/11/2025;9\n05/11/2025;10\n12/10/2025;4\n";
  auto run = analyse(csv, auto_metric());
  EXPECT_EQ(run->analysis.date_order(), csv::DateOrder::dmy);
  EXPECT_TRUE(has_note(run->analysis, "date_order_ambiguous"));
  ASSERT_EQ(run->report.periods.size(), 2u);
  EXPECT_EQ(run->report.periods[0].key, "2025-10");
  EXPECT_EQ(run->report.periods[1].key, "2025-11");
}

TEST(SurveySanity, AConstantColumnAndWordsInsteadOfNumbersAreFlagged) {
  auto run = analyse("score\n5\n5\n5\n5\n5\n5\n", auto_metric());
  auto w = survey_sanity(run->analysis.aggregate(), "score");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].code, "score_constant");
  EXPECT_NE(w[0].message_en.find("All 6 answers"), std::string::npos);
  // Half the rows are words (too many for a guess: the column is chosen by hand).
  SurveyAnalysisOptions o = options_for("nps");
  o.columns.score = "score";
  run = analyse("score\n9\ngood\n8\nbad\n10\nok\n7\nmeh\n9\nfine\n", o);
  w = survey_sanity(run->analysis.aggregate(), "score");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].code, "score_mostly_not_numbers");
}

}  // namespace
}  // namespace polso::datasets
