#include <iostream>
#include <string>

#include "api/api.hpp"
#include "api/json_request.hpp"
#include "cli/commands.hpp"
#include "cli/io.hpp"
#include "cli/output.hpp"

namespace polso::cli {

int exit_code_of(const std::string& response) {
  return response.rfind("{\"ok\":true", 0) == 0 ? 0 : 1;
}

namespace {

// The request with options.lang set from --lang, unless it names its own.
std::string with_lang(const std::string& request, const std::string& lang) {
  if (lang.empty()) return request;
  nlohmann::json j = nlohmann::json::parse(request, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return request;  // the contract says what is wrong
  if (!j.contains("options")) j["options"] = nlohmann::json::object();
  if (!j["options"].is_object()) return request;
  if (!j["options"].contains("lang")) j["options"]["lang"] = lang;
  return j.dump();
}

// The shared shape of eval, compare and plan: one JSON request in, one
// response out; compare and plan (text != nullptr) also speak words.
int request_command(std::string_view name, std::string_view example, std::string (*answer)(std::string_view),
                    std::span<const std::string_view> args, TextOf text = nullptr, TablesOf tables = nullptr) {
  const std::string usage = "polso " + std::string(name) + " [--request FILE]" +
                            (text ? " [--lang en|it] [--json|--text|--csv]" : "");
  std::string request_path, lang_flag;
  OutputChoice output;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--help" || args[i] == "-h") {
      std::cout << "Usage: " << usage << "\n"
                   "Reads one JSON request from FILE (or standard input) and prints the response.\n"
                   "Example: echo '" << example << "' | polso " << name << "\n" << (text ? output_help() : "");
      return 0;
    }
    std::string output_error;
    if (text && take_output_flag(args, i, output, output_error)) {
      if (output_error.empty()) continue;
      std::cerr << "polso " << name << ": " << output_error << "\n";
      return 2;
    }
    if (text && args[i] == "--lang" && i + 1 < args.size()) {
      lang_flag = std::string(args[++i]);
    } else if (args[i] == "--request" && i + 1 < args.size()) {
      request_path = std::string(args[++i]);
    } else {
      std::cerr << "polso " << name << ": unexpected argument '" << args[i] << "'. Usage: " << usage << "\n";
      return 2;
    }
  }
  std::string request;
  if (request_path.empty() || request_path == "-") {
    request = read_at_most(std::cin, api::kMaxRequestBytes);
  } else if (auto text = read_file(request_path, api::kMaxRequestBytes)) {
    request = std::move(*text);
  } else {
    std::cerr << "polso " << name << ": cannot read '" << request_path << "'.\n";
    return 2;
  }
  const Output out = output.resolve();
  // Words at a terminal follow $LANG unless --lang or the request says otherwise.
  if (text && lang_flag.empty() && out != Output::json) lang_flag = environment_lang() == Lang::it ? "it" : "en";
  request = with_lang(request, lang_flag);
  const std::string response = answer(request);
  if (!text) {
    std::cout << response << "\n";
    return exit_code_of(response);
  }
  const auto parsed = nlohmann::json::parse(request, nullptr, false);
  Lang lang = lang_from_tag(lang_flag);
  if (parsed.is_object() && parsed.contains("options") && parsed["options"].is_object() &&
      parsed["options"].contains("lang") && parsed["options"]["lang"].is_string())
    lang = lang_from_tag(parsed["options"]["lang"].get<std::string>());
  print_response(response, out, output.table, lang, text, tables);
  return exit_code_of(response);
}

}  // namespace

int eval_command(std::span<const std::string_view> args) {
  return request_command("eval", R"({"metric":"nps","inputs":{"promoters":70,"passives":20,"detractors":10}})",
                         api::evaluate, args);
}

int compare_command(std::span<const std::string_view> args) {
  return request_command("compare",
                         R"({"compare":[{"metric":"nps","inputs":{"promoters":50,"passives":30,"detractors":20}},)"
                         R"({"metric":"nps","inputs":{"promoters":60,"passives":25,"detractors":15}}]})",
                         api::compare, args, compare_text, compare_tables);
}

int plan_command(std::span<const std::string_view> args) {
  return request_command("plan", R"({"plan":"sample_size","metric":"nps","inputs":{"margin":5}})", api::plan, args, plan_text,
                         plan_tables);
}

int catalogue_command(std::span<const std::string_view> args) {
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    std::cout << "Usage: polso catalogue\nPrints every metric with its inputs, variants and benchmark bands as JSON.\n";
    return 0;
  }
  if (!args.empty()) {
    std::cerr << "polso catalogue: takes no arguments.\n";
    return 2;
  }
  std::cout << api::catalogue() << "\n";
  return 0;
}

}  // namespace polso::cli
