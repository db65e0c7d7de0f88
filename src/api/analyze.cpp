#include "api/analyze.hpp"

#include "api/dataset_options.hpp"
#include "api/dataset_session.hpp"
#include "api/inspect.hpp"
#include "api/json_response.hpp"
#include "core/problems.hpp"
#include "core/datasets/conversations_analysis.hpp"
#include "core/datasets/conversations_counts_analysis.hpp"
#include "core/datasets/orders_analysis.hpp"
#include "core/datasets/survey_analysis.hpp"

namespace polso::api {
namespace {

// The options with "columns" spread into each role's option, for the roles
// of the dataset's kind.
Expected<std::unique_ptr<DatasetSession>> make_session(const json& options) {
  const std::string dataset = text_option(options, "dataset").value_or("survey");
  const auto name = datasets::parse_dataset_name(dataset);
  if (!name) {
    std::string names;
    for (std::string_view n : datasets::kDatasetNames) names += std::string(n) + ", ";
    names.resize(names.size() - 2);
    return option_error("dataset",
                        "The dataset " + problems::quoted(dataset) + " is not known; use " + names + " or auto.",
                        "Il tipo di dati " + problems::quoted(dataset) + " non è noto; usa " + names + " o auto.");
  }
  using datasets::DatasetKind;
  // An orders counts file's columns are named, not chosen by role.
  if (name->kind == DatasetKind::orders && name->counts) return make_orders_counts_session(options);
  const std::span<const std::string_view> roles =
      name->kind == DatasetKind::survey   ? std::span<const std::string_view>(datasets::kSurveyRoles)
      : name->kind == DatasetKind::orders ? std::span<const std::string_view>(datasets::kOrderRoles)
      : name->counts                      ? std::span<const std::string_view>(datasets::kConversationCountsRoles)
                                          : std::span<const std::string_view>(datasets::kConversationRoles);
  auto o = with_column_roles(options, roles);
  if (!o) return o.error();
  switch (name->kind) {
    case DatasetKind::survey: return make_survey_session(*o, name->counts);
    case DatasetKind::orders: return make_orders_session(*o);
    case DatasetKind::conversations:
      return name->counts ? make_conversations_counts_session(*o) : make_conversations_session(*o);
  }
  return make_survey_session(*o, false);
}

}  // namespace

struct Analysis::State {
  Lang lang = Lang::en;
  json options;
  std::unique_ptr<DatasetSession> session;
  std::optional<Error> error;
  // Dataset "auto": the head of the file is held until its kind is known.
  bool choosing_kind = false;
  std::string head;
  std::optional<datasets::KindGuess> guess;
  json source = json::object();  // merged into the report's "dialect"

  void start_session() {
    auto s = make_session(options);
    if (!s) error = s.error();
    else session = std::move(s.value());
  }

  // Guesses the kind from the head held so far, then starts the session on it.
  void choose_kind() {
    choosing_kind = false;
    auto table = table_options(options);
    if (!table) {
      error = table.error();
      return;
    }
    auto g = guess_kind_of(head, *table);
    if (!g) {
      error = g.error();
      return;
    }
    guess = *g;
    options["dataset"] = datasets::dataset_id(*g);
    start_session();
    if (!error) error = session->feed(head);
    head.clear();
    head.shrink_to_fit();
  }
};

Analysis::Analysis(std::string_view options_json) : state_(std::make_unique<State>()) {
  auto parsed = parse_request(options_json.empty() ? std::string_view("{}") : options_json);
  if (!parsed) {
    state_->error = parsed.error();
    return;
  }
  state_->lang = lang_from_tag(text_option(*parsed, "lang").value_or("en"));
  state_->options = std::move(parsed.value());
  if (text_option(state_->options, "dataset") == "auto") state_->choosing_kind = true;
  else state_->start_session();
}

Analysis::Analysis() : state_(std::make_unique<State>()) {}

Analysis::~Analysis() = default;

std::unique_ptr<Analysis> Analysis::part() const {
  if (!state_->session || state_->error) return nullptr;
  auto session = state_->session->part();
  if (!session) return nullptr;
  std::unique_ptr<Analysis> p(new Analysis());
  p->state_->lang = state_->lang;
  p->state_->session = std::move(session);
  return p;
}

char Analysis::delimiter() const { return state_->session ? state_->session->table().dialect().delimiter : ','; }
char Analysis::quote() const { return state_->session ? state_->session->table().dialect().quote : '"'; }

bool Analysis::at_record_start() const {
  return state_->session && !state_->error && state_->session->table().at_record_start();
}

std::uint64_t Analysis::lines_read() const { return state_->session ? state_->session->table().lines_read() : 0; }

bool Analysis::finish_part() {
  if (!state_->error && state_->session) state_->error = state_->session->finish();
  return state_->session && !state_->error;
}

datasets::RangeEnd Analysis::end_range(bool ends_file) {
  datasets::RangeEnd end;
  end.ends_clean = at_record_start();
  end.lines = lines_read();
  end.ok = datasets::range_finishes(end.ends_clean, ends_file) ? finish_part() : !state_->error;
  return end;
}

bool Analysis::absorb(const Analysis& part, std::uint64_t line_offset) {
  if (!state_->session || state_->error || !part.state_->session || part.state_->error) return false;
  return state_->session->absorb(*part.state_->session, line_offset);
}

std::string Analysis::part_state() const {
  if (!state_->session || state_->error) return {};
  return state_->session->part_state();
}

bool Analysis::absorb_state(std::string_view bytes, std::uint64_t line_offset) {
  if (!state_->session || state_->error) return false;
  return state_->session->absorb_state(bytes, line_offset);
}

std::string Analysis::feed(std::string_view bytes) {
  if (state_->choosing_kind && !state_->error) {
    state_->head.append(bytes);
    if (state_->head.size() >= csv::kSniffSampleBytes) state_->choose_kind();
  } else if (!state_->error) {
    state_->error = state_->session->feed(bytes);
  }
  return state_->error ? response_text(failure_json(*state_->error, state_->lang)) : std::string();
}

std::string Analysis::finish() {
  if (state_->choosing_kind && !state_->error) state_->choose_kind();
  if (!state_->error) state_->error = state_->session->finish();
  if (state_->error) return response_text(failure_json(*state_->error, state_->lang));
  auto report = state_->session->report(state_->lang);
  if (!report) return response_text(failure_json(report.error(), state_->lang));
  if (report.value().contains("dialect"))
    for (const auto& [key, value] : state_->source.items()) report.value()["dialect"][key] = value;
  if (state_->guess)
    report.value()["detected"] = {{"dataset", datasets::dataset_id(*state_->guess)},
                                  {"sure", state_->guess->sure},
                                  {"profile", state_->guess->profile ? json(std::string(state_->guess->profile->id)) : json(nullptr)}};
  return response_text(*report);
}

void Analysis::describe_source(std::string_view dialect_json) {
  auto j = json::parse(dialect_json, nullptr, false);
  if (j.is_object()) state_->source = std::move(j);
}

std::string Analysis::progress() const {
  if (!state_->session) return response_text(json{{"bytes", state_->head.size()}, {"rows", 0}});
  return response_text(json{{"bytes", state_->session->table().bytes_read()}, {"rows", state_->session->rows_read()}});
}

}  // namespace polso::api
