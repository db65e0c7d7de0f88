// Scores are summed per column: a keyword in the name counts for more than
// the shape of the values, because many columns hold small integers but few
// are named "How likely are you to recommend…".
#include "core/csv/columns.hpp"

#include <algorithm>
#include <set>

#include "core/csv/dates.hpp"
#include "core/csv/numbers.hpp"
#include "core/csv/words.hpp"

namespace polso::csv {
namespace {

// Score words by what they name, in English, Italian, French, Spanish, German
// and Portuguese (folded: no accents). A tier that names a metric outranks a
// generic word: a column named "nps" beats "satisfaction", which beats "rating".
constexpr std::string_view kNpsWords[] = {"recommend", "likely", "nps", "consigli", "raccomand", "probabil",
                                          "recommand", "recomend", "empfehl", "wahrscheinlich", "net promoter"};
constexpr std::string_view kSatisfactionWords[] = {"satisf", "soddisf", "csat", "zufrieden", "contento", "happy",
                                                   "satisfe", "satisfa"};
constexpr std::string_view kEffortWords[] = {"effort", "easy", "facile", "ces", "sforzo", "facil", "esfuerzo",
                                             "esforco", "einfach", "aufwand", "difficult", "difficil", "leicht"};
// Generic words: "rating" and its kin lean to satisfaction; "score" names no metric.
constexpr std::string_view kRatingWords[] = {"rating", "voto", "valutaz", "grade", "stars", "stelle", "bewertung",
                                             "avaliacao", "evaluation", "notation", "sterne", "estrellas",
                                             "estrelas", "calificacion"};
constexpr std::string_view kScoreWords[] = {"score", "punteggio", "puntuacion", "puntaje", "pontuacao", "punkte",
                                            "rating", "voto", "valutaz", "grade", "stars", "stelle", "bewertung",
                                            "avaliacao", "evaluation", "notation", "sterne", "estrellas",
                                            "estrelas", "calificacion"};
// A whole-survey question outranks a sub-rating of one aspect.
constexpr std::string_view kOverallWords[] = {"overall", "complessiv", "generale", "global", "gesamt", "general",
                                              "insgesamt", "totale"};
// Names of columns that hold small whole numbers but never an answer.
constexpr std::string_view kNotScoreWords[] = {"id", "progress", "finished", "status", "duration", "lastpage",
                                               "page", "seed", "number", "numero", "count", "age", "eta",
                                               "quantity", "year", "anno", "index", "row"};
constexpr std::string_view kDateWords[] = {"date", "data", "time", "timestamp", "submitted", "submit",
                                           "inviat", "invio", "cronolog", "recorded", "created",
                                           "completed", "closed", "chius", "giorno", "day", "quando", "when",
                                           "horodateur", "zeitstempel", "marca temporal", "carimbo", "fecha",
                                           "datum", "heure", "hora", "zeit"};
constexpr std::string_view kCompletionWords[] = {"submit", "inviat", "invio", "recorded", "completed", "closed", "chius",
                                                 "end", "fine", "cronolog", "timestamp", "completion", "horodateur",
                                                 "zeitstempel", "marca temporal", "carimbo", "envio", "soumis"};
constexpr std::string_view kSegmentWords[] = {
    "channel", "canale",  "segment", "team",      "store",    "negozio", "city",     "citta",
    "source",  "fonte",   "region",  "regione",   "agent",    "operator", "country", "paese",
    "shop",    "sede",    "location", "product",  "prodotto", "plan",    "piano",    "categor",
    "department", "reparto", "branch", "filiale", "provenienza", "origine", "medium",
    "canal", "magasin", "tienda", "loja", "kanal", "fuente", "origem", "departement", "abteilung"};
// Free text and people: never a group to compare, however few their values.
constexpr std::string_view kNotSegmentWords[] = {
    "comment", "feedback", "reason", "anything", "why", "perche", "motivo", "name", "nome", "nom", "nombre",
    "email", "e-mail", "mail", "suggest", "suggeri", "note", "osservazion", "pourquoi", "warum", "kommentar",
    "tell us", "else", "altro", "improve", "miglior", "better", "address", "indirizzo", "phone", "telefono"};

constexpr std::size_t kMaxRunnersUp = 3;

// The first of `words` in the name: anywhere, but short words ("nps", "ces",
// "end", "day") only whole.
template <std::size_t N>
std::string_view find_word(const std::string& folded, const std::string_view (&words)[N]) {
  for (std::string_view w : words)
    if (has_word(folded, w, short_words_whole(Match::anywhere, w))) return w;
  return {};
}

struct ScoreName {
  double tier = 0.5;        // how strongly the name says "score"
  std::string_view word;    // the word that said it; empty: none
};

// A name that is exactly "nps" (or "NPS score") names the metric outright.
ScoreName score_name(const std::string& folded) {
  const std::string_view n = trim(folded);
  if (n == "nps" || n == "net promoter score" || n == "nps score" || n == "score nps" || n == "punteggio nps")
    return {1.0, "nps"};
  const double overall = find_word(folded, kOverallWords).empty() ? 0.0 : 0.04;
  if (auto w = find_word(folded, kNpsWords); !w.empty()) return {0.95, w};
  if (auto w = find_word(folded, kSatisfactionWords); !w.empty()) return {0.85 + overall, w};
  if (auto w = find_word(folded, kEffortWords); !w.empty()) return {0.85 + overall, w};
  if (auto w = find_word(folded, kScoreWords); !w.empty()) return {0.75 + overall, w};
  if (!find_word(folded, kNotScoreWords).empty()) return {0.2, {}};  // "How easy was the page?" keeps its word
  return {};
}

std::string percent(double share) { return std::to_string(static_cast<int>(share * 100 + 0.5)) + "%"; }

std::string quoted(const std::string& header, std::int64_t index) {
  return "\xE2\x80\x9C" + header + "\xE2\x80\x9D (" + std::to_string(index + 1) + ")";
}

struct ColumnStats {
  std::uint64_t nonblank = 0;
  std::uint64_t scores = 0;  // whole numbers 0..10
  std::int64_t min = 11, max = -1;
  std::uint64_t numbers = 0;
  std::uint64_t dates = 0;
  std::set<std::string> distinct;  // capped
};

ColumnStats stats_of(std::span<const std::vector<std::string>> rows, std::size_t col, const Dialect& d) {
  ColumnStats s;
  for (const auto& row : rows) {
    if (col >= row.size()) continue;
    const std::string_view v = trim(row[col]);
    if (v.empty()) continue;
    ++s.nonblank;
    const ParsedScore sc = leading_score(v);
    const ParsedNumber n = parse_number(v, number_format(d));
    if (n.ok()) ++s.numbers;
    if (sc.ok() && sc.value <= 10 && (!n.ok() || n.value == static_cast<double>(sc.value))) {
      ++s.scores;
      s.min = std::min(s.min, sc.value);
      s.max = std::max(s.max, sc.value);
    }
    const ParsedDate pd = parse_date(v, d.date_order);
    if (pd.ok() || pd.issue == DateIssue::ambiguous) ++s.dates;
    if (s.distinct.size() <= 64) s.distinct.emplace(v);
  }
  return s;
}

double share(std::uint64_t part, std::uint64_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

ScoreScale guess_scale(const ColumnStats& s, bool nps_words) {
  if (nps_words || s.min == 0 || s.max > 7) return ScoreScale::zero_to_ten;
  if (s.max <= 5) return ScoreScale::one_to_five;
  return ScoreScale::one_to_seven;
}

}  // namespace

ScoreWords score_words(std::string_view header) {
  const std::string folded = fold_for_matching(trim(header));
  const ScoreName name = score_name(folded);
  if (name.tier >= 1.0 || !find_word(folded, kNpsWords).empty()) return {ScoreFamily::nps, name.word};
  if (name.word.empty()) return {};
  if (!find_word(folded, kSatisfactionWords).empty()) return {ScoreFamily::satisfaction, name.word};
  if (!find_word(folded, kEffortWords).empty()) return {ScoreFamily::effort, name.word};
  if (!find_word(folded, kRatingWords).empty()) return {ScoreFamily::rating, name.word};
  return {ScoreFamily::generic, name.word};
}

std::string_view scale_name(ScoreScale scale) {
  switch (scale) {
    case ScoreScale::unknown: return "unknown";
    case ScoreScale::zero_to_ten: return "0-10";
    case ScoreScale::one_to_five: return "1-5";
    case ScoreScale::one_to_seven: return "1-7";
  }
  return "unknown";
}

std::string fold_for_matching(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xC3 && i + 1 < text.size()) {
      // Latin-1 letters U+00C0..U+00FF, folded to their base letter.
      static constexpr char kBase[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyps";
      const auto b = static_cast<unsigned char>(text[i + 1]);
      if (b >= 0x80 && b <= 0xBF) {
        const char base = kBase[(b - 0x80) & 0x1F];
        out.push_back(base == '/' ? static_cast<char>(b - 0x80 < 0x20 ? 'x' : '/') : base);
        ++i;
        continue;
      }
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
  }
  return out;
}

std::vector<std::string> header_names(std::span<const std::vector<std::string>> header_rows) {
  std::size_t width = 0;
  for (const auto& r : header_rows) width = std::max(width, r.size());
  std::vector<std::string> names(width);
  std::string carried;  // the last non-blank question of row 1
  for (std::size_t c = 0; c < width; ++c) {
    std::string name;
    for (std::size_t r = 0; r < header_rows.size(); ++r) {
      std::string cell = c < header_rows[r].size() ? std::string(trim(header_rows[r][c])) : std::string();
      if (r == 0) {
        if (cell.empty() && header_rows.size() > 1) cell = carried;
        else carried = cell;
      }
      if (cell.empty() || cell.rfind("{\"ImportId\"", 0) == 0 || cell == name) continue;
      if (!name.empty()) name += " - ";
      name += cell;
    }
    names[c] = std::move(name);
  }
  return names;
}

namespace {

// Every column of the sample: its name, folded name and value statistics.
struct SampledColumns {
  std::size_t width = 0;
  std::vector<ColumnStats> stats;
  std::vector<std::string> names, folded;
};

SampledColumns sample_columns(std::span<const std::string> headers, std::span<const std::vector<std::string>> rows,
                              const Dialect& dialect) {
  SampledColumns out;
  out.width = headers.size();
  for (const auto& r : rows) out.width = std::max(out.width, r.size());
  for (std::size_t c = 0; c < out.width; ++c) {
    out.stats.push_back(stats_of(rows, c, dialect));
    out.names.push_back(c < headers.size() ? headers[c] : std::string());
    out.folded.push_back(fold_for_matching(out.names.back()));
  }
  return out;
}

struct Candidate {
  std::size_t column;
  double points;
};

// The next-best columns of a role, best first, for "did you mean …".
void fill_runners_up(std::vector<Candidate>& all, ColumnChoice& choice) {
  std::stable_sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) { return a.points > b.points; });
  for (const Candidate& c : all)
    if (static_cast<std::int64_t>(c.column) != choice.index && choice.runners_up.size() < kMaxRunnersUp)
      choice.runners_up.push_back(static_cast<std::int64_t>(c.column));
}

// Score: the name's tier, times the share of answers that are scores, plus
// a little for a wider scale (an overall 1–10 over a 1–5 sub-rating).
// `value_only`: how many candidates have no score word in their name.
std::vector<Candidate> score_candidates(const SampledColumns& cols, std::size_t& value_only) {
  std::vector<Candidate> candidates;
  value_only = 0;
  for (std::size_t c = 0; c < cols.width; ++c) {
    const ColumnStats& s = cols.stats[c];
    const double fit = share(s.scores, s.nonblank);
    if (s.nonblank == 0 || fit < 0.8) continue;
    if (share(s.dates, s.nonblank) >= 0.5) continue;  // timestamps are never scores
    const ScoreName name = score_name(cols.folded[c]);
    if (name.word.empty()) ++value_only;
    // Among named columns a wider scale wins a tie (an overall 1–10 rating
    // over a 1–5 sub-rating); unnamed ones keep file order.
    double points = name.tier * fit + (name.word.empty() ? 0.0 : 0.002 * static_cast<double>(s.max - s.min));
    if (s.min == s.max && name.word.empty()) points *= 0.5;  // one value only: a flag, not answers
    // Only 0 and 1: a yes/no column ("Recommended IND", "Would recommend?"),
    // whatever its name says, not answers on a scale. Read as a 0–5 score it
    // gives a CSAT of 0% with full confidence.
    if (s.min == 0 && s.max == 1) points *= 0.2;
    candidates.push_back({c, points});
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.points > b.points; });
  return candidates;
}

