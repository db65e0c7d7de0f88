#include "core/problems.hpp"

#include <cmath>
#include <limits>

#include "core/number_format.hpp"

namespace polso::problems {
namespace {

std::string en(double x) { return format_number(x, Lang::en, 4); }
std::string it(double x) { return format_number(x, Lang::it, 4); }
// Our own words (a label, a choice) in quotes; user text goes through quoted().
std::string q(std::string_view s) { return "“" + std::string(s) + "”"; }

Error make(std::string_view code, std::string_view field, std::string message_en,
           std::string message_it) {
  return Error{std::string(code), std::move(message_en), std::move(message_it),
               std::string(field)};
}

std::string join(std::span<const Localized> items, bool italian, std::string_view last_word) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? " " + std::string(last_word) + " " : ", ";
    out += q(italian ? items[i].it : items[i].en);
  }
  return out;
}

}  // namespace

std::string quoted(std::string_view text) {
  // U+2068 … U+2069 isolate the text's direction: a right-to-left override in
  // a column name must not reverse the sentence around it.
  return "“\u2068" + budget::cut(text, kMaxQuoteBytes) + "\u2069”";
}

Error unknown_metric(std::string_view id) {
  return make("unknown_metric", "metric",
              "There is no metric called " + quoted(id) + ". Pick one from the catalogue (for example “nps”).",
              "Non esiste una metrica chiamata " + quoted(id) + ". Scegline una dal catalogo (ad esempio “nps”).");
}

Error missing_inputs(Localized metric, std::string_view field, std::span<const Localized> missing,
                     std::span<const Localized> alternatives) {
  std::string m_en = "To compute " + std::string(metric.en) + ", also enter " +
                     join(missing, false, "and") + ".";
  std::string m_it = "Per calcolare " + std::string(metric.it) + " inserisci anche " +
                     join(missing, true, "e") + ".";
  if (!alternatives.empty()) {
    m_en += " Other ways to enter it: " + join(alternatives, false, "or") + ".";
    m_it += " In alternativa: " + join(alternatives, true, "o") + ".";
  }
  return make("missing_input", field, std::move(m_en), std::move(m_it));
}

Error wrong_type(std::string_view field, Localized label, Localized expected) {
  return make("wrong_type", field, q(label.en) + " must be " + std::string(expected.en) + ".",
              q(label.it) + " deve essere " + std::string(expected.it) + ".");
}

Error not_finite(std::string_view field, Localized label) {
  return make("not_finite", field, q(label.en) + " must be an ordinary number, not infinity or NaN.",
              q(label.it) + " deve essere un numero normale, non infinito né NaN.");
}

Error below_minimum(std::string_view field, Localized label, double min) {
  if (min == 0)
    return make("negative", field, q(label.en) + " cannot be negative.",
                q(label.it) + " non può essere negativo.");
  return make("below_minimum", field, q(label.en) + " must be at least " + en(min) + ".",
              q(label.it) + " deve essere almeno " + it(min) + ".");
}

Error above_maximum(std::string_view field, Localized label, double max) {
  return make("above_maximum", field, q(label.en) + " must be at most " + en(max) + ".",
              q(label.it) + " deve essere al massimo " + it(max) + ".");
}

Error not_whole_number(std::string_view field, Localized label, double value) {
  return make("not_integer", field,
              q(label.en) + " is a count, so it must be a whole number (got " + en(value) + ").",
              q(label.it) + " è un conteggio, quindi deve essere un numero intero (ricevuto " +
                  it(value) + ").");
}

Error beyond_exact_range(std::string_view field, Localized label) {
  return make("too_large", field,
              q(label.en) + " is larger than 9,007,199,254,740,992 (2^53), the largest count that can be computed exactly.",
              q(label.it) + " supera 9.007.199.254.740.992 (2^53), il conteggio più grande calcolabile con esattezza.");
}

Error empty_list(std::string_view field, Localized label) {
  return make("empty", field, q(label.en) + " is empty: enter at least one value.",
              q(label.it) + " è vuoto: inserisci almeno un valore.");
}

Error list_value_out_of_range(std::string_view field, Localized label, std::size_t position,
                              double value, double min, double max, bool integer) {
  const std::string pos = std::to_string(position + 1);
  const std::string kind_en = integer ? "a whole number" : "a number";
  const std::string kind_it = integer ? "un numero intero" : "un numero";
  std::string range_en = max == std::numeric_limits<double>::infinity()
                             ? "at least " + en(min)
                             : "from " + en(min) + " to " + en(max);
  std::string range_it = max == std::numeric_limits<double>::infinity()
                             ? "almeno " + it(min)
                             : "da " + it(min) + " a " + it(max);
  Error e = make("value_out_of_range", field,
                 "Value " + pos + " of " + q(label.en) + " is " + en(value) + ", but each value must be " +
                     kind_en + " " + range_en + ".",
                 "Il valore " + pos + " di " + q(label.it) + " è " + it(value) + ", ma ogni valore deve essere " +
                     kind_it + " " + range_it + ".");
  e.column = static_cast<std::int64_t>(position + 1);
  return e;
}

