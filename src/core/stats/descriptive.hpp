// Descriptive statistics of a sample: mean, standard deviation, quantiles.
#pragma once

#include <span>
#include <vector>

namespace polso::stats {

double mean(std::span<const double> xs);
// Sample standard deviation (n - 1 in the denominator); 0 for n < 2.
double sample_sd(std::span<const double> xs);
// Quantile by linear interpolation between order statistics (Hyndman & Fan
// type 7, the default of R and of spreadsheets). `sorted` must be ascending.
double quantile_sorted(std::span<const double> sorted, double p);
std::vector<double> sorted_copy(std::span<const double> xs);

}  // namespace polso::stats
