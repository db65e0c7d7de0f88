#include "core/datasets/conversations_analysis.hpp"

#include <algorithm>
#include <functional>

#include "core/csv/columns.hpp"
#include "core/csv/numbers.hpp"
#include "core/datasets/conversations_periods.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

using Sample = std::span<const std::vector<std::string>>;
using ValueTest = std::function<bool(std::string_view)>;

// At least half of the column's non-blank sample cells pass `test` (a column
// with no non-blank cell passes: a "first response" column may be empty in
// the first 500 rows).
bool sample_fits(Sample sample, std::int64_t column, const ValueTest& test) {
  std::uint64_t nonblank = 0, fit = 0;
  for (const auto& row : sample) {
    if (static_cast<std::size_t>(column) >= row.size()) continue;
    const std::string_view cell = csv::trim(row[static_cast<std::size_t>(column)]);
    if (cell.empty()) continue;
    ++nonblank;
    if (test(cell)) ++fit;
  }
  return nonblank == 0 || fit * 2 >= nonblank;
}

// The first column (by keyword order) whose name contains a keyword, is not
// taken, and whose values pass `test`.
ResolvedColumn find_column(const std::vector<std::string>& headers, Sample sample,
                           std::initializer_list<std::string_view> keywords, std::vector<std::int64_t> exclude,
                           const ValueTest& test) {
  for (;;) {
    ResolvedColumn c = column_containing(headers, keywords, exclude);
    if (!c.found() || !test || sample_fits(sample, c.index, test)) return c;
    exclude.push_back(c.index);
  }
}

bool looks_like_time(std::string_view cell) {
  const csv::ParsedDate d = csv::parse_date(cell, csv::DateOrder::unknown);
  return d.ok() || d.issue == csv::DateIssue::ambiguous;
}
bool looks_like_score(std::string_view cell) {
  const auto s = csv::leading_score(cell);
  return s.ok() && s.value >= 0 && s.value <= 10;
}
bool looks_like_count(std::string_view cell) {
  const auto n = csv::parse_number(cell, {});
  return n.whole() && n.value >= 0;
}

}  // namespace

std::optional<bool> parse_flag(std::string_view cell) {
  const std::string s = csv::fold_for_matching(csv::trim(cell));
  if (s.empty()) return false;
  for (std::string_view yes : {"1", "true", "yes", "y", "si", "vero", "x", "bot", "chatbot", "ai", "self service",
                               "self-service", "self_service", "selfservice", "automated", "automatic", "automatico",
                               "automatica", "virtual agent", "resolved by bot", "reopened", "riaperto", "riaperta"})
    if (s == yes) return true;
  for (std::string_view no : {"0", "false", "no", "n", "falso", "agent", "human", "umano", "operatore", "operator",
                              "agente", "-"})
    if (s == no) return false;
  return std::nullopt;
}

ConversationsAnalysis::ConversationsAnalysis(ConversationsOptions options)
    : options_(std::move(options)), table_(options_.table, *this) {}

std::optional<Error> ConversationsAnalysis::on_columns(const std::vector<std::string>& headers, Sample sample) {
  const auto& o = options_.columns;
  std::vector<std::int64_t> taken;
  // The user's choice, else the automatic one; either way the column is
  // taken, so later searches skip it ("first agent reply" is not the agent).
  auto choose = [&](const std::optional<std::string>& wanted, std::string_view field,
                    std::initializer_list<std::string_view> keywords, const ValueTest& test,
                    ResolvedColumn& out) -> std::optional<Error> {
    ResolvedColumn automatic = wanted ? ResolvedColumn{} : find_column(headers, sample, keywords, taken, test);
    auto chosen = choose_column(headers, wanted, field, std::move(automatic));
    if (!chosen) return chosen.error();
    out = std::move(chosen.value());
    if (out.found()) taken.push_back(out.index);
    return std::nullopt;
  };
  // Users' choices first, so an automatic guess never takes a chosen column.
  auto& c = columns_;
  struct Slot {
    const std::optional<std::string>& wanted;
    std::string_view field;
    std::initializer_list<std::string_view> keywords;
    ValueTest test;
    ResolvedColumn& out;
  };
  const Slot slots[] = {
      // Most specific names first: the time columns, then flags and counts,
      // then the loose ones (channel, agent, id).
      {o.first_response, "first_response_column",
       {"first response", "first_response", "firstresponse", "prima risposta", "prima_risposta", "first reply",
        "first_reply", "prima replica", "responded", "replied", "answered", "risposto", "risposta"},
       looks_like_time, c.first_response},
      {o.resolved, "resolved_column",
       {"resolved", "risolt", "solved", "closed", "chius", "resolution", "risoluzione", "completed", "completat"},
       looks_like_time, c.resolved},
      {o.created, "created_column",
       {"created", "creat", "opened", "apert", "start", "inizio", "received", "ricevut", "timestamp", "date", "data"},
       looks_like_time, c.created},
      {o.reopened, "reopened_column", {"reopen", "re-open", "re_open", "riapert"}, nullptr, c.reopened},
      {o.contacts, "contacts_column",
       {"contacts", "contatti", "contact count", "interactions", "interazioni", "touches", "touchpoints"},
       looks_like_count, c.contacts},
      {o.csat, "csat_column",
       {"csat", "satisfaction", "soddisfazione", "rating", "valutazione", "voto", "punteggio", "score"},
       looks_like_score, c.csat},
      {o.self_service, "self_service_column",
       {"self service", "self-service", "self_service", "selfservice", "bot", "automat", "virtual agent",
        "assistente virtuale"},
       nullptr, c.self_service},
      {o.channel, "channel_column", {"channel", "canale", "source", "origine", "medium"}, nullptr, c.channel},
      {o.agent, "agent_column",
       {"agent", "operatore", "operator", "assignee", "assegnat", "assigned", "owner", "responsabile", "incaricat"},
       nullptr, c.agent},
      {o.conversation, "conversation_column",
       {"conversation id", "conversation_id", "conversationid", "id conversazione", "ticket id", "ticket_id",
        "id ticket", "conversation", "conversazione", "ticket", "id"},
       nullptr, c.conversation},
  };
  for (const Slot& s : slots)
    if (s.wanted)
      if (auto e = choose(s.wanted, s.field, s.keywords, s.test, s.out)) return e;
  for (const Slot& s : slots)
    if (!s.wanted)
      if (auto e = choose(s.wanted, s.field, s.keywords, s.test, s.out)) return e;

  if (!c.created.found())
    return problems::invalid("created_column", "created_column_not_found",
                             {"Could not tell which column holds when each conversation was created. Choose it (--created-column on the command line). The columns are: " + column_list(headers) + ".",
                              "Non è chiaro quale colonna contenga la creazione di ogni conversazione. Sceglila tu (--created-column da riga di comando). Le colonne sono: " + column_list(headers) + "."});

  csv::DateOrderVote vote;
  for (const auto& row : sample)
    for (const ResolvedColumn* col : {&c.created, &c.first_response, &c.resolved})
      if (col->found() && static_cast<std::size_t>(col->index) < row.size())
        vote.add(row[static_cast<std::size_t>(col->index)]);
  date_order_ = options_.table.dialect.date_order.value_or(vote.decide(options_.table.fallback_date_order));
  return std::nullopt;
}

