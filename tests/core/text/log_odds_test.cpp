// The Fightin' Words statistic on numbers worked out by hand.
#include "core/text/log_odds.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace polso::text {
namespace {

TEST(LogOdds, MatchesTheFormulaWorkedByHand) {
  // y_g = 10, y_r = 2, n_g = 100, n_r = 200: α = 12, α0 = 300.
  // δ = ln(22 / 378) − ln(14 / 486); σ² = 1/22 + 1/14.
  const LogOdds lo = log_odds({10, 2, 100, 200});
  const double delta = std::log(22.0 / 378.0) - std::log(14.0 / 486.0);
  EXPECT_NEAR(lo.delta, delta, 1e-12);
  EXPECT_NEAR(lo.variance, 1.0 / 22 + 1.0 / 14, 1e-15);
  EXPECT_NEAR(lo.z, delta / std::sqrt(1.0 / 22 + 1.0 / 14), 1e-12);
  EXPECT_GT(lo.z, 0);
  EXPECT_LT(log_odds({2, 10, 100, 200}).z, 0);
}

TEST(LogOdds, ATermThatIsEveryWordIsNoDifferenceNotANaN) {
  const LogOdds lo = log_odds({5, 5, 5, 5});
  EXPECT_EQ(lo.z, 0);
  EXPECT_FALSE(std::isnan(lo.z));
}

}  // namespace
}  // namespace polso::text
