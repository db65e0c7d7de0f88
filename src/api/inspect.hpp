// A first look at a file from its first bytes: the CSV dialect, the columns,
// a preview, and which kind of export it seems to be (survey, orders or
// conversations). The page shows it before the full analysis runs.
#pragma once

#include <string>
#include <string_view>

#include "core/datasets/dataset_kind.hpp"
#include "core/datasets/table_stream.hpp"
#include "core/error.hpp"

namespace polso::api {

// `head` is the start of the file (64 KiB is plenty); options as for Analysis
// (dialect overrides, "lang"). Returns {"ok": true, "dataset", "sure",
// "scores", "dialect", "headers", "preview"} or a failure response.
std::string inspect(std::string_view head, std::string_view options_json);

// The kind of export the head of a file looks like (for dataset "auto").
Expected<datasets::KindGuess> guess_kind_of(std::string_view head, const datasets::TableOptions& options);

}  // namespace polso::api
