// The confidence interval of one metric result, chosen by what stands behind
// it: NPS counts, a share of a total (Wilson), or a mean (Student t, kept
// within what the mean can be: a CES mean on its scale, a duration >= 0).
#pragma once

#include <optional>
#include <string_view>

#include "core/evaluate.hpp"
#include "core/stats/interval.hpp"

namespace polso::inference {

// The NPS interval methods a request may choose ("interval_method").
bool is_nps_method(std::string_view method);

// nullopt when no sampling interval makes sense (CLV, MRR, ROI …), when a
// share exceeds 100%, or when a mean has no spread to go on (CES from sum and
// responses; a single duration). Errors only for a level outside 0.80–0.99
// or an unknown `nps_method` ("adjusted_wald" default, "wald", "bootstrap").
Expected<std::optional<stats::Interval>> interval_for(const Evaluation& e, double level,
                                                      std::string_view nps_method = "adjusted_wald");

}  // namespace polso::inference
