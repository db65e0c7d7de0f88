// polso — the command-line door to the same core and JSON contract as the page.
#include <iostream>
#include <string_view>
#include <vector>

#include "api/api.hpp"
#include "cli/commands.hpp"
#include "core/catalogue.hpp"

namespace {

void print_usage(std::ostream& out) {
  out << "polso " << polso::api::version() << " — customer-engagement metrics, computed locally.\n\n"
         "Usage:\n"
         "  polso eval [--request FILE]      read one JSON request (stdin by default), print the response\n"
         "  polso compare [--request FILE]   compare two results of one metric: {\"compare\": [A, B]}\n"
         "  polso plan [--request FILE]      plan a sample size or the promoters needed: {\"plan\": …}\n"
         "  polso catalogue                  print the metric catalogue as JSON\n"
         "  polso analyze FILE --metric nps  analyse a survey export (CSV, streamed); see polso analyze --help\n"
         "  polso <metric> --<input> VALUE   compute one metric, e.g. polso nps --promoters 70 --passives 20 --detractors 10\n"
         "                                   add --json for the JSON response, --lang it for Italian\n"
         "  polso <command> --help           help for one command or metric\n"
         "  polso --version\n\n"
         "Metrics:\n";
  for (const auto& m : polso::catalogue()) out << "  " << m.id << std::string(28 - std::min<std::size_t>(27, m.id.size()), ' ') << m.name.en << "\n";
  out << "\nExit status: 0 computed, 1 the input was refused (the JSON error says why), 2 usage error.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_usage(args.empty() ? std::cerr : std::cout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "polso " << polso::api::version() << "\n";
    return 0;
  }
  const std::string_view command = args[0];
  const std::span<const std::string_view> rest(args.data() + 1, args.size() - 1);
  if (command == "eval") return polso::cli::eval_command(rest);
  if (command == "compare") return polso::cli::compare_command(rest);
  if (command == "plan") return polso::cli::plan_command(rest);
  if (command == "catalogue") return polso::cli::catalogue_command(rest);
  if (command == "analyze") return polso::cli::analyze_command(rest);
  if (polso::find_metric(command)) return polso::cli::metric_command(command, rest);
  std::cerr << "polso: unknown command or metric '" << command << "'. Run 'polso --help' for the list.\n";
  return 2;
}
