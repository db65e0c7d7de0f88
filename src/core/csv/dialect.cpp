// Sniffing runs the real tokenizer over the sample once per candidate
// delimiter, so quoted separators and line breaks never mislead it.
#include "core/csv/dialect.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace polso::csv {
namespace {

using Records = std::vector<std::vector<std::string>>;

constexpr std::size_t kMaxSniffRecords = 500;
constexpr std::size_t kSniffSliceBytes = 16 * 1024;

Records sample_records(std::string_view sample, char delimiter, char quote, bool complete) {
  TokenizerOptions opt;
  opt.delimiter = delimiter;
  opt.quote = quote;
  CsvTokenizer tok(opt);
  Records out;
  auto sink = [&](const Row& row) {
    if (out.size() >= kMaxSniffRecords) return;
    out.emplace_back(row.fields.begin(), row.fields.end());
  };
  // Fed in slices, stopping once the records are in: the sample may be a whole
  // 4 MiB chunk, read once per candidate delimiter, and records past the
  // 500th are dropped anyway (the tokenizer reads a sample cut anywhere the
  // same way, so the records kept are the same).
  bool failed = false;
  for (std::size_t at = 0; !failed && at < sample.size() && out.size() < kMaxSniffRecords; at += kSniffSliceBytes)
    failed = tok.feed(sample.substr(at, kSniffSliceBytes), sink).has_value();
  if (out.size() >= kMaxSniffRecords) return out;
  // An incomplete sample may end inside a quoted field: ignore that error.
  if (!failed) (void)tok.finish(sink);
  const bool ended_with_break = !sample.empty() && (sample.back() == '\n' || sample.back() == '\r');
  if (!complete && !ended_with_break && out.size() > 1 && out.size() < kMaxSniffRecords) out.pop_back();
  return out;
}

struct Consistency {
  double share = 0;        // records with the most common field count, less noisy ones
  std::size_t fields = 0;  // that count
};

// With the wrong delimiter, quoted fields are cut mid-way and their quote
// characters end up inside field text: such records count against it.
Consistency consistency(const Records& records, char quote) {
  std::map<std::size_t, std::size_t> counts;
  std::size_t noisy = 0;
  for (const auto& r : records) {
    ++counts[r.size()];
    if (std::any_of(r.begin(), r.end(), [&](const std::string& f) { return f.find(quote) != std::string::npos; }))
      ++noisy;
  }
  Consistency c;
  std::size_t best = 0;
  for (const auto& [fields, n] : counts) {
    if (n > best || (n == best && fields > c.fields)) {
      best = n;
      c.fields = fields;
    }
  }
  if (!records.empty())
    c.share = static_cast<double>(best) / static_cast<double>(records.size()) -
              static_cast<double>(noisy) / static_cast<double>(records.size());
  return c;
}

char choose_delimiter(std::string_view sample, char quote, bool complete) {
  char chosen = ',';
  Consistency best;
  for (char d : {',', ';', '\t', '|'}) {
    const Consistency c = consistency(sample_records(sample, d, quote, complete), quote);
    if (c.fields < 2) continue;
    const bool better = best.fields < 2 || c.share > best.share + 1e-9 ||
                        (c.share > best.share - 1e-9 && c.fields > best.fields);
    if (better) {
      best = c;
      chosen = d;
    }
  }
  return chosen;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Splits "1.234.567" at `sep` and checks thousands grouping.
bool valid_grouping(std::string_view s, char sep) {
  std::size_t start = 0;
  bool first = true;
  for (;;) {
    const std::size_t pos = s.find(sep, start);
    const std::string_view group = s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start);
    if (!all_digits(group)) return false;
    if (first ? group.size() > 3 : group.size() != 3) return false;
    if (pos == std::string_view::npos) return true;
    first = false;
    start = pos + 1;
  }
}

// +1: this field says the decimal is ','; -1: '.'; 0: no evidence.
int decimal_vote(std::string_view field) {
  std::string_view s = trim(field);
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s.empty() || !(s[0] >= '0' && s[0] <= '9')) return 0;
  if (!std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; }))
    return 0;
  const std::size_t last_comma = s.rfind(','), last_dot = s.rfind('.');
  const std::size_t commas = static_cast<std::size_t>(std::count(s.begin(), s.end(), ','));
  const std::size_t dots = static_cast<std::size_t>(std::count(s.begin(), s.end(), '.'));
  if (commas > 0 && dots > 0) {
    // "1.234,5" or "1,234.5": the last separator is the decimal one.
    if (last_comma > last_dot && commas == 1 && valid_grouping(s.substr(0, last_comma), '.')) return +1;
    if (last_dot > last_comma && dots == 1 && valid_grouping(s.substr(0, last_dot), ',')) return -1;
    return 0;
  }
  for (const auto& [sep, count, last, vote] :
       {std::tuple{',', commas, last_comma, +1}, std::tuple{'.', dots, last_dot, -1}}) {
    if (count == 0) continue;
    if (count > 1) return valid_grouping(s, sep) ? -vote : 0;  // grouping: the other is decimal
    const std::size_t after = s.size() - last - 1;
    if (after == 0) return 0;
    if (after == 3 && last <= 3) return 0;  // "1,234": grouping or decimal?
    return vote;
  }
  return 0;
}

