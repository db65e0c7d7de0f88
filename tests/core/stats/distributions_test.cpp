#include "core/stats/distributions.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/stats/incomplete_beta.hpp"

namespace polso::stats {
namespace {

constexpr double kLevels[] = {0.80, 0.90, 0.95, 0.975, 0.99, 0.995};

TEST(Normal, QuantileMatchesTableTo1e12) {
  // 17-digit values from mpmath (sqrt(2) * erfinv(2p - 1), 30 digits).
  const double z[] = {0.84162123357291421, 1.2815515655446005, 1.6448536269514727,
                      1.9599639845400542,  2.3263478740408411, 2.5758293035489008};
  for (int i = 0; i < 6; ++i) {
    EXPECT_NEAR(normal_quantile(kLevels[i]), z[i], 1e-12) << kLevels[i];
    EXPECT_NEAR(normal_quantile(1 - kLevels[i]), -z[i], 1e-12) << kLevels[i];
  }
  // 1e-7 is the tail itself; 1 - 1e-7 would round before we start.
  EXPECT_NEAR(normal_quantile(1e-7), -5.1993375821928169, 1e-11);
  EXPECT_EQ(normal_quantile(0.5), 0.0);
}

TEST(Normal, QuantileInvertsCdfAcrossTheRange) {
  for (double p = 1e-15; p < 1; p = p < 0.01 ? p * 10 : p + 0.01) {
    EXPECT_NEAR(normal_cdf(normal_quantile(p)), p, 1e-14 + 1e-12 * p) << p;
  }
}

TEST(Normal, EdgesAndCdfValues) {
  EXPECT_EQ(normal_quantile(0), -INFINITY);
  EXPECT_EQ(normal_quantile(1), INFINITY);
  EXPECT_TRUE(std::isnan(normal_quantile(1.5)));
  EXPECT_DOUBLE_EQ(normal_cdf(0), 0.5);
  EXPECT_NEAR(normal_cdf(1.96), 0.97500210485177952, 1e-15);
  // Far tail keeps relative precision (Q(10) = 7.6198530241605e-24).
  EXPECT_NEAR(normal_upper_tail(10) / 7.6198530241604696e-24, 1.0, 1e-12);
  EXPECT_NEAR(normal_critical(0.95), 1.9599639845400542, 1e-12);
}

TEST(StudentT, QuantileMatchesPrintedTable) {
  // The three-decimal t table of any statistics textbook.
  struct Row { double df; double t[6]; };
  const Row table[] = {
      {1, {1.376, 3.078, 6.314, 12.706, 31.821, 63.657}},
      {2, {1.061, 1.886, 2.920, 4.303, 6.965, 9.925}},
      {5, {0.920, 1.476, 2.015, 2.571, 3.365, 4.032}},
      {10, {0.879, 1.372, 1.812, 2.228, 2.764, 3.169}},
      {30, {0.854, 1.310, 1.697, 2.042, 2.457, 2.750}},
      {100, {0.845, 1.290, 1.660, 1.984, 2.364, 2.626}},
      {1000, {0.842, 1.282, 1.646, 1.962, 2.330, 2.581}},
  };
  for (const Row& row : table) {
    for (int i = 0; i < 6; ++i) {
      EXPECT_NEAR(student_t_quantile(kLevels[i], row.df), row.t[i], 5.01e-4)
          << "df " << row.df << " p " << kLevels[i];
    }
  }
}

TEST(StudentT, QuantileMatchesHighPrecisionValues) {
  // mpmath: bisection on betainc(df/2, 1/2, 0, df/(df+t^2))/2 at 40 digits.
  struct Row { double df; double t[6]; };
  const Row table[] = {
      {1, {1.3763819204711735, 3.0776835371752534, 6.3137515146750431, 12.706204736174705, 31.820515953773958, 63.656741162871581}},
      {2, {1.0606601717798213, 1.8856180831641267, 2.9199855803537257, 4.3026527297494639, 6.9645567342832742, 9.9248432009182931}},
      {5, {0.91954378024082603, 1.4758840488244811, 2.0150483733330242, 2.5705818356363155, 3.3649299989072186, 4.0321429835552281}},
      {10, {0.87905782855058869, 1.3721836411103356, 1.8124611228116764, 2.2281388519862747, 2.7637694581126962, 3.1692726726169512}},
      {30, {0.85376726147129763, 1.3104150253913956, 1.6972608865939578, 2.0422724563012383, 2.4572615424005914, 2.7499956535672253}},
      {100, {0.84523042449101608, 1.290074761346516, 1.6602343260853396, 1.9839715185235523, 2.3642173662384821, 2.6258905214380179}},
      {1000, {0.84198082216242856, 1.2823987214609244, 1.6463788172854647, 1.9623390808264085, 2.330082674755513, 2.5807546980659511}},
  };
  for (const Row& row : table) {
    for (int i = 0; i < 6; ++i) {
      const double t = student_t_quantile(kLevels[i], row.df);
      EXPECT_NEAR(t, row.t[i], 1e-12 * row.t[i]) << "df " << row.df << " p " << kLevels[i];
      EXPECT_NEAR(student_t_quantile(1 - kLevels[i], row.df), -t, 1e-12 * t);
    }
  }
}

TEST(StudentT, ClosedFormsForOneAndFourDf) {
  // df = 1 is Cauchy: F(t) = 1/2 + atan(t)/pi. df = 4 (A&S 26.7.3):
  // F(t) = 1/2 + (t/(2 sqrt(4+t^2))) (1 + 2/(4+t^2)).
  for (double t : {-30.0, -2.5, -0.3, 0.0, 0.7, 4.0, 100.0}) {
    EXPECT_NEAR(student_t_cdf(t, 1), 0.5 + std::atan(t) / std::numbers::pi, 1e-14) << t;
    const double s = 4 + t * t;
    EXPECT_NEAR(student_t_cdf(t, 4), 0.5 + t / (2 * std::sqrt(s)) * (1 + 2 / s), 1e-14) << t;
  }
}

TEST(StudentT, FractionalAndLargeDfTails) {
  // mpmath references; relative accuracy.
  EXPECT_NEAR(student_t_upper_tail(2, 1.5) / 0.11209416517802553, 1, 1e-13);
  EXPECT_NEAR(student_t_upper_tail(0.5, 1.5) / 0.34028355533497, 1, 1e-13);
  EXPECT_NEAR(student_t_upper_tail(40, 7.3) / 4.0185675839568611e-10, 1, 1e-12);
  EXPECT_NEAR(student_t_upper_tail(2, 1e6) / 0.022750266925659604, 1, 1e-9);
  EXPECT_NEAR(student_t_upper_tail(2, 1.01e7) / 0.022750145312280458, 1, 1e-12);
  EXPECT_NEAR(student_t_upper_tail(3, 1e9) / 0.0013498980648689578, 1, 1e-12);
  EXPECT_TRUE(std::isfinite(student_t_quantile(1 - 1e-10, 1.2)));
}

TEST(StudentT, QuantileInvertsCdfForAnyDf) {
  for (double df : {1.0, 1.3, 2.0, 2.7, 3.0, 7.5, 29.0, 512.0, 5e4, 3e6, 2e8, 9e15}) {
    for (double p : {1e-9, 0.001, 0.2, 0.6, 0.9, 0.995, 0.9999}) {
      const double t = student_t_quantile(p, df);
      const double tail = p < 0.5 ? p : 1 - p;
      EXPECT_NEAR(student_t_upper_tail(std::fabs(t), df) / tail, 1, 1e-9)
          << "df " << df << " p " << p;
    }
  }
}

TEST(StudentT, ApproachesNormalAndRejectsBadDf) {
  EXPECT_NEAR(student_t_quantile(0.975, 1e12), 1.9599639845400542, 1e-11);
  EXPECT_NEAR(student_t_quantile(0.975, INFINITY), 1.9599639845400542, 1e-12);
  EXPECT_TRUE(std::isnan(student_t_cdf(1, 0)));
  EXPECT_TRUE(std::isnan(student_t_quantile(0.9, -1)));
  EXPECT_DOUBLE_EQ(student_t_cdf(0, 3), 0.5);
  EXPECT_NEAR(student_t_critical(0.95, 10), 2.2281388519862747, 1e-12);
}

TEST(IncompleteBeta, SymmetryAndKnownValues) {
  // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(a, b) = 1 - I_{1-x}(b, a).
  EXPECT_NEAR(incomplete_beta(1, 1, 0.3, 0.7), 0.3, 1e-15);
  EXPECT_NEAR(incomplete_beta(2.5, 1, 0.6, 0.4), std::pow(0.6, 2.5), 1e-15);
  EXPECT_NEAR(incomplete_beta(3, 7, 0.2, 0.8) + incomplete_beta(7, 3, 0.8, 0.2), 1, 1e-15);
  // ln B(a, b) against lgamma where lgamma is still exact enough.
  EXPECT_NEAR(log_beta(12, 0.5),
              std::lgamma(12) + std::lgamma(0.5) - std::lgamma(12.5), 1e-13);
  EXPECT_NEAR(log_beta(300, 400), -479.68845103713200, 1e-11);  // mpmath
  EXPECT_NEAR(log_beta(5e5, 0.5), -5.9888164957774643, 1e-14);  // mpmath
}

TEST(Binomial, CdfAgainstDirectSums) {
  // 10 fair coins: P(X <= 3) = (1 + 10 + 45 + 120) / 1024.
  EXPECT_NEAR(binomial_cdf(3, 10, 0.5), 176.0 / 1024, 1e-15);
  // P(X <= 0) = 0.9^20.
  EXPECT_NEAR(binomial_cdf(0, 20, 0.1), std::pow(0.9, 20), 1e-15);
  EXPECT_EQ(binomial_cdf(-1, 5, 0.3), 0.0);
  EXPECT_EQ(binomial_cdf(5, 5, 0.3), 1.0);
  // Direct sum for n = 40, p = 0.3.
  double term = std::pow(0.7, 40), sum = 0;
  for (int k = 0; k <= 15; ++k) {
    sum += term;
    term *= (40.0 - k) / (k + 1) * 0.3 / 0.7;
  }
  EXPECT_NEAR(binomial_cdf(15, 40, 0.3), sum, 1e-13);
}

}  // namespace
}  // namespace polso::stats
