// The rules are the guides' scales (METRICS.md): NPS is 0–10; CSAT 1–5 or
// 1–10; CES 1–7 or 1–5. A name that says the metric decides among those that
// fit; a name that says none leaves it to the scale, which the report flags.
#include "core/datasets/survey_metric_choice.hpp"

#include <algorithm>

#include "core/csv/columns.hpp"
#include "core/csv/numbers.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

const std::string kDash = "\xE2\x80\x93";

using problems::quoted;

std::string range(int lo, int hi) { return std::to_string(lo) + kDash + std::to_string(hi); }
std::string from_to_it(int lo, int hi) { return "da " + std::to_string(lo) + " a " + std::to_string(hi); }

// The scale the answers are on, as a person names it.
std::string scale_found(const ScaleSeen& s) {
  if (s.max <= 5) return range(s.min == 0 ? 0 : 1, 5);
  if (s.max <= 7) return range(s.min == 0 ? 0 : 1, 7);
  return range(s.min == 0 ? 0 : 1, 10);
}

std::string metric_name(std::string_view id) { return id == "nps" ? "NPS" : id == "csat" ? "CSAT" : "CES"; }

// The metric a scale fits best, for "choose that metric".
std::string fitting_metric(const ScaleSeen& s) {
  if (s.max <= 5) return "csat";
  if (s.max <= 7) return "ces";
  return s.min == 0 ? "nps" : "csat";
}

std::string needed_scale(std::string_view id) {
  return id == "nps" ? range(0, 10) : id == "csat" ? range(1, 5) + " / " + range(1, 10) : range(1, 7) + " / " + range(1, 5);
}

Notice mismatch(std::string_view id, std::string_view header, const ScaleSeen& s, bool by_user) {
  const std::string found = scale_found(s), fits = fitting_metric(s), name = metric_name(id);
  const std::string lo = std::to_string(s.min), hi = std::to_string(s.max);
  std::string en = "The column " + quoted(header) + (s.stated ? " is asked on a " + found + " scale (its name says so)"
                                                              : " holds answers from " + lo + " to " + hi + ", a " + found + " scale") +
                   ", which cannot give " + name + " (it needs " + needed_scale(id) + " answers). A " + found +
                   " scale fits " + metric_name(fits) + " (" + fits + ")";
  std::string it = "La colonna " + quoted(header) + (s.stated ? " usa una scala " + found + " (lo dice il nome)"
                                                              : " contiene risposte da " + lo + " a " + hi + ", una scala " + found) +
                   ", che non può dare l’" + name + " (servono risposte " + needed_scale(id) + "). Una scala " + found +
                   " è adatta al " + metric_name(fits) + " (" + fits + ")";
  if (by_user) {
    en += ". The figure is computed anyway because you chose this column: check the metric and the column.";
    it += ". Il valore è calcolato comunque perché hai scelto tu questa colonna: controlla la metrica e la colonna.";
  } else {
    en += ": choose that metric, or choose the column that holds the " + needed_scale(id) + " answers.";
    it += ": scegli quella metrica, oppure scegli la colonna con le risposte " + needed_scale(id) + ".";
  }
  Notice n = problems::invalid("metric", "scale_mismatch", {en, it});
  n.suggestion = fits;
  return n;
}

