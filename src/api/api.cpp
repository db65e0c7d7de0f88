#include "api/api.hpp"

#include "api/compare.hpp"
#include "api/interval_options.hpp"
#include "api/json_request.hpp"
#include "api/metric_request.hpp"
#include "api/plan.hpp"
#include "api/read_text.hpp"
#include "api/json_response.hpp"
#include "core/problems.hpp"

namespace polso::api {
namespace {

json evaluate_parsed(const json& request, Lang lang) {
  if (request.contains("compare")) return compare_json(request, lang);
  if (request.contains("plan")) return plan_json(request, lang);
  if (request.contains("read")) return read_json(request, lang);
  auto options = request_interval_options(request);
  if (!options) return failure_json(options.error(), lang);
  return evaluate_metric_request(request, lang, *options).body;
}

// For the doors that take only one kind of request (`polso compare`, `polso plan`).
std::string only_with(std::string_view request_json, const char* key, json (*answer)(const json&, Lang)) {
  auto request = parse_request(request_json);
  if (!request) return response_text(failure_json(request.error(), Lang::en));
  const Lang lang = request_lang(*request);
  if (!request->contains(key))
    return response_text(failure_json(problems::invalid(key, "malformed_request",
                                               {"This command expects a request with \"" + std::string(key) + "\"; see docs/api.md.",
                                                "Questo comando si aspetta una richiesta con \"" + std::string(key) + "\"; vedi docs/api.md."}),
                             lang));
  return response_text(answer(*request, lang));
}

}  // namespace

std::string compare(std::string_view request_json) { return only_with(request_json, "compare", compare_json); }

std::string plan(std::string_view request_json) { return only_with(request_json, "plan", plan_json); }

std::string evaluate(std::string_view request_json) {
  auto request = parse_request(request_json);
  if (!request) return response_text(failure_json(request.error(), Lang::en));
  return response_text(evaluate_parsed(*request, request_lang(*request)));
}

std::string catalogue() { return response_text(catalogue_json()); }

std::string version() { return POLSO_VERSION; }

}  // namespace polso::api
