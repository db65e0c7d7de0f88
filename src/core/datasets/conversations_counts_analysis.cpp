#include "core/datasets/conversations_counts_analysis.hpp"

#include <algorithm>

#include "core/csv/columns.hpp"
#include "core/csv/numbers.hpp"
#include "core/datasets/period_index.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

constexpr std::string_view kMeasureIds[kCountMeasures] = {
    "conversations",  "answered",       "resolved",       "fcr_resolved",   "fcr_first_contact",
    "self_served",    "csat_responses", "csat_satisfied", "first_response", "resolution"};

// Counts are doubles on the way in: beyond 2^53 not exact whole numbers.
constexpr double kLargestCount = 9007199254740992.0;

bool is_histogram(CountMeasure m) { return m == CountMeasure::first_response || m == CountMeasure::resolution; }

// An error about one cell: the row, the column and what is wrong, plainly.
// `field`: the option that would fix it (the column's role, or "period").
Error cell_error(std::uint64_t line, const ResolvedColumn& col, std::string_view field, std::string_view code,
                 const std::string& en, const std::string& it) {
  Error e = problems::invalid(field, code,
                              {"Row " + std::to_string(line) + ", column “" + col.name + "”: " + en,
                               "Riga " + std::to_string(line) + ", colonna “" + col.name + "”: " + it});
  e.row = static_cast<std::int64_t>(line);
  e.column = col.index + 1;
  return e;
}

// The period kind of a key: 2025 year, 2025-Q1 quarter, 2025-W05 week,
// 2025-01 month, 2025-01-31 day.
std::optional<csv::Period> period_of_key(std::string_view key) {
  for (csv::Period p : {csv::Period::day, csv::Period::week, csv::Period::month, csv::Period::quarter, csv::Period::year})
    if (period_index_of_key(key, p)) return p;
  return std::nullopt;
}

std::string period_name_en(csv::Period p) {
  switch (p) {
    case csv::Period::day: return "days";
    case csv::Period::week: return "ISO weeks";
    case csv::Period::month: return "months";
    case csv::Period::quarter: return "quarters";
    case csv::Period::year: return "years";
  }
  return "periods";
}

std::string period_name_it(csv::Period p) {
  switch (p) {
    case csv::Period::day: return "giorni";
    case csv::Period::week: return "settimane ISO";
    case csv::Period::month: return "mesi";
    case csv::Period::quarter: return "trimestri";
    case csv::Period::year: return "anni";
  }
  return "periodi";
}

// A part that cannot exceed its whole: the error when it does.
std::optional<Error> exceeds(const ConversationCounts& g, const std::string& where_en, const std::string& where_it,
                             CountMeasure part, CountMeasure whole, bool both_known) {
  if (!both_known || g.total(part) <= g.total(whole)) return std::nullopt;
  const std::string p(count_measure_id(part)), w(count_measure_id(whole));
  return problems::invalid("", "counts_inconsistent",
                           {where_en + ": " + p + " (" + std::to_string(g.total(part)) + ") is more than " + w + " (" +
                                std::to_string(g.total(whole)) + "). The query that made the file counts them differently; check it against docs/at-scale.md.",
                            where_it + ": " + p + " (" + std::to_string(g.total(part)) + ") è più di " + w + " (" +
                                std::to_string(g.total(whole)) + "). La query che ha prodotto il file li conta in modo diverso; confrontala con docs/at-scale.md."});
}

// A histogram whose total differs from the count it details.
std::optional<Error> histogram_total(const ConversationCounts& g, const std::string& where_en,
                                     const std::string& where_it, CountMeasure histogram, CountMeasure count,
                                     bool both_known) {
  if (!both_known || g.total(histogram) == g.total(count)) return std::nullopt;
  const std::string h(count_measure_id(histogram)), c(count_measure_id(count));
  return problems::invalid("", "counts_inconsistent",
                           {where_en + ": the " + h + " buckets add up to " + std::to_string(g.total(histogram)) +
                                " durations, but " + c + " is " + std::to_string(g.total(count)) + ". Every " + c + " conversation has one " + h + " time.",
                            where_it + ": i bucket di " + h + " sommano " + std::to_string(g.total(histogram)) +
                                " durate, ma " + c + " vale " + std::to_string(g.total(count)) + ". Ogni conversazione " + c + " ha un tempo di " + h + "."});
}

}  // namespace

