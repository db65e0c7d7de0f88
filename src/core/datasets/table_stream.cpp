#include "core/datasets/table_stream.hpp"

#include <algorithm>

#include "core/budgets.hpp"
#include "core/csv/columns.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

// A file that is not text at all — a workbook, an image, a PDF renamed .csv —
// is named for what it is, instead of failing later for want of a score
// column. The test: control characters (NUL included; tab, line breaks and
// form feed excepted) in the start of the decoded text. A text export with a
// stray NUL or two stays a text file, warned about as `nul_bytes`.
std::optional<Error> not_text(std::string_view decoded) {
  const std::string_view head = decoded.substr(0, csv::kSniffSampleBytes);
  std::uint64_t controls = 0, odd_nuls = 0, even_nuls = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    const auto c = static_cast<unsigned char>(head[i]);
    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
    ++controls;
    if (c == 0) ++(i % 2 ? odd_nuls : even_nuls);
  }
  if (controls < 16 || controls * 100 < head.size()) return std::nullopt;
  if (head.substr(0, 4) == std::string_view("PK\x03\x04", 4))
    return problems::invalid("", "not_text",
                             {"This is a spreadsheet workbook (such as .xlsx or .ods) or another zip archive, and it reached Polso as CSV text. Open the workbook file itself (Polso reads .xlsx and .ods files), or in your spreadsheet choose “Save as” → “CSV” and open that file.",
                              "Questa è una cartella di lavoro (come .xlsx o .ods) o un altro archivio zip, arrivata a Polso come testo CSV. Apri direttamente il file della cartella di lavoro (Polso legge i file .xlsx e .ods), oppure nel foglio di calcolo scegli “Salva con nome” → “CSV” e apri quel file."});
  // ASCII saved as UTF-16 without a byte order mark: every other byte is NUL
  // (but not every byte: a file of zeros is no text in any encoding).
  const bool mostly_nul = (odd_nuls + even_nuls) * 10 >= head.size() * 9;
  if (!mostly_nul && (odd_nuls * 4 >= head.size() || even_nuls * 4 >= head.size()))
    return problems::invalid("encoding", "not_text",
                             {"This file looks like text saved as UTF-16 without a byte order mark. Choose the encoding “UTF-16”.",
                              "Questo file sembra testo salvato in UTF-16 senza BOM. Scegli la codifica “UTF-16”."});
  return problems::invalid("", "not_text",
                           {"This file is not text, so it cannot be a CSV export: it looks like a binary file (a workbook, an image, a PDF …) with a .csv name. If it comes from a spreadsheet, choose “Save as” → “CSV” there and open that file instead.",
                            "Questo file non è testo, quindi non può essere un’esportazione CSV: sembra un file binario (una cartella di lavoro, un’immagine, un PDF …) con il nome .csv. Se viene da un foglio di calcolo, scegli “Salva con nome” → “CSV” e apri quel file."});
}

// What the first bytes of the file say it is, when that is no CSV text
// whatever follows: a gzip archive (which may be too small to look binary),
// UTF-32 (whose byte order mark starts like UTF-16's).
std::optional<Error> not_text_by_signature(std::string_view first) {
  if (first.substr(0, 2) == std::string_view("\x1f\x8b", 2))
    return problems::invalid("", "not_text",
                             {"This is a compressed file (gzip, .gz), not a CSV file. Decompress it first and open the CSV file inside.",
                              "Questo è un file compresso (gzip, .gz), non un file CSV. Decomprimilo prima e apri il file CSV che contiene."});
  if (first == std::string_view("\xff\xfe\0\0", 4) || first == std::string_view("\0\0\xfe\xff", 4))
    return problems::invalid("", "not_text",
                             {"This file is text saved as UTF-32, an encoding Polso does not read. Save it again as UTF-8 (or UTF-16) and open that file.",
                              "Questo file è testo salvato in UTF-32, una codifica che Polso non legge. Salvalo di nuovo in UTF-8 (o UTF-16) e apri quel file."});
  return std::nullopt;
}

