#include "core/datasets/survey_analysis.hpp"

#include <algorithm>

#include "core/csv/numbers.hpp"
#include "core/datasets/capped_groups.hpp"
#include "core/datasets/comment_column.hpp"
#include "core/datasets/period_index.hpp"
#include "core/text/words.hpp"
#include "core/datasets/date_order_choice.hpp"
#include "core/problems.hpp"

namespace polso::datasets {

SurveyAnalysis::SurveyAnalysis(SurveyAnalysisOptions options)
    : options_(std::move(options)),
      aggregate_(options_.metric.max_score()),
      min_score_(options_.metric.min_score()),
      table_(options_.table, *this) {}

// Everything on_columns() settled, nothing counted.
SurveyAnalysis::SurveyAnalysis(const SurveyAnalysis& head, PartOf)
    : options_(head.options_),
      aggregate_(options_.metric.max_score()),
      min_score_(head.min_score_),
      columns_(head.columns_),
      date_order_(head.date_order_),
      profile_(head.profile_),
      metric_from_column_(head.metric_from_column_),
      comments_setup_(head.comments_setup_),
      focus_period_(head.focus_period_),
      table_(head.table_, *this) {
  if (!comments_setup_) return;
  const text::Language language = comments_setup_->language;
  comments_.emplace(comments_setup_->groups.names.size(), language);
  comment_reader_.emplace(language);
  if (head.focus_) focus_.emplace(2, language);
  if (head.rising_) rising_.emplace(2, language);
}

std::unique_ptr<SurveyAnalysis> SurveyAnalysis::part() const {
  if (!table_.ready_for_parts()) return nullptr;
  return std::unique_ptr<SurveyAnalysis>(new SurveyAnalysis(*this, PartOf{}));
}

SurveyPartState SurveyAnalysis::part_state() const {
  return {aggregate_, comments_, focus_, rising_, long_segment_names_, table_.part_summary()};
}

namespace {

// Whether a part's comments can merge into the head's: both or neither,
// the same groups and language.
bool comments_fit(const std::optional<CommentAggregate>& mine, const std::optional<CommentAggregate>& theirs) {
  if (!mine || !theirs) return !mine && !theirs;
  return mine->groups().size() == theirs->groups().size() && mine->language() == theirs->language();
}

}  // namespace

bool SurveyAnalysis::absorb(const SurveyPartState& part, std::uint64_t line_offset) {
  if (part.aggregate.max_score() != aggregate_.max_score() || !comments_fit(comments_, part.comments) ||
      !comments_fit(focus_, part.focus) || !comments_fit(rising_, part.rising))
    return false;
  if (!groups_merge_exactly(aggregate_.segments(), part.aggregate.segments(),
                            aggregate_.segments_capped() || part.aggregate.segments_capped(),
                            SurveyAggregate::kMaxSegments))
    return false;
  if (!table_.absorb(part.table)) return false;
  aggregate_.merge(part.aggregate, line_offset);
  long_segment_names_ = long_segment_names_ || part.long_segment_names;
  // Term sketches merge exactly only while no term was dropped.
  for (auto [into, from] : {std::pair{&comments_, &part.comments}, std::pair{&focus_, &part.focus}, std::pair{&rising_, &part.rising}}) {
    if (!*into || !*from) continue;
    (*into)->merge(**from);
    if ((*into)->approximate()) return false;
  }
  return true;
}

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
    profile_ = match_profile(headers, DatasetKind::survey);
    // The profile's own columns first (its timestamp, its score), then the guess.
    auto known = [&](std::string_view role, const csv::ColumnChoice& guess) {
      ResolvedColumn r = profile_ ? from_profile(*profile_, role, headers) : ResolvedColumn{};
      ResolvedColumn g = from_guess(guess, headers);
      if (!r.found()) return g;
      if (g.found() && g.index != r.index) r.runners_up.push_back({g.index, g.name});
      for (const RunnerUp& u : g.runners_up)
        if (u.index != r.index && r.runners_up.size() < ResolvedColumn::kMaxRunnersUp) r.runners_up.push_back(u);
      return r;
    };
    if (auto e = choose(c.score, "score_column", known("score", m.score), columns_.score)) return e;
    if (auto e = choose(c.date, "date_column", known("date", m.date), columns_.date)) return e;
    if (auto e = choose(c.segment, "segment_column", from_guess(m.segment, headers), columns_.segment)) return e;
    // The comment column is guessed among the columns no other role took.
    std::vector<std::int64_t> taken;
    for (const ResolvedColumn* r : {&columns_.score, &columns_.date, &columns_.segment})
      if (r->found()) taken.push_back(r->index);
    ResolvedColumn comment = profile_ ? from_profile(*profile_, "comment", headers) : ResolvedColumn{};
    if (!comment.found()) comment = guess_comment_column(headers, sample, taken);
    if (auto e = choose(c.comment, "comment_column", std::move(comment), columns_.comment)) return e;
  }
  // A column the user chose for one role is never also guessed for another
  // (--segment-column Rating must not leave Rating as the score too).
  struct Role {
    const std::optional<std::string>& wanted;
    ResolvedColumn& out;
  };
  Role roles[] = {{c.score, columns_.score}, {c.date, columns_.date}, {c.segment, columns_.segment},
                  {c.count, columns_.count}, {c.comment, columns_.comment}};
  for (Role& guessed : roles) {
    if (guessed.wanted || !guessed.out.found()) continue;
    for (const Role& chosen : roles)
      if (chosen.wanted && chosen.out.found() && chosen.out.index == guessed.out.index) guessed.out = ResolvedColumn{};
  }
  if (!columns_.score.found())
    return problems::invalid("score_column", "score_column_not_found",
                             {"Could not tell which column holds the scores. Choose it. The columns are: " + column_list(headers) + ".",
                              "Non è chiaro quale colonna contenga i punteggi. Sceglila tu. Le colonne sono: " + column_list(headers) + "."});

  if (auto e = settle_metric(headers, sample)) return e;
  if (!options_.metric.scale_given && !options_.metric_auto) settle_scale(sample);
  if (columns_.date.found() && !options_.pre_aggregated) {
    csv::DateOrderVote vote;
    for (const auto& row : sample)
      if (static_cast<std::size_t>(columns_.date.index) < row.size()) vote.add(row[static_cast<std::size_t>(columns_.date.index)]);
    DateOrderChoice order = choose_date_order(vote, options_.table.dialect.date_order, profile_, headers,
                                              options_.table.fallback_date_order);
    date_order_ = order.order;
    if (order.ambiguous) notes_.push_back(std::move(*order.ambiguous));
  }
  if (columns_.comment.found() && !options_.pre_aggregated)
    if (auto e = settle_comments(headers, sample)) return e;
  return std::nullopt;
}

