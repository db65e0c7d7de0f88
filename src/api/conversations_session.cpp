// The conversations dataset through the JSON door: options →
// ConversationsAnalysis, and its aggregate → the conversations report of
// docs/datasets.md.
#include <cmath>
#include <sstream>
#include <tuple>

#include "api/dataset_options.hpp"
#include "api/dataset_session.hpp"
#include "api/json_response.hpp"
#include "core/datasets/conversations_analysis.hpp"
#include "core/csv/columns.hpp"
#include "core/datasets/conversations_durations.hpp"
#include "core/datasets/conversations_report.hpp"
#include "core/problems.hpp"

namespace polso::api {
namespace {

using datasets::ConversationsSummary;
using datasets::DurationSummary;

Localized conversations_reason(const std::string& code) {
  if (code == "missing_created") return {"The created-at cell is empty.", "La cella della creazione è vuota."};
  if (code == "bad_created") return {"The created-at time could not be read (or could be day-first or month-first).",
                                     "L’ora di creazione non è leggibile (o può essere giorno/mese o mese/giorno)."};
  if (code == "bad_first_response") return {"The first-response time could not be read.", "L’ora della prima risposta non è leggibile."};
  if (code == "bad_resolved") return {"The resolved-at time could not be read.", "L’ora di risoluzione non è leggibile."};
  if (code == "response_before_created") return {"The first response is earlier than the creation.", "La prima risposta è precedente alla creazione."};
  if (code == "resolved_before_created") return {"The resolution is earlier than the creation.", "La risoluzione è precedente alla creazione."};
  if (code == "bad_first_response_time")
    return {"The first-response time could not be read as a duration.", "Il tempo di prima risposta non è leggibile come durata."};
  if (code == "bad_resolution_time")
    return {"The resolution time could not be read as a duration.", "Il tempo di risoluzione non è leggibile come durata."};
  if (code == "negative_duration")
    return {"A duration is negative.", "Una durata è negativa."};
  if (code == "mixed_time_zones")
    return {"One time has a time zone and the other has none, so the time between them is unknown.",
            "Un orario ha il fuso orario e l’altro no, quindi il tempo trascorso non è noto."};
  return {"The row could not be used.", "La riga non è utilizzabile."};
}

// Seconds to the millisecond: the interpolation's last bits are noise.
json seconds_json(double x) { return number_json(std::round(x * 1000) / 1000); }

json durations_json(const std::optional<DurationSummary>& d, bool with_target) {
  if (!d) return nullptr;
  json j = {{"n", d->n}, {"mean", seconds_json(d->mean)}, {"median", seconds_json(d->median)}, {"p90", seconds_json(d->p90)}};
  if (with_target) {
    j["with_target"] = d->with_target;
    j["within_target"] = d->within_target;
    j["within_target_pct"] = d->within_target_pct ? number_json(*d->within_target_pct) : json(nullptr);
  }
  return j;
}

json value_or_null(const std::optional<Evaluation>& e) { return e ? number_json(e->outcome.value) : json(nullptr); }

json band_json(const Evaluation& e, Lang lang) { return success_json(e, lang)["band"]; }

// `answers_known`: the file has a first-response column. Without one, no
// conversation is known to be answered or not, and the counts are null.
json group_json(const char* key_name, const ConversationsSummary& g, bool answers_known) {
  json j = {{key_name, g.key}};
  if (std::string_view(key_name) == "channel")
    j["kind"] = std::string(datasets::channel_kind_name(datasets::channel_kind(g.key)));
  j["conversations"] = g.conversations;
  j["unanswered"] = answers_known ? json(g.unanswered) : json(nullptr);
  j["resolved"] = g.resolved;
  j["first_response"] = durations_json(g.first_response, true);
  j["resolution"] = durations_json(g.resolution, false);
  j["fcr"] = value_or_null(g.fcr);
  j["self_service_rate"] = value_or_null(g.self_service);
  j["csat"] = value_or_null(g.csat);
  j["csat_n"] = g.csat_answers;
  j["outlier"] = g.outlier();
  j["outlier_reasons"] = g.outlier_reasons;
  return j;
}

json unit_json(datasets::DurationUnit u) {
  return u == datasets::DurationUnit::none ? json(nullptr) : json(std::string(datasets::duration_unit_id(u)));
}

std::string days_text(double seconds) {
  const double days = seconds / 86400;
  std::ostringstream out;
  out.precision(days < 10 ? 2 : 0);
  out << std::fixed << days;
  return out.str();
}

// Figures no help desk produces: they point at a wrong column or unit.
template <typename Warn>
void add_sanity_warnings(const datasets::ConversationsAnalysis& a, const datasets::ConversationsReport& r, Warn& warn) {
  const auto& c = a.columns();
  const auto& notes = a.aggregate().notes();
  auto column_of = [](const datasets::ResolvedColumn& timestamp, const datasets::ResolvedColumn& duration) {
    return duration.found() ? "“" + duration.name + "”" : "“" + timestamp.name + "”";
  };
  if (notes.durations_over_a_year > 0)
    warn("duration_over_a_year",
         std::to_string(notes.durations_over_a_year) + " durations are longer than a year. Check that the time columns hold what their names say and, for durations given as numbers, that the unit is right.",
         std::to_string(notes.durations_over_a_year) + " durate superano un anno. Controlla che le colonne dei tempi contengano ciò che dicono i nomi e, per le durate date come numeri, che l’unità sia giusta.");
  const auto& reasons = a.aggregate().rows().reasons();
  const auto it = reasons.find("negative_duration");
  const std::uint64_t skipped_negative = it == reasons.end() ? 0 : it->second.count;
  if (skipped_negative > 0)
    warn("duration_negative",
         std::to_string(skipped_negative) + " rows have a negative duration and were skipped. Check the duration columns: a negative time usually means a wrong column or a data error.",
         std::to_string(skipped_negative) + " righe hanno una durata negativa e sono state scartate. Controlla le colonne delle durate: un tempo negativo di solito indica una colonna sbagliata o un errore nei dati.");
  for (const auto& [d, name_en, name_it, col] :
       {std::tuple{&r.overall.first_response, "first response", "prima risposta", column_of(c.first_response, c.first_response_time)},
        std::tuple{&r.overall.resolution, "resolution", "risoluzione", column_of(c.resolved, c.resolution_time)}}) {
    if (!*d || (*d)->median <= 90.0 * 86400) continue;
    const std::string days = days_text((*d)->median);
    warn("duration_implausible",
         std::string("The median ") + name_en + " time is " + days + " days, which no help desk takes: check that " + col + " is the right column and that its unit is right.",
         std::string("Il tempo mediano di ") + name_it + " è di " + days + " giorni, un tempo che nessun servizio clienti impiega: controlla che " + col + " sia la colonna giusta e che l’unità sia corretta.");
  }
  for (const datasets::ResolvedColumn* col : {&c.first_response_time, &c.resolution_time}) {
    if (col->found() && !col->by_user && datasets::business_hours_header(csv::fold_for_matching(col->name)))
      warn("duration_business_hours",
           "“" + col->name + "” counts only business hours; no column with the full elapsed time was found, so times are shorter than the customer's wait.",
           "“" + col->name + "” conta solo l’orario lavorativo; non c’è una colonna con il tempo trascorso intero, quindi i tempi sono più brevi dell’attesa del cliente.");
  }
  if (c.conversation.found() && a.id_distinct_share() < 0.9)
    warn("id_not_unique",
         "The conversation-id column “" + c.conversation.name + "” repeats its values in the first rows, so it is probably not an id (a type, a customer, a postcode?). Check it, or choose the column that names each conversation.",
         "La colonna dell’id di conversazione “" + c.conversation.name + "” ripete i valori nelle prime righe, quindi probabilmente non è un id (un tipo, un cliente, un CAP?). Controllala, o scegli la colonna che identifica ogni conversazione.");
}

class ConversationsSession final : public DatasetSession {
 public:
  ConversationsSession(datasets::ConversationsOptions o, std::optional<int> csat_scale)
      : analysis_(std::move(o)), csat_scale_(csat_scale) {}

