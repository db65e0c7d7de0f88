// Part states as bytes, in the core (the api's analyze_part_state_test checks
// whole reports through bytes): a survey and a conversations state built by
// hand come back with the values put in; bytes of the other kind, another
// version, a changed magic or cut short at any length are refused with
// part_state_invalid — an Error value, never a crash.
#include "core/datasets/part_state.hpp"

#include <gtest/gtest.h>

#include <string>

namespace polso::datasets {
namespace {

SurveyPartState a_survey_state() {
  SurveyPartState s;
  s.aggregate.add(10, "2025-01", "Italy");
  s.aggregate.add(3, "2025-01", "");
  s.aggregate.add(7, "2025-02", "France", 4);  // 4 answers of 7 in one row
  s.aggregate.skip("no_score", 5);
  s.comments.emplace(2, text::Language::it);
  s.comments->group(0).comments = 2;
  s.comments->group(0).occurrences = 3;
  s.comments->group(0).terms.add("lent", 2, "lento").examples.push_back("lento, lento");
  s.comments->group(1).terms.add("ottim", 1, "ottimo");
  s.long_segment_names = true;
  s.table.bytes_read = 1234;
  s.table.ragged_rows = 2;
  return s;
}

TEST(PartState, SurveyRoundTrip) {
  const SurveyPartState in = a_survey_state();
  const Expected<SurveyPartState> out = load_survey_part_state(save_part_state(in));
  ASSERT_TRUE(out.ok()) << out.error().code;
  // Answers: 1 + 1 + 4 = 6; rows: 3 used, 1 skipped.
  EXPECT_DOUBLE_EQ(out->aggregate.overall().total(), 6);
  EXPECT_DOUBLE_EQ(out->aggregate.overall().counts[7], 4);
  EXPECT_DOUBLE_EQ(out->aggregate.periods().at("2025-01").total(), 2);
  EXPECT_DOUBLE_EQ(out->aggregate.segments().at("France").total(), 4);
  EXPECT_EQ(out->aggregate.rows().used_rows(), 3u);
  EXPECT_EQ(out->aggregate.rows().skipped_rows(), 1u);
  EXPECT_EQ(out->aggregate.rows().reasons().at("no_score").first_rows, std::vector<std::uint64_t>{5});
  ASSERT_TRUE(out->comments.has_value());
  EXPECT_EQ(out->comments->language(), text::Language::it);
  ASSERT_EQ(out->comments->groups().size(), 2u);
  EXPECT_EQ(out->comments->groups()[0].comments, 2u);
  EXPECT_EQ(out->comments->groups()[0].occurrences, 3u);
  const text::TermCounts* lent = out->comments->groups()[0].terms.find("lent");
  ASSERT_NE(lent, nullptr);
  EXPECT_EQ(lent->count, 2u);
  EXPECT_EQ(lent->docs, 1u);
  EXPECT_EQ(lent->display(), "lento");
  EXPECT_EQ(lent->examples, std::vector<std::string>{"lento, lento"});
  EXPECT_NE(out->comments->groups()[1].terms.find("ottim"), nullptr);
  EXPECT_FALSE(out->focus.has_value());
  EXPECT_FALSE(out->rising.has_value());
  EXPECT_TRUE(out->long_segment_names);
  EXPECT_EQ(out->table.bytes_read, 1234u);
  EXPECT_EQ(out->table.ragged_rows, 2u);
  // Saving what was loaded gives the same bytes.
  EXPECT_EQ(save_part_state(*out), save_part_state(in));
}

TEST(PartState, ConversationsRoundTrip) {
  ConversationsPartState in;
  in.aggregate.skip("no_date", 9);
  in.first_id = "T-1";
  in.last_id = "T-9";
  in.table.nul_bytes = 3;
  const Expected<ConversationsPartState> out = load_conversations_part_state(save_part_state(in));
  ASSERT_TRUE(out.ok()) << out.error().code;
  EXPECT_EQ(out->aggregate.rows().skipped_rows(), 1u);
  EXPECT_EQ(out->first_id, std::optional<std::string>("T-1"));
  EXPECT_EQ(out->last_id, "T-9");
  EXPECT_EQ(out->table.nul_bytes, 3u);
  EXPECT_EQ(save_part_state(*out), save_part_state(in));

  in.first_id.reset();  // no used row: no first id
  const Expected<ConversationsPartState> none = load_conversations_part_state(save_part_state(in));
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->first_id.has_value());
}

void expect_refused(const Error& e, const std::string& what) {
  EXPECT_EQ(e.code, "part_state_invalid") << what;
  EXPECT_FALSE(e.message_en.empty()) << what;
  EXPECT_FALSE(e.message_it.empty()) << what;
}

TEST(PartState, BytesThatAreNoStateAreRefused) {
  const std::string survey = save_part_state(a_survey_state());
  const std::string conversations = save_part_state(ConversationsPartState{});
  // The header: magic (bytes 0–7), version (8–15), kind (16–23), little-endian.
  std::string other_version = survey;
  other_version[8] = static_cast<char>(kPartStateVersion + 1);
  std::string other_magic = survey;
  other_magic[0] = 'X';
  struct Case {
    const char* what;
    std::string bytes;
  };
  const Case cases[] = {
      {"empty", ""},
      {"text", "hello, this is not a state at all"},
      {"another version", other_version},
      {"another magic", other_magic},
      {"a conversations state", conversations},
      {"trailing bytes", survey + "x"},
  };
  for (const Case& c : cases) {
    const auto loaded = load_survey_part_state(c.bytes);
    ASSERT_FALSE(loaded.ok()) << c.what;
    expect_refused(loaded.error(), c.what);
  }
  const auto as_conversations = load_conversations_part_state(survey);
  ASSERT_FALSE(as_conversations.ok());
  expect_refused(as_conversations.error(), "a survey state as conversations");

  // Cut short at every length: refused each time, never a crash.
  for (std::size_t n = 0; n < survey.size(); ++n) {
    const auto cut = load_survey_part_state(std::string_view(survey).substr(0, n));
    EXPECT_FALSE(cut.ok()) << n;
  }
  for (std::size_t n = 0; n < conversations.size(); ++n)
    EXPECT_FALSE(load_conversations_part_state(std::string_view(conversations).substr(0, n)).ok()) << n;
}

}  // namespace
}  // namespace polso::datasets
