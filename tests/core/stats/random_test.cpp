#include "core/stats/random.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/stats/distributions.hpp"

namespace polso::stats {
namespace {

TEST(Random, StreamIsTheReferenceXoshiro256StarStar) {
  // Computed with an independent Python transcription of splitmix64 and
  // xoshiro256** (Blackman & Vigna) for seed 42.
  Rng rng = make_rng(42);
  EXPECT_EQ(next_u64(rng), 0x15780b2e0c2ec716ULL);
  EXPECT_EQ(next_u64(rng), 0x6104d9866d113a7eULL);
  EXPECT_EQ(next_u64(rng), 0xae17533239e499a1ULL);
}

TEST(Random, UniformStaysInsideOpenInterval) {
  Rng rng = make_rng(1);
  double sum = 0;
  for (int i = 0; i < 10000; ++i) {
    const double u = uniform01(rng);
    ASSERT_GT(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
  }
  EXPECT_NEAR(sum / 10000, 0.5, 0.01);  // sd of the mean 0.0029
}

TEST(Random, BinomialEdgeCases) {
  Rng rng = make_rng(2);
  EXPECT_EQ(binomial(rng, 0, 0.5), 0.0);
  EXPECT_EQ(binomial(rng, 10, 0), 0.0);
  EXPECT_EQ(binomial(rng, 10, 1), 10.0);
  for (int i = 0; i < 1000; ++i) {
    const double k = binomial(rng, 7, 0.9);
    ASSERT_GE(k, 0.0);
    ASSERT_LE(k, 7.0);
    ASSERT_EQ(k, std::floor(k));
  }
}

// Pearson chi-square of `draws` deviates against the exact pmf (from
// differences of binomial_cdf), cells with expected count < 5 pooled.
double chi_square_vs_pmf(double n, double p, int draws, std::uint64_t seed, int* cells) {
  Rng rng = make_rng(seed);
  std::vector<double> observed(static_cast<std::size_t>(n) + 1, 0.0);
  for (int i = 0; i < draws; ++i) observed[static_cast<std::size_t>(binomial(rng, n, p))] += 1;
  double chi2 = 0, pooled_obs = 0, pooled_exp = 0;
  *cells = 0;
  for (std::size_t k = 0; k < observed.size(); ++k) {
    const double kk = static_cast<double>(k);
    const double expected = draws * (binomial_cdf(kk, n, p) - binomial_cdf(kk - 1, n, p));
    pooled_obs += observed[k];
    pooled_exp += expected;
    if (pooled_exp >= 5) {
      chi2 += (pooled_obs - pooled_exp) * (pooled_obs - pooled_exp) / pooled_exp;
      pooled_obs = pooled_exp = 0;
      ++*cells;
    }
  }
  return chi2;
}

TEST(Random, BinomialMatchesExactDistributionBothAlgorithms) {
  int cells = 0;
  // n p = 3: the inversion sampler; ~10 cells, 99.9% chi-square cut-off < 30.
  EXPECT_LT(chi_square_vs_pmf(30, 0.1, 20000, 7, &cells), 30.0);
  EXPECT_GE(cells, 6);
  // n p = 60: BTRS; ~35 cells, the 99.9% cut-off for 35 df is about 66.6.
  EXPECT_LT(chi_square_vs_pmf(200, 0.3, 20000, 8, &cells), 66.0);
  EXPECT_GE(cells, 25);
  // p > 0.5 goes through the mirror image.
  EXPECT_LT(chi_square_vs_pmf(100, 0.8, 20000, 9, &cells), 60.0);
}

TEST(Random, BinomialMomentsForHugeN) {
  // n = 2^40: mean n p, variance n p (1 - p); 4000 draws.
  Rng rng = make_rng(11);
  const double n = 1099511627776.0, p = 0.37;
  double sum = 0, sumsq = 0;
  const int draws = 4000;
  for (int i = 0; i < draws; ++i) {
    const double z = (binomial(rng, n, p) - n * p) / std::sqrt(n * p * (1 - p));
    sum += z;
    sumsq += z * z;
  }
  EXPECT_NEAR(sum / draws, 0.0, 0.06);   // sd of the mean 0.016
  EXPECT_NEAR(sumsq / draws, 1.0, 0.1);  // sd about 0.022
}

}  // namespace
}  // namespace polso::stats
