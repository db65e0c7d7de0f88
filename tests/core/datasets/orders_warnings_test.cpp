// An orders report's warnings: the report's own, then the day/month note when
// the file's dates could be read either way (every day 12 or less).
#include "core/datasets/orders_warnings.hpp"

#include <gtest/gtest.h>

#include <string>

namespace polso::datasets {
namespace {

struct Case {
  const char* name;
  std::string csv;
  bool date_note;
};

TEST(OrdersWarnings, TheReportsOwnThenTheDayMonthNote) {
  const Case cases[] = {
      // 03/04 and 05/06: day first or month first, the data cannot tell.
      {"every day 12 or less", "customer,date,amount\na,03/04/2025,10\nb,05/06/2025,20\n", true},
      // 25/04: only day first reads it.
      {"a day above 12", "customer,date,amount\na,25/04/2025,10\nb,05/06/2025,20\n", false},
      // ISO dates are never ambiguous.
      {"ISO dates", "customer,date,amount\na,2025-04-03,10\nb,2025-06-05,20\n", false},
  };
  for (const Case& c : cases) {
    OrdersAnalysis a({.table = {.fallback_date_order = csv::DateOrder::mdy}});  // the page language's order
    ASSERT_FALSE(a.feed(c.csv)) << c.name;
    ASSERT_FALSE(a.finish()) << c.name;
    auto r = orders_report(a.aggregate(), {});
    ASSERT_TRUE(r.ok()) << c.name << ": " << r.error().message_en;
    const auto ws = orders_warnings(a, *r);
    ASSERT_EQ(ws.size(), r->warnings.size() + (c.date_note ? 1 : 0)) << c.name;
    for (std::size_t i = 0; i < r->warnings.size(); ++i) EXPECT_EQ(ws[i].code, r->warnings[i].code) << c.name;
    if (c.date_note) EXPECT_EQ(ws.back().code, "date_order_ambiguous") << c.name;
  }
}

}  // namespace
}  // namespace polso::datasets
