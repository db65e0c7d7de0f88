// Issue 16 item 11: the catalogue says which way each metric's change is
// good news, in one place, and a comparison's tone follows it.
#include "core/inference/good_direction.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/catalogue.hpp"

namespace polso::inference {
namespace {

TEST(GoodDirection, TheCatalogueSaysWhichWayIsGood) {
  const std::set<std::string> lower = {"churn_rate", "bounce_rate", "cart_abandonment_rate", "first_response_time",
                                       "resolution_time", "cac", "cac_payback"};
  for (const auto& m : catalogue()) {
    const bool expect_lower = lower.count(std::string(m.id)) > 0;
    EXPECT_EQ(m.better == Better::lower, expect_lower) << m.id;
    EXPECT_EQ(good_direction(m.id), expect_lower ? -1 : 1) << m.id;
  }
}

TEST(GoodDirection, ToneOfASignificantChange) {
  EXPECT_EQ(change_tone("nps", -5, true), "bad");
  EXPECT_EQ(change_tone("nps", 5, true), "good");
  EXPECT_EQ(change_tone("churn_rate", -2, true), "good");
  EXPECT_EQ(change_tone("churn_rate", 2, true), "bad");
  EXPECT_EQ(change_tone("first_response_time", -30, true), "good");
  EXPECT_EQ(change_tone("nps", -5, false), "neutral");
}

}  // namespace
}  // namespace polso::inference
