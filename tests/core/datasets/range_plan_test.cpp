// The plan of reading one file in byte ranges, step by step, as a door
// drives it: the head fed through line feeds until it can part, the cuts
// moved to guessed record starts, and the merge rereading two ranges as one
// when the first does not end between two records.
#include "core/datasets/range_plan.hpp"

#include <gtest/gtest.h>

#include "core/datasets/byte_ranges.hpp"

#include <string>

namespace polso::datasets {
namespace {

using HeadStep = RangePlan::HeadStep;
using MergeStep = RangePlan::MergeStep;

TEST(RangePlanHead, FeedsThroughTheLastLineFeedOfWhatWasRead) {
  RangePlan plan(1000, 2);
  plan.head_fed(100);
  const auto next = plan.head_next(50, 39);
  EXPECT_EQ(next.step, HeadStep::feed);
  EXPECT_EQ(next.bytes, 40u);
  plan.head_fed(next.bytes);
  EXPECT_EQ(plan.head_end(), 140u);
}

TEST(RangePlanHead, ReadsOnWithoutALineFeedUntilTheFileEnds) {
  RangePlan plan(1000, 2);
  plan.head_fed(100);
  EXPECT_EQ(plan.head_next(0, std::nullopt).step, HeadStep::read_more);
  EXPECT_EQ(plan.head_next(800, std::nullopt).step, HeadStep::read_more);
  EXPECT_EQ(plan.head_next(900, std::nullopt).step, HeadStep::in_sequence);  // all read, no record end
}

TEST(RangePlanHead, AHeadPastItsCapGoesOnInSequence) {
  RangePlan plan(RangePlan::kMaxHeadBytes * 4, 2);
  plan.head_fed(RangePlan::kMaxHeadBytes - 10);
  EXPECT_EQ(plan.head_next(10, 5).step, HeadStep::feed);
  EXPECT_EQ(plan.head_next(11, 5).step, HeadStep::in_sequence);
}

TEST(RangePlanHead, AHeadThatIsTheWholeFileLeavesNoRest) {
  RangePlan plan(100, 4);
  plan.head_fed(100);
  EXPECT_FALSE(plan.has_rest());
}

// A plan over `file` after a head of `head` bytes, its windows read from the file.
RangePlan planned(const std::string& file, std::uint64_t head, std::size_t parts) {
  RangePlan plan(file.size(), parts);
  plan.head_fed(head);
  for (std::uint64_t cut : plan.cuts()) plan.add_window(cut, std::string_view(file).substr(cut, kRangeWindowBytes), ',', '"');
  return plan;
}

TEST(RangePlanRanges, CutsMoveToTheNextRecordStart) {
  //                  0         1          2          3
  //                  0123456 7890123 4567890 1234567 8
  const std::string file = "h,x\n1,a\n2,b\n3,c\n4,d\n5,e\n6,f\n";  // 28 bytes
  RangePlan plan = planned(file, 4, 3);                             // cuts at 12, 20
  ASSERT_EQ(plan.ranges(), 3u);
  EXPECT_EQ(plan.range(0).from, 4u);
  EXPECT_EQ(plan.range(0).to, 16u);  // the cut at 12 ("3,c") moved past the next line feed
  EXPECT_EQ(plan.range(1).from, 16u);
  EXPECT_EQ(plan.range(1).to, 24u);
  EXPECT_FALSE(plan.range(1).ends_file);
  EXPECT_EQ(plan.range(2).to, 28u);
  EXPECT_TRUE(plan.range(2).ends_file);
}

TEST(RangePlanRanges, AGuessThatLeavesNothingIsDropped) {
  const std::string file = "h\n1\n2\n33333333";  // no line feed after the last cut's window
  RangePlan plan = planned(file, 2, 4);
  for (std::size_t i = 0; i + 1 < plan.ranges(); ++i) EXPECT_LT(plan.range(i).from, plan.range(i).to);
  EXPECT_EQ(plan.range(plan.ranges() - 1).to, file.size());
}

TEST(RangePlanMerge, AbsorbsInFileOrderAfterTheHeadsLines) {
  const std::string file = "h,x\n1,a\n2,b\n3,c\n4,d\n5,e\n6,f\n";
  RangePlan plan = planned(file, 4, 3);
  plan.start_merge(1);
  for (std::size_t i = 0; i < 3; ++i) {
    ASSERT_FALSE(plan.merged());
    EXPECT_EQ(plan.span_first(), i);
    EXPECT_EQ(plan.judge({true, true, 2}), MergeStep::absorb);
    EXPECT_EQ(plan.line_offset(), 1 + 2 * i);
    plan.absorbed(2);
  }
  EXPECT_TRUE(plan.merged());
  EXPECT_EQ(plan.rereads(), 0u);
}

TEST(RangePlanMerge, ARangeEndingInsideARecordIsReadAgainWithTheNext) {
  const std::string file = "h,x\n1,a\n2,b\n3,c\n4,d\n5,e\n6,f\n";
  RangePlan plan = planned(file, 4, 3);
  plan.start_merge(1);
  EXPECT_EQ(plan.judge({true, false, 2}), MergeStep::reread);
  EXPECT_EQ(plan.span().from, 4u);
  EXPECT_EQ(plan.span().to, 24u);  // ranges 0 and 1 as one
  EXPECT_EQ(plan.judge({true, true, 4}), MergeStep::absorb);
  plan.absorbed(4);
  EXPECT_EQ(plan.span_first(), 2u);
  EXPECT_EQ(plan.line_offset(), 5u);
  // The last range ends the file: an unfinished record there is the file's last.
  EXPECT_EQ(plan.judge({true, false, 1}), MergeStep::absorb);
  plan.absorbed(1);
  EXPECT_TRUE(plan.merged());
  EXPECT_EQ(plan.rereads(), 1u);
}

TEST(RangePlanMerge, AFailedRangeSendsTheDoorBackToASequence) {
  const std::string file = "h,x\n1,a\n2,b\n3,c\n";
  RangePlan plan = planned(file, 4, 2);
  plan.start_merge(1);
  EXPECT_EQ(plan.judge({false, true, 2}), MergeStep::in_sequence);
}

TEST(RangeFinishes, OnlyARangeThatEndsARecordOrTheFile) {
  EXPECT_TRUE(range_finishes(true, false));
  EXPECT_TRUE(range_finishes(false, true));
  EXPECT_FALSE(range_finishes(false, false));
}

}  // namespace
}  // namespace polso::datasets
