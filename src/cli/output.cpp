#include "cli/output.hpp"

#include <cstdlib>
#include <iostream>
#include <unistd.h>

namespace polso::cli {

Output OutputChoice::resolve() const {
  if (chosen) return *chosen;
  return isatty(STDOUT_FILENO) ? Output::text : Output::json;
}

bool take_output_flag(std::span<const std::string_view> args, std::size_t& i, OutputChoice& choice,
                      std::string& error) {
  const std::string_view arg = args[i];
  if (arg == "--json") choice.chosen = Output::json;
  else if (arg == "--text") choice.chosen = Output::text;
  else if (arg == "--csv") choice.chosen = Output::csv;
  else if (arg == "--table" || arg.rfind("--table=", 0) == 0) {
    if (arg != "--table") {
      choice.table = std::string(arg.substr(8));
    } else if (i + 1 < args.size()) {
      choice.table = std::string(args[++i]);
    } else {
      error = "--table needs the name of a table, such as --table periods.";
    }
    if (!choice.chosen) choice.chosen = Output::csv;
  } else {
    return false;
  }
  return true;
}

std::string output_help(Lang) {
  return "Output: words at a terminal, the JSON response otherwise; --json, --text or --csv choose\n"
         "  (--csv prints every table of the report, --table NAME just one, e.g. --table periods).\n";
}

Lang environment_lang() {
  const char* lang = std::getenv("LANG");
  return lang ? lang_from_tag(lang) : Lang::en;
}

void print_response(const std::string& response, Output out, const std::string& table, Lang lang, TextOf text,
                    TablesOf tables) {
  if (out == Output::json) {
    std::cout << response << "\n";
    return;
  }
  const json j = json::parse(response, nullptr, false);
  const bool ok = !j.is_discarded() && j.is_object() && j.value("ok", false);
  if (!ok) {
    std::cerr << failure_text(j.is_discarded() ? json::object() : j, lang);
    return;
  }
  if (out == Output::text) {
    std::cout << text(j, lang);
    return;
  }
  bool found = table.empty();
  bool first = true;
  for (const auto& t : tables(j, lang)) {
    if (!table.empty() && t.id != table) continue;
    found = true;
    if (table.empty()) std::cout << (first ? "" : "\r\n") << "# " << t.id << "\r\n";
    first = false;
    std::cout << table_csv(t);
  }
  if (!found) {
    std::string names;
    for (const auto& t : tables(j, lang)) names += (names.empty() ? "" : ", ") + t.id;
    std::cerr << "polso: no table '" << table << "' in this report (it has " << names << ").\n";
  }
}

}  // namespace polso::cli