void choose_score(const SampledColumns& cols, ColumnMapping& m) {
  std::size_t value_only = 0;
  const std::vector<Candidate> candidates = score_candidates(cols, value_only);
  if (candidates.empty()) return;
  const std::size_t c = candidates.front().column;
  const ColumnStats& s = cols.stats[c];
  const double fit = share(s.scores, s.nonblank);
  const ScoreName name = score_name(cols.folded[c]);
  const auto idx = static_cast<std::int64_t>(c);
  m.score.index = idx;
  m.score.confidence = std::min(candidates.front().points, 1.0);
  for (std::size_t i = 1; i < candidates.size() && m.score.runners_up.size() < kMaxRunnersUp; ++i)
    if (score_name(cols.folded[candidates[i].column]).tier >= 0.5)  // not "Finished", "Last page", ids
      m.score.runners_up.push_back(static_cast<std::int64_t>(candidates[i].column));
  m.scale = guess_scale(s, !find_word(cols.folded[c], kNpsWords).empty());
  const std::string range = std::to_string(s.min) + "-" + std::to_string(s.max);
  const std::string& header = cols.names[c];
  if (!name.word.empty()) {
    m.score.reason_en = "Column " + quoted(header, idx) + ": its name contains \xE2\x80\x9C" + std::string(name.word) +
                        "\xE2\x80\x9D and " + percent(fit) + " of its answers are whole numbers (" + range + ").";
    m.score.reason_it = "Colonna " + quoted(header, idx) + ": il nome contiene \xE2\x80\x9C" + std::string(name.word) +
                        "\xE2\x80\x9D e il " + percent(fit) + " delle risposte sono numeri interi (" + range + ").";
  } else {
    m.score.reason_en = "Column " + quoted(header, idx) + ": " + percent(fit) +
                        " of its answers are whole numbers (" + range + "), but its name does not say it is a score.";
    m.score.reason_it = "Colonna " + quoted(header, idx) + ": il " + percent(fit) +
                        " delle risposte sono numeri interi (" + range + "), ma il nome non indica un punteggio.";
    // Several unnamed small-integer columns: a guess the UI should confirm.
    if (value_only > 1) m.score.confidence = 0.3;
  }
}

