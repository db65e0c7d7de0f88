// A byte-at-a-time state machine with fast runs: inside a field the tokenizer
// scans for the next special byte and appends the whole run at once. The state
// survives between chunks, so any chunking gives the same records.
#include "core/csv/tokenizer.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace polso::csv {
namespace {

// The first byte in [p, e) that `is_special` marks, e if none. Eight bytes at
// a time (a, b, c are the bytes the table marks): a byte equal to x makes
// (v ^ x) have a zero byte, and the lowest flagged byte of the classic
// "has a zero byte" test is always a real one (wasm32 and x86 are little-endian).
const char* find_special(const char* p, const char* const e, const bool (&is_special)[256], char a, char b, char c) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
    const std::uint64_t pa = kOnes * static_cast<unsigned char>(a), pb = kOnes * static_cast<unsigned char>(b),
                        pc = kOnes * static_cast<unsigned char>(c);
    while (e - p >= 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      const std::uint64_t xa = v ^ pa, xb = v ^ pb, xc = v ^ pc;
      const std::uint64_t hit = (((xa - kOnes) & ~xa) | ((xb - kOnes) & ~xb) | ((xc - kOnes) & ~xc)) & kHighs;
      if (hit) return p + std::countr_zero(hit) / 8;
      p += 8;
    }
  }
  while (p < e && !is_special[static_cast<unsigned char>(*p)]) ++p;
  return p;
}

constexpr char kBom[3] = {'\xEF', '\xBB', '\xBF'};
constexpr std::uint64_t kHardCap = std::uint64_t{1} << 31;  // offsets are uint32

}  // namespace

bool Row::all_empty() const {
  return std::all_of(fields.begin(), fields.end(),
                     [](std::string_view f) { return f.empty(); });
}

CsvTokenizer::CsvTokenizer(TokenizerOptions options) : options_(options) {
  options_.max_row_bytes = std::min(options_.max_row_bytes, kHardCap);
  special_[static_cast<unsigned char>(options_.delimiter)] = true;
  special_[static_cast<unsigned char>('\r')] = true;
  special_[static_cast<unsigned char>('\n')] = true;
  quoted_special_[static_cast<unsigned char>(options_.quote)] = true;
  quoted_special_[static_cast<unsigned char>('\r')] = true;
  quoted_special_[static_cast<unsigned char>('\n')] = true;
  const char d = options_.delimiter;
  if (d == options_.quote || d == '\r' || d == '\n') options_.simd = false;
}

void CsvTokenizer::fail(Error e) { error_ = std::move(e); }

std::optional<Error> CsvTokenizer::feed(std::string_view chunk, RowSink sink) {
  if (error_) return error_;
  bytes_consumed_ += chunk.size();
  if (!bom_done_) {
    // The BOM may itself be split across chunks: hold matching bytes back
    // until we know whether all three arrive.
    std::size_t i = 0;
    while (i < chunk.size() && bom_matched_ < 3 && chunk[i] == kBom[bom_matched_]) {
      ++bom_matched_;
      ++i;
    }
    if (bom_matched_ == 3) {
      bom_done_ = true;
      chunk.remove_prefix(i);
    } else if (i == chunk.size()) {
      return std::nullopt;  // still possibly a BOM
    } else {
      bom_done_ = true;  // not a BOM: replay what was held back
      std::uint8_t held = bom_matched_;
      process(std::string_view(kBom, held), sink);
      chunk.remove_prefix(i);
      if (error_) return error_;
    }
  }
  process(chunk, sink);
  return error_;
}

std::optional<Error> CsvTokenizer::finish(RowSink sink) {
  if (error_) return error_;
  if (!bom_done_) {
    bom_done_ = true;
    process(std::string_view(kBom, bom_matched_), sink);
    if (error_) return error_;
  }
  switch (state_) {
    case State::quoted: {
      const std::string n = std::to_string(quote_line_);
      Error e;
      e.code = "unterminated_quote";
      e.message_en = "The quoted text that starts on line " + n +
                     " is never closed: a closing quotation mark is missing.";
      e.message_it = "Il testo tra virgolette che inizia alla riga " + n +
                     " non viene mai chiuso: manca la virgoletta di chiusura.";
      e.row = static_cast<std::int64_t>(quote_line_);
      fail(std::move(e));
      return error_;
    }
    case State::field_start:
    case State::unquoted:
    case State::quote_in_quoted:
      end_field();
      end_row(sink);
      break;
    case State::row_start:
    case State::after_cr:
      break;
  }
  state_ = State::row_start;
  return error_;
}