std::string_view count_measure_id(CountMeasure m) { return kMeasureIds[static_cast<std::size_t>(m)]; }

std::optional<CountMeasure> parse_count_measure(std::string_view id) {
  const std::string folded = csv::fold_for_matching(csv::trim(id));
  for (std::size_t i = 0; i < kCountMeasures; ++i)
    if (folded == kMeasureIds[i]) return static_cast<CountMeasure>(i);
  return std::nullopt;
}

void ConversationCounts::merge(const ConversationCounts& o) {
  for (std::size_t i = 0; i < kCountMeasures; ++i) totals[i] += o.totals[i];
  first_response.merge(o.first_response);
  resolution.merge(o.resolution);
  first_response_with_target += o.first_response_with_target;
  first_response_within_target += o.first_response_within_target;
}

ConversationCountsAnalysis::ConversationCountsAnalysis(ConversationCountsOptions options)
    : options_(std::move(options)), table_(options_.table, *this) {}

std::optional<Error> ConversationCountsAnalysis::feed(std::string_view bytes) {
  if (error_) return error_;
  if (auto e = table_.feed(bytes)) return e;
  return error_;
}

std::optional<Error> ConversationCountsAnalysis::on_columns(const std::vector<std::string>& headers,
                                                            std::span<const std::vector<std::string>>) {
  struct Role {
    const std::optional<std::string>& wanted;
    const char* field;
    std::initializer_list<std::string_view> names;
    ResolvedColumn& out;
    bool required;
  };
  const Role roles[] = {
      {options_.period_column, "period_column", {"period", "periodo"}, period_, true},
      {options_.channel_column, "channel_column", {"channel", "canale", "team", "segment", "segmento"}, channel_, false},
      {options_.measure_column, "measure_column", {"measure", "misura"}, measure_, true},
      {options_.bucket_column, "bucket_column", {"up_to_seconds", "up to seconds", "fino_a_secondi"}, bucket_, true},
      {options_.count_column, "count_column", {"count", "conteggio"}, count_, true},
      {options_.sum_column, "sum_column", {"sum_seconds", "sum seconds", "somma_secondi"}, sum_, true}};
  for (const Role& r : roles) {
    auto chosen = choose_column(headers, r.wanted, r.field, column_named(headers, r.names));
    if (!chosen) return chosen.error();
    r.out = std::move(chosen.value());
    if (r.required && !r.out.found()) {
      const std::string name(*r.names.begin());
      return problems::invalid(r.field, "column_not_found",
                               {"A conversations-counts file needs a “" + name + "” column (docs/datasets.md). Choose it, or check that this is a counts file. The columns are: " + column_list(headers) + ".",
                                "Un file di conteggi delle conversazioni richiede una colonna “" + name + "” (docs/datasets.md). Sceglila, o controlla che sia un file di conteggi. Le colonne sono: " + column_list(headers) + "."});
    }
  }
  return std::nullopt;
}

ConversationCounts& ConversationCountsAnalysis::channel_group(std::string_view key) {
  if (auto it = channels_.find(key); it != channels_.end()) return it->second;
  if (channels_.size() >= ConversationAggregate::kMaxGroups) {
    channels_capped_ = true;
    key = ConversationAggregate::kOtherGroup;
  }
  return channels_.try_emplace(std::string(key)).first->second;
}

void ConversationCountsAnalysis::on_row(std::uint64_t line, std::span<const std::string_view> fields) {
  if (error_) return;
  error_ = read_row(line, fields);
  if (!error_) rows_.used();
}

