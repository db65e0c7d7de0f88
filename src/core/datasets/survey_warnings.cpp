#include "core/datasets/survey_warnings.hpp"

#include <cstdint>
#include <string>

#include "core/budgets.hpp"
#include "core/datasets/survey_sanity.hpp"
#include "core/number_format.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

void add_comment_warnings(const SurveyAnalysis& a, const CommentsReport& r, std::vector<Warning>& out) {
  const CommentsSetup& setup = *a.comments_setup();
  std::uint64_t comments = 0;
  for (const auto& g : r.groups) comments += g.comments;
  if (comments == 0)
    out.push_back(problems::note("comments_empty", "comment_column",
        {"The comment column has no comments on the rows with a usable score, so there are no themes to show.",
         "La colonna dei commenti non ha commenti nelle righe con un punteggio utilizzabile, quindi non ci sono temi da mostrare."}));
  else if (!setup.language_given && setup.language_hits == 0)
    out.push_back(problems::note("comments_language_unknown", "comments_language",
        {"The language of the comments could not be told from the first ones, so English was used. If they are in another language, choose it.",
         "Non è stato possibile capire la lingua dei commenti dai primi, quindi è stato usato l’inglese. Se sono in un’altra lingua, sceglila."}));
  if (r.approximate)
    out.push_back(problems::note("comments_approximate", "comment_column",
        {"The comments use more different words than are counted one by one, so the rarest were dropped: the themes are approximate and their counts may be a little low.",
         "I commenti usano più parole diverse di quante se ne contino una per una, quindi le più rare sono state scartate: i temi sono approssimati e i loro conteggi possono essere un po’ bassi."}));
  if (a.comments()->long_comments())
    out.push_back(problems::note("comments_long", "comment_column",
        {"Some comments are longer than " + std::to_string(budget::kMaxCommentBytes) + " bytes; only their beginning was read for themes.",
         "Alcuni commenti superano i " + std::to_string(budget::kMaxCommentBytes) + " byte; per i temi è stato letto solo l’inizio."}));
}

Warning out_of_scale(std::uint64_t count, const SurveyMetric& m) {
  const std::string n = std::to_string(count), range = std::to_string(m.lowest_named()) + "–" + std::to_string(m.max_score());
  const bool one = count == 1;
  std::string en = n + (one ? " answer is" : " answers are") + " outside the " + range + " scale and " +
                   (one ? "was" : "were") + " skipped.";
  std::string it = n + (one ? " risposta è fuori" : " risposte sono fuori") + " dalla scala " + range +
                   (one ? " ed è stata scartata." : " e sono state scartate.");
  if (m.id != "nps" && m.max_score() == 5) {  // 1–10 (CSAT) or 1–7 (CES) may be the survey's
    en += " If the survey uses another scale, choose it.";
    it += " Se il sondaggio usa un’altra scala, sceglila.";
  }
  return problems::note("scores_out_of_scale", "scale", {en, it});
}

}  // namespace

std::vector<Warning> survey_warnings(const SurveyAnalysis& a, const CommentsReport* comments) {
  std::vector<Warning> out;
  if (comments) add_comment_warnings(a, *comments, out);
  for (const Warning& w : a.notes()) out.push_back(w);
  if (!a.options().pre_aggregated)
    for (Warning& w : survey_sanity(a.aggregate(), a.columns().score.name)) out.push_back(std::move(w));
  if (a.aggregate().segments_capped()) {
    const double cap = static_cast<double>(budget::kMaxSegments);
    out.push_back(problems::note("too_many_segments", "",
        {"The segment column has more than " + format_number(cap, Lang::en) + " different values; the rest are grouped as “(other)”.",
         "La colonna dei segmenti ha più di " + format_number(cap, Lang::it) + " valori diversi; gli altri sono raggruppati in “(other)”."}));
  }
  if (a.aggregate().periods_capped()) out.push_back(problems::too_many_periods(budget::kMaxPeriods));
  if (a.long_segment_names()) out.push_back(problems::long_names("segment_column", budget::kMaxSegmentNameBytes));
  const auto& reasons = a.aggregate().rows().reasons();
  if (auto it = reasons.find("out_of_range"); it != reasons.end())
    out.push_back(out_of_scale(it->second.count, a.options().metric));
  return out;
}

}  // namespace polso::datasets