Error not_a_choice(std::string_view field, Localized label, std::string_view value,
                   std::span<const std::string_view> choices) {
  std::string list;
  for (std::size_t i = 0; i < choices.size(); ++i) list += (i ? ", " : "") + q(choices[i]);
  return make("invalid_choice", field,
              q(label.en) + " cannot be " + quoted(value) + "; choose one of " + list + ".",
              q(label.it) + " non può essere " + quoted(value) + "; scegli tra " + list + ".");
}

Error part_exceeds_whole(std::string_view part_field, Localized part, double part_value,
                         Localized whole, double whole_value) {
  return make("part_exceeds_whole", part_field,
              q(part.en) + " (" + en(part_value) + ") cannot be larger than " + q(whole.en) + " (" +
                  en(whole_value) + ").",
              q(part.it) + " (" + it(part_value) + ") non può superare " + q(whole.it) + " (" +
                  it(whole_value) + ").");
}

Error zero_denominator(std::string_view field, Localized label) {
  return make("zero_denominator", field,
              q(label.en) + " is 0, and the metric divides by it: enter a number above 0.",
              q(label.it) + " è 0 e la metrica divide per questo valore: inserisci un numero maggiore di 0.");
}

Error invalid(std::string_view field, std::string_view code, Localized message) {
  return make(code, field, std::string(message.en), std::string(message.it));
}

Warning too_many_periods(std::size_t kept) {
  const double k = static_cast<double>(kept);
  return make("too_many_periods", "period",
              "The file spans more than " + en(k) + " periods; only the latest " + en(k) +
                  " are listed (the figures for the whole file count every row). Choose a longer period, or check the dates for mistakes.",
              "Il file copre più di " + it(k) + " periodi; sono elencati solo gli ultimi " + it(k) +
                  " (i valori dell’intero file contano ogni riga). Scegli un periodo più lungo o controlla che le date non abbiano errori.");
}

Warning long_names(std::string_view field, std::size_t max_bytes) {
  const double n = static_cast<double>(max_bytes);
  return make("long_names", field,
              "Some values of the column are longer than " + en(n) + " characters; they are shown cut, and values that start alike are counted together. Choose a column with short names.",
              "Alcuni valori della colonna superano " + it(n) + " caratteri; sono mostrati tagliati e i valori che iniziano allo stesso modo sono contati insieme. Scegli una colonna con nomi brevi.");
}

Warning cohorts_cut(std::int64_t months) {
  const double n = static_cast<double>(months);
  return make("cohorts_cut", "",
              "The orders span more than " + en(n) + " months; the cohort table shows the customers who first ordered in the latest " + en(n) +
                  " months, for up to " + en(n) + " months each. Check the file for a mistyped date.",
              "Gli ordini coprono più di " + it(n) + " mesi; la tabella delle coorti mostra i clienti con il primo ordine negli ultimi " + it(n) +
                  " mesi, per al massimo " + it(n) + " mesi ciascuno. Controlla che nel file non ci sia una data sbagliata.");
}

Warning small_sample(double n) {
  return make("small_sample", "",
              "Only " + en(n) + (n == 1 ? " response" : " responses") +
                  ": with fewer than 30 the score can swing widely from one survey to the next.",
              "Solo " + it(n) + (n == 1 ? " risposta" : " risposte") +
                  ": con meno di 30 il punteggio può variare molto da un sondaggio all’altro.");
}

Warning looks_like_one_to_ten_scale(double n) {
  return make("scale_1_10", "scores",
              "None of the " + en(n) + " answers is 0, which suggests a 1–10 scale. NPS is defined on 0–10; on a 1–10 scale detractors are under-counted.",
              "Nessuna delle " + it(n) + " risposte è 0: sembra una scala 1–10. L’NPS si calcola su 0–10; con una scala 1–10 i detrattori risultano sottostimati.");
}

Warning unused_input(std::string_view field) {
  return make("unused_input", field,
              quoted(field) + " is not used by this metric and was ignored.",
              quoted(field) + " non è usato da questa metrica ed è stato ignorato.");
}

Warning note(std::string_view code, std::string_view field, Localized message) {
  return invalid(field, code, message);
}

}  // namespace polso::problems