// The metric is known: the groups follow it. The language is the user's,
// or the one whose stop words the headers and the sample's comments hit
// most (English when they hit none).
std::optional<Error> SurveyAnalysis::settle_comments(const std::vector<std::string>& headers,
                                                     std::span<const std::vector<std::string>> sample) {
  CommentsSetup setup{comment_groups(options_.metric)};
  if (options_.comments_language) {
    setup.language = *options_.comments_language;
    setup.language_given = true;
  } else {
    text::LanguageVote vote;
    const auto col = static_cast<std::size_t>(columns_.comment.index);
    text::Word word;
    auto add_words = [&](std::string_view text) {
      text::WordReader reader(budget::utf8_prefix(text, budget::kMaxCommentBytes));
      while (reader.next(word))
        if (word.has_letter) vote.add(word.folded);
    };
    // The questions are in the comments' language too: they decide when
    // the answers are too short to have stop words ("Ottimo", "Lenti").
    for (const std::string& h : headers) add_words(h);
    for (const auto& row : sample)
      if (col < row.size()) add_words(row[col]);
    setup.language = vote.best().value_or(text::Language::en);
    setup.language_hits = vote.hits(setup.language);
  }
  comments_.emplace(setup.groups.names.size(), setup.language);
  comment_reader_.emplace(setup.language);
  if (const auto& f = options_.comments_focus) {
    if (f->kind == CommentsFocus::Kind::period) {
      if (!columns_.date.found())
        return problems::invalid("comments_focus", "no_date_column",
                                 {"To look at one period's comments, the file needs a date column. Choose it.",
                                  "Per guardare i commenti di un periodo, il file deve avere una colonna delle date. Sceglila."});
      const auto index = period_index_of_key(f->key, options_.period);
      if (!index)
        return problems::invalid("comments_focus", "invalid_choice",
                                 {"The period to look at is written like the report's periods (2026-03 by month, 2026-W11 by week, 2026-Q1 by quarter, 2026 by year, 2026-03-15 by day).",
                                  "Il periodo da guardare si scrive come i periodi del report (2026-03 per mese, 2026-W11 per settimana, 2026-Q1 per trimestre, 2026 per anno, 2026-03-15 per giorno)."});
      focus_period_ = *index;
      rising_.emplace(2, setup.language);
    } else if (!columns_.segment.found()) {
      return problems::invalid("comments_focus", "no_segment_column",
                               {"To look at one segment's comments, the file needs a segment column. Choose it.",
                                "Per guardare i commenti di un segmento, il file deve avere una colonna dei segmenti. Sceglila."});
    }
    focus_.emplace(2, setup.language);
  }
  comments_setup_ = std::move(setup);
  return std::nullopt;
}

