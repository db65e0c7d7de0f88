#include "core/datasets/conversations_columns.hpp"

#include <algorithm>
#include <functional>
#include <unordered_set>

#include "core/csv/columns.hpp"
#include "core/csv/dates.hpp"
#include "core/csv/words.hpp"
#include "core/datasets/conversations_csat.hpp"
#include "core/datasets/conversations_durations.hpp"

namespace polso::datasets {
namespace {

using Names = std::initializer_list<std::string_view>;

// What a cell must look like for the role; `unit` is the header's duration unit.
enum class Values : unsigned char { timestamp, duration, csat, count, flag, label, id };

struct Rule {
  std::string_view role;
  Names names;    // folded, matched at a word start, best first
  Names exclude;  // a name holding one of these (at a word start) is not a candidate
  Values values;
};

// Roles in the order they are guessed: the specific names first, the loose
// ones (channel, agent, id) last, so "first agent reply" is taken as a time
// before the agent search sees it.
const Rule kRules[] = {
    {"first_response_time",
     {"first response time", "first reply time", "time to first response",
      "time to first reply", "time to first agent reply", "tempo di prima risposta", "tempo prima risposta",
      "temps de premiere reponse", "delai de premiere reponse", "tiempo de primera respuesta", "erste antwortzeit",
      "zeit bis zur ersten antwort", "tempo de primeira resposta", "first response", "first reply", "prima risposta",
      "response time", "reply time", "tempo di risposta", "temps de reponse", "tiempo de respuesta", "antwortzeit",
      "tempo de resposta"},
     {"status", "due", "sla", "breach", "wait", "attesa", "violat", "target", "obiettivo"},
     Values::duration},
    {"first_response",
     {"first response at", "first responded", "first replied", "first response", "firstresponse",
      "first reply", "initial response", "risposta iniziale", "prima risposta", 
      "premiere reponse", "primera respuesta", "erste antwort", "primeira resposta", "responded", "replied",
      "answered", "risposto", "risposta", "reponse", "respuesta", "antwort", "resposta"},
     {"status", "due", "sla", "breach", "wait", "attesa", "violat", "target", "by"},
     Values::timestamp},
    {"resolution_time",
     {"full resolution time", "resolution time", "time to resolution", "time to resolve", "time to close",
      "tempo di risoluzione", "tempo risoluzione", "temps de resolution", "tiempo de resolucion", "losungszeit",
      "tempo de resolucao", "first resolution time", "resolution", "risoluzione"},
     {"status", "due", "sla", "breach", "violat", "target", "note", "code"},
     Values::duration},
    {"resolved",
     {"resolved at", "solved at", "closed at", "resolved", "solved", "closed", "risolt", "chius", "resolution",
      "risoluzione", "completed", "completat", "resolu", "cerrad", "resuelt", "geschlossen", "gelost", "resolvid",
      "fechad"},
     {"status", "due", "by", "da", "par", "por", "von"},
     Values::timestamp},
    {"created",
     {"created at", "created", "creat", "opened", "apert", "start", "inizio", "received", "ricevut", "cree",
      "creation", "creado", "erstellt", "criado", "aberto", "timestamp", "date", "data", "fecha", "datum"},
     {"due", "updated", "modified", "aggiornat", "modificat", "by", "da", "par", "por", "von", "purchase", "acquisto",
      "order", "ordine", "birth", "nascita", "delivery", "consegna", "shipped", "spedizione"},
     Values::timestamp},
    {"reopened", {"reopen", "re-open", "riapert", "rouvert", "reabiert", "wiedereroffnet", "reaberto"},
     {"time", "at", "date"}, Values::flag},
    {"contacts",
     {"contacts", "contatti", "contact count", "interactions", "interazioni", "touches", "touchpoints"},
     {"agent", "operator", "operatore"}, Values::count},
    {"csat",
     {"csat", "customer satisfaction", "satisfaction score", "satisfaction rating", "satisfaction", "soddisfazione",
      "happiness", "survey result", "rating", "valutazione", "voto", "punteggio", "satisfait", "satisfaccion",
      "zufriedenheit", "satisfacao", "score"},
     {"remark", "comment", "commento", "updated", "date", "at", "sent", "chatbot", "fin", "reason", "motivo"},
     Values::csat},
    {"self_service",
     {"self service", "self-service", "selfservice", "bot", "automat", "virtual agent",
      "assistente virtuale"},
     {"time", "rating", "replied"}, Values::flag},
    {"channel",
     {"channel", "canale", "via", "source", "origine", "medium", "canal", "kanal", "quelle", "origem", "origen"},
     {"url", "id", "address", "email"}, Values::label},
    {"agent",
     {"agent", "operatore", "operator", "assignee", "assegnat", "assigned", "owner", "teammate", "responsabile",
      "incaricat", "agente", "responsable", "bearbeiter", "zugewiesen", "atendente", "responsavel"},
     {"time", "tempo", "temps", "tiempo", "zeit", "wait", "attesa", "reply", "replies", "interactions", "stations",
      "type", "at", "date", "data", "group", "team", "email", "rated"},
     Values::label},
    {"conversation",
     {"conversation id", "conversationid", "id conversazione", "ticket id", 
      "ticketid", "id ticket", "ticket number", "ticket #", "case id", "case number", "unique key", 
      "uniquekey", "id", "conversation", "conversazione", "ticket", "numero", "number"},
     {"type", "tipo", "zip", "postal", "requester", "customer", "cliente", "client", "user", "contact", "organization",
      "company", "group", "brand", "external", "parent", "agent", "assignee", "status", "subject", "tags", "form",
      "team", "teammate", "url", "message"},
     Values::id},
};

// Whether `k` starts a word of `h`; a short keyword ("id", "at", "by", "via")
// must be a whole word.
bool has_at_word_start(std::string_view h, std::string_view k) {
  return csv::has_word(h, k, csv::short_words_whole(csv::Match::word_start, k));
}

bool is_timestamp(std::string_view cell) {
  if (clock_seconds(cell)) return false;  // "01:30:00" is a duration, not a time of day
  const csv::ParsedDate d = csv::parse_date(cell, csv::DateOrder::unknown);
  return d.ok() || d.issue == csv::DateIssue::ambiguous;
}

bool is_number(std::string_view cell, csv::NumberFormat f) { return csv::parse_number(cell, f).ok(); }

struct CellTest {
  Values values;
  DurationUnit unit;
  csv::NumberFormat format;
  bool operator()(std::string_view cell) const {
    switch (values) {
      case Values::timestamp: return is_timestamp(cell);
      case Values::duration:
        return clock_seconds(cell).has_value() || (unit != DurationUnit::none && is_number(cell, format));
      case Values::csat: {
        const auto k = read_csat(cell, nullptr).kind;
        return k != CsatCell::Kind::unreadable;
      }
      case Values::count: {
        const auto n = csv::parse_number(cell, format);
        return n.whole() && n.value >= 0;
      }
      case Values::flag: {
        const auto n = csv::parse_number(cell, format);
        return n.whole() && n.value >= 0 ? true : !is_timestamp(cell) && cell.size() < 20;
      }
      case Values::label:
      case Values::id: return !is_timestamp(cell) && (values == Values::id || !is_number(cell, format));
    }
    return true;
  }
};

// At least half of the column's non-blank sample cells pass (a column with
// none passes: a "first response" column may be empty in the first rows).
bool sample_fits(Sample sample, std::size_t column, const CellTest& test) {
  std::uint64_t nonblank = 0, fit = 0;
  for (const auto& row : sample) {
    if (column >= row.size()) continue;
    const std::string_view cell = csv::trim(row[column]);
    if (cell.empty()) continue;
    ++nonblank;
    if (test(cell)) ++fit;
  }
  return nonblank == 0 || fit * 2 >= nonblank;
}

struct Candidate {
  std::size_t index;
  int score;
  std::string_view keyword;
};

// Every column that could hold the rule's role, best first.
std::vector<Candidate> candidates(const Rule& rule, const std::vector<std::string>& folded, Sample sample,
                                  csv::NumberFormat format) {
  std::vector<Candidate> out;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const std::string& h = folded[i];
    if (std::any_of(rule.exclude.begin(), rule.exclude.end(), [&](auto x) { return has_at_word_start(h, x); }))
      continue;
    int rank = 0, best = -1;
    std::string_view keyword;
    for (auto k : rule.names) {
      if (has_at_word_start(h, k)) {
        best = rank, keyword = k;
        break;
      }
      ++rank;
    }
    if (best < 0) continue;
    int score = 1000 - 10 * best + (h == keyword ? 5 : 0);
    const bool duration = rule.values == Values::duration;
    if (duration && business_hours_header(h)) score -= 500;  // a second choice only
    const CellTest test{rule.values, duration ? unit_from_header(h) : DurationUnit::none, format};
    if (!sample_fits(sample, i, test)) continue;
    if (rule.values == Values::id && distinct_share(sample, static_cast<std::int64_t>(i)) < 0.9) continue;
    out.push_back({i, score, keyword});
  }
  std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  return out;
}

ResolvedColumn guessed(const Candidate& c, const std::vector<std::string>& headers) {
  const std::string k(c.keyword);
  ResolvedColumn r;
  r.index = static_cast<std::int64_t>(c.index);
  r.name = headers[c.index];
  r.reason_en = "The name contains “" + k + "” and the values fit.";
  r.reason_it = "Il nome contiene “" + k + "” e i valori sono adatti.";
  return r;
}

using Member = std::optional<std::string> ConversationColumnOverrides::*;
using Slot = ResolvedColumn ConversationColumns::*;
struct RoleFields {
  std::string_view role;
  Member chosen;
  Slot slot;
};
constexpr RoleFields kFields[] = {
    {"conversation", &ConversationColumnOverrides::conversation, &ConversationColumns::conversation},
    {"channel", &ConversationColumnOverrides::channel, &ConversationColumns::channel},
    {"agent", &ConversationColumnOverrides::agent, &ConversationColumns::agent},
    {"created", &ConversationColumnOverrides::created, &ConversationColumns::created},
    {"first_response", &ConversationColumnOverrides::first_response, &ConversationColumns::first_response},
    {"first_response_time", &ConversationColumnOverrides::first_response_time,
     &ConversationColumns::first_response_time},
    {"resolved", &ConversationColumnOverrides::resolved, &ConversationColumns::resolved},
    {"resolution_time", &ConversationColumnOverrides::resolution_time, &ConversationColumns::resolution_time},
    {"csat", &ConversationColumnOverrides::csat, &ConversationColumns::csat},
    {"self_service", &ConversationColumnOverrides::self_service, &ConversationColumns::self_service},
    {"contacts", &ConversationColumnOverrides::contacts, &ConversationColumns::contacts},
    {"reopened", &ConversationColumnOverrides::reopened, &ConversationColumns::reopened},
};
const RoleFields& fields_of(std::string_view role) {
  for (const auto& f : kFields)
    if (f.role == role) return f;
  return kFields[0];
}

}  // namespace

