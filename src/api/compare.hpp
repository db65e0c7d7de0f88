// The comparison request: {"compare": [<request A>, <request B>], "options": {…}}
// → {"ok": true, "comparison": {…}, "a": <response A>, "b": <response B>}.
#pragma once

#include "api/json_request.hpp"

namespace polso::api {

// The outer `options` (lang, confidence, interval_method) apply to both
// requests and to the comparison; the inner requests' own options are ignored.
json compare_json(const json& request, Lang lang);

}  // namespace polso::api
