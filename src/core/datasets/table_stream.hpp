// TableStream: CSV bytes in chunks of any size → decoded, dialect sniffed,
// tokenized rows with their header. Every dataset analysis (survey, orders,
// conversations) sits on one of these and only interprets rows.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv/dialect.hpp"
#include "core/csv/encoding.hpp"
#include "core/csv/tokenizer.hpp"

namespace polso::datasets {

// What a dataset does with the rows of a table.
class TableHandler {
 public:
  virtual ~TableHandler() = default;
  // Once, before any row: the column names and the first rows, to choose
  // columns and settle the date order. An error stops the stream.
  virtual std::optional<Error> on_columns(const std::vector<std::string>& headers,
                                          std::span<const std::vector<std::string>> sample) = 0;
  // Every data row, in order (the sample rows again, then the rest).
  virtual void on_row(std::uint64_t line, std::span<const std::string_view> fields) = 0;
  // A row of nothing but delimiters (Excel's filler rows).
  virtual void on_empty_row(std::uint64_t line) = 0;
};

// What a part's table adds to the head's when absorbed (TableStream::absorb):
// plain values, so a part read elsewhere can send them as bytes.
struct TablePart {
  std::optional<csv::Encoding> encoding;  // the encoding the part's decoder settled, if it did
  std::uint64_t bytes_read = 0, ragged_rows = 0, nul_bytes = 0, replaced_characters = 0;
  std::vector<std::vector<std::string>> preview;
};

struct TableOptions {
  csv::DialectOverrides dialect;
  csv::DateOrder fallback_date_order = csv::DateOrder::unknown;
};

class TableStream {
 public:
  // Rows kept in memory to choose the columns and the date order.
  static constexpr std::size_t kSampleRows = 500;
  static constexpr std::size_t kPreviewRows = 10;

  TableStream(TableOptions options, TableHandler& handler);
  // The rest of `head`'s file from a record boundary on (a byte range read
  // in parallel): its dialect, columns and encoding, rows only, numbered
  // from line 1 of the range. `head` must be ready_for_parts().
  TableStream(const TableStream& head, TableHandler& handler);

  std::optional<Error> feed(std::string_view bytes);
  std::optional<Error> finish();

  const csv::Dialect& dialect() const { return dialect_; }
  const std::vector<std::string>& headers() const { return headers_; }
  const std::vector<std::vector<std::string>>& preview() const { return preview_; }
  std::uint64_t bytes_read() const { return bytes_read_; }
  std::uint64_t ragged_rows() const { return ragged_rows_; }
  bool encoding_was_guessed() const { return !options_.dialect.encoding; }
  // Invalid UTF-8 / unpaired UTF-16 replaced by U+FFFD, and NUL bytes: both
  // hint at a binary file or a wrong encoding, and the report warns.
  std::uint64_t replaced_characters() const { return decoder_.replacements() + part_replacements_; }
  std::uint64_t nul_bytes() const { return nul_bytes_; }

  // Reading in parts. Whether the columns are chosen and the bytes so far
  // end between two records, in an encoding a range can be decoded in on
  // its own (UTF-8 or Windows-1252).
  bool ready_for_parts() const;
  // Whether the bytes so far end between two records.
  bool at_record_start() const { return tokenizer_ && decoded_.empty() && tokenizer_->at_record_start(); }
  // Line breaks read so far (the lines before a range that follows).
  std::uint64_t lines_read() const { return tokenizer_ ? tokenizer_->line() - 1 : 0; }
  // Counts a part that followed all read so far into this table's. False
  // when the two settled the encoding differently (the part's first accent
  // read as UTF-8, an earlier one as Windows-1252): then its rows differ
  // from a reading in sequence.
  bool absorb(const TableStream& part) { return absorb(part.part_summary()); }
  bool absorb(const TablePart& part);
  // What absorb() takes of this table when it is a part.
  TablePart part_summary() const;

 private:
  struct SampleRow {
    std::uint64_t line;
    std::vector<std::string> fields;
  };

  std::optional<Error> start_tokenizing(bool complete);
  std::optional<Error> tokenize(std::string_view text);
  void on_record(const csv::Row& row);
  std::optional<Error> release_sample();
  void name_columns();

  static constexpr std::size_t kSignatureBytes = 4;
  std::string signature_;  // the file's first bytes, as they came

  TableOptions options_;
  TableHandler& handler_;
  csv::Decoder decoder_;
  std::string decoded_;  // decoded text not yet tokenized
  std::optional<csv::CsvTokenizer> tokenizer_;
  csv::Dialect dialect_;
  std::vector<std::vector<std::string>> header_rows_;
  std::vector<std::string> headers_;
  std::vector<SampleRow> sample_;
  std::vector<std::vector<std::string>> preview_;
  bool released_ = false;
  bool seen_records_ = false;
  std::optional<Error> error_;
  std::size_t expected_fields_ = 0;
  std::uint64_t ragged_rows_ = 0;
  std::uint64_t bytes_read_ = 0;
  std::uint64_t nul_bytes_ = 0;
  // Parts absorbed: their replaced characters, and the encoding the first
  // of them to see an accent settled on when this table's decoder had not.
  std::uint64_t part_replacements_ = 0;
  std::optional<csv::Encoding> part_encoding_;
};

}  // namespace polso::datasets
