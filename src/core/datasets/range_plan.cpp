#include "core/datasets/range_plan.hpp"

#include "core/datasets/byte_ranges.hpp"

namespace polso::datasets {

RangePlan::HeadNext RangePlan::head_next(std::uint64_t unfed, std::optional<std::uint64_t> last_line_feed) const {
  if (head_end_ + unfed > kMaxHeadBytes) return {HeadStep::in_sequence};
  if (last_line_feed && *last_line_feed < unfed) return {HeadStep::feed, *last_line_feed + 1};
  // No line feed: read on, unless the file has no more.
  return {head_end_ + unfed >= size_ ? HeadStep::in_sequence : HeadStep::read_more};
}

std::vector<std::uint64_t> RangePlan::cuts() const { return range_cuts(head_end_, size_, parts_); }

void RangePlan::add_window(std::uint64_t cut, std::string_view window, char delimiter, char quote) {
  const auto at = guess_record_start(window, delimiter, quote);
  const std::uint64_t before = guessed_.empty() ? head_end_ : guessed_.back();
  // A guess must move on and leave the range something to read.
  if (at && cut + *at > before && cut + *at < size_) guessed_.push_back(cut + *at);
}

RangePlan::Range RangePlan::span_of(std::size_t first, std::size_t last) const {
  const bool ends_file = last >= guessed_.size();
  return {first == 0 ? head_end_ : guessed_[first - 1], ends_file ? size_ : guessed_[last], ends_file};
}

void RangePlan::start_merge(std::uint64_t head_lines) {
  first_ = last_ = 0;
  line_offset_ = head_lines;
  rereads_ = 0;
}

RangePlan::MergeStep RangePlan::judge(const RangeEnd& end) {
  if (!end.ok) return MergeStep::in_sequence;
  if (!end.ends_clean && !span().ends_file) {
    ++last_;
    ++rereads_;
    return MergeStep::reread;
  }
  return MergeStep::absorb;
}

void RangePlan::absorbed(std::uint64_t lines) {
  line_offset_ += lines;
  first_ = last_ = last_ + 1;
}

}  // namespace polso::datasets
