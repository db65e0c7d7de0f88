// The JSON reports in words, for a person at a terminal: `polso analyze`,
// `compare` and `plan` without --json. Every figure, band, verdict and
// warning is read from the JSON report; this door only lays them out,
// in the report's language, rounding as the page does (format_number).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/table.hpp"
#include "core/localized.hpp"

namespace polso::cli {

using json = nlohmann::json;

// The report's tables (periods, segments, channels …) for --csv and the text.
std::vector<Table> analyze_tables(const json& report, Lang lang);
std::string analyze_text(const json& report, Lang lang);
std::vector<Table> compare_tables(const json& response, Lang lang);
std::string compare_text(const json& response, Lang lang);
std::vector<Table> plan_tables(const json& response, Lang lang);
std::string plan_text(const json& response, Lang lang);
// A refused request: "Error: …" with the core's own sentence.
std::string failure_text(const json& response, Lang lang);

}  // namespace polso::cli
