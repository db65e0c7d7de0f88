// Test helper: a zip archive of stored (uncompressed) entries, built in
// memory, and a door that reads one through WorkbookReader.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/workbook/workbook_reader.hpp"

namespace polso::workbook::testing {

struct ZipPart {
  std::string name, data;
  std::uint64_t declared_size = UINT64_MAX;  // what the directory claims; default: the real size
  std::uint16_t flags = 0;
  std::uint16_t method = 0;  // 8: deflate (the test door then feeds the bytes as if inflated)
};

inline void put(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

inline std::string build_zip(const std::vector<ZipPart>& parts) {
  std::string out, directory;
  for (const auto& p : parts) {
    const std::uint64_t offset = out.size();
    const std::uint64_t declared = p.declared_size == UINT64_MAX ? p.data.size() : p.declared_size;
    put(out, 0x04034b50, 4), put(out, 20, 2), put(out, p.flags, 2), put(out, p.method, 2), put(out, 0, 4), put(out, 0, 4);
    put(out, p.data.size(), 4), put(out, declared, 4), put(out, p.name.size(), 2), put(out, 0, 2);
    out += p.name + p.data;
    put(directory, 0x02014b50, 4), put(directory, 20, 2), put(directory, 20, 2), put(directory, p.flags, 2);
    put(directory, p.method, 2), put(directory, 0, 4), put(directory, 0, 4), put(directory, p.data.size(), 4);
    put(directory, declared, 4), put(directory, p.name.size(), 2), put(directory, 0, 2), put(directory, 0, 2);
    put(directory, 0, 2), put(directory, 0, 2), put(directory, 0, 4), put(directory, offset, 4);
    directory += p.name;
  }
  const std::uint64_t at = out.size();
  out += directory;
  put(out, 0x06054b50, 4), put(out, 0, 4), put(out, parts.size(), 2), put(out, parts.size(), 2);
  put(out, directory.size(), 4), put(out, at, 4), put(out, 0, 2);
  return out;
}

struct Rows : RowSink {
  std::vector<std::vector<std::string>> rows;
  std::optional<Error> on_row(std::span<const std::string> cells) override {
    rows.emplace_back(cells.begin(), cells.end());
    return std::nullopt;
  }
};

struct ReadResult {
  std::optional<Error> error;
  std::vector<std::vector<std::string>> rows;
  std::optional<std::string> sheet;
  std::vector<SheetInfo> sheets;
};

// Reads a zip of stored entries as a door would, feeding `chunk` bytes at a time.
inline ReadResult read_workbook(const std::string& file, std::optional<std::string> sheet = std::nullopt,
                                std::size_t chunk = 7) {
  Rows sink;
  WorkbookReader reader(file.size(), std::move(sheet), sink);
  ReadResult out;
  auto slice = [&](ByteRange r) {
    return r.offset > file.size() ? std::string() : file.substr(static_cast<std::size_t>(r.offset), static_cast<std::size_t>(r.size));
  };
  out.error = reader.read_tail(slice(reader.tail_range()));
  if (!out.error) out.error = reader.read_directory(slice(reader.directory_range()));
  while (!out.error) {
    const ZipEntry* e = reader.next_entry();
    if (!e) break;
    auto data = entry_data_range(slice(local_header_range(*e)), *e, file.size());
    if (!data) {
      out.error = data.error();
      break;
    }
    const std::string bytes = slice(*data);
    for (std::size_t i = 0; i < bytes.size() && !out.error; i += chunk) out.error = reader.feed(std::string_view(bytes).substr(i, chunk));
    if (!out.error) out.error = reader.end_entry();
  }
  if (!out.error) out.error = reader.finish();
  out.rows = sink.rows;
  out.sheet = reader.sheet_read();
  out.sheets = reader.sheets();
  return out;
}

// A minimal .xlsx: sheets as (name, sheet XML, hidden).
inline std::string xlsx(const std::vector<std::tuple<std::string, std::string, bool>>& sheets,
                        const std::string& shared_strings = "", const std::string& styles = "",
                        const std::string& workbook_pr = "") {
  std::string workbook = "<?xml version=\"1.0\"?><workbook xmlns:r=\"r\">" + workbook_pr + "<sheets>";
  std::string rels = "<Relationships>";
  std::vector<ZipPart> parts{{"[Content_Types].xml", "<Types/>"}};
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const auto& [name, xml, hidden] = sheets[i];
    const std::string n = std::to_string(i + 1);
    workbook += "<sheet name=\"" + name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"" + (hidden ? " state=\"hidden\"" : "") + "/>";
    rels += "<Relationship Id=\"rId" + n + "\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    parts.push_back({"xl/worksheets/sheet" + n + ".xml", xml});
  }
  parts.push_back({"xl/workbook.xml", workbook + "</sheets></workbook>"});
  parts.push_back({"xl/_rels/workbook.xml.rels", rels + "</Relationships>"});
  if (!shared_strings.empty()) parts.push_back({"xl/sharedStrings.xml", shared_strings});
  if (!styles.empty()) parts.push_back({"xl/styles.xml", styles});
  return build_zip(parts);
}

inline std::string ods(const std::string& content) {
  return build_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", content}});
}

}  // namespace polso::workbook::testing
