// Dates: calendar arithmetic, parsing of each accepted form, order voting and
// period keys (ISO week-years around New Year, leap days, 12 AM/PM).
#include <gtest/gtest.h>

#include "core/csv/dates.hpp"

namespace polso::csv {
namespace {

CivilDate date_of(std::string_view s, DateOrder o = DateOrder::unknown) {
  auto r = parse_date(s, o);
  EXPECT_TRUE(r.ok()) << "'" << s << "' gave " << date_issue_code(r.issue);
  return r.date;
}

std::int64_t utc_of(std::string_view s, DateOrder o = DateOrder::unknown) {
  auto r = parse_date(s, o);
  EXPECT_TRUE(r.ok()) << "'" << s << "' gave " << date_issue_code(r.issue);
  return r.utc_seconds;
}

DateIssue issue_of(std::string_view s, DateOrder o = DateOrder::unknown) { return parse_date(s, o).issue; }

TEST(Calendar, DaysFromCivilRoundTrips) {
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(days_from_civil(2000, 3, 1), 11017);
  EXPECT_EQ(days_from_civil(1969, 12, 31), -1);
  EXPECT_EQ(days_from_civil(2024, 2, 29) + 1, days_from_civil(2024, 3, 1));
  for (std::int64_t d = -800000; d <= 800000; d += 997) {
    const CivilDate c = civil_from_days(d);
    EXPECT_EQ(days_from_civil(c.year, c.month, c.day), d);
  }
  EXPECT_EQ(iso_weekday(days_from_civil(2024, 3, 15)), 5);  // a Friday
  EXPECT_EQ(iso_weekday(days_from_civil(1969, 12, 28)), 7);  // a Sunday
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_EQ(days_in_month(2023, 2), 28);
}

TEST(Calendar, IsoWeekAroundNewYear) {
  EXPECT_EQ(iso_week({2024, 12, 30}), (IsoWeek{2025, 1}));
  EXPECT_EQ(iso_week({2024, 12, 29}), (IsoWeek{2024, 52}));
  EXPECT_EQ(iso_week({2021, 1, 3}), (IsoWeek{2020, 53}));
  EXPECT_EQ(iso_week({2021, 1, 4}), (IsoWeek{2021, 1}));
  EXPECT_EQ(iso_week({2020, 12, 31}), (IsoWeek{2020, 53}));
  EXPECT_EQ(iso_week({2027, 1, 1}), (IsoWeek{2026, 53}));
  EXPECT_EQ(iso_week({2026, 1, 1}), (IsoWeek{2026, 1}));
  EXPECT_EQ(iso_week({2024, 2, 29}), (IsoWeek{2024, 9}));
}

TEST(PeriodKey, AllPeriods) {
  EXPECT_EQ(period_key({2024, 3, 5}, Period::day), "2024-03-05");
  EXPECT_EQ(period_key({2024, 12, 30}, Period::week), "2025-W01");
  EXPECT_EQ(period_key({2024, 3, 5}, Period::week), "2024-W10");
  EXPECT_EQ(period_key({2024, 3, 5}, Period::month), "2024-03");
  EXPECT_EQ(period_key({2024, 12, 30}, Period::month), "2024-12");
  EXPECT_EQ(period_key({2024, 3, 31}, Period::quarter), "2024-Q1");
  EXPECT_EQ(period_key({2024, 4, 1}, Period::quarter), "2024-Q2");
  EXPECT_EQ(period_key({2024, 12, 31}, Period::quarter), "2024-Q4");
  EXPECT_EQ(period_key({2024, 12, 30}, Period::year), "2024");
  EXPECT_EQ(period_key({999, 1, 2}, Period::day), "0999-01-02");
  EXPECT_EQ(parse_period("quarter"), Period::quarter);
  EXPECT_EQ(parse_period("fortnight"), std::nullopt);
}

TEST(ParseDate, IsoDatesAndTimes) {
  EXPECT_EQ(date_of("2024-03-15"), (CivilDate{2024, 3, 15}));
  EXPECT_EQ(utc_of("2024-03-15T10:20:30Z"), days_from_civil(2024, 3, 15) * 86400 + 37230);
  EXPECT_EQ(utc_of("2024-03-15 10:20"), days_from_civil(2024, 3, 15) * 86400 + 37200);
  EXPECT_EQ(utc_of("2024-03-15T10:20:30.250Z"), days_from_civil(2024, 3, 15) * 86400 + 37230);
  auto r = parse_date("2024-03-15T10:20:30+02:00", DateOrder::unknown);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.has_zone);
  EXPECT_EQ(r.offset_minutes, 120);
  EXPECT_EQ(r.utc_seconds, days_from_civil(2024, 3, 15) * 86400 + 37230 - 7200);
  EXPECT_EQ(utc_of("2024-03-15T10:20:30-0530"), days_from_civil(2024, 3, 15) * 86400 + 37230 + 19800);
}

TEST(ParseDate, ZoneKeepsLocalCalendarDateForBucketing) {
  // 23:30 in Rome on 31 March is 21:30 UTC: still March either way; but
  // 00:30 on 1 April in Rome is 22:30 UTC on 31 March — bucketed as April.
  auto r = parse_date("2024-04-01T00:30:00+02:00", DateOrder::unknown);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.date, (CivilDate{2024, 4, 1}));
  EXPECT_EQ(civil_from_days(r.utc_seconds / 86400), (CivilDate{2024, 3, 31}));
  EXPECT_EQ(period_key(r.date, Period::month), "2024-04");
}

