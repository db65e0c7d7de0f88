#include "core/datasets/conversations_analysis.hpp"

#include <algorithm>
#include <cmath>

#include "core/csv/columns.hpp"
#include "core/csv/numbers.hpp"
#include "core/datasets/capped_groups.hpp"
#include "core/datasets/conversations_csat.hpp"
#include "core/datasets/conversations_durations.hpp"
#include "core/datasets/conversations_periods.hpp"
#include "core/datasets/date_order_choice.hpp"
#include "core/problems.hpp"

namespace polso::datasets {
namespace {

constexpr std::int64_t kYearSeconds = 365LL * 24 * 3600;

// The unit of a duration column: the profile's, else its header's, else the
// one chosen in the options.
DurationUnit unit_of(const ResolvedColumn& col, std::string_view role, const ExportProfile* profile,
                     DurationUnit fallback) {
  if (!col.found()) return DurationUnit::none;
  if (profile && !col.by_user && profile_unit(*profile, role) != DurationUnit::none) return profile_unit(*profile, role);
  const DurationUnit from_header = unit_from_header(csv::fold_for_matching(col.name));
  return from_header != DurationUnit::none ? from_header : fallback;
}

// A bare number in a duration column whose unit nobody names cannot be read.
bool needs_unit(Sample sample, std::int64_t column) {
  for (const auto& row : sample) {
    if (static_cast<std::size_t>(column) >= row.size()) continue;
    const std::string_view cell = csv::trim(row[static_cast<std::size_t>(column)]);
    if (!cell.empty() && !clock_seconds(cell)) return true;
  }
  return false;
}

}  // namespace

std::optional<bool> parse_flag(std::string_view cell) {
  const std::string s = csv::fold_for_matching(csv::trim(cell));
  if (s.empty()) return false;
  static constexpr std::string_view kYes[] = {
      "1", "true", "yes", "y", "si", "vero", "x", "bot", "chatbot", "ai", "self service", "self-service",
      "self_service", "selfservice", "automated", "automatic", "automatico", "automatica", "virtual agent",
      "resolved by bot", "reopened", "riaperto", "riaperta"};
  static constexpr std::string_view kNo[] = {"0",     "false", "no",       "n",        "falso",  "agent",
                                             "human", "umano", "operatore", "operator", "agente", "-"};
  for (std::string_view yes : kYes)
    if (s == yes) return true;
  for (std::string_view no : kNo)
    if (s == no) return false;
  return std::nullopt;
}

ConversationsAnalysis::ConversationsAnalysis(ConversationsOptions options)
    : options_(std::move(options)), table_(options_.table, *this) {}

// Everything on_columns() settled, nothing counted.
ConversationsAnalysis::ConversationsAnalysis(const ConversationsAnalysis& head, PartOf)
    : options_(head.options_),
      columns_(head.columns_),
      date_order_(head.date_order_),
      date_order_note_(head.date_order_note_),
      profile_(head.profile_),
      first_response_unit_(head.first_response_unit_),
      resolution_unit_(head.resolution_unit_),
      id_distinct_share_(head.id_distinct_share_),
      table_(head.table_, *this) {}

std::unique_ptr<ConversationsAnalysis> ConversationsAnalysis::part() const {
  if (!table_.ready_for_parts()) return nullptr;
  return std::unique_ptr<ConversationsAnalysis>(new ConversationsAnalysis(*this, PartOf{}));
}

ConversationsPartState ConversationsAnalysis::part_state() const {
  return {aggregate_, table_.part_summary(), first_id_, previous_id_};
}

bool ConversationsAnalysis::absorb(const ConversationsPartState& part, std::uint64_t line_offset) {
  const ConversationAggregate& a = aggregate_;
  const ConversationAggregate& b = part.aggregate;
  constexpr std::size_t cap = ConversationAggregate::kMaxGroups;
  if (!groups_merge_exactly(a.channels(), b.channels(), a.channels_capped() || b.channels_capped(), cap) ||
      !groups_merge_exactly(a.agents(), b.agents(), a.agents_capped() || b.agents_capped(), cap))
    return false;
  if (!table_.absorb(part.table)) return false;
  aggregate_.merge(part.aggregate, line_offset);
  // The part's first row was compared with nothing: compare it with the last before it.
  if (part.first_id) {
    if (!part.first_id->empty() && *part.first_id == previous_id_) ++aggregate_.notes().repeated_ids;
    previous_id_ = part.last_id;
    if (!first_id_) first_id_ = part.first_id;
  }
  return true;
}

std::optional<Error> ConversationsAnalysis::on_columns(const std::vector<std::string>& headers, Sample sample) {
  profile_ = match_profile(headers, DatasetKind::conversations);
  auto chosen = choose_conversation_columns(headers, sample, options_.columns, profile_,
                                            csv::number_format(table_.dialect()));
  if (!chosen) return chosen.error();
  columns_ = std::move(chosen.value());
  const auto& c = columns_;
  first_response_unit_ = unit_of(c.first_response_time, "first_response_time", profile_, options_.duration_unit);
  resolution_unit_ = unit_of(c.resolution_time, "resolution_time", profile_, options_.duration_unit);
  auto unit_known = [&](const ResolvedColumn& col, DurationUnit unit, const char* field) -> std::optional<Error> {
    if (!col.found() || unit != DurationUnit::none || !needs_unit(sample, col.index)) return std::nullopt;
    return problems::invalid(field, "duration_unit_unknown",
                             {"The column “" + col.name + "” holds durations as plain numbers, but neither its name nor the export says their unit. Choose the unit (seconds, minutes, hours or days).",
                              "La colonna “" + col.name + "” contiene durate come numeri semplici, ma né il nome né l’export dicono l’unità. Scegli l’unità (secondi, minuti, ore o giorni)."});
  };
  if (auto e = unit_known(c.first_response_time, first_response_unit_, "first_response_time_column")) return e;
  if (auto e = unit_known(c.resolution_time, resolution_unit_, "resolution_time_column")) return e;
  if (c.conversation.found()) id_distinct_share_ = distinct_share(sample, c.conversation.index);

  if (!c.created.found())
    return problems::invalid("created_column", "created_column_not_found",
                             {"Could not tell which column holds when each conversation was created. Choose it. The columns are: " + column_list(headers) + ".",
                              "Non è chiaro quale colonna contenga la creazione di ogni conversazione. Sceglila tu. Le colonne sono: " + column_list(headers) + "."});

  csv::DateOrderVote vote;
  for (const auto& row : sample)
    for (const ResolvedColumn* col : {&c.created, &c.first_response, &c.resolved})
      if (col->found() && static_cast<std::size_t>(col->index) < row.size())
        vote.add(row[static_cast<std::size_t>(col->index)]);
  DateOrderChoice order = choose_date_order(vote, options_.table.dialect.date_order, profile_, headers,
                                            options_.table.fallback_date_order);
  date_order_ = order.order;
  date_order_note_ = std::move(order.ambiguous);
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
    if (*out > kYearSeconds) ++aggregate_.notes().durations_over_a_year;
    return true;
  };
  auto& notes = aggregate_.notes();
  // A duration the export gives: 1 read, 0 blank (use the times), -1 skip the row.
  auto given = [&](const ResolvedColumn& col, DurationUnit unit, const char* unreadable,
                   std::optional<std::int64_t>& out) {
    const std::string_view cell = csv::trim(col.in(fields));
    if (cell.empty()) return 0;
    const auto seconds = duration_seconds(cell, unit, csv::number_format(table_.dialect()));
    if (!seconds) return aggregate_.skip(unreadable, line), -1;
    if (*seconds < 0) return aggregate_.skip("negative_duration", line), -1;
    out = static_cast<std::int64_t>(std::llround(*seconds));
    if (*seconds > kYearSeconds) ++notes.durations_over_a_year;
    return 1;
  };
  const int frt = given(c.first_response_time, first_response_unit_, "bad_first_response_time", conv.first_response);
  if (frt < 0) return;
  if (frt == 0 && !elapsed(c.first_response, "bad_first_response", "response_before_created", conv.first_response))
    return;
  const int rt = given(c.resolution_time, resolution_unit_, "bad_resolution_time", conv.resolution);
  if (rt < 0) return;
  if (rt == 0 && !elapsed(c.resolved, "bad_resolved", "resolved_before_created", conv.resolution)) return;
  // A resolution time beside an empty resolved-at cell: the export times
  // open tickets too (time so far), so the ticket is open, not resolved.
  if (rt == 1 && c.resolved.found() && csv::trim(c.resolved.in(fields)).empty()) {
    conv.resolution.reset();
    ++notes.open_with_resolution_time;
  }
  conv.resolved = conv.resolution.has_value();

