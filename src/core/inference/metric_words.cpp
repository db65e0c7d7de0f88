#include "core/inference/metric_words.hpp"

namespace polso::inference {
namespace {

struct Row {
  std::string_view id, en_subject, en_object, it_subject;
  bool feminine;
};

constexpr Row kRows[] = {
    {"nps", "NPS", "the NPS", "L’NPS", false},
    {"csat", "CSAT", "the CSAT", "Il CSAT", false},
    {"ces", "CES", "the CES", "Il CES", false},
    {"churn_rate", "Churn rate", "the churn rate", "Il tasso di abbandono", false},
    {"retention_rate", "Retention rate", "the retention rate", "Il tasso di fidelizzazione", false},
    {"repeat_purchase_rate", "Repeat purchase rate", "the repeat purchase rate", "Il tasso di riacquisto", false},
    {"customer_acquisition_rate", "Customer acquisition rate", "the customer acquisition rate", "Il tasso di acquisizione clienti", false},
    {"engagement_rate", "Engagement rate", "the engagement rate", "Il tasso di coinvolgimento", false},
    {"repeat_interaction_rate", "Repeat interaction rate", "the repeat interaction rate", "Il tasso di interazione ripetuta", false},
    {"ctr", "CTR", "the CTR", "Il CTR", false},
    {"conversion_rate", "Conversion rate", "the conversion rate", "Il tasso di conversione", false},
    {"bounce_rate", "Bounce rate", "the bounce rate", "La frequenza di rimbalzo", true},
    {"cart_abandonment_rate", "Cart abandonment rate", "the cart abandonment rate", "Il tasso di abbandono del carrello", false},
    {"feature_adoption_rate", "Feature adoption rate", "the feature adoption rate", "Il tasso di adozione della funzione", false},
    {"stickiness", "Stickiness", "the stickiness", "La stickiness", true},
    {"first_contact_resolution", "First contact resolution", "the first contact resolution", "La risoluzione al primo contatto", true},
    {"self_service_rate", "Self-service rate", "the self-service rate", "Il tasso di self-service", false},
    {"first_response_time", "First response time", "the first response time", "Il tempo di prima risposta", false},
    {"resolution_time", "Resolution time", "the resolution time", "Il tempo di risoluzione", false},
};

// "Il …" → "il …", "L’…" → "l’…": the article is plain ASCII.
std::string lower_first(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

}  // namespace

MetricWords metric_words(const MetricSpec& metric) {
  const bool survey = metric.group == Group::survey;
  for (const Row& r : kRows)
    if (r.id == metric.id)
      return {std::string(r.en_subject), std::string(r.en_object), std::string(r.it_subject),
              lower_first(r.it_subject), r.feminine, survey};
  // Any other metric: its catalogue name, which Italian reads as masculine.
  const std::string it = "Il valore di " + std::string(metric.name.it);
  return {std::string(metric.name.en), "the " + std::string(metric.name.en), it, lower_first(it), false, survey};
}

}  // namespace polso::inference
