// How a command prints its response: the JSON (the default when standard
// output is not a terminal, so scripts keep working), words for a person
// (the default at a terminal), or the report's tables as CSV.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "cli/report_text.hpp"

namespace polso::cli {

enum class Output { json, text, csv };

struct OutputChoice {
  std::optional<Output> chosen;  // --json, --text, --csv
  std::string table;             // --table NAME: one table of the CSV
  Output resolve() const;        // the choice, else text on a terminal, else JSON
};

// Takes --json, --text, --csv and --table NAME (advancing i past a value);
// false when args[i] is none of them. `error` says what is wrong, if anything.
bool take_output_flag(std::span<const std::string_view> args, std::size_t& i, OutputChoice& choice,
                      std::string& error);

// "Output: --json (default when not a terminal), --text, --csv [--table NAME]"
std::string output_help(Lang lang = Lang::en);

Lang environment_lang();

using TextOf = std::string (*)(const json&, Lang);
using TablesOf = std::vector<Table> (*)(const json&, Lang);
// Prints the response as chosen; words for a refused request go to stderr.
void print_response(const std::string& response, Output out, const std::string& table, Lang lang, TextOf text,
                    TablesOf tables);

}  // namespace polso::cli
