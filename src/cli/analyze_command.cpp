// `polso analyze FILE|- --dataset survey --metric nps …`: the file is read in
// chunks and streamed through the same analysis the web worker uses, so
// memory stays flat whatever the file size.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/analyze.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/range_reading.hpp"
#include "cli/workbook_door.hpp"

namespace polso::cli {
int exit_code_of(const std::string& response);

namespace {


// Flags that take a value, as the JSON option they become.
constexpr const char* kValueFlags[] = {
    // every dataset
    "dataset", "period", "delimiter", "decimal", "date-order", "encoding", "header-rows", "lang",
    "confidence", "sheet",
    // survey
    "metric", "scale", "threshold", "method", "comments-language", "comments-focus",
    // orders
    "gross-margin", "cac",
    // conversations
    "email-target", "chat-target", "duration-unit"};
// Besides these, --column ROLE=NAME and --ROLE-column NAME name a column for
// any role; the analysis checks the role against its dataset.

void print_help() {
  std::cout <<
      "Usage: polso analyze FILE|- --dataset survey|survey-counts|orders|orders-counts|conversations|conversations-counts|auto [options]\n\n"
      "Reads an export (CSV, or an Excel .xlsx/.xlsm or LibreOffice .ods workbook; any size, streamed) and\n"
      "prints one JSON report.\n"
      "Columns are found from headers and values when not given (a header name or a 1-based number).\n"
      "  --column ROLE=NAME (repeatable) names the column of any role below, such as --column score=Q3 or\n"
      "  --column unit_price=\"Lineitem price\"; a name matches exactly, then ignoring case, then by the top\n"
      "  row of a two-row header. The --ROLE-column flags do the same.\n\n"
      "Every dataset:\n"
      "  --period day|week|month|quarter|year (default month)   --confidence 0.80-0.99 (default 0.95)\n"
      "  --delimiter C (',' ';' tab '|')   --decimal ,|.   --date-order dmy|mdy|ymd\n"
      "  --encoding utf-8|windows-1252|utf-16   --header-rows N\n"
      "  --lang en|it  (messages; also the day/month order when the data cannot tell)\n"
      "  --sheet NAME|N  the sheet of an .xlsx/.xlsm/.ods workbook (default: the first visible one with data)\n"
      "  --threads N  read a CSV file on N threads (default: the machine's, at most 8; 1 reads in sequence;\n"
      "               the report is the same whatever N; surveys, conversations and orders)\n\n"
      "survey (NPS, CSAT or CES overall, per period and per segment):\n"
      "  --metric auto|nps|csat|ces (default auto: follows the score column; reported as metric_from)\n"
      "  --score-column   --date-column   --segment-column\n"
      "  --scale N   --threshold N   --method mean|percent_easy (CES)\n"
      "  --comment-column (the free-text answers: themes per group, \"comments\" in the report)\n"
      "  --comments-language auto|en|it|fr|es|de|pt (default auto: detected from the first comments)\n"
      "  --comments-focus period=2026-03|segment=NAME (that period's or segment's comments against the rest)\n"
      "survey-counts: a pre-aggregated score,count[,period][,segment] file, same report (docs/at-scale.md)\n"
      "  --count-column\n"
      "orders (churn, retention, repeat purchase, CLV, cohorts, segments):\n"
      "  --customer-column   --date-column   --amount-column   --order-column   --channel-column\n"
      "  --gross-margin PERCENT   --cac AMOUNT\n"
      "orders-counts: the counts a warehouse's SQL writes (period, active, new, retained, …; docs/at-scale.md),\n"
      "  same report as orders; its periods are the file's own (--period must match them)\n"
      "conversations (response and resolution times, FCR, self-service, channel and team tables):\n"
      "  --conversation-column --channel-column --agent-column --created-column --first-response-column\n"
      "  --resolved-column --csat-column --self-service-column --contacts-column --reopened-column\n"
      "  --first-response-time-column --resolution-time-column (durations the export gives as numbers)\n"
      "  --duration-unit seconds|minutes|hours|days (when neither the header nor the export says)\n"
      "  --chat-target SECONDS (default 300)   --email-target SECONDS (default 7200)   --scale 5|10 (CSAT)\n"
      "conversations-counts: a warehouse's counts (period, channel, measure, up_to_seconds, count, sum_seconds),\n"
      "  same report without the agent table; medians and p90 within 4.8% (docs/at-scale.md)\n"
      "  --period-column --channel-column --measure-column --bucket-column --count-column --sum-column\n"
      "auto: decides survey, orders, orders-counts, conversations or conversations-counts from the column names\n"
      "  (reported as \"detected\").\n\n"
      "Reports are documented in docs/api.md and docs/datasets.md.\n"
      "Tables: periods, segments (survey); periods, segments, channels, cohorts (orders);\n"
      "  channels, agents, volume (conversations).\n"
   << output_help();
}

// The core's messages say what to choose; this door says how: the flag
// that sets the field the error names, on stderr beside the JSON.
void print_hint(const std::string& report, Lang lang) {
  const auto j = nlohmann::json::parse(report, nullptr, false);
  if (j.is_discarded() || j.value("ok", true) || !j.contains("error")) return;
  const auto field = j["error"].value("field", nlohmann::json()).is_string() ? j["error"]["field"].get<std::string>() : "";
  if (field.empty()) return;
  std::string flag = field;
  for (char& c : flag) if (c == '_') c = '-';
  if (field.size() > 7 && field.ends_with("_column")) {
    const std::string role = field.substr(0, field.size() - 7);
    std::cerr << (lang == Lang::it ? "polso analyze: indica la colonna con --column " + role +
                                         "=NOME (un'intestazione o un numero a partire da 1).\n"
                                   : "polso analyze: name the column with --column " + role +
                                         "=NAME (a header or a 1-based number).\n");
  } else if (field != "columns") {
    std::cerr << (lang == Lang::it ? "polso analyze: impostalo con --" + flag + " (vedi polso analyze --help).\n"
                                   : "polso analyze: set it with --" + flag + " (see polso analyze --help).\n");
  }
}

}  // namespace

int analyze_command(std::span<const std::string_view> args) {
  nlohmann::json options = nlohmann::json::object();
  std::string path;
  OutputChoice output;
  std::size_t threads = default_threads();
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "--threads" || arg.rfind("--threads=", 0) == 0) {
      std::string value = arg == "--threads" ? (i + 1 < args.size() ? std::string(args[++i]) : "") : std::string(arg.substr(10));
      const bool digits = !value.empty() && value.size() <= 3 && value.find_first_not_of("0123456789") == std::string::npos;
      const int n = digits ? std::stoi(value) : 0;
      if (n < 1 || n > 64) {
        std::cerr << "polso analyze: --threads takes a number of threads from 1 to 64.\n";
        return 2;
      }
      threads = static_cast<std::size_t>(n);
      continue;
    }
    if (arg == "--help" || arg == "-h") {
      print_help();
      return 0;
    }
    std::string output_error;
    if (take_output_flag(args, i, output, output_error)) {
      if (output_error.empty()) continue;
      std::cerr << "polso analyze: " << output_error << "\n";
      return 2;
    }
    if (arg.rfind("--", 0) == 0) {
      std::string name(arg.substr(2)), value;
      bool has_inline = false;
      if (auto eq = name.find('='); eq != std::string::npos) {
        value = name.substr(eq + 1);
        name.resize(eq);
        has_inline = true;
      }
      const bool role_flag = name.size() > 7 && name.ends_with("-column");
      bool known = name == "column" || role_flag;
      for (const char* f : kValueFlags) known = known || name == f;
      if (!known) {
        std::cerr << "polso analyze: unknown option --" << name << ". Try 'polso analyze --help'.\n";
        return 2;
      }
      if (!has_inline) {
        if (i + 1 >= args.size()) {
          std::cerr << "polso analyze: --" << name << " needs a value.\n";
          return 2;
        }
        value = std::string(args[++i]);
      }
      if (name == "column" || role_flag) {
        // --column ROLE=NAME (repeatable) or --ROLE-column NAME: any role of any dataset.
        std::string role = role_flag ? name.substr(0, name.size() - 7) : std::string();
        if (!role_flag) {
          const auto eq = value.find('=');
          if (eq == std::string::npos || eq == 0) {
            std::cerr << "polso analyze: --column takes ROLE=NAME, such as --column score=\"How likely…\".\n";
            return 2;
          }
          role = value.substr(0, eq);
          value = value.substr(eq + 1);
        }
        for (char& c : role) if (c == '-') c = '_';
        options["columns"][role] = value;
        continue;
      }
      for (char& c : name) if (c == '-') c = '_';
      options[name] = value;
    } else if (path.empty()) {
      path = std::string(arg);
    } else {
      std::cerr << "polso analyze: one file at a time ('" << arg << "' is extra).\n";
      return 2;
    }
  }
  if (path.empty()) {
    std::cerr << "polso analyze: which file? Usage: polso analyze FILE|- --dataset survey --metric nps\n";
    return 2;
  }
  if (!options.contains("lang")) options["lang"] = environment_lang() == Lang::it ? "it" : "en";
  const Lang lang = lang_from_tag(options["lang"].get<std::string>());

  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {  // it opens, and reads as empty
      std::cerr << "polso analyze: '" << path << "' is a folder, not a file.\n";
      return 2;
    }
    file.open(path, std::ios::binary);
    if (!file) {
      std::cerr << "polso analyze: cannot open '" << path << "'.\n";
      return 2;
    }
    in = &file;
  }
  // A workbook is recognised by its first bytes, whatever its name, and read
  // with random access (standard input is copied to a temporary file first).
  std::string head(kLookBytes, '\0');
  in->read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in->gcount()));
  in->clear();
  if (looks_like_workbook(head)) {
    std::FILE* f = path == "-" ? std::tmpfile() : std::fopen(path.c_str(), "rb");
    if (f && path == "-") {
      std::fwrite(head.data(), 1, head.size(), f);
      std::vector<char> chunk(kChunkBytes);
      for (;;) {
        in->read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const auto got = static_cast<std::size_t>(in->gcount());
        if (got == 0) break;
        std::fwrite(chunk.data(), 1, got, f);
      }
    }
    if (!f) {
      std::cerr << "polso analyze: cannot open '" << path << "'.\n";
      return 2;
    }
    const std::string report = analyze_workbook(f, options.dump());
    std::fclose(f);
    if (report.empty()) {
      std::cerr << "polso analyze: '" << path << "' is a workbook that cannot be read from a pipe; save it to a file first.\n";
      return 2;
    }
    print_response(report, output.resolve(), output.table, lang, analyze_text, analyze_tables);
    print_hint(report, lang);
    return exit_code_of(report);
  }
  // A regular file can be read in byte ranges, one per thread; a pipe or a
  // device (`-`, `<(…)`, /dev/stdin) cannot be read at an offset, nor twice.
  std::error_code ec;
  const bool ranges = path != "-" && threads > 1 && std::filesystem::is_regular_file(path, ec);
  const std::string report = ranges ? analyze_file_in_ranges(path, options.dump(), threads)
                                    : analyze_in_sequence(*in, head, options.dump());
  print_response(report, output.resolve(), output.table, lang, analyze_text, analyze_tables);
  print_hint(report, lang);
  return exit_code_of(report);
}

}  // namespace polso::cli
