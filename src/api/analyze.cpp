#include "api/analyze.hpp"

#include "api/dataset_options.hpp"
#include "api/dataset_session.hpp"
#include "api/json_response.hpp"

namespace polso::api {
namespace {

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

Expected<std::unique_ptr<DatasetSession>> make_session(const json& o) {
  const std::string dataset = text_option(o, "dataset").value_or("survey");
  if (dataset == "survey") return make_survey_session(o, false);
  if (dataset == "survey-counts" || dataset == "survey_counts") return make_survey_session(o, true);
  return option_error("dataset", "The dataset “" + dataset + "” is not known; use “survey” or “survey-counts”.",
                      "Il tipo di dati “" + dataset + "” non è noto; usa “survey” o “survey-counts”.");
}

}  // namespace

struct Analysis::State {
  Lang lang = Lang::en;
  std::unique_ptr<DatasetSession> session;
  std::optional<Error> error;
};

Analysis::Analysis(std::string_view options_json) : state_(std::make_unique<State>()) {
  auto parsed = parse_request(options_json.empty() ? std::string_view("{}") : options_json);
  if (!parsed) {
    state_->error = parsed.error();
    return;
  }
  state_->lang = text_option(*parsed, "lang").value_or("en").rfind("it", 0) == 0 ? Lang::it : Lang::en;
  auto session = make_session(*parsed);
  if (!session) state_->error = session.error();
  else state_->session = std::move(session.value());
}

Analysis::~Analysis() = default;

std::string Analysis::feed(std::string_view bytes) {
  if (!state_->error) state_->error = state_->session->feed(bytes);
  return state_->error ? dump(failure_json(*state_->error, state_->lang)) : std::string();
}

std::string Analysis::finish() {
  if (!state_->error) state_->error = state_->session->finish();
  if (state_->error) return dump(failure_json(*state_->error, state_->lang));
  auto report = state_->session->report(state_->lang);
  if (!report) return dump(failure_json(report.error(), state_->lang));
  return dump(*report);
}

std::string Analysis::progress() const {
  if (!state_->session) return "{\"bytes\":0,\"rows\":0}";
  return dump(json{{"bytes", state_->session->table().bytes_read()}, {"rows", state_->session->rows_read()}});
}

}  // namespace polso::api