// One comment into the groups' counts and, with a focus, into its own.
void SurveyAnalysis::add_comment(int score, const csv::CivilDate* date, std::string_view segment,
                                 std::string_view comment) {
  CommentReader::Terms* terms = comment_reader_->read(comment);
  if (!terms) return;
  const std::size_t group = comments_setup_->groups.of(score);
  CommentReader::tally(*comments_, group, *terms, comment);
  if (!focus_) return;
  if (options_.comments_focus->kind == CommentsFocus::Kind::segment) {
    CommentReader::tally(*focus_, segment == options_.comments_focus->key ? 0 : 1, *terms, comment);
    return;
  }
  const std::int64_t index = period_index(*date, options_.period);
  CommentReader::tally(*focus_, index == focus_period_ ? 0 : 1, *terms, comment);
  // The lowest group is the last one: detractors, not_satisfied, hard.
  if (group + 1 == comments_setup_->groups.names.size() && (index == focus_period_ || index == focus_period_ - 1))
    CommentReader::tally(*rising_, index == focus_period_ ? 0 : 1, *terms, comment);
}

// The metric follows the column when not given; when given, the column's
// scale must be able to hold it, or the user must have chosen the column.
std::optional<Error> SurveyAnalysis::settle_metric(const std::vector<std::string>& headers,
                                                   std::span<const std::vector<std::string>> sample) {
  const std::string& header = headers[static_cast<std::size_t>(columns_.score.index)];
  const ScaleSeen seen = scale_seen(sample, static_cast<std::size_t>(columns_.score.index), header);
  if (!options_.metric_auto) {
    auto mismatch = scale_mismatch(options_.metric, header, seen, columns_.score.by_user);
    if (!mismatch) {
      if (auto doubt = scale_doubt(options_.metric, header, seen)) notes_.push_back(std::move(*doubt));
      return std::nullopt;
    }
    if (!columns_.score.by_user) return mismatch;
    notes_.push_back(std::move(*mismatch));
    return std::nullopt;
  }
  auto choice = datasets::metric_from_column(header, seen, columns_.score.by_user);
  if (!choice) return choice.error();
  if (choice->mismatch) notes_.push_back(*choice->mismatch);
  const MetricAuto& a = *options_.metric_auto;
  auto metric = make_survey_metric(choice->id, a.scale ? a.scale : std::optional<int>(choice->scale), a.threshold, a.method);
  if (!metric) return metric.error();
  options_.metric = *metric;
  min_score_ = options_.metric.min_score();
  options_.metric.scale_from_answers = !a.scale && seen.any();
  aggregate_ = SurveyAggregate(options_.metric.max_score());  // nothing counted yet
  if (!choice->named && !choice->mismatch) {  // a mismatch already says what to check
    const std::string name = choice->id == "nps" ? "NPS" : choice->id == "csat" ? "CSAT" : "CES";
    notes_.push_back(problems::note(
        "metric_from_scale", "metric",
        {"The column’s name does not say which metric it holds, so " + name + " was chosen from the answers’ scale alone. If the question asks something else, choose the metric.",
         "Il nome della colonna non dice quale metrica contiene, quindi " + name + " è stato scelto solo dalla scala delle risposte. Se la domanda chiede altro, scegli la metrica."}));
  }
  metric_from_column_ = std::move(choice.value());
  return std::nullopt;
}