MetricFromColumn from_scale(std::string_view header, const ScaleSeen& s) {
  MetricFromColumn m;
  const std::string col = quoted(header);
  if (!s.any()) {
    m.id = "nps";
    m.reason_en = "The column " + col + " holds no answer to show its scale; NPS is the default.";
    m.reason_it = "La colonna " + col + " non contiene risposte che ne mostrino la scala; l’NPS è la scelta predefinita.";
    return m;
  }
  const std::string seen = range(s.min, s.max), seen_it = from_to_it(s.min, s.max);
  if (s.max <= 5) {
    m.id = "csat", m.scale = 5;
    m.reason_en = "The column " + col + " does not name a metric; its answers run " + seen + ", a 1" + kDash + "5 scale, read as CSAT.";
    m.reason_it = "La colonna " + col + " non indica una metrica; le risposte vanno " + seen_it + ", una scala 1" + kDash + "5, letta come CSAT.";
  } else if (s.max <= 7 && s.min >= 1) {
    m.id = "ces", m.scale = 7;
    m.reason_en = "The column " + col + " does not name a metric; its answers run " + seen + ", a 1" + kDash + "7 scale, read as CES.";
    m.reason_it = "La colonna " + col + " non indica una metrica; le risposte vanno " + seen_it + ", una scala 1" + kDash + "7, letta come CES.";
  } else {
    m.id = "nps";
    m.reason_en = "The column " + col + " does not name a metric; its answers run " + seen + ", the 0" + kDash + "10 scale of NPS.";
    m.reason_it = "La colonna " + col + " non indica una metrica; le risposte vanno " + seen_it + ", la scala 0" + kDash + "10 dell’NPS.";
  }
  return m;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// "(1-5)", "1–7", "0 - 10", "1 to 5", "da 1 a 5", "de 1 à 5", "von 1 bis 5",
// "de 0 a 10": a low end of 0 or 1 and a high end of 5, 7 or 10.
std::optional<std::pair<int, int>> stated_scale(std::string_view header) {
  const std::string h = csv::fold_for_matching(header);
  for (std::size_t i = 0; i < h.size(); ++i) {
    if ((h[i] != '0' && h[i] != '1') || (i > 0 && digit(h[i - 1])) || (i + 1 < h.size() && digit(h[i + 1]))) continue;
    std::size_t j = i + 1;
    while (j < h.size() && h[j] == ' ') ++j;
    std::size_t joint = 0;
    for (std::string_view w : {"-", "\xE2\x80\x93", "to ", "a ", "bis ", "al "})
      if (h.compare(j, w.size(), w) == 0) joint = w.size();
    if (joint == 0) continue;
    j += joint;
    while (j < h.size() && h[j] == ' ') ++j;
    int hi = 0;
    std::size_t k = j;
    while (k < h.size() && digit(h[k]) && k - j < 2) hi = hi * 10 + (h[k++] - '0');
    if (k == j || (k < h.size() && digit(h[k]))) continue;
    if (hi == 5 || hi == 7 || hi == 10) return std::pair<int, int>{h[i] - '0', hi};
  }
  return std::nullopt;
}

}  // namespace

ScaleSeen scale_seen(std::span<const std::vector<std::string>> sample, std::size_t column, std::string_view header) {
  ScaleSeen s;
  if (const auto stated = stated_scale(header)) {
    s.min = stated->first, s.max = stated->second, s.stated = true;
  }
  for (const auto& row : sample) {
    if (column >= row.size()) continue;
    const csv::ParsedScore score = csv::leading_score(row[column]);
    if (!score.ok() || score.value > 10) continue;
    const int v = static_cast<int>(score.value);
    s.min = s.any() ? std::min(s.min, v) : v;
    s.max = s.any() ? std::max(s.max, v) : v;  // answers beyond a stated scale win: the name was wrong
    ++s.answers;
  }
  return s;
}

