#include "api/api.hpp"

#include "api/json_request.hpp"
#include "api/json_response.hpp"
#include "core/problems.hpp"

namespace polso::api {
namespace {

// Non-ASCII text from users (a currency, a metric id) may be invalid UTF-8;
// replacing it keeps the response valid JSON instead of failing to dump.
std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json evaluate_parsed(const json& request, Lang lang) {
  const auto metric = request.find("metric");
  if (metric == request.end() || !metric->is_string())
    return failure_json(problems::invalid("metric", "missing_metric",
                                          {"The request does not say which metric to compute: add \"metric\", for example \"nps\".",
                                           "La richiesta non indica quale metrica calcolare: aggiungi \"metric\", ad esempio \"nps\"."}),
                        lang);
  const auto inputs_it = request.find("inputs");
  auto inputs = to_inputs(inputs_it == request.end() ? json() : *inputs_it);
  if (!inputs) return failure_json(inputs.error(), lang);
  auto result = polso::evaluate(metric->get<std::string>(), *inputs);
  if (!result) return failure_json(result.error(), lang);
  return success_json(*result, lang);
}

}  // namespace

std::string evaluate(std::string_view request_json) {
  auto request = parse_request(request_json);
  if (!request) return dump(failure_json(request.error(), Lang::en));
  return dump(evaluate_parsed(*request, request_lang(*request)));
}

std::string catalogue() { return dump(catalogue_json()); }

std::string version() { return POLSO_VERSION; }

}  // namespace polso::api
