// The conversations-counts dataset through the JSON door: options →
// ConversationCountsAnalysis, and its report → the conversations report's
// JSON (conversations_json.hpp), with what a counts file cannot give left
// out and said so.
#include "api/conversations_json.hpp"
#include "api/dataset_options.hpp"
#include "api/dataset_session.hpp"
#include "api/json_response.hpp"
#include "core/datasets/conversations_counts_report.hpp"
#include "core/number_format.hpp"
#include "core/problems.hpp"

namespace polso::api {
namespace {

using datasets::CountMeasure;

Localized counts_reason(const std::string&) { return {"The row could not be used.", "La riga non è utilizzabile."}; }

json edges_json() {
  json edges = json::array();
  for (auto e : datasets::kDurationEdges) edges.push_back(e);
  return edges;
}

class ConversationCountsSession final : public DatasetSession {
 public:
  ConversationCountsSession(datasets::ConversationCountsOptions o, std::optional<int> csat_scale)
      : analysis_(std::move(o)), csat_scale_(csat_scale) {}

  std::optional<Error> feed(std::string_view bytes) override { return analysis_.feed(bytes); }
  std::optional<Error> finish() override { return analysis_.finish(); }
  const datasets::TableStream& table() const override { return analysis_.table(); }
  std::uint64_t rows_read() const override { return analysis_.rows().read(); }

