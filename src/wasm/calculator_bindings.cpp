// The calculators' wasm door: request text in, response text out. Glue only;
// no arithmetic here. Every module has it (see cmake/wasm.cmake).
#include <emscripten/bind.h>

#include <string>

#include "api/api.hpp"

namespace {

std::string evaluate(const std::string& request) { return polso::api::evaluate(request); }
std::string catalogue() { return polso::api::catalogue(); }
std::string version() { return polso::api::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(polso_calculators) {
  emscripten::function("evaluate", &evaluate);
  emscripten::function("catalogue", &catalogue);
  emscripten::function("version", &version);
}
