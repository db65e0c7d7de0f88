// The directory of a zip archive (the container of .xlsx and .ods files):
// where each entry's compressed bytes are and how they are compressed. The
// core never inflates: the door reads the byte ranges named here, inflates
// them (zlib in the CLI, DecompressionStream in the browser) and hands the
// inflated bytes back in chunks.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace polso::workbook {

struct ByteRange {
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
};

enum class Compression : std::uint8_t { stored, deflate };

struct ZipEntry {
  std::string name;
  Compression method = Compression::stored;
  std::uint64_t local_header_offset = 0;
  std::uint64_t compressed_size = 0;
  std::uint64_t uncompressed_size = 0;
  bool encrypted = false;
  bool unsupported_method = false;  // neither stored nor deflate
};

// The file's first bytes: a zip archive ("PK\3\4") or an OLE compound file
// (legacy .xls, and password-protected .xlsx).
bool starts_like_zip(std::string_view first_bytes);
bool starts_like_ole(std::string_view first_bytes);

// The bytes at the end of a file of `file_size` bytes that hold the end of
// central directory record (with its comment of up to 64 KiB).
ByteRange zip_tail_range(std::uint64_t file_size);
// Where the central directory is, from the tail read at zip_tail_range
// (zip64 archives included when their record lies in the tail).
Expected<ByteRange> zip_directory_range(std::string_view tail, std::uint64_t file_size);
// The entries of the central directory bytes read at zip_directory_range.
Expected<std::vector<ZipEntry>> read_zip_directory(std::string_view directory, std::uint64_t file_size);

// Bytes to read at an entry's local header, and where its data then lie.
inline constexpr std::uint64_t kLocalHeaderBytes = 30;
ByteRange local_header_range(const ZipEntry& entry);
Expected<ByteRange> entry_data_range(std::string_view local_header, const ZipEntry& entry, std::uint64_t file_size);

// A damaged or cut archive, in words a person understands.
Error damaged_archive();

}  // namespace polso::workbook
