// Planning questions, answered with a number and a sentence in each language:
// how many answers a survey needs for a given margin, and how many more
// promoters would lift an NPS to a target.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.hpp"
#include "core/error.hpp"
#include "core/inputs.hpp"
#include "core/stats/validation.hpp"

namespace polso::inference {

struct PlanResult {
  double n = 0;  // respondents needed / additional promoters
  std::string explanation_en;
  std::string explanation_it;
};

// `metric`: "nps" (inputs "expected_promoters_pct", "expected_detractors_pct",
// both or neither — neither is the worst case 50/50), "mean" or a mean metric
// ("ces", durations; input "expected_sd"), "proportion" or any share metric
// ("csat", "churn_rate" …; input "expected_percent", default 50). Always
// "margin": NPS points, percentage points or the mean's unit.
Expected<PlanResult> plan_sample_size(std::string_view metric, const Inputs& inputs,
                                      double level = stats::kDefaultLevel);

// What a sample-size plan asks for, for a metric of each family, with its
// words: the catalogue hands it to the page's plan form. No inputs for none.
struct PlanForm {
  Localized help;
  std::vector<InputSpec> inputs;
  // NPS also answers "how many more promoters to reach a target?": its input
  // beside the result's counts. Empty for other families.
  std::vector<InputSpec> target;
};
PlanForm plan_form(EstimandKind family);

// Inputs "promoters", "passives", "detractors", "target" (an NPS, -100..100).
Expected<PlanResult> plan_promoters_needed(const Inputs& inputs);

}  // namespace polso::inference
