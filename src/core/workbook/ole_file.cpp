#include "core/workbook/ole_file.hpp"

#include "core/problems.hpp"

namespace polso::workbook {
namespace {

bool has_utf16_name(std::string_view bytes, std::string_view ascii) {
  std::string wide;
  for (char c : ascii) {
    wide.push_back(c);
    wide.push_back('\0');
  }
  return bytes.find(wide) != std::string_view::npos;
}

}  // namespace

ByteRange ole_directory_range(std::string_view h) {
  if (h.size() < kOleHeaderBytes) return {};
  const unsigned shift = static_cast<unsigned char>(h[30]);
  if (shift != 9 && shift != 12) return {};
  std::uint64_t sector = 0;
  for (int i = 3; i >= 0; --i) sector = (sector << 8) | static_cast<unsigned char>(h[48 + i]);
  if (sector >= 0xfffffffa) return {};
  // Directory sectors usually follow each other; a few are enough to find
  // the stream names that matter.
  return {(sector + 1) << shift, std::uint64_t{8} << shift};
}

Error ole_error(std::string_view directory) {
  if (has_utf16_name(directory, "EncryptionInfo") || has_utf16_name(directory, "EncryptedPackage"))
    return problems::invalid("", "workbook_encrypted",
                             {"This workbook is protected with a password, so it cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook) or save a copy as CSV, and open that file.",
                              "Questa cartella di lavoro è protetta da password, quindi non può essere letta. Aprila in Excel, togli la password (File → Informazioni → Proteggi cartella di lavoro) o salvane una copia in CSV, e apri quel file."});
  return problems::invalid("", "legacy_xls",
                           {"This is an Excel 97–2003 .xls file (or another file of older Office versions), a format Polso does not read. In Excel or LibreOffice choose “Save as” → “Excel workbook (.xlsx)” or “CSV”, and open that file.",
                            "Questo è un file .xls di Excel 97–2003 (o un altro file delle vecchie versioni di Office), un formato che Polso non legge. In Excel o LibreOffice scegli “Salva con nome” → “Cartella di lavoro di Excel (.xlsx)” o “CSV”, e apri quel file."});
}

}  // namespace polso::workbook
