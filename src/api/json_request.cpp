#include "api/json_request.hpp"

#include <cmath>
#include <string>

#include "core/problems.hpp"

namespace polso::api {
namespace {

// Whole numbers above 2^53 round to a neighbour when stored as a double, so
// they are caught while their exact JSON value is still known.
bool beyond_exact_integer(const json& v) {
  if (v.is_number_unsigned()) return v.get<std::uint64_t>() > (std::uint64_t{1} << 53);
  if (v.is_number_integer()) {
    const auto x = v.get<std::int64_t>();
    return x > (std::int64_t{1} << 53) || x < -(std::int64_t{1} << 53);
  }
  return false;
}

// nlohmann's parser recurses per nesting level, so depth is checked first
// with a cheap scan that respects strings.
bool nested_deeper_than(std::string_view text, int limit) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      if (++depth > limit) return true;
    } else if (c == '}' || c == ']') --depth;
  }
  return false;
}

// Why a parse failed, for the one case worth its own message: a number too
// big for a double (1e309), which is valid JSON grammar but refused by the
// parser as out of range (nlohmann error 406).
struct OverflowSniffer : nlohmann::json_sax<json> {
  bool overflow = false;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    overflow = ex.id == 406;
    return false;
  }
};

Error request_error(std::string_view code, std::string_view field, std::string en, std::string it) {
  return problems::invalid(field, code, {en, it});
}

}  // namespace

Expected<json> parse_request(std::string_view text) {
  if (text.size() > kMaxRequestBytes)
    return request_error("request_too_large", "",
                         "The request is larger than 64 MB. For big data sets, analyse the CSV file instead of sending the values in one request.",
                         "La richiesta supera i 64 MB. Per grandi quantità di dati analizza il file CSV invece di inviare i valori in un’unica richiesta.");
  if (nested_deeper_than(text, kMaxNesting))
    return request_error("too_deeply_nested", "",
                         "The request nests brackets more than 64 levels deep; a metric request needs only two or three.",
                         "La richiesta annida parentesi per più di 64 livelli; a una richiesta di metrica ne bastano due o tre.");
  json parsed = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) {
    OverflowSniffer sniffer;
    json::sax_parse(text.begin(), text.end(), &sniffer, nlohmann::detail::input_format_t::json, /*strict=*/true);
    if (sniffer.overflow)
      return request_error("number_too_large", "",
                           "A number in the request is too large to compute with (beyond about 1.8 × 10^308).",
                           "Un numero nella richiesta è troppo grande per i calcoli (oltre circa 1,8 × 10^308).");
  }
  if (parsed.is_discarded())
    return request_error("malformed_json", "",
                         "The request is not valid JSON. Expected something like {\"metric\": \"nps\", \"inputs\": {\"promoters\": 70, \"passives\": 20, \"detractors\": 10}}.",
                         "La richiesta non è un JSON valido. Era atteso qualcosa come {\"metric\": \"nps\", \"inputs\": {\"promoters\": 70, \"passives\": 20, \"detractors\": 10}}.");
  if (!parsed.is_object())
    return request_error("malformed_request", "",
                         "The request must be a JSON object with \"metric\" and \"inputs\".",
                         "La richiesta deve essere un oggetto JSON con \"metric\" e \"inputs\".");
  return parsed;
}

Expected<Inputs> to_inputs(const json& inputs, const MetricSpec* metric) {
  Inputs out;
  if (inputs.is_null()) return out;
  if (!inputs.is_object())
    return request_error("malformed_request", "inputs",
                         "\"inputs\" must be an object of named values, like {\"promoters\": 70}.",
                         "\"inputs\" deve essere un oggetto di valori con nome, come {\"promoters\": 70}.");
  for (auto it = inputs.begin(); it != inputs.end(); ++it) {
    const std::string& name = it.key();
    const json& v = it.value();
    if (v.is_null()) continue;  // an empty field: the core says if it was needed
    const InputSpec* spec = metric ? metric->input(name) : nullptr;
    if (spec && (v.is_boolean() || v.is_object())) return problems::wrong_type(name, spec->label, input_kind_words(spec->kind));
    if (beyond_exact_integer(v)) return problems::beyond_exact_range(name, {name, name});
    if (v.is_number()) {
      out.emplace(name, v.get<double>());
    } else if (v.is_string()) {
      out.emplace(name, v.get<std::string>());
    } else if (v.is_array()) {
      std::vector<double> xs;
      xs.reserve(v.size());
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (beyond_exact_integer(v[i])) return problems::beyond_exact_range(name, {name, name});
        if (!v[i].is_number())
          return request_error("wrong_type", name,
                               "Value " + std::to_string(i + 1) + " of “" + name + "” is not a number.",
                               "Il valore " + std::to_string(i + 1) + " di “" + name + "” non è un numero.");
        xs.push_back(v[i].get<double>());
      }
      out.emplace(name, std::move(xs));
    } else {
      return request_error("wrong_type", name,
                           "“" + name + "” must be a number, a list of numbers or a text, not " +
                               (v.is_boolean() ? "yes/no" : "a group of values") + ".",
                           "“" + name + "” deve essere un numero, un elenco di numeri o un testo, non " +
                               (v.is_boolean() ? "sì/no" : "un gruppo di valori") + ".");
    }
  }
  return out;
}

Lang request_lang(const json& request) {
  if (auto o = request.find("options"); o != request.end() && o->is_object())
    if (auto l = o->find("lang"); l != o->end() && l->is_string() && l->get<std::string>().rfind("it", 0) == 0)
      return Lang::it;
  return Lang::en;
}

}  // namespace polso::api
