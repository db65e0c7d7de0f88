#include "core/datasets/comment_column.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include "core/csv/columns.hpp"
#include "core/csv/dates.hpp"
#include "core/csv/numbers.hpp"

namespace polso::datasets {
namespace {

// Folded words a comment column's name contains, most telling first.
constexpr std::string_view kCommentWords[] = {
    "comment", "why", "perche", "reason", "motiv", "feedback", "pourquoi", "porque", "por que", "warum",
    "comentario", "kommentar", "begrundung", "verbatim", "remark", "osservazion", "suggeriment", "suggestion",
    "explain", "spiega", "tell us", "dicci", "raison", "razon", "grund", "anmerkung", "opinion", "opinione"};
// Names that hold text that is not an opinion.
constexpr std::string_view kNotComments[] = {"mail", "address", "indirizzo", "adresse", "direccion", "endereco",
                                             "street", "url", "link", "phone", "telefono", "user agent"};

struct TextShape {
  std::size_t non_empty = 0, with_letters = 0, distinct = 0;
  double mean_words = 0;
  bool text() const { return non_empty > 0 && with_letters * 2 >= non_empty; }
  bool free_text() const { return text() && non_empty >= 3 && mean_words >= 3 && distinct * 2 >= non_empty; }
};

TextShape shape_of(std::span<const std::vector<std::string>> sample, std::size_t col) {
  TextShape s;
  std::set<std::string_view> values;
  std::size_t words = 0;
  for (const auto& row : sample) {
    if (col >= row.size()) continue;
    const std::string_view v = csv::trim(row[col]);
    if (v.empty()) continue;
    ++s.non_empty;
    if (values.size() < 1000) values.insert(v);
    const bool email = v.find('@') != std::string_view::npos && v.find(' ') == std::string_view::npos;
    const bool letters = std::any_of(v.begin(), v.end(), [](char c) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? true : static_cast<unsigned char>(c) >= 0xC0;
    });
    if (letters && !email && !csv::parse_date(v, csv::DateOrder::unknown).ok()) ++s.with_letters;
    bool in_word = false;
    for (char c : v) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
  }
  s.distinct = values.size();
  s.mean_words = s.non_empty ? static_cast<double>(words) / static_cast<double>(s.non_empty) : 0;
  return s;
}

}  // namespace

ResolvedColumn guess_comment_column(const std::vector<std::string>& headers,
                                    std::span<const std::vector<std::string>> sample,
                                    std::span<const std::int64_t> exclude) {
  struct Candidate {
    std::size_t index;
    int rank;  // lower is better: the name's word, then values alone
    double mean_words;
    std::string_view word;
  };
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    if (std::find(exclude.begin(), exclude.end(), static_cast<std::int64_t>(i)) != exclude.end()) continue;
    const std::string name = csv::fold_for_matching(csv::trim(headers[i]));
    if (std::any_of(std::begin(kNotComments), std::end(kNotComments),
                    [&](std::string_view w) { return name == w || name.find(w) != std::string::npos; }))
      continue;
    const TextShape shape = shape_of(sample, i);
    int rank = -1;
    std::string_view word;
    for (std::size_t k = 0; k < std::size(kCommentWords); ++k)
      if (name.find(kCommentWords[k]) != std::string::npos) {
        rank = static_cast<int>(k);
        word = kCommentWords[k];
        break;
      }
    if (rank >= 0 && shape.text()) candidates.push_back({i, rank, shape.mean_words, word});
    else if (shape.free_text()) candidates.push_back({i, static_cast<int>(std::size(kCommentWords)), shape.mean_words, {}});
  }
  if (candidates.empty()) return {};
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.rank != b.rank ? a.rank < b.rank : a.mean_words > b.mean_words;
  });
  const Candidate& best = candidates.front();
  ResolvedColumn r;
  r.index = static_cast<std::int64_t>(best.index);
  r.name = headers[best.index];
  if (!best.word.empty()) {
    r.reason_en = "The name contains “" + std::string(best.word) + "” and the answers are text.";
    r.reason_it = "Il nome contiene “" + std::string(best.word) + "” e le risposte sono testo.";
  } else {
    r.reason_en = "The answers are free text: several words each, rarely repeated.";
    r.reason_it = "Le risposte sono testo libero: più parole ciascuna, raramente ripetute.";
  }
  for (std::size_t k = 1; k < candidates.size() && r.runners_up.size() < ResolvedColumn::kMaxRunnersUp; ++k)
    r.runners_up.push_back({static_cast<std::int64_t>(candidates[k].index), headers[candidates[k].index]});
  return r;
}

}  // namespace polso::datasets
