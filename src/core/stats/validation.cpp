#include "core/stats/validation.hpp"

#include <cmath>
#include <utility>

namespace polso::stats {

Error make_error(std::string code, std::string message_en, std::string message_it,
                 std::string field) {
  Error e;
  e.code = std::move(code);
  e.message_en = std::move(message_en);
  e.message_it = std::move(message_it);
  e.field = std::move(field);
  return e;
}

std::optional<Error> check_level(double level) {
  // Written so that NaN fails too.
  if (level >= kMinLevel - 1e-12 && level <= kMaxLevel + 1e-12) return std::nullopt;
  return make_error("confidence_level_out_of_range",
                    "The confidence level must be between 80% and 99%.",
                    "Il livello di confidenza deve essere compreso tra 80% e 99%.",
                    "confidence_level");
}

Error total_too_large(const std::string& field) {
  return make_error("total_too_large",
                    "The answers add up to more than 9,007,199,254,740,992 (2^53), the largest total that can be computed exactly.",
                    "Le risposte sommate superano 9.007.199.254.740.992 (2^53), il totale più grande calcolabile con esattezza.",
                    field);
}

std::optional<Error> check_count(double count, const std::string& field) {
  if (count >= 0 && count <= kMaxCount && std::floor(count) == count) {
    return std::nullopt;
  }
  // Each input is at most 2^53 when it arrives, so a whole count beyond that
  // is a sum: a distribution's group or total.
  if (std::isfinite(count) && count > kMaxCount && std::floor(count) == count) return total_too_large(field);
  return make_error("invalid_count",
                    "A count must be a whole number of zero or more.",
                    "Un conteggio deve essere un numero intero pari o superiore a zero.",
                    field);
}

std::optional<Error> check_nonempty(double total, const std::string& field) {
  if (total > 0) return std::nullopt;
  return make_error("no_responses",
                    "There are no responses to compute this from.",
                    "Non ci sono risposte su cui basare il calcolo.", field);
}

std::optional<Error> check_finite(double value, const std::string& field) {
  if (std::isfinite(value)) return std::nullopt;
  return make_error("not_a_number", "The value must be a finite number.",
                    "Il valore deve essere un numero finito.", field);
}

std::optional<Error> check_nonnegative(double value, const std::string& field) {
  if (std::isfinite(value) && value >= 0) return std::nullopt;
  return make_error("negative_value", "The value must be a number of zero or more.",
                    "Il valore deve essere un numero pari o superiore a zero.", field);
}

}  // namespace polso::stats
