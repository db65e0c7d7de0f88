// The reading request: what a form field's text holds, read by the core.
// {"read": {"text": "Score\n10\n9", "as": "scores" | "counts" | "numbers" |
//           "money" | "seconds" | "count" | "number" | "percent",
//           "decimal": "." | ",", "unit": "seconds" | "minutes" | "hours"},
//  "options": {"lang"}}
//   → {"ok": true, "values": [10, 9], "unread": [{"position", "text"}],
//      "notes": [{"code", "message"}]}
#pragma once

#include "api/json_request.hpp"

namespace polso::api {

json read_json(const json& request, Lang lang);

}  // namespace polso::api
