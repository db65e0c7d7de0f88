#include "api/interval_options.hpp"

#include "core/inference/interval_for.hpp"
#include "core/problems.hpp"
#include "core/stats/validation.hpp"

namespace polso::api {
namespace {

const json* option(const json& request, const char* name) {
  const auto o = request.find("options");
  if (o == request.end() || !o->is_object()) return nullptr;
  const auto v = o->find(name);
  return v == o->end() ? nullptr : &*v;
}

}  // namespace

Expected<double> request_confidence(const json& request) {
  const json* c = option(request, "confidence");
  if (!c) return stats::kDefaultLevel;
  const double level = c->is_number() ? c->get<double>() : -1;
  if (stats::check_level(level))
    return problems::invalid("confidence", "confidence_out_of_range",
                             {"“confidence” must be a number from 0.80 to 0.99, for example 0.95 for a 95% confidence interval.",
                              "“confidence” deve essere un numero da 0,80 a 0,99, ad esempio 0,95 per un intervallo di confidenza al 95%."});
  return level;
}

Expected<inference::IntervalOptions> request_interval_options(const json& request) {
  auto level = request_confidence(request);
  if (!level) return level.error();
  inference::IntervalOptions out;
  out.level = *level;
  if (const json* m = option(request, "interval_method")) {
    if (!m->is_string() || !inference::is_nps_method(m->get<std::string>()))
      return problems::invalid("interval_method", "invalid_interval_method",
                               {"“interval_method” must be “adjusted_wald” (the default), “wald” or “bootstrap”.",
                                "“interval_method” deve essere “adjusted_wald” (predefinito), “wald” o “bootstrap”."});
    out.nps_method = m->get<std::string>();
  }
  return out;
}

}  // namespace polso::api
