// The weighted log-odds ratio with an informative Dirichlet prior (Monroe,
// Colaresi & Quinn 2008, "Fightin' Words", eq. 16–22): how much more a term
// is used in one group than in the rest, in standard deviations. The prior
// is the whole corpus (both sides together): α_w = y_w^g + y_w^r and
// α_0 = n^g + n^r, so rare terms are shrunk towards no difference.
#pragma once

namespace polso::text {

struct LogOddsInput {
  double in_group = 0;   // y_w^g: occurrences of the term in the group
  double in_rest = 0;    // y_w^r: in the rest
  double group_total = 0;  // n^g: occurrences of all terms in the group
  double rest_total = 0;   // n^r
};

struct LogOdds {
  double delta = 0;     // δ_w, the log-odds ratio
  double variance = 0;  // σ²(δ_w) ≈ 1/(y^g + α) + 1/(y^r + α)
  double z = 0;         // δ / σ
};

// Needs group_total > 0, rest_total > 0 and the term seen somewhere.
LogOdds log_odds(const LogOddsInput& in);

}  // namespace polso::text
