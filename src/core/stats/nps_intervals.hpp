// Confidence intervals for a Net Promoter Score, in points (-100..100).
#pragma once

#include <cstdint>

#include "core/error.hpp"
#include "core/stats/interval.hpp"
#include "core/stats/validation.hpp"

namespace polso::stats {

// Checks the counts (whole, >= 0, at least one response); field names
// "promoters", "passives", "detractors".
std::optional<Error> check_nps_counts(const NpsCounts& counts);

// The adjusted-Wald shares: `added` answers more (3 for adjusted Wald, 0 for
// plain Wald), a quarter of them to promoters and a quarter to detractors.
// Counts may be fractional (a plan's expected shares times n).
struct AdjustedShares {
  double promoters = 0, detractors = 0, n = 0;  // shares of n, and n
  double score() const { return 100 * (promoters - detractors); }
  double variance() const {  // of one answer's +1 / 0 / −1
    return promoters + detractors - (promoters - detractors) * (promoters - detractors);
  }
};
AdjustedShares adjusted_shares(const NpsCounts& counts, double added = 3);

// The default. Adjusted Wald (Rocks 2016; Sauro & Lewis): add 3 responses,
// 3/4 of them to promoters and 3/4 to detractors, then a Wald interval
// around the adjusted score with variance p' + d' - (p' - d')^2 over n + 3.
// Clipped to -100..100, and stretched to include the observed NPS when the
// adjustment would leave it out (few answers, all on one side). Good coverage
// even for small samples.
Expected<Interval> nps_adjusted_wald_interval(const NpsCounts& counts,
                                              double level = kDefaultLevel);
// Plain Wald interval centred on the observed NPS; too narrow for small n or
// extreme scores, offered because some guides use it.
Expected<Interval> nps_wald_interval(const NpsCounts& counts, double level = kDefaultLevel);

struct BootstrapOptions {
  int resamples = 2000;                       // 100..100000
  std::uint64_t seed = 0x506f6c736f4e5053ULL; // fixed: same input, same interval
};
// Percentile bootstrap: resamples the three counts from the observed shares
// (multinomial, drawn as two binomials, so cost does not grow with n).
Expected<Interval> nps_bootstrap_interval(const NpsCounts& counts,
                                          double level = kDefaultLevel,
                                          BootstrapOptions options = {});

}  // namespace polso::stats
