// The log of the beta function and the regularized incomplete beta function
// I_x(a, b): the common root of the Student-t and binomial distributions.
#pragma once

namespace polso::stats {

// ln B(a, b) for a, b > 0, accurate also when a or b is very large.
double log_beta(double a, double b);
// I_x(a, b) for a, b > 0 and 0 <= x <= 1. The caller passes y = 1 - x as well,
// computed without cancellation (e.g. t^2 / (df + t^2)), so tails keep their
// relative precision.
double incomplete_beta(double a, double b, double x, double y);

}  // namespace polso::stats
