#include "core/metrics/survey_tally.hpp"

#include <numeric>
#include <string>

#include "core/number_format.hpp"
#include "core/problems.hpp"

namespace polso::metrics {

double ScoreTally::total() const { return std::accumulate(counts.begin(), counts.end(), 0.0); }

double ScoreTally::between(double lo, double hi) const {
  double sum = 0;
  for (std::size_t s = 0; s < counts.size(); ++s)
    if (static_cast<double>(s) >= lo && static_cast<double>(s) <= hi) sum += counts[s];
  return sum;
}

double ScoreTally::weighted_sum() const {
  double sum = 0;
  for (std::size_t s = 0; s < counts.size(); ++s) sum += static_cast<double>(s) * counts[s];
  return sum;
}

Expected<ScoreTally> tally_from_args(const Args& a, int min_score, int max_score) {
  ScoreTally tally(max_score);
  if (a.has("scores")) {
    const auto& scores = a.array("scores");
    for (std::size_t i = 0; i < scores.size(); ++i) {
      const double s = scores[i];
      if (s < min_score || s > max_score)
        return problems::list_value_out_of_range("scores", a.label("scores"), i, s, min_score,
                                                 max_score, true);
      tally.counts[static_cast<std::size_t>(s)] += 1;
    }
    return tally;
  }
  const auto& dist = a.array("distribution");
  const std::size_t full = static_cast<std::size_t>(max_score) + 1;
  const std::size_t from_min = static_cast<std::size_t>(max_score - min_score) + 1;
  if (dist.size() != full && dist.size() != from_min) {
    const std::string f = std::to_string(full), m = std::to_string(from_min);
    const std::string lo = std::to_string(min_score), hi = std::to_string(max_score);
    const std::string got = std::to_string(dist.size());
    std::string en = "The distribution needs one count per score: " + f + " numbers for scores 0–" + hi +
                     (from_min != full ? " or " + m + " for scores " + lo + "–" + hi : std::string()) +
                     ", but it has " + got + ".";
    std::string it = "La distribuzione richiede un conteggio per punteggio: " + f + " numeri per i punteggi 0–" + hi +
                     (from_min != full ? " oppure " + m + " per i punteggi " + lo + "–" + hi : std::string()) +
                     ", ma ne contiene " + got + ".";
    return problems::invalid("distribution", "wrong_length", {en, it});
  }
  const std::size_t offset = dist.size() == full ? 0 : static_cast<std::size_t>(min_score);
  for (std::size_t i = 0; i < dist.size(); ++i) {
    const std::size_t score = i + offset;
    if (score < static_cast<std::size_t>(min_score) && dist[i] > 0)
      return problems::invalid("distribution", "value_out_of_range",
                               {"The distribution counts answers of 0, but this scale starts at " + std::to_string(min_score) + ".",
                                "La distribuzione conta risposte pari a 0, ma questa scala parte da " + std::to_string(min_score) + "."});
    tally.counts[score] = dist[i];
  }
  return tally;
}

}  // namespace polso::metrics
