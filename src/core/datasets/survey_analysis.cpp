#include "core/datasets/survey_analysis.hpp"

#include "core/csv/numbers.hpp"
#include "core/problems.hpp"

namespace polso::datasets {

SurveyAnalysis::SurveyAnalysis(SurveyAnalysisOptions options)
    : options_(std::move(options)), aggregate_(options_.metric.max_score()), table_(options_.table, *this) {}

std::optional<Error> SurveyAnalysis::on_columns(const std::vector<std::string>& headers,
                                                std::span<const std::vector<std::string>> sample) {
  const auto& c = options_.columns;
  auto choose = [&](const std::optional<std::string>& wanted, std::string_view field, ResolvedColumn automatic,
                    ResolvedColumn& out) -> std::optional<Error> {
    auto chosen = choose_column(headers, wanted, field, std::move(automatic));
    if (!chosen) return chosen.error();
    out = std::move(chosen.value());
    return std::nullopt;
  };

  if (options_.pre_aggregated) {
    if (auto e = choose(c.score, "score_column", column_named(headers, {"score", "punteggio", "voto"}), columns_.score)) return e;
    if (auto e = choose(c.count, "count_column", column_named(headers, {"count", "n", "conteggio", "risposte"}), columns_.count)) return e;
    if (auto e = choose(c.date, "date_column", column_named(headers, {"period", "periodo", "month", "mese"}), columns_.date)) return e;
    if (auto e = choose(c.segment, "segment_column", column_named(headers, {"segment", "segmento", "channel", "canale"}), columns_.segment)) return e;
    if (!columns_.count.found())
      return problems::invalid("count_column", "column_not_found",
                               {"A pre-aggregated file needs a “count” column next to “score”. The columns are: " + column_list(headers) + ".",
                                "Un file pre-aggregato richiede una colonna “count” accanto a “score”. Le colonne sono: " + column_list(headers) + "."});
  } else {
    const csv::ColumnMapping m = csv::map_columns(headers, sample, table_.dialect());
    if (auto e = choose(c.score, "score_column", from_guess(m.score, headers), columns_.score)) return e;
    if (auto e = choose(c.date, "date_column", from_guess(m.date, headers), columns_.date)) return e;
    if (auto e = choose(c.segment, "segment_column", from_guess(m.segment, headers), columns_.segment)) return e;
  }
  if (!columns_.score.found())
    return problems::invalid("score_column", "score_column_not_found",
                             {"Could not tell which column holds the scores. Choose it (--score-column on the command line). The columns are: " + column_list(headers) + ".",
                              "Non è chiaro quale colonna contenga i punteggi. Sceglila tu (--score-column da riga di comando). Le colonne sono: " + column_list(headers) + "."});

  if (columns_.date.found() && !options_.pre_aggregated) {
    csv::DateOrderVote vote;
    for (const auto& row : sample)
      if (static_cast<std::size_t>(columns_.date.index) < row.size()) vote.add(row[static_cast<std::size_t>(columns_.date.index)]);
    date_order_ = options_.table.dialect.date_order.value_or(vote.decide(options_.table.fallback_date_order));
  }
  return std::nullopt;
}

void SurveyAnalysis::on_row(std::uint64_t line, std::span<const std::string_view> fields) {
  if (options_.pre_aggregated) return on_counts_row(line, fields);
  const csv::ParsedScore score = csv::leading_score(columns_.score.in(fields));
  if (!score.ok()) return aggregate_.skip(std::string(csv::number_issue_code(score.issue)), line);
  if (score.value < options_.metric.min_score() || score.value > options_.metric.max_score())
    return aggregate_.skip("out_of_range", line);
  std::string period;
  if (columns_.date.found()) {
    const csv::ParsedDate d = csv::parse_date(columns_.date.in(fields), date_order_);
    if (!d.ok())
      return aggregate_.skip(d.issue == csv::DateIssue::blank ? "blank_date" : std::string(csv::date_issue_code(d.issue)), line);
    period = csv::period_key(d.date, options_.period);
  }
  std::string_view segment;
  if (columns_.segment.found()) {
    segment = csv::trim(columns_.segment.in(fields));
    if (segment.empty()) segment = "(blank)";
  }
  aggregate_.add(static_cast<int>(score.value), period, segment);
}

void SurveyAnalysis::on_counts_row(std::uint64_t line, std::span<const std::string_view> fields) {
  const csv::ParsedScore score = csv::leading_score(columns_.score.in(fields));
  if (!score.ok()) return aggregate_.skip(std::string(csv::number_issue_code(score.issue)), line);
  if (score.value < options_.metric.min_score() || score.value > options_.metric.max_score())
    return aggregate_.skip("out_of_range", line);
  const csv::ParsedNumber count = csv::parse_number(columns_.count.in(fields), csv::number_format(table_.dialect()));
  if (!count.ok() || count.value < 0 || count.value != static_cast<double>(static_cast<std::int64_t>(count.value)))
    return aggregate_.skip("bad_count", line);
  std::string_view segment = csv::trim(columns_.segment.in(fields));
  if (columns_.segment.found() && segment.empty()) segment = "(blank)";
  aggregate_.add(static_cast<int>(score.value), csv::trim(columns_.date.in(fields)), segment, count.value);
}

}  // namespace polso::datasets
