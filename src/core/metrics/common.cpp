#include "core/metrics/common.hpp"

namespace polso::metrics {

InputSpec count_input(std::string_view name, Localized label, Localized help) {
  return {name, InputKind::count, label, help};
}

InputSpec money_input(std::string_view name, Localized label, Localized help) {
  return {name, InputKind::money, label, help};
}

InputSpec percent_input(std::string_view name, Localized label, Localized help) {
  return {name, InputKind::percent, label, help, 0, 100};
}

std::optional<Error> require_positive(const Args& a, std::string_view name) {
  if (a.num(name) <= 0) return problems::zero_denominator(name, a.label(name));
  return std::nullopt;
}

std::optional<Error> require_not_above(const Args& a, std::string_view part, std::string_view whole) {
  if (a.num(part) > a.num(whole))
    return problems::part_exceeds_whole(part, a.label(part), a.num(part), a.label(whole), a.num(whole));
  return std::nullopt;
}

Expected<Outcome> percent_of(const Args& a, std::string_view part, std::string_view whole,
                             bool part_may_exceed_whole) {
  if (auto e = require_positive(a, whole)) return *e;
  if (!part_may_exceed_whole)
    if (auto e = require_not_above(a, part, whole)) return *e;
  Outcome out;
  out.value = a.num(part) * 100.0 / a.num(whole);
  out.detail(std::string(part), a.num(part)).detail(std::string(whole), a.num(whole));
  out.formula.number(a.num(part)).text(" / ").number(a.num(whole)).text(" × 100 = ").number(out.value);
  return out;
}

Expected<Outcome> quotient_of(const Args& a, std::string_view numerator, std::string_view denominator) {
  if (auto e = require_positive(a, denominator)) return *e;
  Outcome out;
  out.value = a.num(numerator) / a.num(denominator);
  out.detail(std::string(numerator), a.num(numerator)).detail(std::string(denominator), a.num(denominator));
  out.formula.number(a.num(numerator)).text(" / ").number(a.num(denominator)).text(" = ").number(out.value);
  return out;
}

void warn_if_small_sample(Outcome& out, double n) {
  if (n < 30) out.warnings.push_back(problems::small_sample(n));
}

}  // namespace polso::metrics
