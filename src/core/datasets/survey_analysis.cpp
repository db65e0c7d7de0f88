#include "core/datasets/survey_analysis.hpp"

#include <algorithm>

#include "core/csv/numbers.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

constexpr std::size_t kPreviewRows = 10;

std::string lower(std::string_view s) {
  std::string out(csv::trim(s));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string column_list(const std::vector<std::string>& headers) {
  std::string out;
  for (std::size_t i = 0; i < headers.size() && i < 30; ++i) out += (i ? ", " : "") + ("“" + headers[i] + "”");
  if (headers.size() > 30) out += ", …";
  return out;
}

// A user's column choice: a header name (any case) or a 1-based number.
Expected<std::int64_t> find_column(const std::vector<std::string>& headers, const std::string& wanted,
                                   std::string_view field) {
  const std::string w = lower(wanted);
  for (std::size_t i = 0; i < headers.size(); ++i)
    if (lower(headers[i]) == w) return static_cast<std::int64_t>(i);
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) && w.size() < 7) {
    const auto n = std::stoll(w);
    if (n >= 1 && n <= static_cast<long long>(headers.size())) return n - 1;
  }
  const std::string list = column_list(headers);
  return problems::invalid(field, "column_not_found",
                           {"There is no column called “" + wanted + "”. The columns are: " + list + ".",
                            "Non c’è una colonna chiamata “" + wanted + "”. Le colonne sono: " + list + "."});
}

ResolvedColumn chosen_by_user(std::int64_t index, const std::vector<std::string>& headers) {
  return {index, headers[static_cast<std::size_t>(index)], "Chosen by you.", "Scelta da te."};
}

ResolvedColumn from_choice(const csv::ColumnChoice& c, const std::vector<std::string>& headers) {
  if (c.index < 0 || c.index >= static_cast<std::int64_t>(headers.size())) return {};
  return {c.index, headers[static_cast<std::size_t>(c.index)], c.reason_en, c.reason_it};
}

// Columns of a pre-aggregated file are found by their plain names.
ResolvedColumn by_names(const std::vector<std::string>& headers, std::initializer_list<std::string_view> names) {
  for (std::size_t i = 0; i < headers.size(); ++i)
    for (auto n : names)
      if (lower(headers[i]) == n)
        return {static_cast<std::int64_t>(i), headers[i], "Named “" + std::string(n) + "”.",
                "Si chiama “" + std::string(n) + "”."};
  return {};
}

}  // namespace

SurveyAnalysis::SurveyAnalysis(SurveyAnalysisOptions options)
    : options_(std::move(options)),
      decoder_(options_.dialect.encoding.value_or(csv::Encoding::detect)),
      aggregate_(options_.metric.max_score()) {}

std::optional<Error> SurveyAnalysis::feed(std::string_view bytes) {
  if (error_) return error_;
  bytes_read_ += bytes.size();
  decoder_.feed(bytes, decoded_);
  if (!tokenizer_) {
    if (decoded_.size() < csv::kSniffSampleBytes) return std::nullopt;
    return start_tokenizing(false);
  }
  auto e = tokenize(decoded_);
  decoded_.clear();
  return e;
}

std::optional<Error> SurveyAnalysis::finish() {
  if (error_) return error_;
  decoder_.finish(decoded_);
  if (!tokenizer_) {
    if (auto e = start_tokenizing(true)) return e;
  } else if (auto e = tokenize(decoded_)) {
    return e;
  }
  decoded_.clear();
  if (auto e = tokenizer_->finish([this](const csv::Row& r) { on_row(r); })) error_ = e;
  if (!error_ && !mapped_) {
    if (header_rows_.empty() && sample_.empty())
      error_ = problems::invalid("", "empty_file",
                                 {"The file is empty: there are no rows to read.", "Il file è vuoto: non ci sono righe da leggere."});
    else if (auto e = resolve_columns())
      error_ = e;
  }
  return error_;
}

