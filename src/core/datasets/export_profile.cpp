#include "core/datasets/export_profile.hpp"

#include <algorithm>

#include "core/csv/columns.hpp"
#include "core/csv/numbers.hpp"

namespace polso::datasets {
namespace {

std::vector<std::string> folded_headers(const std::vector<std::string>& headers) {
  std::vector<std::string> out;
  out.reserve(headers.size());
  for (const auto& h : headers) out.push_back(csv::fold_for_matching(csv::trim(h)));
  return out;
}

// A header equals `name`, or its first row does ("Question - Response").
bool header_is(const std::string& folded, std::string_view name) {
  if (folded == name) return true;
  const std::size_t joint = folded.find(" - ");
  return joint != std::string::npos && std::string_view(folded).substr(0, joint) == name;
}

std::optional<std::size_t> find_header(const std::vector<std::string>& folded, std::string_view name) {
  for (std::size_t i = 0; i < folded.size(); ++i)
    if (folded[i] == name) return i;
  for (std::size_t i = 0; i < folded.size(); ++i)
    if (header_is(folded[i], name)) return i;
  // A name with a note in brackets the tool adds: Intercom's
  // "Conversation started at (America/New_York)" names the time zone.
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const std::string& h = folded[i];
    if (h.size() > name.size() + 3 && h.compare(0, name.size(), name) == 0 && h.compare(name.size(), 2, " (") == 0 &&
        h.back() == ')')
      return i;
  }
  return std::nullopt;
}

// A name written "^name" must be the first column (Google Forms' lone
// timestamp is only telling there).
bool signature_holds(const ExportProfile& p, const std::vector<std::string>& folded) {
  bool all = !p.signature.empty();
  each_name(p.signature, [&](std::string_view name) {
    if (name.starts_with('^')) all = all && !folded.empty() && header_is(folded.front(), name.substr(1));
    else all = all && find_header(folded, name).has_value();
  });
  return all;
}

std::size_t signature_size(const ExportProfile& p) {
  std::size_t n = 0;
  each_name(p.signature, [&](std::string_view) { ++n; });
  return n;
}

}  // namespace

std::span<const ExportProfile> export_profiles() {
  static const std::vector<ExportProfile> all = [] {
    std::vector<ExportProfile> v;
    for (auto table : {order_profiles(), survey_profiles(), support_profiles()}) v.insert(v.end(), table.begin(), table.end());
    return v;
  }();
  return all;
}

const ExportProfile* match_profile(const std::vector<std::string>& headers, std::optional<DatasetKind> kind) {
  const std::vector<std::string> folded = folded_headers(headers);
  const ExportProfile* best = nullptr;
  std::size_t best_size = 0;
  for (const ExportProfile& p : export_profiles()) {
    if (kind && p.kind != *kind) continue;
    if (!signature_holds(p, folded)) continue;
    const std::size_t size = signature_size(p);
    if (size > best_size) best = &p, best_size = size;
  }
  return best;
}

std::optional<std::size_t> profile_column(const ExportProfile& p, std::string_view role,
                                          const std::vector<std::string>& headers) {
  const std::vector<std::string> folded = folded_headers(headers);
  for (const ProfileColumn& c : p.columns) {
    if (c.role != role) continue;
    std::optional<std::size_t> found;
    each_name(c.headers, [&](std::string_view name) {
      if (!found) found = find_header(folded, name);
    });
    if (found) return found;
  }
  return std::nullopt;
}

DurationUnit profile_unit(const ExportProfile& p, std::string_view role) {
  for (const ProfileColumn& c : p.columns)
    if (c.role == role) return c.unit;
  return DurationUnit::none;
}

Meaning meaning_of(std::string_view cell, const ExportProfile* p, std::span<const VocabularyEntry> generic) {
  const std::string folded = csv::fold_for_matching(csv::trim(cell));
  if (folded.empty()) return Meaning::none;
  Meaning found = Meaning::none;
  auto look = [&](std::span<const VocabularyEntry> words) {
    for (const VocabularyEntry& e : words) {
      if (found != Meaning::none || e.meaning == Meaning::none) continue;
      each_name(e.words, [&](std::string_view w) {
        if (found == Meaning::none && folded == w) found = e.meaning;
      });
    }
  };
  if (p) look(p->words);
  look(generic);
  return found;
}

}  // namespace polso::datasets
