#include "core/datasets/column_choice.hpp"

#include <algorithm>

#include "core/csv/numbers.hpp"
#include "core/datasets/export_profile.hpp"
#include "core/problems.hpp"

namespace polso::datasets {

std::string column_list(const std::vector<std::string>& headers) {
  std::string out;
  for (std::size_t i = 0; i < headers.size() && i < 30; ++i) out += (i ? ", " : "") + problems::quoted(headers[i]);
  if (headers.size() > 30) out += ", …";
  return out;
}

Expected<ResolvedColumn> choose_column(const std::vector<std::string>& headers,
                                       const std::optional<std::string>& wanted, std::string_view field,
                                       ResolvedColumn automatic) {
  if (!wanted) return automatic;
  const std::string_view exact = csv::trim(*wanted);
  const std::string w = csv::fold_for_matching(exact);
  // An empty choice, or "(none)", means the file has no such column.
  if (w.empty() || w == "(none)" || w == "none") return ResolvedColumn{};
  auto chosen = [&](std::size_t i) {
    ResolvedColumn c{static_cast<std::int64_t>(i), headers[i], "Chosen by you.", "Scelta da te."};
    c.by_user = true;
    return c;
  };
  for (std::size_t i = 0; i < headers.size(); ++i)
    if (csv::trim(headers[i]) == exact) return chosen(i);
  for (std::size_t i = 0; i < headers.size(); ++i)
    if (csv::fold_for_matching(csv::trim(headers[i])) == w) return chosen(i);
  // The top row of a multi-row header: "Question" names "Question - Response".
  std::vector<std::size_t> by_top_row;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    const std::string h = csv::fold_for_matching(csv::trim(headers[i]));
    if (h.size() > w.size() + 3 && h.compare(0, w.size(), w) == 0 && h.compare(w.size(), 3, " - ") == 0)
      by_top_row.push_back(i);
  }
  if (by_top_row.size() > 1) {
    // SurveyMonkey puts a question's answer under "Response" and its "Other
    // (please specify)" text beside it: the question names the answer.
    std::vector<std::size_t> answers;
    for (std::size_t i : by_top_row) {
      const std::string rest = csv::fold_for_matching(csv::trim(headers[i])).substr(w.size() + 3);
      for (std::string_view word : {"response", "risposta", "reponse", "respuesta", "antwort", "resposta"})
        if (rest == word) answers.push_back(i);
    }
    if (answers.size() == 1) by_top_row = answers;
  }
  if (by_top_row.size() == 1) return chosen(by_top_row.front());
  if (by_top_row.size() > 1) {
    std::vector<std::string> names;
    for (std::size_t i : by_top_row) names.push_back(headers[i]);
    const std::string list = column_list(names);
    return problems::invalid(field, "column_ambiguous",
                             {"Several columns start with " + problems::quoted(*wanted) + ": " + list + ". Name one of them whole.",
                              "Più colonne iniziano con " + problems::quoted(*wanted) + ": " + list + ". Indicane una per intero."});
  }
  if (w.size() < 7 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const auto n = std::stoll(w);
    if (n >= 1 && n <= static_cast<long long>(headers.size())) return chosen(static_cast<std::size_t>(n - 1));
  }
  const std::string list = column_list(headers);
  return problems::invalid(field, "column_not_found",
                           {"There is no column called " + problems::quoted(*wanted) + ". The columns are: " + list + ".",
                            "Non c’è una colonna chiamata " + problems::quoted(*wanted) + ". Le colonne sono: " + list + "."});
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
  ResolvedColumn r{c.index, headers[static_cast<std::size_t>(c.index)], c.reason_en, c.reason_it};
  for (std::int64_t i : c.runners_up)
    if (i >= 0 && i < static_cast<std::int64_t>(headers.size()) && r.runners_up.size() < ResolvedColumn::kMaxRunnersUp)
      r.runners_up.push_back({i, headers[static_cast<std::size_t>(i)]});
  return r;
}

ResolvedColumn from_profile(const ExportProfile& p, std::string_view role, const std::vector<std::string>& headers) {
  const auto at = profile_column(p, role, headers);
  if (!at) return {};
  const std::string name_en(p.name_en), name_it(p.name_it);
  return {static_cast<std::int64_t>(*at), headers[*at], "The " + name_en + " puts it in this column.",
          "Nel formato " + name_it + " si trova in questa colonna."};
}

}  // namespace polso::datasets