TEST(ParseDate, DayMonthOrders) {
  EXPECT_EQ(date_of("15/03/2024"), (CivilDate{2024, 3, 15}));  // day > 12 decides
  EXPECT_EQ(date_of("03/15/2024"), (CivilDate{2024, 3, 15}));
  EXPECT_EQ(date_of("03/04/2024", DateOrder::dmy), (CivilDate{2024, 4, 3}));
  EXPECT_EQ(date_of("03/04/2024", DateOrder::mdy), (CivilDate{2024, 3, 4}));
  EXPECT_EQ(issue_of("03/04/2024"), DateIssue::ambiguous);
  EXPECT_EQ(date_of("05/05/2024"), (CivilDate{2024, 5, 5}));  // same either way
  EXPECT_EQ(date_of("15.03.2024", DateOrder::dmy), (CivilDate{2024, 3, 15}));
  EXPECT_EQ(date_of("15-03-24", DateOrder::dmy), (CivilDate{2024, 3, 15}));
  EXPECT_EQ(date_of("1/2/99", DateOrder::mdy), (CivilDate{1999, 1, 2}));
  EXPECT_EQ(date_of("2024/3/5"), (CivilDate{2024, 3, 5}));
  EXPECT_EQ(date_of("2024.03.05", DateOrder::mdy), (CivilDate{2024, 3, 5}));
  // An explicit order is obeyed: 15 is not a month.
  EXPECT_EQ(issue_of("15/03/2024", DateOrder::mdy), DateIssue::not_a_date);
}

TEST(ParseDate, LeapDays) {
  EXPECT_EQ(date_of("29/02/2024", DateOrder::dmy), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(issue_of("29/02/2023", DateOrder::dmy), DateIssue::not_a_date);
  EXPECT_EQ(date_of("2000-02-29"), (CivilDate{2000, 2, 29}));
  EXPECT_EQ(issue_of("1900-02-29"), DateIssue::not_a_date);
  EXPECT_EQ(issue_of("2024-04-31"), DateIssue::not_a_date);
}

TEST(ParseDate, AmPmTwelveOClock) {
  const std::int64_t day = days_from_civil(2024, 3, 15) * 86400;
  EXPECT_EQ(utc_of("03/15/2024 12:00 AM"), day);
  EXPECT_EQ(utc_of("03/15/2024 12:30:15 am"), day + 1815);
  EXPECT_EQ(utc_of("03/15/2024 12:00 PM"), day + 12 * 3600);
  EXPECT_EQ(utc_of("03/15/2024 1:05 PM"), day + 13 * 3600 + 300);
  EXPECT_EQ(utc_of("03/15/2024 11:59:59 p.m."), day + 86399);
  EXPECT_EQ(utc_of("03/15/2024 9:05AM"), day + 9 * 3600 + 300);
  EXPECT_EQ(issue_of("03/15/2024 13:00 PM"), DateIssue::not_a_date);
  EXPECT_EQ(issue_of("03/15/2024 0:00 AM"), DateIssue::not_a_date);
}

TEST(ParseDate, NamedZonesAndUnixTime) {
  const std::int64_t day = days_from_civil(2024, 3, 15) * 86400;
  EXPECT_EQ(utc_of("2024/03/15 10:23:45 AM GMT+1"), day + 10 * 3600 + 23 * 60 + 45 - 3600);
  EXPECT_EQ(utc_of("2024-03-15 10:00 UTC"), day + 36000);
  auto u = parse_date("1710498225", DateOrder::unknown);
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(u.utc_seconds, 1710498225);
  EXPECT_EQ(u.date, (CivilDate{2024, 3, 15}));
  EXPECT_EQ(utc_of("1710498225123"), 1710498225);
}

TEST(ParseDate, Rejects) {
  EXPECT_EQ(issue_of(""), DateIssue::blank);
  EXPECT_EQ(issue_of("  "), DateIssue::blank);
  EXPECT_EQ(issue_of("yesterday"), DateIssue::not_a_date);
  EXPECT_EQ(issue_of("12345"), DateIssue::not_a_date);
  EXPECT_EQ(issue_of("1.234,56"), DateIssue::not_a_date);
  EXPECT_EQ(issue_of("2024-13-01"), DateIssue::not_a_date);
  EXPECT_EQ(issue_of("2024-03-15 25:00"), DateIssue::not_a_date);
  EXPECT_EQ(issue_of("2024-03-15 10:61"), DateIssue::not_a_date);
  EXPECT_EQ(issue_of("2024-03/15"), DateIssue::not_a_date);
  EXPECT_EQ(issue_of("15/03/202"), DateIssue::not_a_date);
  EXPECT_EQ(issue_of("2024-03-15 extra"), DateIssue::not_a_date);
}

TEST(DateOrderVote, DecidesFromDaysAboveTwelve) {
  DateOrderVote v;
  for (auto s : {"01/02/2024", "03/04/2024", "25/04/2024", "not a date", ""}) v.add(s);
  EXPECT_EQ(v.dmy(), 1u);
  EXPECT_EQ(v.ambiguous(), 2u);
  EXPECT_EQ(v.decide(DateOrder::mdy), DateOrder::dmy);

  DateOrderVote us;
  us.add("12/31/2024 11:00 PM");
  us.add("01/02/2024");
  EXPECT_EQ(us.decide(DateOrder::dmy), DateOrder::mdy);

  DateOrderVote none;
  none.add("01/02/2024");
  EXPECT_EQ(none.decide(DateOrder::dmy), DateOrder::dmy);
  EXPECT_EQ(none.decide(DateOrder::mdy), DateOrder::mdy);

  DateOrderVote iso;
  iso.add("2024-03-15");
  EXPECT_EQ(iso.decide(DateOrder::dmy), DateOrder::ymd);
  EXPECT_EQ(parse_date_order("mdy"), DateOrder::mdy);
}

}  // namespace
}  // namespace polso::csv