std::optional<Error> ConversationCountsAnalysis::read_row(std::uint64_t line, std::span<const std::string_view> fields) {
  const csv::NumberFormat format = csv::number_format(table_.dialect());
  // Period: a key of one kind for the whole file.
  const std::string_view key = csv::trim(period_.in(fields));
  const auto kind = period_of_key(key);
  if (!kind)
    return cell_error(line, period_, "period_column", "bad_period", "“" + std::string(key) + "” is not a period key (2025-01-31, 2025-W05, 2025-01, 2025-Q1 or 2025).",
                      "“" + std::string(key) + "” non è una chiave di periodo (2025-01-31, 2025-W05, 2025-01, 2025-Q1 o 2025).");
  if (!period_kind_) {
    if (options_.period && *options_.period != *kind)
      return cell_error(line, period_, "period", "period_mismatch",
                        "the file counts by " + period_name_en(*kind) + ", but " + period_name_en(*options_.period) + " were asked for. Count by those in the query, or ask for " + period_name_en(*kind) + ".",
                        "il file conta per " + period_name_it(*kind) + ", ma sono stati chiesti " + period_name_it(*options_.period) + ". Conta per questi nella query, o chiedi " + period_name_it(*kind) + ".");
    period_kind_ = kind;
  } else if (*period_kind_ != *kind) {
    return cell_error(line, period_, "period_column", "mixed_periods",
                      "“" + std::string(key) + "” counts by " + period_name_en(*kind) + ", but the rows above count by " + period_name_en(*period_kind_) + ". One file holds one kind of period.",
                      "“" + std::string(key) + "” conta per " + period_name_it(*kind) + ", ma le righe sopra contano per " + period_name_it(*period_kind_) + ". Un file contiene un solo tipo di periodo.");
  }
  const std::int64_t period = *period_index_of_key(key, *kind);

  const std::string_view measure_cell = csv::trim(measure_.in(fields));
  const auto measure = parse_count_measure(measure_cell);
  if (!measure) {
    std::string known;
    for (auto id : kMeasureIds) known += (known.empty() ? "" : ", ") + std::string(id);
    return cell_error(line, measure_, "measure_column", "bad_measure", "“" + std::string(measure_cell) + "” is not a measure; the measures are " + known + ".",
                      "“" + std::string(measure_cell) + "” non è una misura; le misure sono " + known + ".");
  }

  const std::string_view count_cell = csv::trim(count_.in(fields));
  const csv::ParsedNumber count = csv::parse_number(count_cell, format);
  if (!count.whole() || count.value < 0 || count.value > kLargestCount)
    return cell_error(line, count_, "count_column", "bad_count", "“" + std::string(count_cell) + "” is not a count (a whole number, 0 or more).",
                      "“" + std::string(count_cell) + "” non è un conteggio (un numero intero, 0 o più).");
  const auto n = static_cast<std::uint64_t>(count.value);

  const std::string_view bucket_cell = csv::trim(bucket_.in(fields));
  const std::string_view sum_cell = csv::trim(sum_.in(fields));
  std::size_t bucket = 0;
  std::uint64_t sum = 0;
  if (is_histogram(*measure)) {
    bucket = DurationHistogram::kOverflow;
    if (!bucket_cell.empty()) {
      const csv::ParsedNumber edge = csv::parse_number(bucket_cell, format);
      const auto b = edge.whole() && edge.value >= 0 && edge.value <= kLargestCount
                         ? bucket_of_edge(static_cast<std::int64_t>(edge.value))
                         : std::nullopt;
      if (!b)
        return cell_error(line, bucket_, "bucket_column", "bad_bucket", "“" + std::string(bucket_cell) + "” is not one of Polso's bucket edges (0, 1, 2 … 20, 22, 25 … listed in docs/datasets.md); use the edges as the documented query writes them.",
                          "“" + std::string(bucket_cell) + "” non è uno dei limiti dei bucket di Polso (0, 1, 2 … 20, 22, 25 … elencati in docs/datasets.md); usa i limiti come li scrive la query documentata.");
      bucket = *b;
    }
    const csv::ParsedNumber s = csv::parse_number(sum_cell, format);
    if (!s.whole() || s.value < 0 || s.value > kLargestCount)
      return cell_error(line, sum_, "sum_column", "bad_sum", "“" + std::string(sum_cell) + "” is not a number of seconds (a whole number, 0 or more).",
                        "“" + std::string(sum_cell) + "” non è un numero di secondi (un numero intero, 0 o più).");
    sum = static_cast<std::uint64_t>(s.value);
    // The durations of a bucket lie between its edges: a sum outside them
    // means other edges or another unit (milliseconds?).
    const double lowest = bucket == 0 ? 0.0 : static_cast<double>(kDurationEdges[bucket - 1] + 1);
    const double highest = bucket == DurationHistogram::kOverflow ? kLargestCount : static_cast<double>(kDurationEdges[bucket]);
    if (s.value < lowest * count.value || s.value > highest * count.value)
      return cell_error(line, sum_, "sum_column", "sum_outside_bucket",
                        std::string(sum_cell) + " seconds is not the sum of " + std::string(count_cell) + " durations of this bucket (each " +
                            (bucket == 0 ? std::string("0") : "from " + std::to_string(static_cast<std::int64_t>(lowest)) + (bucket == DurationHistogram::kOverflow ? " up" : " to " + std::to_string(kDurationEdges[bucket]))) +
                            " seconds). Check that durations are in whole seconds and the edges are Polso's.",
                        std::string(sum_cell) + " secondi non sono la somma di " + std::string(count_cell) + " durate di questo bucket (ognuna " +
                            (bucket == 0 ? std::string("0") : "da " + std::to_string(static_cast<std::int64_t>(lowest)) + (bucket == DurationHistogram::kOverflow ? " in su" : " a " + std::to_string(kDurationEdges[bucket]))) +
                            " secondi). Controlla che le durate siano in secondi interi e i limiti siano quelli di Polso.");
  } else {
    if (!bucket_cell.empty() || !sum_cell.empty()) {
      const ResolvedColumn& col = bucket_cell.empty() ? sum_ : bucket_;
      return cell_error(line, col, bucket_cell.empty() ? "sum_column" : "bucket_column", "cell_not_blank", "the measure " + std::string(count_measure_id(*measure)) + " is a plain count, so this cell is left blank.",
                        "la misura " + std::string(count_measure_id(*measure)) + " è un semplice conteggio, quindi questa cella resta vuota.");
    }
  }

  std::string_view channel;
  if (channel_.found()) {
    channel = csv::trim(channel_.in(fields));
    if (channel.empty()) channel = "(blank)";
  }
  seen_[static_cast<std::size_t>(*measure)] = true;
  const std::optional<std::int64_t> target = channel_.found() ? options_.targets.for_channel(channel) : std::nullopt;
  auto add = [&](ConversationCounts& g) {
    g.totals[static_cast<std::size_t>(*measure)] += n;
    if (*measure == CountMeasure::first_response) {
      g.first_response.add(bucket, n, sum);
      if (target) {
        g.first_response_with_target += n;
        if (bucket <= bucket_of_seconds(*target) && bucket_of_edge(*target)) g.first_response_within_target += n;
      }
    } else if (*measure == CountMeasure::resolution) {
      g.resolution.add(bucket, n, sum);
    }
  };
  add(overall_);
  if (channel_.found()) add(channel_group(channel));
  if (*measure == CountMeasure::conversations) volumes_[period] += n;
  return std::nullopt;
}

