// The file-analysis wasm door: byte chunks in, one JSON report out.
#include <emscripten/bind.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "api/analyze.hpp"
#include "api/inspect.hpp"

namespace {

std::string inspect(const std::string& head, const std::string& options) { return polso::api::inspect(head, options); }

// A file analysis fed chunk by chunk from a worker. Chunks should arrive
// through reserve() + HEAPU8.set() + feedReserved(): Embind's own conversion
// of a Uint8Array to std::string copies byte by byte in JS, which costs a
// fifth of the whole analysis. feed(Uint8Array) still works.
class Analysis {
 public:
  explicit Analysis(const std::string& options) : impl_(options) {}
  std::string feed(const std::string& bytes) { return impl_.feed(bytes); }
  // Room for the next chunk; its address into the module's memory.
  std::uintptr_t reserve(std::size_t bytes) {
    buffer_.resize(bytes);
    return reinterpret_cast<std::uintptr_t>(buffer_.data());
  }
  std::string feed_reserved(std::size_t bytes) {
    return impl_.feed(std::string_view(buffer_.data(), std::min(bytes, buffer_.size())));
  }
  std::string finish() { return impl_.finish(); }
  std::string progress() const { return impl_.progress(); }

 private:
  polso::api::Analysis impl_;
  std::vector<char> buffer_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(polso_files) {
  emscripten::function("inspect", &inspect);
  emscripten::class_<Analysis>("Analysis")
      .constructor<const std::string&>()
      .function("feed", &Analysis::feed)
      .function("reserve", &Analysis::reserve)
      .function("feedReserved", &Analysis::feed_reserved)
      .function("finish", &Analysis::finish)
      .function("progress", &Analysis::progress);
}
