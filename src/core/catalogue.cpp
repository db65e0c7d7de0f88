#include "core/catalogue.hpp"

#include <algorithm>
#include <optional>

#include "core/metrics/groups.hpp"

namespace polso {

std::string_view input_kind_id(InputKind k) {
  switch (k) {
    case InputKind::count: return "count";
    case InputKind::number: return "number";
    case InputKind::percent: return "percent";
    case InputKind::money: return "money";
    case InputKind::seconds: return "seconds";
    case InputKind::scores: return "scores";
    case InputKind::numbers: return "numbers";
    case InputKind::counts: return "counts";
    case InputKind::choice: return "choice";
    case InputKind::text: return "text";
  }
  return "number";
}

std::string_view estimand_kind_id(EstimandKind k) {
  switch (k) {
    case EstimandKind::nps: return "nps";
    case EstimandKind::share: return "share";
    case EstimandKind::mean: return "mean";
    case EstimandKind::none:
    case EstimandKind::unset: return "none";
  }
  return "none";
}

std::string_view better_id(Better b) { return b == Better::lower ? "lower" : "higher"; }

Localized input_kind_words(InputKind k) {
  if (k == InputKind::scores || k == InputKind::numbers || k == InputKind::counts)
    return {"a list of numbers", "un elenco di numeri"};
  if (k == InputKind::choice || k == InputKind::text) return {"a text value", "un testo"};
  return {"a number", "un numero"};
}

std::string_view tone_id(Tone t) {
  switch (t) {
    case Tone::good: return "good";
    case Tone::neutral: return "neutral";
    case Tone::bad: return "bad";
  }
  return "neutral";
}

std::string_view group_id(Group g) {
  switch (g) {
    case Group::survey: return "survey";
    case Group::retention: return "retention";
    case Group::engagement: return "engagement";
    case Group::support: return "support";
  }
  return "survey";
}

Localized group_name(Group g) {
  switch (g) {
    case Group::survey: return {"Survey", "Sondaggi"};
    case Group::retention: return {"Retention and revenue", "Fidelizzazione e ricavi"};
    case Group::engagement: return {"Engagement and web", "Coinvolgimento e web"};
    case Group::support: return {"Support", "Assistenza"};
  }
  return {"", ""};
}

const InputSpec* MetricSpec::input(std::string_view name) const {
  for (const auto& i : inputs)
    if (i.name == name) return &i;
  return nullptr;
}

std::span<const MetricSpec> catalogue() {
  // Built once on first use and never modified: the catalogue is constant data.
  static const std::vector<MetricSpec> all = metrics::all_metrics();
  return all;
}

const MetricSpec* find_metric(std::string_view id) {
  for (const auto& m : catalogue())
    if (m.id == id) return &m;
  return nullptr;
}

bool Args::has(std::string_view name) const { return inputs_.contains(name); }

namespace {

// Numeric choices ("5", "10") and numeric defaults are stored as text.
std::optional<double> whole_number(std::string_view s) {
  if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  double d = 0;
  for (char c : s) d = d * 10 + (c - '0');
  return d;
}

}  // namespace

double Args::num(std::string_view name, double fallback) const {
  if (auto it = inputs_.find(name); it != inputs_.end()) {
    if (const double* d = std::get_if<double>(&it->second)) return *d;
    if (const auto* s = std::get_if<std::string>(&it->second))
      if (auto d = whole_number(*s)) return *d;
  }
  if (const InputSpec* spec = spec_.input(name))
    if (auto d = whole_number(spec->default_value)) return *d;
  return fallback;
}

const NumberList& Args::array(std::string_view name) const {
  static const NumberList none;  // const and empty: no state shared
  if (auto it = inputs_.find(name); it != inputs_.end())
    if (const auto* xs = std::get_if<NumberList>(&it->second)) return *xs;
  return none;
}

std::string_view Args::text(std::string_view name) const {
  if (auto it = inputs_.find(name); it != inputs_.end())
    if (const auto* s = std::get_if<std::string>(&it->second)) return *s;
  if (const InputSpec* spec = spec_.input(name)) return spec->default_value;
  return {};
}

Localized Args::label(std::string_view name) const {
  if (const InputSpec* spec = spec_.input(name)) return spec->label;
  return {name, name};
}

}  // namespace polso
