#include "core/datasets/conversations_counts_report.hpp"

#include "core/problems.hpp"

namespace polso::datasets {
namespace {

using M = CountMeasure;

struct Context {
  const ConversationCountsAnalysis& analysis;
  bool targets_on_edges = true;
  bool beyond = false;
};

std::optional<DurationSummary> durations(const DurationHistogram& h, Context& ctx,
                                         std::optional<std::uint64_t> with_target = std::nullopt,
                                         std::uint64_t within_target = 0) {
  if (h.n() == 0) return std::nullopt;
  DurationSummary s;
  s.n = h.n();
  s.mean = h.mean();
  const auto median = h.quantile(0.5), p90 = h.quantile(0.9);
  s.quantiles_known = median && p90;
  if (!s.quantiles_known) ctx.beyond = true;
  s.median = median.value_or(0);
  s.p90 = p90.value_or(0);
  s.with_target = with_target.value_or(0);
  s.within_target = within_target;
  if (s.with_target > 0 && ctx.targets_on_edges)
    s.within_target_pct = static_cast<double>(s.within_target) * 100.0 / static_cast<double>(s.with_target);
  return s;
}

// The counters of the raw report's group, from the file's counts. CSAT
// comes as satisfied / responses, which the report reads like answers in
// words (the same rate as from the scores, top two boxes satisfied).
ConversationGroup counters(const ConversationCounts& c, const ConversationCountsAnalysis& a) {
  ConversationGroup g;
  g.conversations = c.total(M::conversations);
  const std::uint64_t answered = a.has(M::answered) ? c.total(M::answered) : c.first_response.n();
  g.unanswered = g.conversations - std::min(answered, g.conversations);
  g.resolved = a.has(M::resolved) ? c.total(M::resolved) : c.resolution.n();
  g.fcr_known = c.total(M::fcr_resolved);
  g.fcr_first_contact = c.total(M::fcr_first_contact);
  g.self_served = c.total(M::self_served);
  g.csat_words = c.total(M::csat_responses);
  g.csat_words_satisfied = c.total(M::csat_satisfied);
  return g;
}

Expected<ConversationsSummary> summarise(const std::string& key, const ConversationCounts& c, Context& ctx,
                                         const ConversationsReportOptions& options, int scale) {
  const ConversationGroup g = counters(c, ctx.analysis);
  return summarise_conversations(key, g,
                                 durations(c.first_response, ctx, c.first_response_with_target,
                                           c.first_response_within_target),
                                 durations(c.resolution, ctx), options, scale);
}

}  // namespace

Expected<ConversationCountsReport> conversation_counts_report(const ConversationCountsAnalysis& a,
                                                              std::optional<int> csat_scale) {
  if (!a.has(M::conversations) || a.overall().total(M::conversations) == 0)
    return problems::invalid("", "no_usable_rows",
                             {"The counts file gives no conversations (no row with the measure “conversations” and a count above 0), so there is nothing to compute.",
                              "Il file di conteggi non contiene conversazioni (nessuna riga con la misura “conversations” e un conteggio sopra 0), quindi non c’è nulla da calcolare."});
  Context ctx{a};
  const auto& t = a.options().targets;
  ctx.targets_on_edges = bucket_of_edge(t.chat_seconds).has_value() && bucket_of_edge(t.email_seconds).has_value();
  ConversationsReportOptions options{a.period(), csat_scale, a.has(M::self_served)};
  ConversationCountsReport out;
  ConversationsReport& r = out.report;
  r.csat_scale = csat_scale.value_or(5);  // satisfied / responses: the scale is the query's, 5 unless told
  auto overall = summarise("", a.overall(), ctx, options, r.csat_scale);
  if (!overall) return overall.error();
  r.overall = std::move(overall.value());
  for (const auto& [key, c] : a.channels()) {
    auto s = summarise(key, c, ctx, options, r.csat_scale);
    if (!s) return s.error();
    r.channels.push_back(std::move(s.value()));
  }
  mark_outliers(r.channels, r.overall);
  auto volume = volume_summary(a.volumes(), a.period());
  if (!volume) return volume.error();
  r.volume = std::move(volume.value());
  r.quantiles_exact = false;
  out.targets_on_edges = ctx.targets_on_edges;
  out.quantiles_beyond_edges = ctx.beyond;
  out.answers_known = a.has(M::answered) || a.has(M::first_response);
  return out;
}

}  // namespace polso::datasets