// Date: ≥ 80% dates, a date word in the name, the completion time first.
void choose_date(const SampledColumns& cols, ColumnMapping& m) {
  double best = 0;
  std::vector<Candidate> dates;
  for (std::size_t c = 0; c < cols.width; ++c) {
    const auto idx = static_cast<std::int64_t>(c);
    if (idx == m.score.index) continue;
    const ColumnStats& s = cols.stats[c];
    const double fit = share(s.dates, s.nonblank);
    if (s.nonblank == 0 || fit < 0.8) continue;
    const std::string_view word = find_word(cols.folded[c], kDateWords);
    const bool completion = !find_word(cols.folded[c], kCompletionWords).empty();
    const double points = ((word.empty() ? 0.5 : 0.85) + (completion ? 0.1 : 0.0)) * fit;
    dates.push_back({c, points});
    if (points <= best + 1e-9) continue;
    best = points;
    m.date.index = idx;
    m.date.confidence = std::min(points, 1.0);
    m.date.reason_en = "Column " + quoted(cols.names[c], idx) + ": " + percent(fit) + " of its values are dates" +
                       (word.empty() ? std::string(".") : ", and its name says so.") +
                       (completion ? " It records when the answer was sent." : "");
    m.date.reason_it = "Colonna " + quoted(cols.names[c], idx) + ": il " + percent(fit) + " dei valori sono date" +
                       (word.empty() ? std::string(".") : ", e il nome lo conferma.") +
                       (completion ? " Indica quando la risposta \xC3\xA8 stata inviata." : "");
  }
  fill_runners_up(dates, m.date);
}