  std::optional<Error> feed(std::string_view bytes) override { return analysis_.feed(bytes); }
  std::optional<Error> finish() override { return analysis_.finish(); }
  const datasets::TableStream& table() const override { return analysis_.table(); }
  std::uint64_t rows_read() const override { return analysis_.aggregate().rows().read(); }

  Expected<json> report(Lang lang) const override {
    const auto& a = analysis_;
    const auto& c = a.columns();
    const auto& agg = a.aggregate();
    auto r = datasets::conversations_report(
        agg, {a.options().period, csat_scale_, c.self_service.found()});
    if (!r) return r.error();
    const ConversationsSummary& o = r->overall;
    json warnings = json::array();
    auto warn = [&](const char* code, std::string en, std::string it) {
      warnings.push_back(notice_json(problems::note(code, "", {en, it}), lang));
    };

    const bool answers_known = c.first_response.found() || c.first_response_time.found();
    json summary = {{"conversations", o.conversations},
                    {"answered", answers_known ? json(o.conversations - o.unanswered) : json(nullptr)},
                    {"unanswered", answers_known ? json(o.unanswered) : json(nullptr)},
                    {"resolved", o.resolved},
                    {"first_response", durations_json(o.first_response, true)},
                    {"resolution", durations_json(o.resolution, false)}};
    summary["fcr"] = o.fcr ? json{{"value", number_json(o.fcr->outcome.value)},
                                  {"resolved_first_contact", agg.overall().fcr_first_contact},
                                  {"resolved_total", agg.overall().fcr_known}}
                           : json(nullptr);
    summary["self_service_rate"] = o.self_service ? json{{"value", number_json(o.self_service->outcome.value)},
                                                         {"self_served", agg.overall().self_served},
                                                         {"conversations", o.conversations},
                                                         {"band", band_json(*o.self_service, lang)}}
                                                  : json(nullptr);
    summary["csat"] = o.csat ? json{{"value", number_json(o.csat->outcome.value)},
                                    {"n", o.csat_answers},
                                    {"scale", r->csat_scale},
                                    {"words", agg.overall().csat_words},
                                    {"band", band_json(*o.csat, lang)}}
                             : json(nullptr);

    const Evaluation& trend = r->volume.trend;
    json volume = {{"period", std::string(csv::period_id(a.options().period))}};
    json series = json::array();
    for (const auto& p : r->volume.series) series.push_back({{"period", p.period}, {"conversations", p.conversations}});
    volume["series"] = std::move(series);
    for (const char* k : {"change", "change_pct", "slope"}) {
      const DetailValue* d = trend.outcome.find_detail(k);
      volume[k] = d && std::holds_alternative<double>(*d) ? number_json(std::get<double>(*d)) : json(nullptr);
    }
    volume["gaps_filled"] = r->volume.gaps_filled;

    json channels = json::array(), agents = json::array();
    for (const auto& g : r->channels) channels.push_back(group_json("channel", g, answers_known));
    for (const auto& g : r->agents) agents.push_back(group_json("agent", g, answers_known));

    json report = {{"ok", true},
                   {"dataset", "conversations"},
                   {"summary", std::move(summary)},
                   {"volume", std::move(volume)},
                   {"channels", std::move(channels)},
                   {"agents", std::move(agents)}};
    report["quantiles"] = {{"method", r->quantiles_exact ? "exact" : "ddsketch"},
                           {"relative_error", r->quantiles_exact ? 0.0 : datasets::QuantileSketch::kRelativeError},
                           {"exact_up_to", datasets::DurationStats::kExactLimit},
                           {"definition", "type 7 (linear interpolation), as R and spreadsheets"}};
    const auto& t = a.options().targets;
    report["targets"] = {{"chat_seconds", t.chat_seconds}, {"email_seconds", t.email_seconds}};
    report["outlier_rule"] = {{"factor", datasets::kOutlierFactor}, {"minimum_n", datasets::kOutlierMinimum}};

    report["profile"] = profile_json(a.profile(), lang);
    add_columns(report, {{"conversation", &c.conversation}, {"channel", &c.channel}, {"agent", &c.agent},
                         {"created", &c.created}, {"first_response", &c.first_response},
                         {"first_response_time", &c.first_response_time}, {"resolved", &c.resolved},
                         {"resolution_time", &c.resolution_time}, {"csat", &c.csat},
                         {"self_service", &c.self_service}, {"contacts", &c.contacts}, {"reopened", &c.reopened}},
                lang);
    report["duration_units"] = {
        {"first_response_time", unit_json(a.first_response_unit())},
        {"resolution_time", unit_json(a.resolution_unit())}};

    const auto& notes = agg.notes();
    if (!r->quantiles_exact)
      warn("quantiles_estimated",
           "Some groups have more than 1,024 durations: their median and p90 come from a sketch and are within 0.5% of the exact values.",
           "Alcuni gruppi hanno più di 1.024 durate: mediana e p90 vengono da uno sketch e distano al massimo lo 0,5% dai valori esatti.");
    if (o.first_response && o.first_response->with_target == 0)
      warn("no_response_target",
           c.channel.found() ? "No channel is a chat, messaging or e-mail channel, so no response target applies."
                             : "Without a channel column no response target applies (5 minutes for chat, 2 hours for e-mail).",
           c.channel.found() ? "Nessun canale è chat, messaggistica o e-mail, quindi non si applica alcun obiettivo di risposta."
                             : "Senza una colonna del canale non si applica alcun obiettivo di risposta (5 minuti per la chat, 2 ore per l’e-mail).");
    if (notes.csat_unreadable > 0)
      warn("csat_unreadable", std::to_string(notes.csat_unreadable) + " CSAT cells are not whole numbers from 0 to 10 and were left out of CSAT.",
           std::to_string(notes.csat_unreadable) + " celle CSAT non sono numeri interi da 0 a 10 e sono state escluse dal CSAT.");
    if (r->overall.csat && r->csat_scale == 5 && csat_scale_ && agg.overall().csat_answers() + agg.overall().csat_words > r->overall.csat_answers)
      warn("csat_above_scale", "Some CSAT answers are above the chosen scale and were left out.",
           "Alcune risposte CSAT superano la scala scelta e sono state escluse.");
    if (notes.contacts_unreadable > 0)
      warn("contacts_unreadable", std::to_string(notes.contacts_unreadable) + " resolved conversations have a contact count that is not a whole number of 1 or more; they are left out of FCR.",
           std::to_string(notes.contacts_unreadable) + " conversazioni risolte hanno un numero di contatti che non è un intero maggiore o uguale a 1; sono escluse dall’FCR.");
    if (notes.flag_unrecognised > 0)
      warn("flag_unrecognised", std::to_string(notes.flag_unrecognised) + " self-service or reopened cells are neither yes nor no; they were read as no (self-service) or unknown (reopened).",
           std::to_string(notes.flag_unrecognised) + " celle self-service o riaperto non sono né sì né no; sono state lette come no (self-service) o sconosciute (riaperto).");
    if (notes.open_with_resolution_time > 0)
      warn("open_with_resolution_time",
           std::to_string(notes.open_with_resolution_time) + " conversations have a resolution time but no resolved time; they were counted as open, and their resolution times left out. If they are resolved, choose another resolved column.",
           std::to_string(notes.open_with_resolution_time) + " conversazioni hanno un tempo di risoluzione ma nessuna data di risoluzione; sono state contate come aperte e i loro tempi di risoluzione esclusi. Se sono risolte, scegli un’altra colonna della risoluzione.");
    add_sanity_warnings(a, *r, warn);
    if (notes.repeated_ids > 0)
      warn("repeated_ids", std::to_string(notes.repeated_ids) + " rows repeat the conversation id of the row above. The analysis expects one row per conversation; a file with one row per message counts messages, not conversations.",
           std::to_string(notes.repeated_ids) + " righe ripetono l’id di conversazione della riga precedente. L’analisi si aspetta una riga per conversazione; un file con una riga per messaggio conta i messaggi, non le conversazioni.");
    if (agg.channels_capped() || agg.agents_capped())
      warn("too_many_groups", "The channel or agent column has more than 1,000 different values; the rest are grouped as “(other)”.",
           "La colonna del canale o dell’operatore ha più di 1.000 valori diversi; gli altri sono raggruppati in “(other)”.");
    if (!r->volume.gaps_filled)
      warn("volume_gaps", "The dates span too many periods to list the empty ones; only periods with conversations are shown.",
           "Le date coprono troppi periodi per elencare quelli vuoti; sono mostrati solo i periodi con conversazioni.");
    if (a.date_order_note()) warnings.push_back(notice_json(*a.date_order_note(), lang));
    report["warnings"] = std::move(warnings);
    add_table_sections(report, a.table(), agg.rows(), a.date_order(), conversations_reason, lang);
    return report;
  }

