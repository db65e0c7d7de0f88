#include <iostream>
#include <string>

#include "api/api.hpp"
#include "cli/commands.hpp"
#include "cli/io.hpp"

namespace polso::cli {

int exit_code_of(const std::string& response) {
  return response.rfind("{\"ok\":true", 0) == 0 ? 0 : 1;
}

int eval_command(std::span<const std::string_view> args) {
  std::string request_path;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--help" || args[i] == "-h") {
      std::cout << "Usage: polso eval [--request FILE]\n"
                   "Reads one JSON request from FILE (or standard input) and prints the JSON response.\n"
                   "Example: echo '{\"metric\":\"nps\",\"inputs\":{\"promoters\":70,\"passives\":20,\"detractors\":10}}' | polso eval\n";
      return 0;
    }
    if (args[i] == "--request" && i + 1 < args.size()) {
      request_path = std::string(args[++i]);
    } else {
      std::cerr << "polso eval: unexpected argument '" << args[i] << "'. Usage: polso eval [--request FILE]\n";
      return 2;
    }
  }
  std::string request;
  if (request_path.empty() || request_path == "-") {
    request = read_all(std::cin);
  } else if (auto text = read_file(request_path)) {
    request = std::move(*text);
  } else {
    std::cerr << "polso eval: cannot read '" << request_path << "'.\n";
    return 2;
  }
  const std::string response = api::evaluate(request);
  std::cout << response << "\n";
  return exit_code_of(response);
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
