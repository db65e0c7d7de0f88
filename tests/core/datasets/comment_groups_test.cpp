// The groups whose comments are compared, and the group of each score:
// NPS 9–10 / 7–8 / 0–6; CSAT's top two boxes (9–10 on 1–10); CES easy 5–7
// on 1–7, 4–5 on 1–5; a threshold given overrides the default.
#include "core/datasets/comment_groups.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace polso::datasets {
namespace {

SurveyMetric metric(const char* id, std::optional<int> scale = {}, std::optional<int> threshold = {}) {
  return make_survey_metric(id, scale, threshold, "").value();
}

// The group name of each score from `low` to `high`.
std::string groups_of(const CommentGroups& g, int low, int high) {
  std::string out;
  for (int s = low; s <= high; ++s) out += std::string(out.empty() ? "" : " ") + std::string(g.names[g.of(s)]);
  return out;
}

TEST(CommentGroups, EachMetricsSplit) {
  const auto nps = comment_groups(metric("nps"));
  EXPECT_EQ(nps.names, (std::vector<std::string_view>{"promoters", "passives", "detractors"}));
  EXPECT_EQ(groups_of(nps, 5, 10), "detractors detractors passives passives promoters promoters");
  EXPECT_EQ(nps.names[nps.of(0)], "detractors");

  const auto csat5 = comment_groups(metric("csat"));
  EXPECT_EQ(csat5.names, (std::vector<std::string_view>{"satisfied", "not_satisfied"}));
  EXPECT_EQ(groups_of(csat5, 1, 5), "not_satisfied not_satisfied not_satisfied satisfied satisfied");
  EXPECT_EQ(groups_of(comment_groups(metric("csat", 10)), 7, 10), "not_satisfied not_satisfied satisfied satisfied");
  EXPECT_EQ(groups_of(comment_groups(metric("csat", 5, 5)), 3, 5), "not_satisfied not_satisfied satisfied");

  const auto ces7 = comment_groups(metric("ces"));
  EXPECT_EQ(ces7.names, (std::vector<std::string_view>{"easy", "hard"}));
  EXPECT_EQ(groups_of(ces7, 3, 7), "hard hard easy easy easy");
  EXPECT_EQ(groups_of(comment_groups(metric("ces", 5)), 2, 5), "hard hard easy easy");
}

}  // namespace
}  // namespace polso::datasets
