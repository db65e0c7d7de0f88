#include "core/inference/wide_interval.hpp"

#include "core/inference/estimand.hpp"
#include "core/inference/metric_words.hpp"
#include "core/number_format.hpp"

namespace polso::inference {

std::optional<Warning> wide_interval_warning(const Evaluation& e, const stats::Interval& interval) {
  const Estimand x = estimand_of(e);
  double n = 0;
  if (const auto* c = std::get_if<stats::NpsCounts>(&x)) n = c->promoters + c->passives + c->detractors;
  else if (const auto* p = std::get_if<Proportion>(&x)) n = p->total;
  else return std::nullopt;
  if ((interval.high - interval.low) / 2 <= kWideHalfWidth) return std::nullopt;

  const bool nps = x.index() == 1;
  const MetricWords w = metric_words(*e.metric);
  const std::string pct = nps ? "" : "%";
  auto num = [](double v, Lang l) { return format_number(v, l, 0); };
  const std::string level_en = format_number(interval.level * 100, Lang::en, 1);
  const std::string level_it = format_number(interval.level * 100, Lang::it, 1);
  const std::string unit_en = nps ? "points" : "percentage points";
  const std::string unit_it = nps ? "punti" : "punti percentuali";
  const std::string pin_it = w.it_feminine ? "fissarla" : "fissarlo";

  Warning out;
  out.code = "wide_interval";
  if (w.survey) {
    out.message_en = "With " + num(n, Lang::en) + (n == 1 ? " answer " : " answers ") + w.en_object + " could be anywhere from " +
                     num(interval.low, Lang::en) + pct + " to " + num(interval.high, Lang::en) + pct + " (" +
                     level_en + "% confidence interval): too few answers to pin it down within ±10 " + unit_en + ".";
    out.message_it = "Con " + num(n, Lang::it) + (n == 1 ? " risposta " : " risposte ") + w.it_object + " potrebbe essere ovunque tra " +
                     num(interval.low, Lang::it) + pct + " e " + num(interval.high, Lang::it) + pct +
                     " (intervallo di confidenza al " + level_it + "%): troppo poche risposte per " + pin_it +
                     " entro ±10 " + unit_it + ".";
  } else {
    out.message_en = "With a base of " + num(n, Lang::en) + ", " + w.en_object + " could be anywhere from " +
                     num(interval.low, Lang::en) + pct + " to " + num(interval.high, Lang::en) + pct + " (" +
                     level_en + "% confidence interval): too small a base to pin it down within ±10 " + unit_en + ".";
    out.message_it = "Con una base di " + num(n, Lang::it) + ", " + w.it_object + " potrebbe essere ovunque tra " +
                     num(interval.low, Lang::it) + pct + " e " + num(interval.high, Lang::it) + pct +
                     " (intervallo di confidenza al " + level_it + "%): una base troppo piccola per " + pin_it +
                     " entro ±10 " + unit_it + ".";
  }
  return out;
}

std::optional<Warning> zero_width_warning(const stats::Interval& interval) {
  if (interval.high != interval.low || (interval.method != "wald" && interval.method != "bootstrap"))
    return std::nullopt;
  const bool wald = interval.method == "wald";
  Warning out;
  out.code = "zero_width_interval";
  out.message_en = std::string("Every answer falls in one group, so the ") +
                   (wald ? "Wald" : "bootstrap") +
                   " interval has no width: that does not make the result certain. The adjusted-Wald "
                   "interval (the default) shows how uncertain it still is.";
  out.message_it = std::string("Tutte le risposte cadono in un solo gruppo, quindi l’intervallo ") +
                   (wald ? "di Wald" : "bootstrap") +
                   " non ha ampiezza: questo non rende certo il risultato. L’intervallo di Wald corretto "
                   "(quello predefinito) mostra quanto è ancora incerto.";
  return out;
}

}  // namespace polso::inference
