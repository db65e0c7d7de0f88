// The comments' state through SurveyAnalysis: the same however the bytes
// are split, and two halves merged give the whole (as the other aggregates).
#include "core/datasets/comment_aggregate.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/datasets/comments_report.hpp"
#include "core/datasets/survey_analysis.hpp"
#include "test_files.hpp"

namespace polso::datasets {
namespace {

std::string fixture(const std::string& name) { return polso::test::data_file("exports/comments/" + name); }

std::unique_ptr<SurveyAnalysis> analyse(std::string_view bytes, std::size_t chunk) {
  SurveyAnalysisOptions o;
  o.metric = *make_survey_metric("nps", std::nullopt, std::nullopt, "mean");
  auto a = std::make_unique<SurveyAnalysis>(std::move(o));
  for (std::size_t i = 0; i < bytes.size(); i += chunk) EXPECT_FALSE(a->feed(bytes.substr(i, chunk)));
  EXPECT_FALSE(a->finish());
  return a;
}

std::string fingerprint(const CommentAggregate& c) {
  const CommentsReport r = comments_report(c, {"promoters", "passives", "detractors"});
  std::ostringstream s;
  s.precision(17);
  for (const auto& g : r.groups) {
    s << g.group << ' ' << g.comments << ':';
    for (const auto& t : g.terms) {
      s << t.term << '/' << t.z << '/' << t.count << '/' << t.share << '/';
      for (const auto& e : t.examples) s << e << '|';
    }
    s << '\n';
  }
  return s.str() + (r.approximate ? "approximate" : "exact");
}

TEST(CommentAggregate, ChunkingDoesNotChangeTheThemes) {
  const std::string csv = fixture("planted_en.csv");
  const std::string whole = fingerprint(*analyse(csv, csv.size())->comments());
  EXPECT_NE(whole.find("slow delivery"), std::string::npos);
  for (std::size_t chunk : {1, 3, 100, 4096}) EXPECT_EQ(fingerprint(*analyse(csv, chunk)->comments()), whole) << chunk;
}

TEST(CommentAggregate, TwoHalvesMergedGiveTheWhole) {
  const std::string csv = fixture("planted_en.csv");
  const std::size_t header_end = csv.find('\n') + 1;
  const std::size_t middle = csv.find('\n', csv.size() / 2) + 1;
  const std::string first = csv.substr(0, middle), second = csv.substr(0, header_end) + csv.substr(middle);
  auto whole = analyse(csv, 4096);
  auto a = analyse(first, 4096), b = analyse(second, 4096);
  CommentAggregate merged = *a->comments();
  merged.merge(*b->comments());
  EXPECT_EQ(fingerprint(merged), fingerprint(*whole->comments()));
}

}  // namespace
}  // namespace polso::datasets
