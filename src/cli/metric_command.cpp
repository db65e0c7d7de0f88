// `polso <metric> --<input> VALUE …`: flags come from the catalogue, the
// request goes through the same JSON contract as every other door.
#include <charconv>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "api/api.hpp"
#include "cli/commands.hpp"
#include "core/catalogue.hpp"
#include "core/number_format.hpp"

namespace polso::cli {
int exit_code_of(const std::string& response);

namespace {

using json = nlohmann::ordered_json;

std::optional<double> parse_number(std::string_view s) {
  double x = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), x);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return x;
}

void print_metric_help(const MetricSpec& m) {
  std::cout << m.name.en << " — " << m.help.en << "\n\nFormula: " << m.formula.en << "\n\nInputs:\n";
  for (const auto& in : m.inputs) {
    std::cout << "  --" << in.name << " " << input_kind_id(in.kind);
    if (!in.choices.empty()) {
      std::cout << " (";
      for (std::size_t i = 0; i < in.choices.size(); ++i) std::cout << (i ? "|" : "") << in.choices[i];
      std::cout << ")";
    }
    std::cout << "\n      " << in.label.en << ": " << in.help.en << "\n";
  }
  std::cout << "\nWays to enter it:\n";
  for (const auto& v : m.variants) {
    std::cout << "  " << v.label.en << ":";
    for (auto r : v.required) std::cout << " --" << r;
    for (auto o : v.optional) std::cout << " [--" << o << "]";
    std::cout << "\n";
  }
  std::cout << "\nOptions: --json (print the JSON response), --lang en|it\n";
}

std::string unit_text(const json& r, Lang lang) {
  const std::string unit = r.value("unit", "");
  if (unit == "percent") return "%";
  if (unit == "points") return lang == Lang::it ? " punti" : " points";
  if (unit == "seconds") return " s";
  if (unit == "currency" && r["details"].contains("currency")) return " " + r["details"]["currency"].get<std::string>();
  if (r.contains("unit_label")) return " " + r["unit_label"].get<std::string>();
  return "";
}

void print_human(const MetricSpec& m, const json& r, Lang lang) {
  if (!r.value("ok", false)) {
    std::cerr << (lang == Lang::it ? "Errore: " : "Error: ") << r["error"].value("message", "") << "\n";
    return;
  }
  const double value = r["value"].is_number() ? r["value"].get<double>() : 0;
  std::cout << (lang == Lang::it ? m.name.it : m.name.en) << ": " << format_number(value, lang, 2)
            << unit_text(r, lang);
  if (r["band"].is_object()) std::cout << " — " << r["band"].value("label", "");
  std::cout << "\n  " << r.value("formula", "") << "\n";
  for (const auto& w : r["warnings"]) std::cout << "  ! " << w.value("message", "") << "\n";
}

}  // namespace

int metric_command(std::string_view metric_id, std::span<const std::string_view> args) {
  const MetricSpec& m = *find_metric(metric_id);
  json inputs = json::object();
  bool as_json = false;
  Lang lang = Lang::en;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (arg == "--help" || arg == "-h") {
      print_metric_help(m);
      return 0;
    }
    if (arg == "--json") {
      as_json = true;
      continue;
    }
    if (arg.rfind("--", 0) != 0) {
      std::cerr << "polso " << metric_id << ": unexpected argument '" << arg << "'. Try 'polso " << metric_id << " --help'.\n";
      return 2;
    }
    std::string name(arg.substr(2));
    std::string value;
    if (auto eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name.resize(eq);
    } else if (i + 1 < args.size()) {
      value = std::string(args[++i]);
    } else {
      std::cerr << "polso " << metric_id << ": --" << name << " needs a value.\n";
      return 2;
    }
    for (char& c : name) if (c == '-') c = '_';
    if (name == "lang") {
      lang = lang_from_tag(value);
      continue;
    }
    const InputSpec* spec = m.input(name);
    if (!spec) {
      std::cerr << "polso " << metric_id << ": unknown input --" << name << ". Try 'polso " << metric_id << " --help'.\n";
      return 2;
    }
    if (spec->kind == InputKind::choice || spec->kind == InputKind::text) {
      inputs[name] = value;
    } else if (spec->kind == InputKind::scores || spec->kind == InputKind::numbers || spec->kind == InputKind::counts) {
      json list = json::array();
      std::size_t start = 0;
      while (start <= value.size()) {
        std::size_t end = value.find_first_of(",; \t", start);
        if (end == std::string::npos) end = value.size();
        const std::string_view token = std::string_view(value).substr(start, end - start);
        if (!token.empty()) {
          auto x = parse_number(token);
          if (!x) {
            std::cerr << "polso " << metric_id << ": --" << name << " holds '" << token << "', which is not a number.\n";
            return 2;
          }
          list.push_back(*x);
        }
        start = end + 1;
      }
      inputs[name] = std::move(list);
    } else if (auto x = parse_number(value)) {
      inputs[name] = *x;
    } else {
      std::cerr << "polso " << metric_id << ": --" << name << " must be a number (use '.' for decimals), not '" << value << "'.\n";
      return 2;
    }
  }
  json request = {{"metric", std::string(metric_id)}, {"inputs", std::move(inputs)},
                  {"options", {{"lang", lang == Lang::it ? "it" : "en"}}}};
  const std::string response = api::evaluate(request.dump());
  if (as_json) std::cout << response << "\n";
  else print_human(m, json::parse(response, nullptr, false), lang);
  return exit_code_of(response);
}

}  // namespace polso::cli
