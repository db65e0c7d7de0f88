// The metric catalogue: every metric declared once, as data. The page builds
// its forms from it, the CLI its flags and help, the docs their table.
#pragma once

#include <limits>
#include <span>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/inputs.hpp"
#include "core/localized.hpp"
#include "core/outcome.hpp"
#include "core/units.hpp"

namespace polso {

enum class InputKind {
  count,    // a whole number of things (customers, clicks, answers)
  number,   // any real number within the range
  percent,  // 0–100
  money,    // an amount in the user's currency
  seconds,  // a duration
  scores,   // an array of survey answers
  numbers,  // an array of real numbers (durations, volumes)
  counts,   // an array of whole numbers >= 0 (a distribution: index = score)
  choice,   // one of `choices`
  text,     // free text echoed back (e.g. a currency code)
};
std::string_view input_kind_id(InputKind k);
// What a value of the kind is, for a message: "a number", "a list of numbers".
Localized input_kind_words(InputKind k);

constexpr double kUnbounded = std::numeric_limits<double>::infinity();
// Counts beyond 2^53 can no longer be represented exactly by a double.
constexpr double kMaxExactInteger = 9007199254740992.0;

struct InputSpec {
  std::string_view name;
  InputKind kind;
  Localized label;
  Localized help;
  double min = 0;
  double max = kUnbounded;
  std::vector<std::string_view> choices = {};
  std::string_view default_value = {};  // for choices and optional numbers
};

// One way of entering a metric: the inputs it needs and those it may take.
struct VariantSpec {
  std::string_view id;
  Localized label;
  std::vector<std::string_view> required;
  std::vector<std::string_view> optional = {};
};

enum class Tone { good, neutral, bad };
std::string_view tone_id(Tone t);

// A benchmark band from METRICS.md: low < x <= high (or low <= x < high).
struct BandSpec {
  std::string_view id;
  Localized label;
  Tone tone;
  double low;
  double high;
  bool low_inclusive = false;
  bool high_inclusive = true;
  std::string_view on = "value";      // "value" or a numeric detail key
  std::string_view when_input = {};   // band applies only when this choice…
  std::string_view when_value = {};   // …has this value (its default counts)
};

class Args;
using ComputeFn = Expected<Outcome> (*)(const Args&);

enum class Group { survey, retention, engagement, support };
std::string_view group_id(Group g);
Localized group_name(Group g);

// Which way a change is good news: comparisons colour a significant change by
// it (a drop in NPS is bad, a drop in churn good). Here, with the metric, so
// a new metric cannot forget it.
enum class Better { higher, lower };
std::string_view better_id(Better b);  // "higher", "lower"

// What sampling stands behind a value, so intervals, comparisons and
// sample-size plans know how to treat it (inference/estimand.hpp): NPS's
// three counts; a share, successes out of a total; a mean with its spread;
// or nothing sampling theory applies to (CLV, MRR, ROI …). Every metric says
// which (`unset` is only the default a test refuses, so none is never assumed).
enum class EstimandKind { unset, none, nps, share, mean };
std::string_view estimand_kind_id(EstimandKind k);  // "none", "nps", "share", "mean"

struct EstimandSpec {
  EstimandKind kind = EstimandKind::unset;
  // A share's two counts: the detail keys the compute function writes. A
  // mean metric with them (CES) is read as that share when its result is a
  // percentage (CES "% easy").
  std::string_view successes = {};
  std::string_view total = {};
};

// How sentences name the metric: "NPS rose …", "… the churn rate could be …",
// "L’NPS è salito …", "La frequenza di rimbalzo è salita …". Empty: built from
// the name ("the <name>", "Il valore di <nome>").
struct SentenceWords {
  std::string_view en_subject = {};  // starts a sentence: "Churn rate"
  std::string_view en_object = {};   // inside one: "the churn rate"
  std::string_view it_subject = {};  // with its article: "Il tasso di abbandono"
  bool it_feminine = false;          // for the participle: salito / salita
};

// The values a result can take, for charts and interval ends; open sides are
// ±kUnbounded. A CES mean's top is its scale, read from the result.
struct ValueBounds {
  double low = -kUnbounded;
  double high = kUnbounded;
};

struct MetricSpec {
  std::string_view id;
  Group group;
  Localized name;
  // Other words people search for it by, space-separated, in each language:
  // "soddisfazione" finds CSAT on the Italian page (the name is English there).
  Localized aliases = {};
  Localized help;
  Localized formula;  // in words, e.g. "% promoters − % detractors"
  Unit unit;
  Better better = Better::higher;
  Localized unit_label = {};  // shown beside the value when the unit alone is vague
  std::vector<InputSpec> inputs;
  std::vector<VariantSpec> variants;
  std::vector<BandSpec> bands = {};
  ComputeFn compute;
  EstimandSpec estimand = {};
  SentenceWords words = {};
  ValueBounds range = {};

  const InputSpec* input(std::string_view name) const;
};

std::span<const MetricSpec> catalogue();
const MetricSpec* find_metric(std::string_view id);

// The validated inputs of one request, as a metric's compute function sees them.
class Args {
 public:
  Args(const MetricSpec& spec, const VariantSpec& variant, const Inputs& inputs)
      : spec_(spec), variant_(variant), inputs_(inputs) {}

  const MetricSpec& spec() const { return spec_; }
  std::string_view variant() const { return variant_.id; }
  bool has(std::string_view name) const;
  // A number input; its declared default (or `fallback`) when absent.
  double num(std::string_view name, double fallback = 0) const;
  const NumberList& array(std::string_view name) const;  // empty when absent
  // A choice or text input; its declared default when absent.
  std::string_view text(std::string_view name) const;
  Localized label(std::string_view name) const;

 private:
  const MetricSpec& spec_;
  const VariantSpec& variant_;
  const Inputs& inputs_;
};

}  // namespace polso
