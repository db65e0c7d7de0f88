// The words of a skipped row's reason: the shared reasons the same for every
// dataset, each dataset's own, and a plain sentence for any other code.
#include "core/datasets/skip_reasons.hpp"

#include <gtest/gtest.h>

#include <string>

namespace polso::datasets {
namespace {

using Words = Localized (*)(std::string_view);

TEST(SkipReasons, SharedReasonsReadTheSameEverywhere) {
  for (Words words : {survey_skip_reason, orders_skip_reason, conversations_skip_reason, counts_skip_reason}) {
    EXPECT_EQ(words("empty_row").en, "The row is empty.");
    EXPECT_EQ(words("empty_row").it, "La riga è vuota.");
    EXPECT_EQ(words("ambiguous_date").en, "The date could be day-first or month-first.");
    EXPECT_EQ(words("not_a_date").it, "La data non è leggibile.");
    EXPECT_EQ(words("blank_date").en, "The date cell is empty.");
    EXPECT_EQ(words("no_such_code").en, "The row could not be used.");
    EXPECT_EQ(words("no_such_code").it, "La riga non è utilizzabile.");
  }
}

TEST(SkipReasons, EachDatasetsOwn) {
  const struct {
    Words words;
    const char* code;
    const char* en;
  } cases[] = {
      {survey_skip_reason, "blank", "The score cell is empty."},
      {survey_skip_reason, "out_of_range", "The score is outside the survey's scale."},
      {orders_skip_reason, "blank", "The row could not be used."},  // a survey's reason, not an order's
      {orders_skip_reason, "not_an_amount", "The amount is not a number."},
      {orders_skip_reason, "customer_id_too_long", "The customer id is longer than 1 MB."},
      {conversations_skip_reason, "negative_duration", "A duration is negative."},
      {conversations_skip_reason, "not_an_amount", "The row could not be used."},
      {counts_skip_reason, "blank", "The row could not be used."},
  };
  for (const auto& c : cases) EXPECT_EQ(c.words(c.code).en, c.en) << c.code;
  // Every reason has both languages, and no door's flag.
  for (Words words : {survey_skip_reason, orders_skip_reason, conversations_skip_reason})
    for (const char* code : {"blank", "bad_count", "not_paid", "duplicate_order", "not_a_sale", "order_line_apart",
                             "bad_created", "mixed_time_zones", "bad_resolution_time"}) {
      const Localized w = words(code);
      EXPECT_FALSE(w.en.empty()) << code;
      EXPECT_FALSE(w.it.empty()) << code;
      EXPECT_EQ(std::string(w.en).find("--"), std::string::npos) << code;
    }
}

}  // namespace
}  // namespace polso::datasets