  if (c.channel.found()) {
    conv.channel = csv::trim(c.channel.in(fields));
    if (conv.channel.empty()) conv.channel = "(blank)";
    conv.response_target = options_.targets.for_kind(channel_kinds_.get(conv.channel, channel_kind));
  }
  if (c.agent.found()) {
    conv.agent = csv::trim(c.agent.in(fields));
    if (conv.agent.empty()) conv.agent = "(blank)";
  }
  if (c.csat.found()) {
    const CsatCell r = read_csat(c.csat.in(fields), profile_);
    switch (r.kind) {
      case CsatCell::Kind::score: conv.csat = r.score; break;
      case CsatCell::Kind::satisfied: conv.csat_word = true; break;
      case CsatCell::Kind::unsatisfied: conv.csat_word = false; break;
      case CsatCell::Kind::unanswered: ++notes.csat_not_answered; break;
      case CsatCell::Kind::unreadable: ++notes.csat_unreadable; break;
      case CsatCell::Kind::blank: break;
    }
  }
  if (c.self_service.found()) {
    const auto flag = self_service_flags_.get(c.self_service.in(fields), parse_flag);
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
    // A flag, or a count of reopenings (Zendesk "Reopens").
    const csv::ParsedNumber times = csv::parse_number(csv::trim(c.reopened.in(fields)), {});
    reopened = times.whole() && times.value >= 0 ? std::optional<bool>(times.value > 0) : reopened_flags_.get(c.reopened.in(fields), parse_flag);
    if (!reopened) ++notes.flag_unrecognised;
  }
  if (one_contact && reopened) conv.first_contact = *one_contact && !*reopened;
  else if (one_contact) conv.first_contact = one_contact;
  else if (reopened) conv.first_contact = !*reopened;

  if (c.conversation.found()) {
    const std::string_view id = csv::trim(c.conversation.in(fields));
    if (!first_id_) first_id_.emplace(id);
    if (!id.empty() && id == previous_id_) ++notes.repeated_ids;
    previous_id_.assign(id);
  }
  aggregate_.add(conv);
}

}  // namespace polso::datasets