// CSAT comes on 1–5 or 1–10. Without a --scale, any answer above 5 in the
// sample means 1–10, so a 1–10 export is not read as 1–5 with half its answers
// "out of range". (CES keeps its default 1–7: a 1–5 file fits inside it, so no
// answer is lost, and a sample without 6s and 7s cannot tell the two apart.)
void SurveyAnalysis::settle_scale(std::span<const std::vector<std::string>> sample) {
  if (options_.metric.id != "csat") return;
  const auto col = static_cast<std::size_t>(columns_.score.index);
  for (const auto& row : sample) {
    if (col >= row.size()) continue;
    const csv::ParsedScore score = csv::leading_score(row[col]);
    if (score.ok() && score.value > 5 && score.value <= 10) {
      options_.metric.scale = 10;
      options_.metric.scale_from_answers = true;
      aggregate_ = SurveyAggregate(options_.metric.max_score());  // nothing counted yet
      return;
    }
  }
}

// Inline in on_row: a hit is a few instructions; the miss is a call.
inline ScoreCounts* SurveyAnalysis::period_of(const csv::CivilDate& date) {
  const std::int32_t key = (date.year * 16 + date.month) * 32 + date.day;
  // Neighbouring days land in neighbouring slots.
  const auto at = static_cast<std::size_t>(date.year * 372 + date.month * 31 + date.day) & (kPeriodSlots - 1);
  // A slot filled before the aggregate last dropped a period may point at it.
  if (!period_cache_.empty()) {
    const PeriodSlot& slot = period_cache_[at];
    if (slot.date == key && slot.evictions == aggregate_.period_evictions()) return slot.bucket;
  }
  return fill_period_slot(date, key, at);
}

// Inline in on_row: a value seen before is found in its slot; a new value is
// a call (fill_segment_slot).
inline ScoreCounts* SurveyAnalysis::segment_of(std::string_view value) {
  const std::size_t n = value.size();
  const ShortKey key = short_key(value);
  std::uint64_t h = n;
  if (n <= 16) {  // size and key are the whole value: two multiplies
    h = (h ^ key.head) * 0x9E3779B97F4A7C15ull;
    h = (h ^ key.tail ^ (h >> 32)) * 0x9E3779B97F4A7C15ull;
  } else {
    h = hash_bytes(value);
  }
  if (segment_cache_.empty()) segment_cache_.resize(kSegmentSlots);
  for (std::size_t at = static_cast<std::size_t>(h ^ (h >> 29)) & (kSegmentSlots - 1);; at = (at + 1) & (kSegmentSlots - 1)) {
    const SegmentSlot& slot = segment_cache_[at];
    if (!slot.bucket) return fill_segment_slot(value, key, at);
    if (slot.size == n && slot.key == key && (n <= 16 || same_bytes(slot.value, value))) return slot.bucket;
  }
}