bool CsvTokenizer::append_unescaped(const char* b, const char* const e) {
  const char quote = options_.quote;
  while (b < e) {
    const auto* q = static_cast<const char*>(std::memchr(b, quote, static_cast<std::size_t>(e - b)));
    if (!q) {
      buffer_.append(b, static_cast<std::size_t>(e - b));
      return true;
    }
    if (q + 1 == e || q[1] != quote) return false;
    buffer_.append(b, static_cast<std::size_t>(q + 1 - b));  // the first of a doubled pair
    b = q + 2;
  }
  return true;
}

void CsvTokenizer::end_field() {
  ends_.push_back(static_cast<std::uint32_t>(buffer_.size()));
}

void CsvTokenizer::end_row(RowSink& sink) {
  views_.clear();
  std::uint32_t begin = 0;
  const char* base = buffer_.data();
  for (std::uint32_t end : ends_) {
    views_.emplace_back(base + begin, end - begin);
    begin = end;
  }
  emit_views(sink);
}

// Emits views_ as the record that started on row_line_, then resets the row.
void CsvTokenizer::emit_views(RowSink& sink) {
  ++records_seen_;
  if (records_seen_ > options_.skip_records) {
    Row row;
    row.line = row_line_;
    row.index = rows_emitted_;
    row.fields = std::span<const std::string_view>(views_.data(), views_.size());
    ++rows_emitted_;
    sink(row);
  }
  // clear() keeps the capacity: the arena is reused by every record.
  buffer_.clear();
  ends_.clear();
}

void CsvTokenizer::count_breaks(const char* begin, const char* end) {
  for (const char* p = begin; p != end; ++p) {
    if (*p == '\r') {
      ++line_;
      last_was_cr_ = true;
    } else {
      if (*p == '\n' && !last_was_cr_) ++line_;
      last_was_cr_ = false;
    }
  }
}

bool CsvTokenizer::check_size() {
  if (ends_.size() >= options_.max_fields) {  // the field in progress is one more
    const std::string n = std::to_string(row_line_);
    auto grouped = [&](char sep) {  // 16,384 / 16.384
      std::string c = std::to_string(options_.max_fields);
      for (int i = static_cast<int>(c.size()) - 3; i > 0; i -= 3) c.insert(static_cast<std::size_t>(i), 1, sep);
      return c;
    };
    Error e;
    e.code = "too_many_columns";
    e.message_en = "The record that starts on line " + n + " has more than " + grouped(',') +
                   " cells, more than a spreadsheet can hold. The file may be damaged or use a "
                   "different separator.";
    e.message_it = "Il record che inizia alla riga " + n + " ha più di " + grouped('.') +
                   " celle, più di quante ne contenga un foglio di calcolo. Il file potrebbe essere "
                   "danneggiato o usare un separatore diverso.";
    e.row = static_cast<std::int64_t>(row_line_);
    fail(std::move(e));
    return false;
  }
  // +1 for the field in progress, counted as its own byte.
  if (buffer_.size() + ends_.size() + 1 <= options_.max_row_bytes) return true;
  const std::string n = std::to_string(row_line_);
  const std::string mb = std::to_string(options_.max_row_bytes / (1024 * 1024));
  Error e;
  e.code = "row_too_large";
  e.message_en = "The record that starts on line " + n + " is larger than " + mb +
                 " MB. The file may be damaged, have an unclosed quotation mark, "
                 "or use a different separator.";
  e.message_it = "Il record che inizia alla riga " + n + " supera " + mb +
                 " MB. Il file potrebbe essere danneggiato, avere una virgoletta "
                 "non chiusa o usare un separatore diverso.";
  e.row = static_cast<std::int64_t>(row_line_);
  fail(std::move(e));
  return false;
}