bool is_surveymonkey_subheader(std::string_view cell) {
  std::string s;
  for (char c : trim(cell)) s.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  return s == "response" || s == "open-ended response" || s == "risposta" ||
         s == "risposta aperta";
}

std::int32_t count_header_rows(const Records& rows, NumberFormat format) {
  auto any_cell = [](const std::vector<std::string>& row, auto pred) {
    return std::any_of(row.begin(), row.end(), pred);
  };
  if (rows.size() >= 3 && any_cell(rows[2], [](const std::string& c) {
        return trim(c).substr(0, 11) == "{\"ImportId\"";
      }))
    return 3;
  if (rows.size() >= 2 && any_cell(rows[1], [](const std::string& c) { return is_surveymonkey_subheader(c); }))
    return 2;
  if (!rows.empty()) {
    bool any = false, all_numbers = true;
    for (const auto& c : rows[0]) {
      if (trim(c).empty()) continue;
      any = true;
      all_numbers = all_numbers && parse_number(c, format).ok();
    }
    if (any && all_numbers) return 0;
  }
  return 1;
}

}  // namespace

Dialect apply_overrides(Dialect d, const DialectOverrides& o) {
  if (o.delimiter) d.delimiter = *o.delimiter;
  if (o.quote) d.quote = *o.quote;
  if (o.decimal) d.decimal = *o.decimal;
  if (o.thousands) d.thousands = *o.thousands;
  if (o.encoding) d.encoding = *o.encoding;
  if (o.header_rows) d.header_rows = *o.header_rows;
  if (o.date_order) d.date_order = *o.date_order;
  if (o.has_sep_line) d.has_sep_line = *o.has_sep_line;
  return d;
}

TokenizerOptions tokenizer_options(const Dialect& d) {
  TokenizerOptions t;
  t.delimiter = d.delimiter;
  t.quote = d.quote;
  t.skip_records = d.has_sep_line ? 1 : 0;
  return t;
}

NumberFormat number_format(const Dialect& d) { return {d.decimal, d.thousands}; }

Dialect sniff_dialect(std::string_view sample, const DialectOverrides& overrides,
                      const SniffOptions& options) {
  Dialect d;
  d.encoding = options.encoding;
  if (overrides.quote) d.quote = *overrides.quote;
  if (sample.substr(0, 3) == "\xEF\xBB\xBF") sample.remove_prefix(3);

  // Excel's "sep=;" line (never `sep="`: the quote cannot also separate).
  const std::size_t eol = sample.find_first_of("\r\n");
  const std::string_view first = sample.substr(0, eol);
  if (first.size() == 5 && (first.substr(0, 4) == "sep=" || first.substr(0, 4) == "SEP=") && first[4] != d.quote) {
    d.has_sep_line = true;
    d.delimiter = first[4];
    sample.remove_prefix(eol == std::string_view::npos ? sample.size() : eol);
    if (sample.substr(0, 2) == "\r\n") {
      sample.remove_prefix(2);
    } else if (!sample.empty()) {
      sample.remove_prefix(1);
    }
  }
  if (overrides.has_sep_line) d.has_sep_line = *overrides.has_sep_line;
  if (overrides.delimiter) {
    d.delimiter = *overrides.delimiter;
  } else if (!d.has_sep_line) {
    d.delimiter = choose_delimiter(sample, d.quote, options.sample_is_complete);
  }

  const Records rows = sample_records(sample, d.delimiter, d.quote, options.sample_is_complete);

  // Decimal separator.
  std::int64_t votes = 0;
  for (std::size_t r = 1; r < rows.size(); ++r)
    for (const auto& f : rows[r]) votes += decimal_vote(f);
  if (overrides.decimal) {
    d.decimal = *overrides.decimal;
  } else if (votes != 0) {
    d.decimal = votes > 0 ? ',' : '.';
  } else {
    d.decimal = d.delimiter == ';' ? ',' : '.';
  }
  d.thousands = d.decimal == ',' ? '.' : ',';
  if (overrides.thousands) d.thousands = *overrides.thousands;

  d.header_rows = overrides.header_rows ? *overrides.header_rows : count_header_rows(rows, number_format(d));

  DateOrderVote vote;
  for (std::size_t r = static_cast<std::size_t>(std::max(d.header_rows, 0)); r < rows.size(); ++r)
    for (const auto& f : rows[r]) vote.add(f);
  d.date_order = vote.decide(options.fallback_date_order);

  return apply_overrides(d, overrides);
}

}  // namespace polso::csv