std::optional<Error> SurveyAnalysis::start_tokenizing(bool complete) {
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

std::optional<Error> SurveyAnalysis::tokenize(std::string_view text) {
  if (auto e = tokenizer_->feed(text, [this](const csv::Row& r) { on_row(r); })) error_ = e;
  return error_;
}

void SurveyAnalysis::on_row(const csv::Row& row) {
  if (error_) return;
  if (static_cast<std::int32_t>(header_rows_.size()) < dialect_.header_rows) {
    header_rows_.emplace_back(row.fields.begin(), row.fields.end());
    return;
  }
  if (row.all_empty()) {  // a line of bare delimiters: Excel's filler rows
    aggregate_.skip("empty_row", row.line);
    return;
  }
  if (preview_.size() < kPreviewRows) preview_.emplace_back(row.fields.begin(), row.fields.end());
  if (mapped_) {
    options_.pre_aggregated ? process_counts(row.line, row.fields) : process(row.line, row.fields);
    return;
  }
  sample_.push_back({row.line, {row.fields.begin(), row.fields.end()}});
  if (sample_.size() >= kMappingSampleRows)
    if (auto e = resolve_columns()) error_ = e;
}

std::optional<Error> SurveyAnalysis::resolve_columns() {
  mapped_ = true;
  std::size_t width = sample_.empty() ? 0 : sample_.front().fields.size();
  if (dialect_.header_rows > 0) {
    headers_ = csv::header_names(header_rows_);
  } else {
    for (std::size_t i = 0; i < width; ++i) headers_.push_back("Column " + std::to_string(i + 1));
  }
  expected_fields_ = std::max(headers_.size(), width);
  while (headers_.size() < expected_fields_) headers_.push_back("Column " + std::to_string(headers_.size() + 1));

  auto pick = [&](const std::optional<std::string>& wanted, std::string_view field, ResolvedColumn automatic,
                  ResolvedColumn& out) -> std::optional<Error> {
    if (!wanted) {
      out = std::move(automatic);
      return std::nullopt;
    }
    auto idx = find_column(headers_, *wanted, field);
    if (!idx) return idx.error();
    out = chosen_by_user(*idx, headers_);
    return std::nullopt;
  };

  const auto& c = options_.columns;
  if (options_.pre_aggregated) {
    if (auto e = pick(c.score, "score_column", by_names(headers_, {"score", "punteggio", "voto"}), columns_.score)) return e;
    if (auto e = pick(c.count, "count_column", by_names(headers_, {"count", "n", "conteggio", "risposte"}), columns_.count)) return e;
    if (auto e = pick(c.date, "date_column", by_names(headers_, {"period", "periodo", "month", "mese"}), columns_.date)) return e;
    if (auto e = pick(c.segment, "segment_column", by_names(headers_, {"segment", "segmento", "channel", "canale"}), columns_.segment)) return e;
    if (columns_.count.index < 0)
      return problems::invalid("count_column", "column_not_found",
                               {"A pre-aggregated file needs a “count” column next to “score”. The columns are: " + column_list(headers_) + ".",
                                "Un file pre-aggregato richiede una colonna “count” accanto a “score”. Le colonne sono: " + column_list(headers_) + "."});
  } else {
    std::vector<std::vector<std::string>> rows;
    rows.reserve(sample_.size());
    for (const auto& s : sample_) rows.push_back(s.fields);
    const csv::ColumnMapping m = csv::map_columns(headers_, rows, dialect_);
    if (auto e = pick(c.score, "score_column", from_choice(m.score, headers_), columns_.score)) return e;
    if (auto e = pick(c.date, "date_column", from_choice(m.date, headers_), columns_.date)) return e;
    if (auto e = pick(c.segment, "segment_column", from_choice(m.segment, headers_), columns_.segment)) return e;
  }
  if (columns_.score.index < 0)
    return problems::invalid("score_column", "score_column_not_found",
                             {"Could not tell which column holds the scores. Choose it (--score-column on the command line). The columns are: " + column_list(headers_) + ".",
                              "Non è chiaro quale colonna contenga i punteggi. Sceglila tu (--score-column da riga di comando). Le colonne sono: " + column_list(headers_) + "."});

  if (columns_.date.index >= 0 && !options_.pre_aggregated) {
    csv::DateOrderVote vote;
    for (const auto& s : sample_)
      if (static_cast<std::size_t>(columns_.date.index) < s.fields.size())
        vote.add(s.fields[static_cast<std::size_t>(columns_.date.index)]);
    date_order_ = options_.dialect.date_order.value_or(vote.decide(options_.fallback_date_order));
    dialect_.date_order = date_order_;
  }

  std::vector<std::string_view> views;
  for (const auto& s : sample_) {
    views.assign(s.fields.begin(), s.fields.end());
    options_.pre_aggregated ? process_counts(s.line, views) : process(s.line, views);
  }
  sample_.clear();
  sample_.shrink_to_fit();
  return std::nullopt;
}

void SurveyAnalysis::process(std::uint64_t line, std::span<const std::string_view> fields) {
  if (fields.size() != expected_fields_) ++ragged_rows_;
  auto field = [&](std::int64_t i) -> std::string_view {
    return i >= 0 && static_cast<std::size_t>(i) < fields.size() ? fields[static_cast<std::size_t>(i)] : std::string_view();
  };
  const csv::ParsedScore score = csv::leading_score(field(columns_.score.index));
  if (!score.ok()) return aggregate_.skip(std::string(csv::number_issue_code(score.issue)), line);
  if (score.value < options_.metric.min_score() || score.value > options_.metric.max_score())
    return aggregate_.skip("out_of_range", line);
  std::string period;
  if (columns_.date.index >= 0) {
    const csv::ParsedDate d = csv::parse_date(field(columns_.date.index), date_order_);
    if (!d.ok()) return aggregate_.skip(d.issue == csv::DateIssue::blank ? "blank_date" : std::string(csv::date_issue_code(d.issue)), line);
    period = csv::period_key(d.date, options_.period);
  }
  std::string_view segment;
  if (columns_.segment.index >= 0) {
    segment = csv::trim(field(columns_.segment.index));
    if (segment.empty()) segment = "(blank)";
  }
  aggregate_.add(static_cast<int>(score.value), period, segment);
}

void SurveyAnalysis::process_counts(std::uint64_t line, std::span<const std::string_view> fields) {
  if (fields.size() != expected_fields_) ++ragged_rows_;
  auto field = [&](std::int64_t i) -> std::string_view {
    return i >= 0 && static_cast<std::size_t>(i) < fields.size() ? fields[static_cast<std::size_t>(i)] : std::string_view();
  };
  const csv::ParsedScore score = csv::leading_score(field(columns_.score.index));
  if (!score.ok()) return aggregate_.skip(std::string(csv::number_issue_code(score.issue)), line);
  if (score.value < options_.metric.min_score() || score.value > options_.metric.max_score())
    return aggregate_.skip("out_of_range", line);
  const csv::ParsedNumber count = csv::parse_number(field(columns_.count.index), csv::number_format(dialect_));
  if (!count.ok() || count.value < 0 || count.value != static_cast<double>(static_cast<std::int64_t>(count.value)))
    return aggregate_.skip("bad_count", line);
  std::string_view segment = columns_.segment.index >= 0 ? csv::trim(field(columns_.segment.index)) : std::string_view();
  if (columns_.segment.index >= 0 && segment.empty()) segment = "(blank)";
  aggregate_.add(static_cast<int>(score.value), csv::trim(field(columns_.date.index)), segment, count.value);
}

}  // namespace polso::datasets