// The fast path: a record that starts at `p` and ends, line break included,
// before `e`, read in one go into views of the input (fields with doubled
// quotes are unescaped into buffer_). Returns where the next record starts,
// or nullptr, having changed nothing, for anything unusual — a record cut by
// the end of the chunk, a stray quote, a record over a limit — which the state
// machine then reads from the same byte, with the same result.
const char* CsvTokenizer::whole_record(const char* p, const char* const e, RowSink& sink) {
  const char delim = options_.delimiter;
  const char quote = options_.quote;
  views_.clear();
  unescaped_.clear();
  std::uint64_t breaks = 0;  // line breaks inside quoted fields
  std::uint64_t bytes = 0;
  auto bail = [&]() -> const char* {
    buffer_.clear();
    return nullptr;
  };
  for (;;) {
    if (p == e) return bail();
    if (*p == quote) {
      const char* start = ++p;
      bool doubled = false;
      for (;;) {
        p = find_special(p, e, quoted_special_, quote, '\r', '\n');
        if (p == e) return bail();
        if (*p == quote) {
          if (p + 1 == e) return bail();
          if (p[1] != quote) break;
          doubled = true;
          p += 2;
          continue;
        }
        // CR, LF or CRLF: one line break.
        ++breaks;
        if (*p++ == '\r' && p < e && *p == '\n') ++p;
      }
      if (doubled) {
        const auto begin = static_cast<std::uint32_t>(buffer_.size());
        (void)append_unescaped(start, p);  // every quote in it is doubled
        bytes += keep_copied_field(begin);
      } else {
        bytes += keep_field(start, p);
      }
      ++p;  // the closing quote
      if (p == e) return bail();
      if (*p != delim && *p != '\r' && *p != '\n') return bail();  // `"a"b`
    } else {
      const char* start = p;
      p = find_special(p, e, special_, delim, '\r', '\n');
      if (p == e) return bail();
      bytes += keep_field(start, p);
    }
    if (views_.size() > options_.max_fields || bytes + views_.size() > options_.max_row_bytes) return bail();
    if (*p++ == delim) continue;
    return hand_off_record(p, e, breaks, sink);
  }
}

const char* CsvTokenizer::hand_off_record(const char* p, const char* const e, std::uint64_t breaks, RowSink& sink) {
  // The record's line break, just before `p`; a CR at the very end waits for a possible LF.
  state_ = State::row_start;
  if (p[-1] == '\r') {
    if (p == e) state_ = State::after_cr;
    else if (*p == '\n') ++p;
  }
  for (const Unescaped& u : unescaped_) views_[u.index] = std::string_view(buffer_.data() + u.begin, u.size);
  row_line_ = line_;
  line_ += breaks + 1;
  emit_views(sink);
  return p;
}

void CsvTokenizer::process(std::string_view bytes, RowSink& sink) {
  const char* p = bytes.data();
  const char* const e = p + bytes.size();
  const char delim = options_.delimiter;
  const char quote = options_.quote;
  cursor_.resume = cursor_.failed = nullptr;  // a new chunk: the block scan starts afresh

  // A line break ending a record: CR waits to see whether LF follows.
  auto record_break = [&](char c) {
    ++line_;
    state_ = c == '\r' ? State::after_cr : State::row_start;
  };

  while (p < e) {
    switch (state_) {
      case State::after_cr:
        if (*p == '\n') ++p;
        state_ = State::row_start;
        break;

      case State::row_start:
        if (*p == '\n' || *p == '\r') {
          ++blank_lines_;
          record_break(*p);
          ++p;
          break;
        }
        if (const char* next = options_.simd ? whole_record_blocks(p, e, sink) : whole_record(p, e, sink)) {
          p = next;
          break;
        }
        row_line_ = line_;
        state_ = State::field_start;
        [[fallthrough]];

      case State::field_start:
        if (*p == quote) {
          quote_line_ = line_;
          last_was_cr_ = false;
          state_ = State::quoted;
          ++p;
        } else {
          state_ = State::unquoted;
        }
        break;

      case State::unquoted: {
        const char* run = p;
        while (p < e && !special_[static_cast<unsigned char>(*p)]) ++p;
        buffer_.append(run, static_cast<std::size_t>(p - run));
        if (!check_size()) return;
        if (p == e) break;
        const char c = *p++;
        end_field();
        if (c == delim) {
          state_ = State::field_start;
        } else {
          record_break(c);
          end_row(sink);
        }
        break;
      }

      case State::quoted: {
        const char* run = p;
        while (p < e && *p != quote) ++p;
        buffer_.append(run, static_cast<std::size_t>(p - run));
        count_breaks(run, p);
        if (!check_size()) return;
        if (p == e) break;
        ++p;
        last_was_cr_ = false;
        state_ = State::quote_in_quoted;
        break;
      }

      case State::quote_in_quoted: {
        const char c = *p;
        if (c == quote) {  // doubled quote: a literal quote
          buffer_.push_back(quote);
          state_ = State::quoted;
          ++p;
        } else if (c == delim) {
          end_field();
          state_ = State::field_start;
          ++p;
        } else if (c == '\r' || c == '\n') {
          end_field();
          record_break(c);
          end_row(sink);
          ++p;
        } else {
          // `"a"b`: not RFC 4180. Keep the text, as spreadsheets do, and count.
          if (stray_quotes_++ == 0) first_stray_quote_line_ = line_;
          state_ = State::unquoted;
        }
        break;
      }
    }
  }
}

}  // namespace polso::csv
