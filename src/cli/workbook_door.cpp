#include "cli/workbook_door.hpp"

#include <zlib.h>

#include <vector>

#include "api/workbook_analysis.hpp"
#include "core/workbook/zip_directory.hpp"

namespace polso::cli {
namespace {

constexpr std::size_t kChunkBytes = 1 << 20;

bool read_range(std::FILE* f, api::ByteSpan r, std::string& out) {
  out.resize(static_cast<std::size_t>(r.size));
  if (fseeko(f, static_cast<off_t>(r.offset), SEEK_SET) != 0) return false;
  return std::fread(out.data(), 1, out.size(), f) == out.size();
}

// Inflates (or copies, when stored) the entry's data into the analysis.
// "" or the failure response.
std::string pour_entry(std::FILE* f, api::WorkbookAnalysis& wa) {
  const api::ByteSpan data = wa.data_range();
  if (fseeko(f, static_cast<off_t>(data.offset), SEEK_SET) != 0) return wa.end_entry();
  std::vector<unsigned char> in(kChunkBytes), out(kChunkBytes);
  std::uint64_t left = data.size;
  const bool deflated = wa.deflated();
  z_stream z{};
  if (deflated && inflateInit2(&z, -15) != Z_OK) return wa.end_entry();
  std::string failure;
  bool ended = false;
  while (failure.empty() && left > 0 && !ended) {
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(left, in.size()));
    const std::size_t got = std::fread(in.data(), 1, want, f);
    if (got == 0) break;  // the file is shorter than its directory says
    left -= got;
    if (!deflated) {
      failure = wa.feed(std::string_view(reinterpret_cast<const char*>(in.data()), got));
      continue;
    }
    z.next_in = in.data();
    z.avail_in = static_cast<uInt>(got);
    while (failure.empty() && z.avail_in > 0 && !ended) {
      z.next_out = out.data();
      z.avail_out = static_cast<uInt>(out.size());
      const int rc = inflate(&z, Z_NO_FLUSH);
      const std::size_t produced = out.size() - z.avail_out;
      if (produced > 0) failure = wa.feed(std::string_view(reinterpret_cast<const char*>(out.data()), produced));
      if (rc == Z_STREAM_END) ended = true;
      else if (rc != Z_OK && rc != Z_BUF_ERROR) ended = true;  // damaged: the size check below says so
      else if (rc == Z_BUF_ERROR && produced == 0) break;
    }
  }
  if (deflated) inflateEnd(&z);
  return failure.empty() ? wa.end_entry() : failure;
}

}  // namespace

bool looks_like_workbook(std::string_view first) {
  return workbook::starts_like_zip(first) || workbook::starts_like_ole(first);
}

std::string analyze_workbook(std::FILE* f, std::string_view options_json) {
  if (fseeko(f, 0, SEEK_END) != 0) return {};
  const auto size = static_cast<std::uint64_t>(ftello(f));
  std::string bytes;
  if (!read_range(f, {0, std::min<std::uint64_t>(size, 512)}, bytes)) bytes.clear();
  if (workbook::starts_like_ole(bytes)) {
    std::string directory;
    const api::ByteSpan d = api::ole_directory_span(bytes);
    if (d.size == 0 || d.offset >= size || !read_range(f, {d.offset, std::min(d.size, size - d.offset)}, directory))
      directory.clear();
    return api::ole_failure(options_json, directory);
  }
  api::WorkbookAnalysis wa(options_json, size);
  std::string failure;
  auto step = [&](std::string r) {
    if (failure.empty()) failure = std::move(r);
    return failure.empty();
  };
  if (!step(read_range(f, wa.tail_range(), bytes) ? wa.read_tail(bytes) : wa.read_tail({}))) return failure;
  if (!step(read_range(f, wa.directory_range(), bytes) ? wa.read_directory(bytes) : wa.read_directory({}))) return failure;
  while (wa.next_entry()) {
    if (!step(read_range(f, wa.header_range(), bytes) ? wa.read_header(bytes) : wa.read_header({}))) return failure;
    if (!step(pour_entry(f, wa))) return failure;
  }
  return wa.finish();
}

}  // namespace polso::cli
