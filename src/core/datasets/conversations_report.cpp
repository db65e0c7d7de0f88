#include "core/datasets/conversations_report.hpp"

#include "core/problems.hpp"

namespace polso::datasets {
namespace {

std::optional<DurationSummary> durations(const DurationStats& d) {
  if (d.n() == 0) return std::nullopt;
  DurationSummary s;
  s.n = d.n();
  s.mean = d.mean();
  s.median = d.quantile(0.5);
  s.p90 = d.quantile(0.9);
  s.with_target = d.with_target();
  s.within_target = d.within_target();
  if (s.with_target > 0)
    s.within_target_pct = static_cast<double>(s.within_target) * 100.0 / static_cast<double>(s.with_target);
  return s;
}

// CSAT on `scale`: the 0..10 counts cut to 0..scale (scores above the scale
// were not possible on it and are left out).
Inputs csat_inputs(const ConversationGroup& g, int scale) {
  std::vector<double> dist(static_cast<std::size_t>(scale) + 1, 0.0);
  for (int s = 0; s <= scale; ++s) dist[static_cast<std::size_t>(s)] = static_cast<double>(g.csat[static_cast<std::size_t>(s)]);
  return {{"distribution", dist}, {"scale", static_cast<double>(scale)}};
}

Expected<ConversationsSummary> summarise(const std::string& key, const ConversationGroup& g,
                                         const ConversationsReportOptions& options, int csat_scale) {
  return summarise_conversations(key, g, durations(g.first_response), durations(g.resolution), options, csat_scale);
}

}  // namespace

Expected<ConversationsSummary> summarise_conversations(std::string key, const ConversationGroup& g,
                                                       std::optional<DurationSummary> first_response,
                                                       std::optional<DurationSummary> resolution,
                                                       const ConversationsReportOptions& options, int csat_scale) {
  ConversationsSummary s;
  s.key = std::move(key);
  s.conversations = g.conversations;
  s.unanswered = g.unanswered;
  s.resolved = g.resolved;
  s.first_response = std::move(first_response);
  s.resolution = std::move(resolution);
  if (g.fcr_known > 0) {
    auto e = evaluate("first_contact_resolution", {{"resolved_first_contact", static_cast<double>(g.fcr_first_contact)},
                                                   {"resolved_total", static_cast<double>(g.fcr_known)}});
    if (!e) return e.error();
    s.fcr = std::move(e.value());
  }
  if (options.has_self_service && g.conversations > 0) {
    auto e = evaluate("self_service_rate", {{"self_served", static_cast<double>(g.self_served)},
                                            {"total_requests", static_cast<double>(g.conversations)}});
    if (!e) return e.error();
    s.self_service = std::move(e.value());
  }
  std::uint64_t on_scale = 0;
  for (int v = 0; v <= csat_scale; ++v) on_scale += g.csat[static_cast<std::size_t>(v)];
  s.csat_answers = on_scale + g.csat_words;
  if (g.csat_words > 0) {
    // Words are satisfied or not: with them, CSAT is satisfied / responses,
    // the scores counting as satisfied from the top two boxes.
    const int threshold = csat_scale == 10 ? 9 : 4;
    std::uint64_t satisfied = g.csat_words_satisfied;
    for (int v = threshold; v <= csat_scale; ++v) satisfied += g.csat[static_cast<std::size_t>(v)];
    auto e = evaluate("csat", {{"satisfied", static_cast<double>(satisfied)},
                               {"responses", static_cast<double>(s.csat_answers)}});
    if (!e) return e.error();
    s.csat = std::move(e.value());
  } else if (on_scale > 0) {
    auto e = evaluate("csat", csat_inputs(g, csat_scale));
    if (!e) return e.error();
    s.csat = std::move(e.value());
  }
  return s;
}

void mark_outliers(std::vector<ConversationsSummary>& groups, const ConversationsSummary& overall) {
  auto check = [](const std::optional<DurationSummary>& mine, const std::optional<DurationSummary>& all) {
    return mine && all && mine->quantiles_known && all->quantiles_known && mine->n >= kOutlierMinimum &&
           all->median > 0 && mine->median > kOutlierFactor * all->median;
  };
  for (auto& g : groups) {
    if (check(g.first_response, overall.first_response)) g.outlier_reasons.push_back("first_response");
    if (check(g.resolution, overall.resolution)) g.outlier_reasons.push_back("resolution");
  }
}

namespace {

Error no_usable_conversations() {
  return problems::invalid("", "no_usable_rows",
                           {"No row of the file holds a usable conversation, so there is nothing to compute. Check the created-at column and the skipped-rows reasons.",
                            "Nessuna riga del file contiene una conversazione utilizzabile, quindi non c’è nulla da calcolare. Controlla la colonna della creazione e i motivi delle righe scartate."});
}

// The scale: the user's, else 10 when any answer is above 5.
int csat_scale_of(const ConversationGroup& all, std::optional<int> chosen) {
  if (chosen) return *chosen;
  for (std::size_t s = 6; s <= 10; ++s)
    if (all.csat[s] > 0) return 10;
  return 5;
}

Expected<std::vector<ConversationsSummary>> table(const std::map<std::string, ConversationGroup, std::less<>>& m,
                                                  const ConversationsReportOptions& options, int csat_scale,
                                                  const ConversationsSummary& overall) {
  std::vector<ConversationsSummary> out;
  out.reserve(m.size());
  for (const auto& [key, g] : m) {
    auto s = summarise(key, g, options, csat_scale);
    if (!s) return s.error();
    out.push_back(std::move(s.value()));
  }
  mark_outliers(out, overall);
  return out;
}

}  // namespace

Expected<VolumeSummary> volume_summary(const std::map<std::int64_t, std::uint64_t>& volumes, csv::Period period) {
  VolumeSummary v;
  v.series = volume_series(volumes, period, v.gaps_filled);
  std::vector<double> counts;
  counts.reserve(v.series.size());
  for (const auto& p : v.series) counts.push_back(static_cast<double>(p.conversations));
  auto trend = evaluate("conversation_volume", {{"volumes", counts}});
  if (!trend) return trend.error();
  v.trend = std::move(trend.value());
  return v;
}

Expected<ConversationsReport> conversations_report(const ConversationAggregate& aggregate,
                                                   const ConversationsReportOptions& options) {
  const ConversationGroup& all = aggregate.overall();
  if (all.conversations == 0) return no_usable_conversations();
  ConversationsReport r;
  r.csat_scale = csat_scale_of(all, options.csat_scale);

  auto overall = summarise("", all, options, r.csat_scale);
  if (!overall) return overall.error();
  r.overall = std::move(overall.value());
  auto channels = table(aggregate.channels(), options, r.csat_scale, r.overall);
  if (!channels) return channels.error();
  r.channels = std::move(channels.value());
  auto agents = table(aggregate.agents(), options, r.csat_scale, r.overall);
  if (!agents) return agents.error();
  r.agents = std::move(agents.value());

  auto volume = volume_summary(aggregate.volumes(), options.period);
  if (!volume) return volume.error();
  r.volume = std::move(volume.value());
  r.quantiles_exact = aggregate.quantiles_exact();
  return r;
}

}  // namespace polso::datasets
