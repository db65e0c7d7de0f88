#include "api/read_text.hpp"

#include "api/json_response.hpp"
#include "core/problems.hpp"
#include "core/datasets/conversations_durations.hpp"
#include "core/typed_text.hpp"

namespace polso::api {

json read_json(const json& request, Lang lang) {
  const json& r = request["read"];
  const auto text = r.is_object() ? r.find("text") : r.end();
  if (!r.is_object() || text == r.end() || !text->is_string())
    return failure_json(problems::invalid("read", "malformed_request",
                                          {"\"read\" must be an object with the \"text\" to read.",
                                           "\"read\" deve essere un oggetto con il \"text\" da leggere."}),
                        lang);
  const std::string as = r.value("as", "number"), decimal = r.value("decimal", "."),
                    unit_id = r.value("unit", "seconds");
  TextShape shape = TextShape::numbers;
  if (as == "scores" || as == "counts" || as == "count") shape = TextShape::whole_numbers;
  else if (as == "money") shape = TextShape::money;
  else if (as == "seconds") shape = TextShape::duration;
  const bool list = as == "scores" || as == "counts" || as == "numbers" || r.value("list", false);
  const auto unit = datasets::parse_duration_unit(unit_id).value_or(datasets::DurationUnit::seconds);
  const TypedValues v = read_typed_text(text->get<std::string>(), shape, decimal == "," ? ',' : '.', unit, list);
  json unread = json::array();
  for (const auto& u : v.unread) unread.push_back({{"position", u.position}, {"text", u.text}});
  return {{"ok", true}, {"values", v.values}, {"unread", std::move(unread)}, {"notes", warnings_json(v.notes, lang)}};
}

}  // namespace polso::api
