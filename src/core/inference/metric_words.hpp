// How sentences about a result name its metric, in each language: "NPS rose …",
// "… the churn rate could be …", "L’NPS è salito …", "La frequenza di rimbalzo è salita …".
#pragma once

#include <string>
#include <string_view>

#include "core/catalogue.hpp"

namespace polso::inference {

struct MetricWords {
  std::string en_subject;  // starts a sentence: "NPS", "Churn rate"
  std::string en_object;   // inside one: "the NPS", "the churn rate"
  std::string it_subject;  // with its article: "L’NPS", "Il tasso di abbandono"
  std::string it_object;   // "l’NPS", "il tasso di abbandono"
  bool it_feminine = false;  // for the participle: salito / salita
  bool survey = false;       // its base is a number of answers
};

MetricWords metric_words(const MetricSpec& metric);

}  // namespace polso::inference