// A header cell that spans lines and whose closing quote is followed by more
// text (`"score,comment⏎9,"great"`) is a stray quote that swallowed rows, not
// a column name with a line break: reading on would give a confident count of
// the wrong rows.
bool header_runs_into_rows(const csv::Row& row, const csv::CsvTokenizer& tokenizer) {
  if (tokenizer.stray_quotes() == 0) return false;
  for (std::string_view f : row.fields) {
    if (f.find_first_of("\r\n") != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

TableStream::TableStream(TableOptions options, TableHandler& handler)
    : options_(std::move(options)),
      handler_(handler),
      decoder_(options_.dialect.encoding.value_or(csv::Encoding::detect)) {}

namespace {

// A part's decoder: the head's encoding once settled, else detection as the
// head's would go on (ASCII so far: the first accent decides).
csv::Encoding part_encoding(const csv::Decoder& head) {
  return head.decided() ? head.encoding() : csv::Encoding::detect;
}

}  // namespace

TableStream::TableStream(const TableStream& head, TableHandler& handler)
    : signature_(head.signature_),
      options_(head.options_),
      handler_(handler),
      decoder_(part_encoding(head.decoder_)),
      dialect_(head.dialect_),
      header_rows_(head.header_rows_),
      headers_(head.headers_),
      released_(true),
      seen_records_(true),
      expected_fields_(head.expected_fields_) {
  csv::TokenizerOptions t = csv::tokenizer_options(dialect_);
  t.skip_records = 0;  // the `sep=` line is the head's
  tokenizer_.emplace(t);
}

bool TableStream::ready_for_parts() const {
  if (!released_ || error_ || !at_record_start()) return false;
  const csv::Encoding e = decoder_.encoding();
  return e == csv::Encoding::utf8 || e == csv::Encoding::windows1252;
}

TablePart TableStream::part_summary() const {
  TablePart p;
  if (decoder_.decided()) p.encoding = decoder_.encoding();
  p.bytes_read = bytes_read_;
  p.ragged_rows = ragged_rows_;
  p.nul_bytes = nul_bytes_;
  p.replaced_characters = replaced_characters();
  p.preview = preview_;
  return p;
}

bool TableStream::absorb(const TablePart& part) {
  if (part.encoding) {
    const std::optional<csv::Encoding> settled = decoder_.decided() ? std::optional(decoder_.encoding()) : part_encoding_;
    if (settled && *settled != *part.encoding) return false;
    if (!settled) part_encoding_ = part.encoding;
  }
  bytes_read_ += part.bytes_read;
  ragged_rows_ += part.ragged_rows;
  nul_bytes_ += part.nul_bytes;
  part_replacements_ += part.replaced_characters;
  for (const auto& row : part.preview)
    if (preview_.size() < kPreviewRows) preview_.push_back(row);
  return true;
}

std::optional<Error> TableStream::feed(std::string_view bytes) {
  if (error_) return error_;
  bytes_read_ += bytes.size();
  if (signature_.size() < kSignatureBytes) signature_.append(bytes.substr(0, kSignatureBytes - signature_.size()));
  // UTF-8 that needs no decoding goes to the tokenizer as it is.
  if (tokenizer_ && decoded_.empty() && decoder_.passthrough(bytes, nul_bytes_)) {
    if (auto e = tokenizer_->feed(bytes, [this](const csv::Row& r) { on_record(r); })) error_ = e;
    return error_;
  }
  decoder_.feed(bytes, decoded_);
  if (!tokenizer_) {
    if (decoded_.size() < csv::kSniffSampleBytes) return std::nullopt;
    return start_tokenizing(false);
  }
  auto e = tokenize(decoded_);
  decoded_.clear();
  return e;
}

std::optional<Error> TableStream::finish() {
  if (error_) return error_;
  decoder_.finish(decoded_);
  if (!tokenizer_) {
    if (auto e = start_tokenizing(true)) return e;
  } else if (auto e = tokenize(decoded_)) {
    return e;
  }
  decoded_.clear();
  if (auto e = tokenizer_->finish([this](const csv::Row& r) { on_record(r); })) error_ = e;
  if (!error_ && !released_) {
    if (!seen_records_) {
      error_ = problems::invalid("", "empty_file",
                                 {"The file is empty: there are no rows to read.", "Il file è vuoto: non ci sono righe da leggere."});
    } else if (sample_.empty()) {
      name_columns();  // a head cut before the first data row still names its columns
      error_ = problems::invalid("", "no_data_rows",
                                 {"The file has a header but no data rows: there is nothing to compute.",
                                  "Il file ha un’intestazione ma nessuna riga di dati: non c’è nulla da calcolare."});
    } else {
      error_ = release_sample();
    }
  }
  return error_;
}

std::optional<Error> TableStream::start_tokenizing(bool complete) {
  if (auto e = not_text_by_signature(signature_)) {
    error_ = std::move(e);
    return error_;
  }
  if (auto e = not_text(decoded_)) {
    error_ = std::move(e);
    return error_;
  }
  csv::SniffOptions so;
  so.sample_is_complete = complete;
  so.fallback_date_order = options_.fallback_date_order;
  so.encoding = decoder_.encoding();
  dialect_ = csv::sniff_dialect(decoded_, options_.dialect, so);
  tokenizer_.emplace(csv::tokenizer_options(dialect_));
  auto e = tokenize(decoded_);
  decoded_.clear();
  return e;
}

std::optional<Error> TableStream::tokenize(std::string_view text) {
  nul_bytes_ += static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\0'));
  if (auto e = tokenizer_->feed(text, [this](const csv::Row& r) { on_record(r); })) error_ = e;
  return error_;
}

void TableStream::on_record(const csv::Row& row) {
  if (error_) return;
  seen_records_ = true;
  if (static_cast<std::int32_t>(header_rows_.size()) < dialect_.header_rows) {
    header_rows_.emplace_back(row.fields.begin(), row.fields.end());
    if (header_runs_into_rows(row, *tokenizer_)) {
      error_ = problems::invalid("", "header_runs_into_rows",
                                 {"The header starts a quoted text on line " + std::to_string(row.line) +
                                      " that is closed only on a later line, so the column names and the rows below them "
                                      "run together. Remove the stray quotation mark from the header, or close it at the "
                                      "end of the header line.",
                                  "L’intestazione apre un testo tra virgolette alla riga " + std::to_string(row.line) +
                                      " che si chiude solo in una riga successiva, così i nomi delle colonne e le righe "
                                      "sotto si fondono. Togli le virgolette di troppo dall’intestazione, oppure chiudile "
                                      "alla fine della riga d’intestazione."});
    }
    return;
  }
  // A first cell with text settles it without the call (nearly every row).
  if ((row.fields.empty() || row.fields.front().empty()) && row.all_empty()) return handler_.on_empty_row(row.line);
  if (preview_.size() < kPreviewRows) {  // shown, not computed with: long cells cut
    auto& cells = preview_.emplace_back();
    cells.reserve(row.fields.size());
    for (std::string_view f : row.fields) cells.push_back(budget::cut(f, budget::kMaxPreviewCellBytes));
  }
  if (released_) {
    if (row.fields.size() != expected_fields_) ++ragged_rows_;
    return handler_.on_row(row.line, row.fields);
  }
  sample_.push_back({row.line, {row.fields.begin(), row.fields.end()}});
  if (sample_.size() >= kSampleRows) error_ = release_sample();
}

// Column names, each cut to budget::kMaxHeaderBytes: a name is shown in every
// column list, dropdown and message.
void TableStream::name_columns() {
  if (dialect_.header_rows <= 0) return;
  headers_ = csv::header_names(header_rows_);
  for (std::string& h : headers_)
    if (h.size() > budget::kMaxHeaderBytes) h = budget::cut(h, budget::kMaxHeaderBytes);
}

// Names the columns, lets the handler choose, then replays the sample.
std::optional<Error> TableStream::release_sample() {
  released_ = true;
  const std::size_t width = sample_.empty() ? 0 : sample_.front().fields.size();
  name_columns();
  expected_fields_ = std::max(headers_.size(), width);
  while (headers_.size() < expected_fields_) headers_.push_back("Column " + std::to_string(headers_.size() + 1));

  std::vector<std::vector<std::string>> rows;
  rows.reserve(sample_.size());
  for (const auto& s : sample_) rows.push_back(s.fields);
  if (auto e = handler_.on_columns(headers_, rows)) return e;

  std::vector<std::string_view> views;
  for (const auto& s : sample_) {
    if (s.fields.size() != expected_fields_) ++ragged_rows_;
    views.assign(s.fields.begin(), s.fields.end());
    handler_.on_row(s.line, views);
  }
  sample_.clear();
  sample_.shrink_to_fit();
  return std::nullopt;
}

}  // namespace polso::datasets