  Expected<json> report(Lang lang) const override {
    const auto& a = analysis_;
    auto counts = datasets::conversation_counts_report(a, csat_scale_);
    if (!counts) return counts.error();
    const datasets::ConversationsReport& r = counts->report;
    const auto& all = a.overall();
    const bool answers_known = a.has(CountMeasure::answered) || a.has(CountMeasure::first_response);

    json channels = json::array();
    for (const auto& g : r.channels) channels.push_back(conversations_group_json("channel", g, answers_known));
    json report = {{"ok", true},
                   {"dataset", "conversations-counts"},
                   {"summary", conversations_summary_json(r, answers_known,
                                                          {all.total(CountMeasure::fcr_first_contact),
                                                           all.total(CountMeasure::fcr_resolved),
                                                           all.total(CountMeasure::self_served), json(nullptr)},
                                                          lang)},
                   {"volume", conversations_volume_json(r.volume, a.period())},
                   {"channels", std::move(channels)},
                   {"agents", json::array()}};
    report["quantiles"] = {{"method", "histogram"},
                           {"relative_error", datasets::kHistogramRelativeError},
                           {"definition", "type 7 (linear interpolation), as R and spreadsheets, on each duration's bucket representative"},
                           {"edges", edges_json()}};
    const auto& t = a.options().targets;
    report["targets"] = {{"chat_seconds", t.chat_seconds}, {"email_seconds", t.email_seconds}};
    report["outlier_rule"] = {{"factor", datasets::kOutlierFactor}, {"minimum_n", datasets::kOutlierMinimum}};
    report["profile"] = nullptr;
    add_columns(report, {{"period", &a.period_column()}, {"channel", &a.channel_column()},
                         {"measure", &a.measure_column()}, {"bucket", &a.bucket_column()},
                         {"count", &a.count_column()}, {"sum", &a.sum_column()}},
                lang);
    // Figures the raw report has and a counts file cannot give.
    json left_out = json::array({"agents", "csat.words"});
    for (auto [m, field] : {std::pair{CountMeasure::answered, "answered"}, {CountMeasure::fcr_resolved, "fcr"},
                            {CountMeasure::self_served, "self_service_rate"}, {CountMeasure::csat_responses, "csat"},
                            {CountMeasure::first_response, "first_response"}, {CountMeasure::resolution, "resolution"}})
      if (!a.has(m)) left_out.push_back(field);
    report["not_in_counts"] = std::move(left_out);

    json warnings = json::array();
    auto warn = [&](const char* code, std::string en, std::string it) {
      warnings.push_back(notice_json(problems::note(code, "", {std::move(en), std::move(it)}), lang));
    };
    const std::string err_en = format_number(datasets::kHistogramRelativeError * 100, Lang::en),
                      err_it = format_number(datasets::kHistogramRelativeError * 100, Lang::it);
    warn("quantiles_from_histogram",
         "Medians and p90 come from the counts file's duration buckets and are within " + err_en + "% of the exact values; counts, rates and means are exact.",
         "Mediane e p90 vengono dai bucket delle durate del file di conteggi e distano al massimo il " + err_it + "% dai valori esatti; conteggi, tassi e medie sono esatti.");
    warn("agents_not_in_counts", "A counts file has no agents, so the agent table is left out; analyse the raw export for it.",
         "Un file di conteggi non ha operatori, quindi la tabella degli operatori è omessa; analizza l’export grezzo per averla.");
    if (!counts->targets_on_edges)
      warn("target_between_buckets",
           "A response target is not one of the bucket edges, so the share answered within target is unknown. Use a target that is an edge (300 and 7200 seconds are).",
           "Un obiettivo di risposta non è uno dei limiti dei bucket, quindi la quota di risposte entro l’obiettivo non è nota. Usa un obiettivo che sia un limite (300 e 7200 secondi lo sono).");
    if (counts->quantiles_beyond_edges)
      warn("durations_beyond_buckets",
           "Some median or p90 falls among durations longer than the last bucket (over a year) and is left out; check the time columns of the query.",
           "Qualche mediana o p90 cade tra durate più lunghe dell’ultimo bucket (oltre un anno) ed è omessa; controlla le colonne dei tempi nella query.");
    if (r.overall.first_response && r.overall.first_response->with_target == 0)
      warn("no_response_target",
           a.channel_column().found() ? "No channel is a chat, messaging or e-mail channel, so no response target applies."
                                      : "Without a channel column no response target applies (5 minutes for chat, 2 hours for e-mail).",
           a.channel_column().found() ? "Nessun canale è chat, messaggistica o e-mail, quindi non si applica alcun obiettivo di risposta."
                                      : "Senza una colonna del canale non si applica alcun obiettivo di risposta (5 minuti per la chat, 2 ore per l’e-mail).");
    if (a.channels_capped())
      warn("too_many_groups",
           "The channel column has more than " + format_number(datasets::ConversationAggregate::kMaxGroups, Lang::en) + " different values; the rest are grouped as “(other)”.",
           "La colonna del canale ha più di " + format_number(datasets::ConversationAggregate::kMaxGroups, Lang::it) + " valori diversi; gli altri sono raggruppati in “(other)”.");
    if (!r.volume.gaps_filled)
      warn("volume_gaps", "The dates span too many periods to list the empty ones; only periods with conversations are shown.",
           "Le date coprono troppi periodi per elencare quelli vuoti; sono mostrati solo i periodi con conversazioni.");
    report["warnings"] = std::move(warnings);
    add_table_sections(report, a.table(), a.rows(), std::nullopt, counts_reason, lang);
    return report;
  }

 private:
  datasets::ConversationCountsAnalysis analysis_;
  std::optional<int> csat_scale_;
};

}  // namespace

Expected<std::unique_ptr<DatasetSession>> make_conversations_counts_session(const json& o) {
  datasets::ConversationCountsOptions options;
  auto table = table_options(o);
  if (!table) return table.error();
  options.table = *table;
  if (o.contains("period")) {
    auto period = period_option(o);
    if (!period) return period.error();
    options.period = *period;
  }
  auto targets = response_targets_option(o);
  if (!targets) return targets.error();
  options.targets = *targets;
  auto scale = csat_scale_option(o);
  if (!scale) return scale.error();
  options.period_column = text_option(o, "period_column");
  options.channel_column = text_option(o, "channel_column");
  options.measure_column = text_option(o, "measure_column");
  options.bucket_column = text_option(o, "bucket_column");
  options.count_column = text_option(o, "count_column");
  options.sum_column = text_option(o, "sum_column");
  return std::unique_ptr<DatasetSession>(std::make_unique<ConversationCountsSession>(std::move(options), *scale));
}

}  // namespace polso::api
