// The one JSON contract. Every door (CLI, wasm, tests) speaks only this.
// Requests and responses are documented in docs/api.md.
#pragma once

#include <string>
#include <string_view>

namespace polso::api {

// {"metric", "inputs", "options"} → {"ok": true, …} or {"ok": false, "error"}.
// Never throws and never aborts, whatever the bytes.
// Also answers {"compare": [A, B]} and {"plan": …} requests (see below).
std::string evaluate(std::string_view request_json);

// {"compare": [<request A>, <request B>], "options"} → {"ok", "comparison", "a", "b"};
// a request without "compare" is refused (code "malformed_request").
std::string compare(std::string_view request_json);

// {"plan": "sample_size" | "promoters_needed", …} → {"ok", "plan", …};
// a request without "plan" is refused (code "malformed_request").
std::string plan(std::string_view request_json);

// The metric catalogue, for building forms, flags and docs.
std::string catalogue();

std::string version();

}  // namespace polso::api
