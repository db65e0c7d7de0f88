#include "core/inference/verdict.hpp"

#include <cmath>

#include "core/number_format.hpp"

namespace polso::inference {
namespace {

int decimals_for(Unit u) { return u == Unit::score || u == Unit::ratio ? 2 : 1; }

// A value as the sentence shows it: "41", "85%", "160 s", "3.67".
std::string value_text(double x, Unit u, Lang lang) {
  std::string s = format_number(x, lang, decimals_for(u));
  if (u == Unit::percent) s += "%";
  if (u == Unit::seconds) s += " s";
  return s;
}

// A change with its sign: "+9", "−2", "0", "+17.5 s". A change that is not
// 0 never reads "0": more decimals, until its sign shows (−0.017 → "−0.02").
std::string signed_text(double x, Unit u, Lang lang) {
  int decimals = decimals_for(u);
  std::string s = format_number(x, lang, decimals);
  while (x != 0 && decimals < 12 && (s == "0" || s == "−0")) s = format_number(x, lang, ++decimals);
  if (s != "0" && s.rfind("−", 0) != 0) s = "+" + s;
  if (u == Unit::seconds) s += " s";
  return s;
}

std::string change_unit(Unit u, Lang lang) {
  if (u != Unit::percent) return "";
  return lang == Lang::it ? " punti percentuali" : " percentage points";
}

// The parts both kinds of sentence share: "+9", "95", "+2", "+16", "p = 0.012".
struct Parts {
  std::string diff, level, low, high, p;
  Parts(Unit u, const stats::Comparison& c, Lang lang)
      : diff(signed_text(c.difference, u, lang) + change_unit(u, lang)),
        level(format_number(c.interval.level * 100, lang, 1)),
        low(signed_text(c.interval.low, u, lang)),
        high(signed_text(c.interval.high, u, lang)),
        p(format_p(c.p_value, lang, 1 - c.interval.level)) {}
  std::string bracket(Lang lang) const {
    return lang == Lang::it ? " (" + diff + ", IC " + level + "% da " + low + " a " + high + "); "
                            : " (" + diff + ", " + level + "% CI " + low + " to " + high + "); ";
  }
};

// "with only 1 and 3 answers, too few to tell …" / "with 3 answers here and
// 40 for everyone else, too few …": replaces the significance clause.
std::string too_few_clause(const FewAnswers& n, bool group, Lang lang) {
  const std::string a = format_number(n.a, lang, 0), b = format_number(n.b, lang, 0);
  if (lang == Lang::it)
    return (group ? "con " + b + (n.b == 1 ? " risposta" : " risposte") + " qui e " + a + " per tutti gli altri"
                  : "con solo " + a + " e " + b + " risposte") +
           " sono troppo poche per distinguere una " + (group ? "differenza" : "variazione") +
           " reale dal caso: servono almeno 10 risposte per parte.";
  return (group ? "with " + b + (n.b == 1 ? " answer" : " answers") + " here and " + a + " for everyone else"
                : "with only " + a + " and " + b + " answers") +
         ", too few to tell a real " + (group ? "difference" : "change") +
         " from chance: it takes at least 10 answers on each side.";
}

}  // namespace

std::string format_p(double p, Lang lang, double alpha) {
  if (p < 0.001 && alpha > 0.001) return lang == Lang::it ? "p < 0,001" : "p < 0.001";
  int decimals = p >= 0.1 ? 2 : p >= 0.01 ? 3 : 4;
  // Rounding must not land p on the threshold or across it (0.04998 is not
  // "0.05"); another decimal until the side is plain.
  const auto rounded = [&] { const double k = std::pow(10.0, decimals); return std::round(p * k) / k; };
  while (decimals < 12 && (rounded() == alpha || (rounded() < alpha) != (p < alpha))) ++decimals;
  return "p = " + format_number(p, lang, decimals);
}

std::string verdict(const MetricWords& w, Unit u, double a, double b, const stats::Comparison& c,
                    Lang lang, std::optional<FewAnswers> few) {
  const Parts parts(u, c, lang);
  if (lang == Lang::it) {
    const char* ending = w.it_feminine ? "a" : "o";
    std::string s = w.it_subject;
    if (c.difference == 0) s += " è rimast" + std::string(ending) + " a " + value_text(a, u, lang);
    else
      s += std::string(c.difference > 0 ? " è salit" : " è sces") + ending + " da " + value_text(a, u, lang) +
           " a " + value_text(b, u, lang);
    s += parts.bracket(lang);
    if (few) return s + too_few_clause(*few, false, lang);
    s += c.significant ? "la variazione è statisticamente significativa, "
                       : "potrebbe essere un caso: la variazione non è statisticamente significativa, ";
    return s + parts.p + ".";
  }
  std::string s = w.en_subject;
  if (c.difference == 0) s += " stayed at " + value_text(a, u, lang);
  else
    s += std::string(c.difference > 0 ? " rose from " : " fell from ") + value_text(a, u, lang) + " to " +
         value_text(b, u, lang);
  s += parts.bracket(lang);
  if (few) return s + too_few_clause(*few, false, lang);
  s += c.significant ? "the change is statistically significant, "
                     : "this could be chance: the change is not statistically significant, ";
  return s + parts.p + ".";
}

std::string group_verdict(const MetricWords& w, Unit u, double rest, double group, const stats::Comparison& c,
                          Lang lang, std::optional<FewAnswers> few) {
  const Parts parts(u, c, lang);
  const std::string head =
      lang == Lang::it ? w.it_subject + " qui è " + value_text(group, u, lang) + ", contro " +
                             value_text(rest, u, lang) + " per tutti gli altri" + parts.bracket(lang)
                       : w.en_subject + " here is " + value_text(group, u, lang) + ", against " +
                             value_text(rest, u, lang) + " for everyone else" + parts.bracket(lang);
  if (few) return head + too_few_clause(*few, true, lang);
  if (lang == Lang::it)
    return head +
           (c.significant ? "la differenza è statisticamente significativa, "
                          : "potrebbe essere un caso: la differenza non è statisticamente significativa, ") +
           parts.p + ".";
  return head +
         (c.significant ? "the difference is statistically significant, "
                        : "this could be chance: the difference is not statistically significant, ") +
         parts.p + ".";
}

}  // namespace polso::inference
