// Where a survey scale splits: the NPS bands and the default thresholds of
// CSAT's "satisfied" and CES's "easy" — shared by the metrics and by
// everything that groups answers the way the metrics count them.
#pragma once

namespace polso::metrics {

inline constexpr int kNpsPromoterMin = 9;  // promoters 9–10
inline constexpr int kNpsPassiveMin = 7;   // passives 7–8, detractors 0–6

// CSAT: the top two boxes (4–5 on 1–5), 9–10 on 1–10.
inline constexpr int csat_default_threshold(int scale) { return scale == 10 ? 9 : scale - 1; }
// CES percent_easy: 5–7 on 1–7, 4–5 on 1–5.
inline constexpr int ces_default_easy_threshold(int scale) { return scale == 7 ? 5 : 4; }

}  // namespace polso::metrics
