// The dialect of a CSV export (separator, decimals, header rows, date order)
// and how it is sniffed from the first bytes of the file.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/csv/dates.hpp"
#include "core/csv/encoding.hpp"
#include "core/csv/numbers.hpp"
#include "core/csv/tokenizer.hpp"

namespace polso::csv {

struct Dialect {
  char delimiter = ',';
  char quote = '"';
  char decimal = '.';
  char thousands = ',';  // 0: none
  Encoding encoding = Encoding::utf8;
  std::int32_t header_rows = 1;  // 0..3
  DateOrder date_order = DateOrder::unknown;
  bool has_sep_line = false;     // Excel's "sep=;" first line, to be skipped
  bool operator==(const Dialect&) const = default;
};

// What the caller fixes; everything unset is sniffed.
struct DialectOverrides {
  std::optional<char> delimiter, quote, decimal, thousands;
  std::optional<Encoding> encoding;
  std::optional<std::int32_t> header_rows;
  std::optional<DateOrder> date_order;
  std::optional<bool> has_sep_line;
};

struct SniffOptions {
  // False when the sample is a prefix of a longer file: its last, possibly
  // cut, record is then ignored.
  bool sample_is_complete = false;
  // Used when no date in the sample has a day above 12 (page language).
  DateOrder fallback_date_order = DateOrder::unknown;
  // The Decoder's verdict, recorded in the result.
  Encoding encoding = Encoding::utf8;
};

// Recommended sample: the first 64 KiB of decoded (UTF-8) text.
inline constexpr std::uint64_t kSniffSampleBytes = 64 * 1024;

// Sniffs from a UTF-8 sample. Rules, in order:
//  - a first line "sep=X" sets the delimiter and has_sep_line;
//  - else the delimiter among , ; TAB | whose quote-aware field counts are
//    most consistent across records (ties: more fields, then that order);
//  - decimal separator by votes of numeric-looking fields ("4,5", "1.234,56"
//    vote comma; "4.5", "1,234.5" vote point); no evidence: ',' when the
//    delimiter is ';' (Excel in comma-decimal locales), else '.'; thousands
//    is the other of the two;
//  - header rows: 3 when row 3 holds Qualtrics {"ImportId":...} cells, 2 when
//    row 2 holds SurveyMonkey "Response" / "Open-Ended Response" sub-headers,
//    0 when every cell of row 1 is a number, else 1;
//  - date order by DateOrderVote over the data rows.
// Overrides win, and a fixed delimiter or decimal is used while sniffing the
// rest.
Dialect sniff_dialect(std::string_view sample, const DialectOverrides& overrides = {},
                      const SniffOptions& options = {});

Dialect apply_overrides(Dialect dialect, const DialectOverrides& overrides);
TokenizerOptions tokenizer_options(const Dialect& dialect);
NumberFormat number_format(const Dialect& dialect);

}  // namespace polso::csv