void ConversationsAnalysis::on_row(std::uint64_t line, std::span<const std::string_view> fields) {
  const auto& c = columns_;
  const std::string_view created_cell = csv::trim(c.created.in(fields));
  if (created_cell.empty()) return aggregate_.skip("missing_created", line);
  const csv::ParsedDate created = csv::parse_date(created_cell, date_order_);
  if (!created.ok()) return aggregate_.skip("bad_created", line);

  Conversation conv;
  conv.period = period_index(created.date, options_.period);

  // A later time of the same conversation: its seconds after creation, or
  // nothing when blank; false when the row must be skipped (reason given).
  auto elapsed = [&](const ResolvedColumn& col, const char* unreadable, const char* before,
                     std::optional<std::int64_t>& out) {
    const std::string_view cell = csv::trim(col.in(fields));
    if (cell.empty()) return true;
    const csv::ParsedDate t = csv::parse_date(cell, date_order_);
    if (!t.ok()) return aggregate_.skip(unreadable, line), false;
    if (t.has_zone != created.has_zone) return aggregate_.skip("mixed_time_zones", line), false;
    if (t.utc_seconds < created.utc_seconds) return aggregate_.skip(before, line), false;
    out = t.utc_seconds - created.utc_seconds;
    return true;
  };
  if (!elapsed(c.first_response, "bad_first_response", "response_before_created", conv.first_response)) return;
  if (!elapsed(c.resolved, "bad_resolved", "resolved_before_created", conv.resolution)) return;
  conv.resolved = conv.resolution.has_value();

  auto& notes = aggregate_.notes();
  if (c.channel.found()) {
    conv.channel = csv::trim(c.channel.in(fields));
    if (conv.channel.empty()) conv.channel = "(blank)";
    conv.response_target = options_.targets.for_channel(conv.channel);
  }
  if (c.agent.found()) {
    conv.agent = csv::trim(c.agent.in(fields));
    if (conv.agent.empty()) conv.agent = "(blank)";
  }
  if (c.csat.found()) {
    const std::string_view cell = csv::trim(c.csat.in(fields));
    const csv::ParsedScore s = csv::leading_score(cell);
    if (s.ok() && s.value >= 0 && s.value <= 10) conv.csat = static_cast<int>(s.value);
    else if (!cell.empty()) ++notes.csat_unreadable;
  }
  if (c.self_service.found()) {
    const auto flag = parse_flag(c.self_service.in(fields));
    if (!flag) ++notes.flag_unrecognised;
    conv.self_served = flag.value_or(false);
  }
  // First contact: one contact (when counted) and not reopened (when flagged).
  std::optional<bool> one_contact, reopened;
  if (c.contacts.found()) {
    const std::string_view cell = csv::trim(c.contacts.in(fields));
    const csv::ParsedNumber n = csv::parse_number(cell, csv::number_format(table_.dialect()));
    if (n.whole() && n.value >= 1)
      one_contact = n.value == 1;
    else if (!cell.empty() && conv.resolved)
      ++notes.contacts_unreadable;
  }
  if (c.reopened.found()) {
    reopened = parse_flag(c.reopened.in(fields));
    if (!reopened) ++notes.flag_unrecognised;
  }
  if (one_contact && reopened) conv.first_contact = *one_contact && !*reopened;
  else if (one_contact) conv.first_contact = one_contact;
  else if (reopened) conv.first_contact = !*reopened;

  if (c.conversation.found()) {
    const std::string_view id = csv::trim(c.conversation.in(fields));
    if (!id.empty() && id == previous_id_) ++notes.repeated_ids;
    previous_id_.assign(id);
  }
  aggregate_.add(conv);
}

}  // namespace polso::datasets
