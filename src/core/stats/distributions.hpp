// Normal, Student-t and binomial distribution functions.
// Out-of-domain arguments (df <= 0, NaN) give NaN; p = 0 or 1 give -inf/+inf.
#pragma once

namespace polso::stats {

double normal_cdf(double x);
// Upper tail 1 - cdf(x), without cancellation for large x.
double normal_upper_tail(double x);
double normal_quantile(double p);

// Student t with df > 0 degrees of freedom (df need not be whole: Welch).
double student_t_pdf(double t, double df);
double student_t_cdf(double t, double df);
double student_t_upper_tail(double t, double df);
double student_t_quantile(double p, double df);

// P(X <= k) for X ~ Binomial(n, p); k, n whole numbers.
double binomial_cdf(double k, double n, double p);

// The two-sided critical value for a confidence level: the z with
// P(|Z| <= z) = level (1.959964 for 0.95); likewise for t.
double normal_critical(double level);
double student_t_critical(double level, double df);

}  // namespace polso::stats
