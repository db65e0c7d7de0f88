#include "core/inference/metric_words.hpp"

namespace polso::inference {
namespace {

// "Il …" → "il …", "L’…" → "l’…": the article is plain ASCII.
std::string lower_first(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

}  // namespace

MetricWords metric_words(const MetricSpec& metric) {
  const bool survey = metric.group == Group::survey;
  const SentenceWords& w = metric.words;
  if (!w.en_subject.empty())
    return {std::string(w.en_subject), std::string(w.en_object), std::string(w.it_subject),
            lower_first(w.it_subject), w.it_feminine, survey};
  // Without words of its own: its catalogue name, which Italian reads as masculine.
  const std::string it = "Il valore di " + std::string(metric.name.it);
  return {std::string(metric.name.en), "the " + std::string(metric.name.en), it, lower_first(it), false, survey};
}

}  // namespace polso::inference