Expected<MetricFromColumn> metric_from_column(std::string_view header, const ScaleSeen& s, bool column_by_user) {
  // A name and a scale that disagree: refused, unless the user chose the
  // column, who then gets the metric the scale fits, with the warning.
  auto disagree = [&](std::string_view id) -> Expected<MetricFromColumn> {
    if (!column_by_user) return mismatch(id, header, s, false);
    MetricFromColumn m = from_scale(header, s);
    m.mismatch = mismatch(id, header, s, true);
    return m;
  };
  const csv::ScoreWords words = csv::score_words(header);
  const std::string col = quoted(header), word = quoted(words.word);
  const std::string seen = s.any() ? range(s.min, s.max) : std::string("?");
  const std::string seen_it = s.any() ? from_to_it(s.min, s.max) : std::string("?");
  const bool enough = s.enough();
  MetricFromColumn m;
  m.named = true;
  switch (words.family) {
    case csv::ScoreFamily::nps:
      if (enough && s.max <= 7) return disagree("nps");
      m.id = "nps";
      m.reason_en = "The column " + col + " asks how likely people are to recommend (" + word + ") and its answers run " + seen + ": NPS.";
      m.reason_it = "La colonna " + col + " chiede la probabilità di consigliare (" + word + ") e le risposte vanno " + seen_it + ": NPS.";
      return m;
    case csv::ScoreFamily::satisfaction:
      m.id = "csat", m.scale = s.max > 5 ? 10 : 5;
      m.reason_en = "The column " + col + " asks about satisfaction (" + word + ") and its answers run " + seen + ": CSAT on a 1" + kDash + std::to_string(m.scale) + " scale.";
      m.reason_it = "La colonna " + col + " chiede la soddisfazione (" + word + ") e le risposte vanno " + seen_it + ": CSAT su scala 1" + kDash + std::to_string(m.scale) + ".";
      return m;
    case csv::ScoreFamily::effort:
      if (enough && s.max > 7) return disagree("ces");
      m.id = "ces", m.scale = s.any() && s.max <= 5 ? 5 : 7;
      m.reason_en = "The column " + col + " asks about effort (" + word + ") and its answers run " + seen + ": CES on a 1" + kDash + std::to_string(m.scale) + " scale.";
      m.reason_it = "La colonna " + col + " chiede lo sforzo (" + word + ") e le risposte vanno " + seen_it + ": CES su scala 1" + kDash + std::to_string(m.scale) + ".";
      return m;
    case csv::ScoreFamily::rating:
      // A rating from 1 is a satisfaction rating; from 0 up to 10 it is the NPS scale.
      if (s.any() && s.min >= 1) {
        m.id = "csat", m.scale = s.max > 5 ? 10 : 5, m.named = false;
        m.reason_en = "The column " + col + " is a rating (" + word + ") with answers " + seen + ": read as CSAT on a 1" + kDash + std::to_string(m.scale) + " scale.";
        m.reason_it = "La colonna " + col + " è una valutazione (" + word + ") con risposte " + seen_it + ": letta come CSAT su scala 1" + kDash + std::to_string(m.scale) + ".";
        return m;
      }
      break;
    case csv::ScoreFamily::generic:
    case csv::ScoreFamily::none:
      break;
  }
  return from_scale(header, s);
}

std::optional<Notice> scale_mismatch(const SurveyMetric& metric, std::string_view header, const ScaleSeen& s,
                                     bool column_by_user) {
  if (!s.any()) return std::nullopt;
  const csv::ScoreFamily family = csv::score_words(header).family;
  const bool names_nps = family == csv::ScoreFamily::nps;
  const bool names_other = family == csv::ScoreFamily::satisfaction || family == csv::ScoreFamily::effort;
  bool fits = true;
  if (metric.id == "nps") {
    // Few answers that stop at 7 may be a bad month; a stated scale or a
    // satisfaction/effort name says it is no 0–10 question.
    fits = s.max > 7 || !(s.enough() || names_other);
  } else if (metric.scale_given) {
    return std::nullopt;  // a scale the user gave is taken as given
  } else if (metric.id == "csat") {
    // CSAT takes 0–10 answers too (one guide scores 0–5); not a stated 1–7
    // scale, nor a column that names NPS and answers on its 0–10 scale.
    fits = !(s.stated && s.max == 7) && !(names_nps && s.min == 0 && s.max > 7);
  } else if (metric.id == "ces") {
    fits = s.max <= 7 || !(s.enough() || names_nps);
  }
  if (fits) return std::nullopt;
  return mismatch(metric.id, header, s, column_by_user);
}

std::optional<Notice> scale_doubt(const SurveyMetric& metric, std::string_view header, const ScaleSeen& s) {
  if (metric.id != "nps" || s.stated || s.answers == 0 || s.enough() || s.max > 7) return std::nullopt;
  const std::string n = std::to_string(s.answers), lo = std::to_string(s.min), hi = std::to_string(s.max);
  return problems::note(
      "scale_uncertain", "metric",
      {"The " + n + " answers in " + quoted(header) + " are all between " + lo + " and " + hi +
           ": too few to tell whether the question was asked from 0 to 10. If it was asked on a 1–5 or 1–7 scale, NPS does not apply: choose CSAT (csat) or CES (ces).",
       "Le " + n + " risposte di " + quoted(header) + " sono tutte tra " + lo + " e " + hi +
           ": troppo poche per capire se la domanda andava da 0 a 10. Se la scala era 1–5 o 1–7, l’NPS non si applica: scegli CSAT (csat) o CES (ces)."});
}

}  // namespace polso::datasets
