// The planning requests:
// {"plan": "sample_size", "metric", "inputs": {…, "margin"}, "options": {"confidence"}}
//   → {"ok": true, "plan": "sample_size", "metric", "n", "explanation"}
// {"plan": "promoters_needed", "inputs": {"promoters", "passives", "detractors", "target"}}
//   → {"ok": true, "plan": "promoters_needed", "additional_promoters", "explanation"}
#pragma once

#include "api/json_request.hpp"

namespace polso::api {

json plan_json(const json& request, Lang lang);

}  // namespace polso::api
