// The wasm door: strings and byte chunks in, JSON strings out. Glue only; no
// arithmetic here.
#include <emscripten/bind.h>

#include <string>

#include "api/analyze.hpp"
#include "api/api.hpp"
#include "api/inspect.hpp"

namespace {

std::string evaluate(const std::string& request) { return polso::api::evaluate(request); }
std::string catalogue() { return polso::api::catalogue(); }
std::string version() { return polso::api::version(); }
std::string inspect(const std::string& head, const std::string& options) { return polso::api::inspect(head, options); }

// A file analysis fed chunk by chunk from a worker. Embind copies a JS
// Uint8Array passed as std::string into wasm memory as raw bytes.
class Analysis {
 public:
  explicit Analysis(const std::string& options) : impl_(options) {}
  std::string feed(const std::string& bytes) { return impl_.feed(bytes); }
  std::string finish() { return impl_.finish(); }
  std::string progress() const { return impl_.progress(); }

 private:
  polso::api::Analysis impl_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(polso) {
  emscripten::function("evaluate", &evaluate);
  emscripten::function("catalogue", &catalogue);
  emscripten::function("version", &version);
  emscripten::function("inspect", &inspect);
  emscripten::class_<Analysis>("Analysis")
      .constructor<const std::string&>()
      .function("feed", &Analysis::feed)
      .function("finish", &Analysis::finish)
      .function("progress", &Analysis::progress);
}