// `at`: the free slot the value hashed to.
ScoreCounts* SurveyAnalysis::fill_segment_slot(std::string_view value, const ShortKey& key, std::size_t at) {
  ScoreCounts* bucket = &aggregate_.segment_bucket(value);
  if (segment_cache_used_ < kSegmentSlots / 2) {
    SegmentSlot& slot = segment_cache_[at];
    slot.size = value.size();
    slot.key = key;
    if (value.size() > 16) slot.value.assign(value);
    slot.bucket = bucket;
    ++segment_cache_used_;
  }
  return bucket;
}

void SurveyAnalysis::on_row(std::uint64_t line, std::span<const std::string_view> fields) {
  if (options_.pre_aggregated) return on_counts_row(line, fields);
  const csv::ParsedScore score = csv::leading_score(columns_.score.in(fields));
  if (!score.ok()) return aggregate_.skip(std::string(csv::number_issue_code(score.issue)), line);
  if (score.value < min_score_ || score.value > aggregate_.max_score()) return aggregate_.skip("out_of_range", line);
  ScoreCounts* period = nullptr;
  csv::CalendarDate d;  // the day alone: a survey never needs the instant
  if (columns_.date.found()) {
    d = csv::parse_calendar_date(columns_.date.in(fields), date_order_);
    if (!d.ok())
      return aggregate_.skip(d.issue == csv::DateIssue::blank ? "blank_date" : std::string(csv::date_issue_code(d.issue)), line);
    period = period_of(d.date);
  }
  ScoreCounts* segment = nullptr;
  std::string_view segment_value;
  if (columns_.segment.found()) {
    std::string_view value = csv::trim(columns_.segment.in(fields));
    if (value.empty()) value = "(blank)";
    segment_value = segment_name(value);
    segment = segment_of(segment_value);
  }
  aggregate_.add(static_cast<int>(score.value), period, segment);
  if (comments_) add_comment(static_cast<int>(score.value), &d.date, segment_value, columns_.comment.in(fields));
}

// A segment name longer than the budget is kept cut (with “…”): values that
// share their first kMaxSegmentNameBytes bytes share a segment.
std::string_view SurveyAnalysis::segment_name(std::string_view value) {
  if (value.size() <= budget::kMaxSegmentNameBytes) return value;
  long_segment_names_ = true;
  segment_name_ = budget::cut(value, budget::kMaxSegmentNameBytes);
  return segment_name_;
}

ScoreCounts* SurveyAnalysis::fill_period_slot(const csv::CivilDate& date, std::int32_t key, std::size_t at) {
  if (period_cache_.empty()) period_cache_.resize(kPeriodSlots);
  PeriodSlot& slot = period_cache_[at];
  slot.bucket = aggregate_.period_bucket(csv::period_key(date, options_.period));
  slot.date = key;
  slot.evictions = aggregate_.period_evictions();
  return slot.bucket;
}

void SurveyAnalysis::on_counts_row(std::uint64_t line, std::span<const std::string_view> fields) {
  const csv::ParsedScore score = csv::leading_score(columns_.score.in(fields));
  if (!score.ok()) return aggregate_.skip(std::string(csv::number_issue_code(score.issue)), line);
  if (score.value < min_score_ || score.value > aggregate_.max_score()) return aggregate_.skip("out_of_range", line);
  const csv::ParsedNumber count = csv::parse_number(columns_.count.in(fields), csv::number_format(table_.dialect()));
  if (!count.whole() || count.value < 0) return aggregate_.skip("bad_count", line);
  // Counts are doubles: beyond 2^53 they are no longer exact whole numbers.
  if (count.value > 9007199254740992.0) return aggregate_.skip("count_too_large", line);
  std::string_view segment = csv::trim(columns_.segment.in(fields));
  if (columns_.segment.found() && segment.empty()) segment = "(blank)";
  segment = segment_name(segment);
  aggregate_.add(static_cast<int>(score.value), csv::trim(columns_.date.in(fields)), segment, count.value);
}

}  // namespace polso::datasets