// Segment: text (not numbers or dates) with 2 to min(50, 60% of the
// answers) distinct values, a group word in the name first.
void choose_segment(const SampledColumns& cols, ColumnMapping& m) {
  double best = 0;
  std::vector<Candidate> segments;
  for (std::size_t c = 0; c < cols.width; ++c) {
    const auto idx = static_cast<std::int64_t>(c);
    if (idx == m.score.index || idx == m.date.index) continue;
    const ColumnStats& s = cols.stats[c];
    if (s.nonblank == 0) continue;
    if (share(s.numbers, s.nonblank) >= 0.5 || share(s.dates, s.nonblank) >= 0.5) continue;
    const std::size_t distinct = s.distinct.size();
    const double limit = std::max(2.0, std::min(50.0, 0.6 * static_cast<double>(s.nonblank)));
    if (distinct < 2 || static_cast<double>(distinct) > limit) continue;
    const std::string_view word = find_word(cols.folded[c], kSegmentWords);
    if (word.empty() && !find_word(cols.folded[c], kNotSegmentWords).empty()) continue;
    const double points = word.empty() ? 0.3 : 0.85;
    segments.push_back({c, points});
    if (points <= best + 1e-9) continue;
    best = points;
    m.segment.index = idx;
    m.segment.confidence = points;
    const std::string n = std::to_string(distinct);
    m.segment.reason_en = "Column " + quoted(cols.names[c], idx) + ": text with " + n + " different values" +
                          (word.empty() ? std::string("; its name does not say it is a group.")
                                        : ", and its name suggests groups (\xE2\x80\x9C" + std::string(word) + "\xE2\x80\x9D).");
    m.segment.reason_it = "Colonna " + quoted(cols.names[c], idx) + ": testo con " + n + " valori diversi" +
                          (word.empty() ? std::string("; il nome non indica un gruppo.")
                                        : ", e il nome suggerisce dei gruppi (\xE2\x80\x9C" + std::string(word) + "\xE2\x80\x9D).");
  }
  fill_runners_up(segments, m.segment);
}

}  // namespace

// Each role in turn; a column taken by one is not offered to the next.
ColumnMapping map_columns(std::span<const std::string> headers,
                          std::span<const std::vector<std::string>> rows, const Dialect& dialect) {
  const SampledColumns cols = sample_columns(headers, rows, dialect);
  ColumnMapping m;
  choose_score(cols, m);
  choose_date(cols, m);
  choose_segment(cols, m);
  return m;
}

}  // namespace polso::csv