std::optional<Error> ConversationCountsAnalysis::finish() {
  if (error_) return error_;
  if (auto e = table_.finish()) return e;
  if (error_) return error_;
  using M = CountMeasure;
  auto check = [&](const ConversationCounts& g, const std::string& en, const std::string& it) -> std::optional<Error> {
    const bool conv = has(M::conversations);
    for (M part : {M::answered, M::resolved, M::self_served, M::csat_responses})
      if (auto e = exceeds(g, en, it, part, M::conversations, conv && has(part))) return e;
    if (auto e = exceeds(g, en, it, M::fcr_resolved, M::resolved, has(M::fcr_resolved) && has(M::resolved))) return e;
    if (auto e = exceeds(g, en, it, M::fcr_first_contact, M::fcr_resolved, has(M::fcr_first_contact) && has(M::fcr_resolved))) return e;
    if (auto e = exceeds(g, en, it, M::csat_satisfied, M::csat_responses, has(M::csat_satisfied) && has(M::csat_responses))) return e;
    if (auto e = histogram_total(g, en, it, M::first_response, M::answered, has(M::first_response) && has(M::answered))) return e;
    if (auto e = histogram_total(g, en, it, M::resolution, M::resolved, has(M::resolution) && has(M::resolved))) return e;
    return std::nullopt;
  };
  if (auto e = check(overall_, "All channels", "Tutti i canali")) return e;
  for (const auto& [key, g] : channels_)
    if (auto e = check(g, "Channel “" + key + "”", "Canale “" + key + "”")) return e;
  return std::nullopt;
}

}  // namespace polso::datasets
