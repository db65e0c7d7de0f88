// The one JSON contract. Every door (CLI, wasm, tests) speaks only this.
// Requests and responses are documented in docs/api.md.
#pragma once

#include <string>
#include <string_view>

namespace polso::api {

// {"metric", "inputs", "options"} → {"ok": true, …} or {"ok": false, "error"}.
// Never throws and never aborts, whatever the bytes.
std::string evaluate(std::string_view request_json);

// The metric catalogue, for building forms, flags and docs.
std::string catalogue();

std::string version();

}  // namespace polso::api
