#include "core/workbook/workbook_reader.hpp"

#include "core/budgets.hpp"
#include "core/problems.hpp"

namespace polso::workbook {
namespace {

constexpr std::string_view kOdsMimetype = "application/vnd.oasis.opendocument.spreadsheet";

Error not_a_spreadsheet() {
  return problems::invalid("", "not_a_spreadsheet",
                           {"This is a zip archive, but not an Excel (.xlsx) or LibreOffice (.ods) spreadsheet. Open the CSV or spreadsheet file itself.",
                            "Questo è un archivio zip, ma non un foglio di calcolo Excel (.xlsx) o LibreOffice (.ods). Apri direttamente il file CSV o il foglio di calcolo."});
}

Error zip_bomb() {
  return problems::invalid("", "workbook_too_complex",
                           {"A file inside this workbook expands to far more data than it should (a “zip bomb”, or a damaged file), so it was not read. Save the sheet as CSV and open that file.",
                            "Un file all’interno di questa cartella di lavoro si espande in molti più dati del dovuto (una “zip bomb” o un file danneggiato), quindi non è stato letto. Salva il foglio come CSV e apri quel file."});
}

Error encrypted() {
  return problems::invalid("", "workbook_encrypted",
                           {"This workbook is protected with a password, so it cannot be read. Remove the password or save a copy as CSV, and open that file.",
                            "Questa cartella di lavoro è protetta da password, quindi non può essere letta. Togli la password o salvane una copia in CSV, e apri quel file."});
}

}  // namespace

WorkbookReader::WorkbookReader(std::uint64_t file_size, std::optional<std::string> sheet, RowSink& sink)
    : file_size_(file_size), choice_(std::move(sheet)), sink_(sink) {}
WorkbookReader::~WorkbookReader() = default;

std::optional<Error> WorkbookReader::read_tail(std::string_view tail) {
  auto range = zip_directory_range(tail, file_size_);
  if (!range) return error_ = range.error();
  directory_ = *range;
  return std::nullopt;
}

const ZipEntry* WorkbookReader::find(std::string_view name) const {
  for (const auto& e : entries_)
    if (e.name == name) return &e;
  return nullptr;
}

std::optional<Error> WorkbookReader::read_directory(std::string_view directory) {
  auto entries = read_zip_directory(directory, file_size_);
  if (!entries) return error_ = entries.error();
  entries_ = std::move(entries.value());
  for (const auto& e : entries_) {
    // Names are only looked up, never written to disk; one that climbs out
    // of the archive ("../") or is absolute marks a hostile archive.
    if (e.name.starts_with("/") || e.name.starts_with("../") || e.name.find("/../") != std::string::npos ||
        e.name.find('\0') != std::string::npos)
      return error_ = damaged_archive();
  }
  if (find("xl/workbook.xml")) {
    format_ = WorkbookFormat::xlsx;
    plan_ = {Part::workbook};
    if (find("xl/_rels/workbook.xml.rels")) plan_.push_back(Part::relationships);
  } else if (find("content.xml") && find("mimetype")) {
    format_ = WorkbookFormat::ods;
    plan_ = {Part::mimetype, Part::ods_content};
  } else if (find("EncryptedPackage") || find("EncryptionInfo")) {
    return error_ = encrypted();
  } else {
    return error_ = not_a_spreadsheet();
  }
  return std::nullopt;
}

std::optional<Error> WorkbookReader::check_entry(const ZipEntry& e) const {
  if (e.encrypted) return encrypted();
  if (e.unsupported_method) return damaged_archive();
  const std::uint64_t budget = part_ == Part::sheet || part_ == Part::ods_content ? budget::kMaxSheetXmlBytes
                               : part_ == Part::strings                          ? budget::kMaxSharedStringsBytes * 4
                                                                                 : budget::kMaxPartXmlBytes;
  if (e.uncompressed_size > budget) return zip_bomb();
  if (e.method == Compression::stored && e.uncompressed_size != e.compressed_size) return damaged_archive();
  return std::nullopt;
}

// The sheets in workbook order, with the zip entry of each; then which parts
// to read before them.
std::optional<Error> WorkbookReader::plan_xlsx() {
  for (const auto& s : workbook_.sheets) {
    std::string part = relationships_.entry_of(s.relationship).value_or("");
    if (part.empty()) part = "xl/worksheets/sheet" + std::to_string(sheets_.size() + 1) + ".xml";
    sheets_.push_back({s.name, s.hidden, std::move(part)});
  }
  if (sheets_.empty()) return error_ = no_sheet_with_data();
  bool any = false;
  for (std::size_t i = 0; i < sheets_.size(); ++i) any = any || choice_.wants(i, sheets_[i]);
  if (!any) return error_ = choice_.not_found(sheets_);
  if (find("xl/sharedStrings.xml")) plan_.push_back(Part::strings);
  if (find("xl/styles.xml")) plan_.push_back(Part::styles);
  sheet_index_ = 0;
  next_sheet();
  return std::nullopt;
}

// Plans the next sheet the choice wants, from sheet_index_ on.
void WorkbookReader::next_sheet() {
  while (sheet_index_ < sheets_.size() && !choice_.wants(sheet_index_, sheets_[sheet_index_])) ++sheet_index_;
  if (sheet_index_ < sheets_.size()) plan_.push_back(Part::sheet);
}

const ZipEntry* WorkbookReader::next_entry() {
  entry_ = nullptr;
  while (!error_ && !plan_.empty()) {
    part_ = plan_.front();
    plan_.erase(plan_.begin());
    std::string_view name;
    switch (part_) {
      case Part::mimetype: name = "mimetype"; break;
      case Part::workbook: name = "xl/workbook.xml"; break;
      case Part::relationships: name = "xl/_rels/workbook.xml.rels"; break;
      case Part::strings: name = "xl/sharedStrings.xml"; break;
      case Part::styles: name = "xl/styles.xml"; break;
      case Part::sheet: name = sheets_[sheet_index_].part; break;
      case Part::ods_content: name = "content.xml"; break;
      case Part::done: break;
    }
    entry_ = find(name);
    if (!entry_ && part_ == Part::sheet) {
      error_ = damaged_archive();
      return nullptr;
    }
    if (!entry_) continue;
    if (auto e = check_entry(*entry_)) {
      error_ = std::move(e);
      return nullptr;
    }
    xml_ = XmlPull();
    inflated_ = 0;
    if (part_ == Part::sheet) {
      rows_ = std::make_unique<GridRows>(sink_);
      sheet_ = std::make_unique<XlsxSheet>(strings_, styles_, workbook_.date_system, *rows_);
    } else if (part_ == Part::ods_content) {
      ods_ = std::make_unique<OdsContent>(choice_, sink_);
    }
    return entry_;
  }
  return nullptr;
}

std::optional<Error> WorkbookReader::feed(std::string_view bytes) {
  if (error_) return error_;
  if (!entry_) return error_ = damaged_archive();
  inflated_ += bytes.size();
  inflated_total_ += bytes.size();
  // More than the directory declared, or an impossible ratio: a bomb.
  if (inflated_ > entry_->uncompressed_size ||
      (inflated_ > budget::kInflateRatioFloorBytes &&
       inflated_ / std::max<std::uint64_t>(entry_->compressed_size, 1) > budget::kMaxInflateRatio))
    return error_ = zip_bomb();
  XmlHandler* handler = nullptr;
  switch (part_) {
    case Part::mimetype:
      if (mimetype_.size() < 200) mimetype_.append(bytes.substr(0, 200));
      return std::nullopt;
    case Part::workbook: handler = &workbook_; break;
    case Part::relationships: handler = &relationships_; break;
    case Part::strings: handler = &strings_; break;
    case Part::styles: handler = &styles_; break;
    case Part::sheet: handler = sheet_.get(); break;
    case Part::ods_content: handler = ods_.get(); break;
    case Part::done: return error_ = damaged_archive();
  }
  if (auto e = xml_.feed(bytes, *handler)) return error_ = e;
  if (part_ == Part::strings && strings_.error()) return error_ = strings_.error();
  if (part_ == Part::sheet && sheet_->error()) return error_ = sheet_->error();
  if (part_ == Part::ods_content && ods_->error()) return error_ = ods_->error();
  return std::nullopt;
}

std::optional<Error> WorkbookReader::end_entry() {
  if (error_) return error_;
  if (!entry_) return error_ = damaged_archive();
  if (inflated_ != entry_->uncompressed_size) return error_ = damaged_archive();
  switch (part_) {
    case Part::mimetype:
      if (mimetype_ != kOdsMimetype) return error_ = not_a_spreadsheet();
      break;
    case Part::workbook:
      if (auto e = xml_.finish(workbook_)) return error_ = e;
      if (!find("xl/_rels/workbook.xml.rels")) return plan_xlsx();
      break;
    case Part::relationships:
      if (auto e = xml_.finish(relationships_)) return error_ = e;
      return plan_xlsx();
    case Part::strings:
      if (auto e = xml_.finish(strings_)) return error_ = e;
      if (strings_.error()) return error_ = strings_.error();
      break;
    case Part::styles:
      if (auto e = xml_.finish(styles_)) return error_ = e;
      break;
    case Part::sheet:
      if (auto e = xml_.finish(*sheet_)) return error_ = e;
      if (sheet_->error()) return error_ = sheet_->error();
      if (rows_->any()) {
        chosen_ = sheet_index_;
      } else {
        ++sheet_index_;  // no data: the next sheet the choice wants
        next_sheet();
      }
      sheet_.reset();
      rows_.reset();
      break;
    case Part::ods_content:
      if (auto e = xml_.finish(*ods_)) return error_ = e;
      if (ods_->error()) return error_ = ods_->error();
      sheets_ = ods_->sheets();
      chosen_ = ods_->chosen();
      break;
    case Part::done: break;
  }
  entry_ = nullptr;
  return std::nullopt;
}

std::optional<Error> WorkbookReader::finish() {
  if (error_) return error_;
  if (!chosen_) return error_ = choice_.not_found(sheets_);
  return std::nullopt;
}

const std::vector<SheetInfo>& WorkbookReader::sheets() const { return ods_ && sheets_.empty() ? ods_->sheets() : sheets_; }

// The sheet chosen, or, when the door stopped early (a first look), the one
// being read.
std::optional<std::string> WorkbookReader::sheet_read() const {
  std::optional<std::size_t> index = chosen_;
  if (!index && part_ == Part::sheet && sheet_) index = sheet_index_;
  if (!index && part_ == Part::ods_content && ods_) index = ods_->reading();
  const auto& all = sheets();
  if (!index || *index >= all.size()) return std::nullopt;
  return all[*index].name;
}

}  // namespace polso::workbook