 private:
  datasets::ConversationsAnalysis analysis_;
  std::optional<int> csat_scale_;
};

Expected<std::optional<std::int64_t>> seconds_option(const json& o, const char* key) {
  auto v = number_option(o, key);
  if (!v) return v.error();
  if (!*v) return std::optional<std::int64_t>();
  if (**v > 365.0 * 24 * 3600)
    return option_error(key, "“" + std::string(key) + "” is a number of seconds up to one year.",
                        "“" + std::string(key) + "” è un numero di secondi fino a un anno.");
  return std::optional<std::int64_t>(static_cast<std::int64_t>(**v));
}

}  // namespace

Expected<std::unique_ptr<DatasetSession>> make_conversations_session(const json& o) {
  datasets::ConversationsOptions options;
  auto table = table_options(o);
  if (!table) return table.error();
  options.table = *table;
  auto period = period_option(o);
  if (!period) return period.error();
  options.period = *period;
  auto email = seconds_option(o, "email_target");
  if (!email) return email.error();
  if (*email) options.targets.email_seconds = **email;
  auto chat = seconds_option(o, "chat_target");
  if (!chat) return chat.error();
  if (*chat) options.targets.chat_seconds = **chat;
  const char* scale_key = o.contains("csat_scale") ? "csat_scale" : "scale";
  auto scale = int_option(o, scale_key, 5, 10);
  if (!scale) return scale.error();
  if (*scale && **scale != 5 && **scale != 10)
    return option_error(scale_key, "The CSAT scale is 5 or 10.", "La scala CSAT è 5 o 10.");
  options.columns = {text_option(o, "conversation_column"),       text_option(o, "channel_column"),
                     text_option(o, "agent_column"),              text_option(o, "created_column"),
                     text_option(o, "first_response_column"),     text_option(o, "first_response_time_column"),
                     text_option(o, "resolved_column"),           text_option(o, "resolution_time_column"),
                     text_option(o, "csat_column"),               text_option(o, "self_service_column"),
                     text_option(o, "contacts_column"),           text_option(o, "reopened_column")};
  if (auto unit = text_option(o, "duration_unit")) {
    const auto u = datasets::parse_duration_unit(*unit);
    if (!u || *u == datasets::DurationUnit::clock)
      return option_error("duration_unit", "The duration unit is seconds, minutes, hours or days.",
                          "L’unità delle durate è seconds, minutes, hours o days.");
    options.duration_unit = *u;
  }
  return std::unique_ptr<DatasetSession>(std::make_unique<ConversationsSession>(std::move(options), *scale));
}

}  // namespace polso::api
