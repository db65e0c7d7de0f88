#include "api/json_request.hpp"

#include <cmath>
#include <cstring>
#include <optional>
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

// A packed number list (see RequestBuilder): its binary subtype says how.
constexpr std::uint64_t kPackedBytes = 1, kPackedDoubles = 2;

NumberList unpacked(const json::binary_t& packed) {
  NumberList out;
  if (packed.subtype() == kPackedBytes) {
    out.reserve(packed.size());
    for (std::uint8_t b : packed) out.push_back(b);
    return out;
  }
  const std::size_t n = packed.size() / sizeof(double);
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    double x;
    std::memcpy(&x, packed.data() + i * sizeof x, sizeof x);
    out.push_back(x);
  }
  return out;
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

// Builds the request as nlohmann's DOM parser would, except that a list of
// numbers directly inside an "inputs" object is packed as it arrives, in a
// binary value: one byte a value while all are whole numbers 0–255 (survey
// scores), else eight. 30 million scores are then 30 MB, not the 480 MB of
// one json value per number. Anything else in such a list (a text, a number
// past 2^53) unpacks it into a plain array, which to_inputs reports on.
// Also notes why a parse failed, for the one case worth its own message: a
// number too big for a double (1e309), valid JSON grammar but refused by the
// parser as out of range (nlohmann error 406).
class RequestBuilder : public nlohmann::json_sax<json> {
 public:
  json root;
  bool overflow = false;

  bool null() override { return value(json(nullptr)); }
  bool boolean(bool b) override { return value(json(b)); }
  bool number_integer(number_integer_t x) override { return number(json(x)); }
  bool number_unsigned(number_unsigned_t x) override { return number(json(x)); }
  bool number_float(number_float_t x, const string_t&) override { return number(json(x)); }
  bool string(string_t& s) override { return value(json(std::move(s))); }
  bool binary(binary_t& b) override { return value(json::binary(std::move(b))); }
  bool key(string_t& k) override {
    key_ = std::move(k);
    return true;
  }
  bool start_object(std::size_t) override {
    const bool inputs = !stack_.empty() && stack_.back().node->is_object() && key_ == "inputs";
    return open(json::object(), inputs);
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override {
    if (!stack_.empty() && stack_.back().inputs && !packed_) {
      packed_.emplace(std::vector<std::uint8_t>{}, kPackedBytes);
      return true;
    }
    return open(json::array(), false);
  }
  bool end_array() override {
    if (!packed_) return close();
    const auto subtype = packed_->subtype();
    json packed = json::binary(std::move(static_cast<binary_t::container_type&>(*packed_)), subtype);
    packed_.reset();
    return value(std::move(packed));
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    overflow = ex.id == 406;
    return false;
  }

 private:
  struct Open {
    json* node;
    bool inputs;  // an "inputs" object, whose number lists are packed
  };

  bool number(json x) {
    if (packed_ && !beyond_exact_integer(x)) {
      pack(x.get<double>());
      return true;
    }
    return value(std::move(x));
  }

  void pack(double x) {
    auto& bytes = *packed_;
    if (bytes.subtype() == kPackedBytes && x >= 0 && x <= 255 && x == std::floor(x) && !std::signbit(x)) {
      bytes.push_back(static_cast<std::uint8_t>(x));
      return;
    }
    if (bytes.subtype() == kPackedBytes) {  // widen: every byte so far becomes a double
      std::vector<std::uint8_t> wide(bytes.size() * sizeof(double));
      for (std::size_t i = 0; i < bytes.size(); ++i) {
        const double d = bytes[i];
        std::memcpy(wide.data() + i * sizeof(double), &d, sizeof d);
      }
      bytes = binary_t(std::move(wide), kPackedDoubles);
    }
    const auto* p = reinterpret_cast<const std::uint8_t*>(&x);
    bytes.insert(bytes.end(), p, p + sizeof x);
  }

  // A list that turns out not to be all numbers becomes a plain array.
  void unpack() {
    json plain = json::array();
    const NumberList xs = unpacked(*packed_);
    for (std::size_t i = 0; i < xs.size(); ++i) plain.push_back(xs[i]);
    packed_.reset();
    open(std::move(plain), false);
  }

  bool value(json v) {
    if (packed_) unpack();
    if (stack_.empty()) {
      root = std::move(v);
    } else if (stack_.back().node->is_array()) {
      stack_.back().node->push_back(std::move(v));
    } else {
      (*stack_.back().node)[key_] = std::move(v);
    }
    return true;
  }

  bool open(json container, bool inputs) {
    if (packed_) unpack();
    json* node = nullptr;
    if (stack_.empty()) {
      root = std::move(container);
      node = &root;
    } else if (stack_.back().node->is_array()) {
      stack_.back().node->push_back(std::move(container));
      node = &stack_.back().node->back();
    } else {
      node = &((*stack_.back().node)[key_] = std::move(container));
    }
    stack_.push_back({node, inputs});
    return true;
  }

  bool close() {
    stack_.pop_back();
    return true;
  }

  std::vector<Open> stack_;
  std::string key_;
  std::optional<binary_t> packed_;
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
  RequestBuilder builder;
  const bool parsed_ok =
      json::sax_parse(text.begin(), text.end(), &builder, nlohmann::detail::input_format_t::json, /*strict=*/true);
  if (builder.overflow)
    return request_error("number_too_large", "",
                         "A number in the request is too large to compute with (beyond about 1.8 × 10^308).",
                         "Un numero nella richiesta è troppo grande per i calcoli (oltre circa 1,8 × 10^308).");
  json parsed = parsed_ok ? std::move(builder.root) : json(json::value_t::discarded);
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
    if (v.is_binary()) {
      out.emplace(name, unpacked(v.get_binary()));
    } else if (v.is_number()) {
      out.emplace(name, v.get<double>());
    } else if (v.is_string()) {
      out.emplace(name, v.get<std::string>());
    } else if (v.is_array()) {
      NumberList xs;
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
    if (auto l = o->find("lang"); l != o->end() && l->is_string() && lang_from_tag(l->get<std::string>()) == Lang::it)
      return Lang::it;
  return Lang::en;
}

}  // namespace polso::api
