#include "core/evaluate.hpp"

#include <algorithm>
#include <cmath>

#include "core/number_format.hpp"
#include "core/problems.hpp"

namespace polso {
namespace {

bool is_array_kind(InputKind k) {
  return k == InputKind::scores || k == InputKind::numbers || k == InputKind::counts;
}

std::optional<Error> check_number(const InputSpec& spec, double x) {
  if (!std::isfinite(x)) return problems::not_finite(spec.name, spec.label);
  if (x < spec.min) return problems::below_minimum(spec.name, spec.label, spec.min);
  if (x > spec.max) return problems::above_maximum(spec.name, spec.label, spec.max);
  if (spec.kind == InputKind::count) {
    if (x > kMaxExactInteger) return problems::beyond_exact_range(spec.name, spec.label);
    if (x != std::floor(x)) return problems::not_whole_number(spec.name, spec.label, x);
  }
  return std::nullopt;
}

std::optional<Error> check_array(const InputSpec& spec, const NumberList& xs) {
  if (xs.empty()) return problems::empty_list(spec.name, spec.label);
  const bool integer = spec.kind != InputKind::numbers;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const double x = xs[i];
    if (!std::isfinite(x) || x < spec.min || x > spec.max || (integer && x != std::floor(x)))
      return problems::list_value_out_of_range(spec.name, spec.label, i, x, spec.min, spec.max,
                                               integer);
  }
  return std::nullopt;
}

// Choices arrive as text ("percent_easy") or, for numeric choices such as a
// survey scale, as numbers (10); both are normalised to the choice's text.
std::optional<Error> normalise_choice(const InputSpec& spec, InputValue& value) {
  if (const double* d = std::get_if<double>(&value)) {
    if (!std::isfinite(*d) || *d != std::floor(*d) || std::fabs(*d) > 1e9)
      return problems::wrong_type(spec.name, spec.label, {"one of the listed choices", "una delle scelte elencate"});
    value = std::to_string(static_cast<long long>(*d));
  }
  const auto* s = std::get_if<std::string>(&value);
  if (!s) return problems::wrong_type(spec.name, spec.label, input_kind_words(spec.kind));
  if (std::find(spec.choices.begin(), spec.choices.end(), *s) == spec.choices.end())
    return problems::not_a_choice(spec.name, spec.label, *s, spec.choices);
  return std::nullopt;
}

std::optional<Error> check_input(const InputSpec& spec, InputValue& value) {
  if (spec.kind == InputKind::choice) return normalise_choice(spec, value);
  if (spec.kind == InputKind::text) {
    if (!std::holds_alternative<std::string>(value))
      return problems::wrong_type(spec.name, spec.label, input_kind_words(spec.kind));
    return std::nullopt;
  }
  if (is_array_kind(spec.kind)) {
    const auto* xs = std::get_if<NumberList>(&value);
    if (!xs) return problems::wrong_type(spec.name, spec.label, input_kind_words(spec.kind));
    return check_array(spec, *xs);
  }
  const double* x = std::get_if<double>(&value);
  if (!x) return problems::wrong_type(spec.name, spec.label, input_kind_words(spec.kind));
  return check_number(spec, *x);
}

std::size_t missing_count(const VariantSpec& v, const Inputs& inputs) {
  return static_cast<std::size_t>(std::count_if(v.required.begin(), v.required.end(),
                                                 [&](auto n) { return !inputs.contains(n); }));
}

Error no_variant_matches(const MetricSpec& metric, const Inputs& inputs) {
  const VariantSpec* closest = &metric.variants.front();
  for (const auto& v : metric.variants)
    if (missing_count(v, inputs) < missing_count(*closest, inputs) ||
        (missing_count(v, inputs) == missing_count(*closest, inputs) &&
         v.required.size() - missing_count(v, inputs) >
             closest->required.size() - missing_count(*closest, inputs)))
      closest = &v;
  std::vector<Localized> missing, alternatives;
  std::string_view first_missing;
  for (auto n : closest->required)
    if (!inputs.contains(n)) {
      if (first_missing.empty()) first_missing = n;
      missing.push_back(metric.input(n)->label);
    }
  for (const auto& v : metric.variants)
    if (&v != closest) alternatives.push_back(v.label);
  return problems::missing_inputs(metric.name, first_missing, missing, alternatives);
}

bool band_contains(const BandSpec& b, double x) {
  const bool above = b.low_inclusive ? x >= b.low : x > b.low;
  const bool below = b.high_inclusive ? x <= b.high : x < b.high;
  return above && below;
}

}  // namespace

const BandSpec* find_band(const MetricSpec& metric, const Outcome& outcome, const Inputs& inputs) {
  for (const auto& band : metric.bands) {
    if (!band.when_input.empty()) {
      std::string_view chosen = metric.input(band.when_input)->default_value;
      if (auto it = inputs.find(band.when_input); it != inputs.end())
        if (const auto* s = std::get_if<std::string>(&it->second)) chosen = *s;
      if (chosen != band.when_value) continue;
    }
    double x = outcome.value;
    if (band.on != "value") {
      const DetailValue* d = outcome.find_detail(band.on);
      if (!d || !std::holds_alternative<double>(*d)) continue;
      x = std::get<double>(*d);
    }
    if (band_contains(band, x)) return &band;
  }
  return nullptr;
}

Expected<Evaluation> evaluate(std::string_view metric_id, const Inputs& raw_inputs) {
  const MetricSpec* metric = find_metric(metric_id);
  if (!metric) return problems::unknown_metric(metric_id);

  Inputs inputs;
  std::vector<Warning> warnings;
  for (const auto& [name, value] : raw_inputs) {
    const InputSpec* spec = metric->input(name);
    if (!spec) {
      warnings.push_back(problems::unused_input(name));
      continue;
    }
    InputValue v = value;
    if (auto err = check_input(*spec, v)) return *err;
    inputs.emplace(name, std::move(v));
  }

  const VariantSpec* variant = nullptr;
  for (const auto& v : metric->variants)
    if (missing_count(v, inputs) == 0) {
      variant = &v;
      break;
    }
  if (!variant) return no_variant_matches(*metric, inputs);

  for (const auto& [name, value] : inputs) {
    const bool used =
        std::find(variant->required.begin(), variant->required.end(), name) != variant->required.end() ||
        std::find(variant->optional.begin(), variant->optional.end(), name) != variant->optional.end();
    if (!used) warnings.push_back(problems::unused_input(name));
  }

  Args args(*metric, *variant, inputs);
  Expected<Outcome> computed = metric->compute(args);
  if (!computed) return computed.error();

  Evaluation result{metric, variant, std::move(computed.value()), nullptr};
  result.outcome.warnings.insert(result.outcome.warnings.begin(), warnings.begin(), warnings.end());
  if (!std::isfinite(result.outcome.value))
    return problems::invalid("", "not_computable",
                             {"The inputs lead to a result that is not a finite number; check them for extreme values.",
                              "Con questi valori il risultato non è un numero finito; controlla che non ci siano valori estremi."});
  result.band = find_band(*metric, result.outcome, inputs);
  return result;
}

}  // namespace polso
