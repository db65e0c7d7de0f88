#include "core/datasets/column_choice.hpp"

#include <algorithm>

#include "core/csv/numbers.hpp"
#include "core/problems.hpp"

namespace polso::datasets {

std::string column_list(const std::vector<std::string>& headers) {
  std::string out;
  for (std::size_t i = 0; i < headers.size() && i < 30; ++i) out += (i ? ", " : "") + ("“" + headers[i] + "”");
  if (headers.size() > 30) out += ", …";
  return out;
}

Expected<ResolvedColumn> choose_column(const std::vector<std::string>& headers,
                                       const std::optional<std::string>& wanted, std::string_view field,
                                       ResolvedColumn automatic) {
  if (!wanted) return automatic;
  const std::string w = csv::fold_for_matching(csv::trim(*wanted));
  // An empty choice, or "(none)", means the file has no such column.
  if (w.empty() || w == "(none)" || w == "none") return ResolvedColumn{};
  for (std::size_t i = 0; i < headers.size(); ++i)
    if (csv::fold_for_matching(csv::trim(headers[i])) == w)
      return ResolvedColumn{static_cast<std::int64_t>(i), headers[i], "Chosen by you.", "Scelta da te."};
  if (!w.empty() && w.size() < 7 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const auto n = std::stoll(w);
    if (n >= 1 && n <= static_cast<long long>(headers.size()))
      return ResolvedColumn{n - 1, headers[static_cast<std::size_t>(n - 1)], "Chosen by you.", "Scelta da te."};
  }
  const std::string list = column_list(headers);
  return problems::invalid(field, "column_not_found",
                           {"There is no column called “" + *wanted + "”. The columns are: " + list + ".",
                            "Non c’è una colonna chiamata “" + *wanted + "”. Le colonne sono: " + list + "."});
}

ResolvedColumn column_named(const std::vector<std::string>& headers, std::initializer_list<std::string_view> names) {
  for (std::size_t i = 0; i < headers.size(); ++i) {
    const std::string h = csv::fold_for_matching(csv::trim(headers[i]));
    for (auto n : names)
      if (h == n)
        return {static_cast<std::int64_t>(i), headers[i], "Named “" + std::string(n) + "”.",
                "Si chiama “" + std::string(n) + "”."};
  }
  return {};
}

ResolvedColumn column_containing(const std::vector<std::string>& headers,
                                 std::initializer_list<std::string_view> keywords,
                                 std::span<const std::int64_t> exclude) {
  for (auto k : keywords)
    for (std::size_t i = 0; i < headers.size(); ++i) {
      if (std::find(exclude.begin(), exclude.end(), static_cast<std::int64_t>(i)) != exclude.end()) continue;
      if (csv::fold_for_matching(headers[i]).find(k) != std::string::npos)
        return {static_cast<std::int64_t>(i), headers[i],
                "The name contains “" + std::string(k) + "”.", "Il nome contiene “" + std::string(k) + "”."};
    }
  return {};
}

ResolvedColumn from_guess(const csv::ColumnChoice& c, const std::vector<std::string>& headers) {
  if (c.index < 0 || c.index >= static_cast<std::int64_t>(headers.size())) return {};
  return {c.index, headers[static_cast<std::size_t>(c.index)], c.reason_en, c.reason_it};
}

}  // namespace polso::datasets
