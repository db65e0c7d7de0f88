#include "core/datasets/survey_sanity.hpp"

#include <string>

#include "core/problems.hpp"

namespace polso::datasets {

std::vector<Warning> survey_sanity(const SurveyAggregate& aggregate, std::string_view score_column) {
  std::vector<Warning> out;
  const std::string col = problems::quoted(score_column);
  const auto& counts = aggregate.overall().counts;
  const double total = aggregate.overall().total();
  for (std::size_t v = 0; v < counts.size(); ++v) {
    if (total < 5 || counts[v] != total) continue;
    const std::string n = std::to_string(static_cast<long long>(total)), value = std::to_string(v);
    out.push_back(problems::note(
        "score_constant", "score_column",
        {"All " + n + " answers in " + col + " are " + value + ". Check that this is the score column and not a fixed field of the export.",
         "Tutte le " + n + " risposte in " + col + " valgono " + value + ". Controlla che sia la colonna dei punteggi e non un campo fisso dell’esportazione."}));
  }
  const auto& reasons = aggregate.rows().reasons();
  if (auto it = reasons.find("not_a_number"); it != reasons.end()) {
    const std::uint64_t bad = it->second.count, read = aggregate.rows().read();
    if (bad >= 5 && bad * 5 >= read) {
      const std::string n = std::to_string(bad), of = std::to_string(read);
      out.push_back(problems::note(
          "score_mostly_not_numbers", "score_column",
          {n + " of " + of + " rows have no number in " + col + ". Check that this is the score column, or whether the answers are written as words.",
           n + " righe su " + of + " non hanno un numero in " + col + ". Controlla che sia la colonna dei punteggi, o se le risposte sono scritte a parole."}));
    }
  }
  return out;
}

}  // namespace polso::datasets
