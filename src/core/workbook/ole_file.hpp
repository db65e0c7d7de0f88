// An OLE compound file (D0 CF 11 E0 …) is no workbook Polso reads: it is
// either a legacy Excel 97–2003 .xls file or a password-protected .xlsx
// (Office wraps the encrypted package in one, beside an "EncryptionInfo"
// stream). The door reads the header, then the directory sectors named here,
// and the error says which it is.
#pragma once

#include <string_view>

#include "core/error.hpp"
#include "core/workbook/zip_directory.hpp"

namespace polso::workbook {

inline constexpr std::uint64_t kOleHeaderBytes = 512;
// The first directory sectors, from the header; empty when the header is bad.
ByteRange ole_directory_range(std::string_view header);
// What the file is, as an error, from the directory sectors (may be empty).
Error ole_error(std::string_view directory);

}  // namespace polso::workbook
