// The `polso` subcommands. Each returns the process exit code:
// 0 success, 1 a failure response, 2 a usage error.
#pragma once

#include <span>
#include <string_view>

namespace polso::cli {

int eval_command(std::span<const std::string_view> args);
// `polso compare` / `polso plan`: like eval, for comparison and planning requests.
int compare_command(std::span<const std::string_view> args);
int plan_command(std::span<const std::string_view> args);
int catalogue_command(std::span<const std::string_view> args);
// `polso analyze FILE --dataset survey …`: a streamed dataset report.
int analyze_command(std::span<const std::string_view> args);
// `polso <metric-id> --<input> VALUE …`, flags generated from the catalogue.
int metric_command(std::string_view metric_id, std::span<const std::string_view> args);

}  // namespace polso::cli
