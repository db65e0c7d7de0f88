// The CLI's door for workbooks (.xlsx, .ods; and the OLE files it names but
// does not read): random access to the file, and zlib to inflate entries.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace polso::cli {

// Whether the file's first bytes say workbook (zip) or OLE compound file.
bool looks_like_workbook(std::string_view first_bytes);
// The response for the workbook `file`, analysed with `options_json`; empty
// when the file cannot seek (a pipe).
std::string analyze_workbook(std::FILE* file, std::string_view options_json);

}  // namespace polso::cli
