// Options shared by every dataset analysis: reading them from JSON with
// errors a person understands, and the report sections every dataset shares.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <string>

#include "api/json_request.hpp"
#include "core/csv/dates.hpp"
#include "core/datasets/column_choice.hpp"
#include "core/datasets/export_profile.hpp"
#include "core/datasets/row_accounting.hpp"
#include "core/datasets/table_stream.hpp"
#include "core/inference/infer.hpp"

namespace polso::api {

Error option_error(std::string_view field, std::string en, std::string it);

// A string option (numbers are accepted and written as text).
std::optional<std::string> text_option(const json& o, const char* key);
// A whole-number option within lo..hi; absent → nullopt.
Expected<std::optional<int>> int_option(const json& o, const char* key, int lo, int hi);
// A non-negative number option; absent → nullopt.
Expected<std::optional<double>> number_option(const json& o, const char* key);

// delimiter, decimal, date_order, encoding, header_rows and the language's
// day/month order for when the data cannot tell.
Expected<datasets::TableOptions> table_options(const json& o);
Expected<csv::Period> period_option(const json& o);
// "confidence" (0.80–0.99; text from the CLI accepted) and "interval_method".
Expected<inference::IntervalOptions> interval_options_of(const json& o);

// The sections every dataset report shares: "rows", "skipped_reasons",
// "dialect", "headers", "preview", "bytes", and the table's warnings appended
// to `warnings`. `reason_text` words each skip reason (core/datasets/skip_reasons.hpp).
using ReasonText = Localized (*)(std::string_view code);
void add_table_sections(json& report, const datasets::TableStream& table, const datasets::RowAccounting& rows,
                        std::optional<csv::DateOrder> date_order, ReasonText reason_text, Lang lang);

// "columns" (role → header name or null) and "column_reasons" (role → its
// 1-based index and why it was chosen) for the roles a dataset reads.
using NamedColumn = std::pair<const char*, const datasets::ResolvedColumn*>;
// Each role's entry also carries "by_user" and "runners_up" ([{index, name}]
// best first), so the page can offer "did you mean …".
void add_columns(json& report, std::initializer_list<NamedColumn> columns, Lang lang);

// "profile": {"id", "name"} of the export format recognised, or null.
json profile_json(const datasets::ExportProfile* p, Lang lang);

// The options with "columns": {"role": "name", …} (the CLI's repeatable
// --column ROLE=NAME) spread into each "<role>_column" option. A role the
// dataset does not read, or one given twice differently, is an error.
Expected<json> with_column_roles(const json& o, std::span<const std::string_view> roles);

}  // namespace polso::api