double distinct_share(Sample sample, std::int64_t column) {
  std::unordered_set<std::string_view> seen;
  std::size_t n = 0;
  for (const auto& row : sample) {
    if (column < 0 || static_cast<std::size_t>(column) >= row.size()) continue;
    const std::string_view cell = csv::trim(row[static_cast<std::size_t>(column)]);
    if (cell.empty()) continue;
    ++n;
    seen.insert(cell);
  }
  return n < 2 ? 1.0 : static_cast<double>(seen.size()) / static_cast<double>(n);
}

Expected<ConversationColumns> choose_conversation_columns(const std::vector<std::string>& headers, Sample sample,
                                                          const ConversationColumnOverrides& chosen,
                                                          const ExportProfile* profile, csv::NumberFormat format) {
  ConversationColumns out;
  std::vector<std::size_t> taken;
  // The user's choices first, so no guess takes a chosen column.
  for (const auto& f : kFields) {
    if (!(chosen.*f.chosen)) continue;
    auto c = choose_column(headers, chosen.*f.chosen, std::string(f.role) + "_column", {});
    if (!c) return c.error();
    out.*f.slot = std::move(c.value());
    if ((out.*f.slot).found()) taken.push_back(static_cast<std::size_t>((out.*f.slot).index));
  }
  std::vector<std::string> folded;
  folded.reserve(headers.size());
  // Snake-case names ("first_response_minutes", "csat_score") are read as words.
  for (const auto& h : headers) {
    std::string f = csv::fold_for_matching(csv::trim(h));
    std::replace(f.begin(), f.end(), '_', ' ');
    folded.push_back(std::move(f));
  }
  auto is_taken = [&](std::size_t i) { return std::find(taken.begin(), taken.end(), i) != taken.end(); };

  for (const Rule& rule : kRules) {
    const RoleFields& f = fields_of(rule.role);
    ResolvedColumn& col = out.*f.slot;
    std::vector<Candidate> found = candidates(rule, folded, sample, format);
    std::erase_if(found, [&](const Candidate& c) { return is_taken(c.index) && c.index != static_cast<std::size_t>(col.index); });
    if (!(chosen.*f.chosen)) {
      if (profile) col = from_profile(*profile, rule.role, headers);
      else if (!found.empty()) col = guessed(found.front(), headers);
      if (col.found()) taken.push_back(static_cast<std::size_t>(col.index));
    }
    for (const Candidate& c : found) {
      if (col.runners_up.size() >= ResolvedColumn::kMaxRunnersUp) break;
      if (static_cast<std::int64_t>(c.index) == col.index) continue;
      col.runners_up.push_back({static_cast<std::int64_t>(c.index), headers[c.index]});
    }
  }
  return out;
}

}  // namespace polso::datasets
