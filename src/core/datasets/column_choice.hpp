// Choosing a dataset's columns: from the user's word (a header name or a
// 1-based number), from plain names, or from the CSV engine's guess — always
// with the reason, so the page can show why.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv/columns.hpp"
#include "core/error.hpp"

namespace polso::datasets {

// Another column that could have held a role, for "did you mean …".
struct RunnerUp {
  std::int64_t index = -1;  // 0-based
  std::string name;
};

struct ResolvedColumn {
  std::int64_t index = -1;  // 0-based; -1 when the file has none
  std::string name;
  std::string reason_en, reason_it;
  bool by_user = false;            // named by the user, not guessed
  std::vector<RunnerUp> runners_up;  // the next-best guesses, best first (at most kMaxRunnersUp)
  static constexpr std::size_t kMaxRunnersUp = 3;

  bool found() const { return index >= 0; }
  // The row's cell in this column, or empty when absent or the row is short.
  std::string_view in(std::span<const std::string_view> fields) const {
    return index >= 0 && static_cast<std::size_t>(index) < fields.size() ? fields[static_cast<std::size_t>(index)]
                                                                          : std::string_view();
  }
};

// "“a”, “b”, “c”" for messages, at most 30 names.
std::string column_list(const std::vector<std::string>& headers);

// The user's choice if given (an error names the available columns; an empty
// choice or "(none)" means no column), otherwise `automatic`. A name matches
// exactly, then ignoring case and accents, then by the top row of a
// multi-row header ("Question" for "Question - Response") when only one
// column has that top row; a number 1..N is the N-th column.
Expected<ResolvedColumn> choose_column(const std::vector<std::string>& headers,
                                       const std::optional<std::string>& wanted, std::string_view field,
                                       ResolvedColumn automatic);

// The first column whose folded name equals one of `names`.
ResolvedColumn column_named(const std::vector<std::string>& headers, std::initializer_list<std::string_view> names);
// The first column whose folded name contains one of `keywords`.
ResolvedColumn column_containing(const std::vector<std::string>& headers,
                                 std::initializer_list<std::string_view> keywords,
                                 std::span<const std::int64_t> exclude = {});

ResolvedColumn from_guess(const csv::ColumnChoice& c, const std::vector<std::string>& headers);

// The column an export profile names for `role`, with the profile as the reason.
struct ExportProfile;
ResolvedColumn from_profile(const ExportProfile& p, std::string_view role, const std::vector<std::string>& headers);

}  // namespace polso::datasets
