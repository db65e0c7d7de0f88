#include "core/datasets/conversations_counts_warnings.hpp"

#include <string>
#include <utility>

#include "core/datasets/conversations_warnings.hpp"
#include "core/number_format.hpp"
#include "core/problems.hpp"

namespace polso::datasets {

std::vector<Warning> conversations_counts_warnings(const ConversationCountsAnalysis& a,
                                                   const ConversationCountsReport& counts) {
  std::vector<Warning> out;
  auto warn = [&](const char* code, std::string en, std::string it) { out.push_back(problems::note(code, "", {en, it})); };
  const ConversationsReport& r = counts.report;
  const std::string err_en = format_number(kHistogramRelativeError * 100, Lang::en),
                    err_it = format_number(kHistogramRelativeError * 100, Lang::it);
  warn("quantiles_from_histogram",
       "Medians and p90 come from the counts file's duration buckets and are within " + err_en + "% of the exact values; counts, rates and means are exact.",
       "Mediane e p90 vengono dai bucket delle durate del file di conteggi e distano al massimo il " + err_it + "% dai valori esatti; conteggi, tassi e medie sono esatti.");
  warn("agents_not_in_counts", "A counts file has no agents, so the agent table is left out; analyse the raw export for it.",
       "Un file di conteggi non ha operatori, quindi la tabella degli operatori è omessa; analizza l’export grezzo per averla.");
  if (!counts.targets_on_edges)
    warn("target_between_buckets",
         "A response target is not one of the bucket edges, so the share answered within target is unknown. Use a target that is an edge (300 and 7200 seconds are).",
         "Un obiettivo di risposta non è uno dei limiti dei bucket, quindi la quota di risposte entro l’obiettivo non è nota. Usa un obiettivo che sia un limite (300 e 7200 secondi lo sono).");
  if (counts.quantiles_beyond_edges)
    warn("durations_beyond_buckets",
         "Some median or p90 falls among durations longer than the last bucket (over a year) and is left out; check the time columns of the query.",
         "Qualche mediana o p90 cade tra durate più lunghe dell’ultimo bucket (oltre un anno) ed è omessa; controlla le colonne dei tempi nella query.");
  if (auto w = no_response_target_warning(r.overall, a.channel_column().found())) out.push_back(std::move(*w));
  if (a.channels_capped()) out.push_back(too_many_groups_warning({"The channel column", "La colonna del canale"}));
  if (auto w = volume_gaps_warning(r.volume)) out.push_back(std::move(*w));
  return out;
}

std::vector<std::string_view> not_in_counts(const ConversationCountsAnalysis& a) {
  using M = CountMeasure;
  std::vector<std::string_view> out = {"agents", "csat.words"};
  for (auto [m, field] : {std::pair{M::answered, "answered"}, {M::fcr_resolved, "fcr"},
                          {M::self_served, "self_service_rate"}, {M::csat_responses, "csat"},
                          {M::first_response, "first_response"}, {M::resolution, "resolution"}})
    if (!a.has(m)) out.push_back(field);
  return out;
}

}  // namespace polso::datasets
