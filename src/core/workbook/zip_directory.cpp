#include "core/workbook/zip_directory.hpp"

#include <algorithm>

#include "core/budgets.hpp"
#include "core/problems.hpp"

namespace polso::workbook {
namespace {

constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr std::uint32_t kZip64EndSignature = 0x06064b50;
constexpr std::uint32_t kEntrySignature = 0x02014b50;
constexpr std::uint32_t kLocalSignature = 0x04034b50;
constexpr std::uint64_t kEndBytes = 22;
constexpr std::uint32_t kSaturated = 0xffffffff;

std::uint64_t le(std::string_view s, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
  return v;
}

}  // namespace

Error damaged_archive() {
  return problems::invalid("", "damaged_workbook",
                           {"This workbook is damaged or incomplete (its zip archive is cut or broken). Open it in your spreadsheet and save it again, or save it as CSV.",
                            "Questa cartella di lavoro è danneggiata o incompleta (il suo archivio zip è troncato o rotto). Aprila nel foglio di calcolo e salvala di nuovo, oppure salvala come CSV."});
}

bool starts_like_zip(std::string_view first) { return first.substr(0, 4) == std::string_view("PK\x03\x04", 4); }
bool starts_like_ole(std::string_view first) {
  return first.substr(0, 8) == std::string_view("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
}

ByteRange zip_tail_range(std::uint64_t file_size) {
  const std::uint64_t size = std::min<std::uint64_t>(file_size, kEndBytes + 0xffff + 20 + 56);
  return {file_size - size, size};
}

Expected<ByteRange> zip_directory_range(std::string_view tail, std::uint64_t file_size) {
  if (tail.size() < kEndBytes) return damaged_archive();
  // The last end record whose comment length reaches the end of the file.
  for (std::size_t at = tail.size() - kEndBytes + 1; at-- > 0;) {
    if (le(tail, at, 4) != kEndSignature) continue;
    if (at + kEndBytes + le(tail, at + 20, 2) != tail.size()) continue;
    std::uint64_t size = le(tail, at + 12, 4), offset = le(tail, at + 16, 4);
    if (size == kSaturated || offset == kSaturated) {
      // zip64: the locator just before, the zip64 end record where it says.
      if (at < 20 || le(tail, at - 20, 4) != kZip64LocatorSignature) return damaged_archive();
      const std::uint64_t record = le(tail, at - 20 + 8, 8);
      const std::uint64_t tail_start = file_size - tail.size();
      if (record < tail_start || record - tail_start + 56 > tail.size()) return damaged_archive();
      const std::size_t r = static_cast<std::size_t>(record - tail_start);
      if (le(tail, r, 4) != kZip64EndSignature) return damaged_archive();
      size = le(tail, r + 40, 8);
      offset = le(tail, r + 48, 8);
    }
    if (offset > file_size || size > file_size - offset) return damaged_archive();
    if (size > budget::kMaxZipDirectoryBytes)
      return problems::invalid("", "workbook_too_complex",
                               {"This workbook holds too many files inside to be read safely. Save the sheet as CSV and open that file.",
                                "Questa cartella di lavoro contiene troppi file al suo interno per essere letta in sicurezza. Salva il foglio come CSV e apri quel file."});
    return ByteRange{offset, size};
  }
  return damaged_archive();
}

Expected<std::vector<ZipEntry>> read_zip_directory(std::string_view d, std::uint64_t file_size) {
  std::vector<ZipEntry> entries;
  std::size_t at = 0;
  while (at + 46 <= d.size()) {
    if (le(d, at, 4) != kEntrySignature) return damaged_archive();
    ZipEntry e;
    const auto flags = le(d, at + 8, 2), method = le(d, at + 10, 2);
    e.encrypted = (flags & 1) != 0;
    e.method = method == 8 ? Compression::deflate : Compression::stored;
    e.unsupported_method = method != 0 && method != 8;
    e.compressed_size = le(d, at + 20, 4);
    e.uncompressed_size = le(d, at + 24, 4);
    const std::size_t name_len = le(d, at + 28, 2), extra_len = le(d, at + 30, 2), comment_len = le(d, at + 32, 2);
    e.local_header_offset = le(d, at + 42, 4);
    if (at + 46 + name_len + extra_len + comment_len > d.size()) return damaged_archive();
    e.name.assign(d.substr(at + 46, name_len));
    // zip64 sizes: the extra field 0x0001 holds, in order, those saturated.
    std::string_view extra = d.substr(at + 46 + name_len, extra_len);
    for (std::size_t x = 0; x + 4 <= extra.size();) {
      const auto id = le(extra, x, 2), len = le(extra, x + 2, 2);
      if (x + 4 + len > extra.size()) break;
      if (id == 1) {
        std::size_t f = x + 4;
        auto take = [&](std::uint64_t& v) {
          if (v != kSaturated) return;
          if (f + 8 <= x + 4 + len) v = le(extra, f, 8), f += 8;
        };
        take(e.uncompressed_size);
        take(e.compressed_size);
        take(e.local_header_offset);
      }
      x += 4 + len;
    }
    if (e.local_header_offset > file_size || e.compressed_size > file_size) return damaged_archive();
    entries.push_back(std::move(e));
    if (entries.size() > budget::kMaxZipEntries)
      return problems::invalid("", "workbook_too_complex",
                               {"This workbook holds too many files inside to be read safely. Save the sheet as CSV and open that file.",
                                "Questa cartella di lavoro contiene troppi file al suo interno per essere letta in sicurezza. Salva il foglio come CSV e apri quel file."});
    at += 46 + name_len + extra_len + comment_len;
  }
  if (at != d.size()) return damaged_archive();
  return entries;
}

ByteRange local_header_range(const ZipEntry& entry) { return {entry.local_header_offset, kLocalHeaderBytes}; }

Expected<ByteRange> entry_data_range(std::string_view h, const ZipEntry& entry, std::uint64_t file_size) {
  if (h.size() < kLocalHeaderBytes || le(h, 0, 4) != kLocalSignature) return damaged_archive();
  const std::uint64_t start = entry.local_header_offset + kLocalHeaderBytes + le(h, 26, 2) + le(h, 28, 2);
  if (start > file_size || entry.compressed_size > file_size - start) return damaged_archive();
  return ByteRange{start, entry.compressed_size};
}

}  // namespace polso::workbook
