#include "core/text/term_sketch.hpp"

#include <algorithm>

#include "core/budgets.hpp"

namespace polso::text {

std::string_view TermCounts::display() const {
  if (surfaces.empty()) return {};
  const auto* best = &surfaces.front();
  for (const auto& s : surfaces)
    if (s.second > best->second) best = &s;
  return best->first;
}

TermSketch::TermSketch(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {}

void TermSketch::add_surface(TermCounts& t, std::string_view surface, std::uint64_t n) {
  for (auto& s : t.surfaces)
    if (s.first == surface) {
      s.second += n;
      return;
    }
  if (t.surfaces.size() < kMaxSurfaces) t.surfaces.emplace_back(std::string(surface), n);
}

TermCounts& TermSketch::add(std::string_view key, std::uint64_t n, std::string_view surface) {
  auto it = terms_.find(key);
  if (it == terms_.end()) {
    if (terms_.size() >= 2 * capacity_) prune();
    it = terms_.emplace(std::string(key), TermCounts{}).first;
    it->second.count = floor_;
    it->second.error = floor_;
  }
  TermCounts& t = it->second;
  t.count += n;
  t.docs += 1;
  add_surface(t, surface, n);
  return t;
}

const TermCounts* TermSketch::find(std::string_view key) const {
  auto it = terms_.find(key);
  return it == terms_.end() ? nullptr : &it->second;
}

// Keeps the `capacity_` terms with the highest counts (ties: the smaller key).
void TermSketch::prune() {
  if (terms_.size() <= capacity_) return;
  std::vector<std::pair<std::uint64_t, const std::string*>> order;
  order.reserve(terms_.size());
  for (const auto& [k, v] : terms_) order.emplace_back(v.count, &k);
  std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(capacity_), order.end(),
                   [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : *a.second < *b.second; });
  std::vector<std::string> drop;
  for (std::size_t i = capacity_; i < order.size(); ++i) {
    floor_ = std::max(floor_, order[i].first);
    drop.push_back(*order[i].second);
  }
  for (const auto& k : drop) terms_.erase(k);
}

void TermSketch::merge(const TermSketch& other) {
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
