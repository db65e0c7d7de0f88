#include "core/text/term_sketch.hpp"

#include <algorithm>

#include "core/budgets.hpp"
#include "core/datasets/id_hash.hpp"

namespace polso::text {

std::string_view TermCounts::display() const {
  if (surfaces.empty()) return {};
  const auto* best = &surfaces.front();
  for (const auto& s : surfaces)
    if (s.second > best->second) best = &s;
  return best->first;
}

TermSketch::TermSketch(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {
  terms_.reserve(2 * capacity_ + 1);  // no rehash as terms come and go
}

std::uint8_t TermSketch::add_surface(TermCounts& t, std::string_view surface, std::uint64_t n) {
  for (std::size_t i = 0; i < t.surfaces.size(); ++i)
    if (t.surfaces[i].first == surface) {
      t.surfaces[i].second += n;
      return static_cast<std::uint8_t>(i);
    }
  if (t.surfaces.size() >= kMaxSurfaces) return kMaxSurfaces;
  t.surfaces.emplace_back(std::string(surface), n);
  return static_cast<std::uint8_t>(t.surfaces.size() - 1);
}

TermCounts& TermSketch::add(std::string_view key, std::uint64_t n, std::string_view surface, std::uint8_t* surface_at) {
  auto it = terms_.find(key);
  if (it == terms_.end()) {
    if (terms_.size() >= 2 * capacity_) prune();
    it = terms_.emplace(std::string(key), TermCounts{}).first;
    it->second.count = floor_;
    it->second.error = floor_;
  }
  TermCounts& t = it->second;
  const std::uint8_t at = count(t, n, surface);
  if (surface_at) *surface_at = at;
  return t;
}

const TermCounts* TermSketch::find(std::string_view key) const {
  auto it = terms_.find(key);
  return it == terms_.end() ? nullptr : &it->second;
}

// Keeps the `capacity_` terms with the highest counts; among equal counts at
// the cut, those with the smaller key hash (a platform-independent order).
// Two passes over the table, no string copied.
void TermSketch::prune() {
  if (terms_.size() <= capacity_) return;
  ++epoch_;
  std::vector<std::uint64_t> counts;
  counts.reserve(terms_.size());
  for (const auto& [k, v] : terms_) counts.push_back(v.count);
  std::nth_element(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(capacity_ - 1), counts.end(),
                   std::greater<>());
  const std::uint64_t cut = counts[capacity_ - 1];  // the capacity-th highest count
  std::size_t above = 0;
  std::vector<std::uint64_t> tied;
  for (const auto& [k, v] : terms_) {
    if (v.count > cut) ++above;
    else if (v.count == cut) tied.push_back(datasets::hash_id(k));
  }
  const std::size_t keep_tied = capacity_ - above;  // >= 1
  std::nth_element(tied.begin(), tied.begin() + static_cast<std::ptrdiff_t>(keep_tied - 1), tied.end());
  const std::uint64_t last_hash = tied[keep_tied - 1];
  for (auto it = terms_.begin(); it != terms_.end();) {
    const bool keep = it->second.count > cut || (it->second.count == cut && datasets::hash_id(it->first) <= last_hash);
    if (keep) {
      ++it;
    } else {
      floor_ = std::max(floor_, it->second.count);
      it = terms_.erase(it);
    }
  }
}

void TermSketch::merge(const TermSketch& other) {
  ++epoch_;
  // A term held by one side only may have had up to the other's floor there.
  for (auto& [k, v] : terms_)
    if (!other.terms_.contains(k)) {
      v.count += other.floor_;
      v.error += other.floor_;
    }
  for (const auto& [k, v] : other.terms_) {
    auto it = terms_.find(k);
    if (it == terms_.end()) {
      TermCounts t = v;
      t.count += floor_;
      t.error += floor_;
      terms_.emplace(k, std::move(t));
      continue;
    }
    TermCounts& t = it->second;
    t.count += v.count;
    t.error += v.error;
    t.docs += v.docs;
    for (const auto& s : v.surfaces) add_surface(t, s.first, s.second);
    for (const auto& e : v.examples)
      if (t.examples.size() < budget::kCommentExamples) t.examples.push_back(e);
  }
  floor_ += other.floor_;  // a term held by neither had at most both floors
  if (terms_.size() > 2 * capacity_) prune();
}

}  // namespace polso::text
