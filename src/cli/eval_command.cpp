#include <iostream>
#include <string>

#include "api/api.hpp"
#include "api/json_request.hpp"
#include "cli/commands.hpp"
#include "cli/io.hpp"

namespace polso::cli {

int exit_code_of(const std::string& response) {
  return response.rfind("{\"ok\":true", 0) == 0 ? 0 : 1;
}

namespace {

// The shared shape of eval, compare and plan: one JSON request in, one response out.
int request_command(std::string_view name, std::string_view example,
                    std::string (*answer)(std::string_view), std::span<const std::string_view> args) {
  const std::string usage = "polso " + std::string(name) + " [--request FILE]";
  std::string request_path;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--help" || args[i] == "-h") {
      std::cout << "Usage: " << usage << "\n"
                   "Reads one JSON request from FILE (or standard input) and prints the JSON response.\n"
                   "Example: echo '" << example << "' | polso " << name << "\n";
      return 0;
    }
    if (args[i] == "--request" && i + 1 < args.size()) {
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
  const std::string response = answer(request);
  std::cout << response << "\n";
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
                         api::compare, args);
}

int plan_command(std::span<const std::string_view> args) {
  return request_command("plan", R"({"plan":"sample_size","metric":"nps","inputs":{"margin":5}})", api::plan, args);
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
