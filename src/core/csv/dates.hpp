// Dates in CSV exports: parsing (ISO 8601, d/m/y, m/d/y, y/m/d, Unix seconds),
// deciding the day/month order from the data, and period keys for grouping.
//
// Time zones: a value with a zone (Z, +02:00, GMT+1) gives an instant in UTC
// (`utc_seconds`), but `date` stays the calendar date as written, because a
// business reads "31 March, 23:30 in Rome" as a March answer. Values without a
// zone are taken as written (their `utc_seconds` treat the wall time as UTC).
// No <ctime>, no machine time zone: results are the same everywhere.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace polso::csv {

enum class DateOrder : std::uint8_t { unknown, dmy, mdy, ymd };
std::string_view date_order_name(DateOrder order);  // "unknown", "dmy", ...
std::optional<DateOrder> parse_date_order(std::string_view name);

struct CivilDate {
  std::int32_t year = 1970;
  std::int32_t month = 1;  // 1..12
  std::int32_t day = 1;    // 1..31
  bool operator==(const CivilDate&) const = default;
};

// Howard Hinnant's algorithms: days since 1970-01-01 and back, proleptic
// Gregorian calendar.
std::int64_t days_from_civil(std::int32_t y, std::int32_t m, std::int32_t d);
CivilDate civil_from_days(std::int64_t days);
bool is_leap_year(std::int32_t y);
std::int32_t days_in_month(std::int32_t y, std::int32_t m);
// 1 = Monday ... 7 = Sunday.
std::int32_t iso_weekday(std::int64_t days);

struct IsoWeek {
  std::int32_t year;  // the ISO week-year, which differs near 1 January
  std::int32_t week;  // 1..53
  bool operator==(const IsoWeek&) const = default;
};
IsoWeek iso_week(CivilDate date);

enum class DateIssue : std::uint8_t {
  none,
  blank,
  not_a_date,
  ambiguous,  // "03/04/2024" with no order given: day or month first?
};
std::string_view date_issue_code(DateIssue issue);

struct ParsedDate {
  CivilDate date;                 // local calendar date, as written
  std::int64_t utc_seconds = 0;   // the instant (see the note on zones above)
  bool has_time = false;
  bool has_zone = false;
  std::int32_t offset_minutes = 0;  // east of UTC
  DateIssue issue = DateIssue::none;
  bool ok() const { return issue == DateIssue::none; }
};

// Accepts, after trimming:
//   2024-03-15, 2024-03-15T10:20[:30[.123]][Z|±hh[:mm]], 2024/3/5 10:20,
//   15/03/2024, 03/15/2024, 15.03.24, 15-03-2024 (order from `order`;
//   with `unknown` a day > 12 decides, else the result is `ambiguous`),
//   optional time hh:mm[:ss] with AM/PM, and a zone Z, ±hh:mm, UTC, GMT±h;
//   10-digit Unix seconds and 13-digit Unix milliseconds (UTC).
// Two-digit years: 00-68 → 2000s, 69-99 → 1900s (as POSIX strptime).
ParsedDate parse_date(std::string_view field, DateOrder order);
// parse_date's calendar date and issue alone, for callers that group by day
// and never need the instant (the survey): the same date and issue as
// parse_date on every input, without working out utc_seconds.
struct CalendarDate {
  CivilDate date;
  DateIssue issue = DateIssue::none;
  bool ok() const { return issue == DateIssue::none; }
};
CalendarDate parse_calendar_date(std::string_view field, DateOrder order);
namespace detail {
// parse_date without its fast path for fixed ISO shapes; the fast path must
// agree with it on every input (tests/core/csv/fast_paths_test.cpp).
ParsedDate parse_date_general(std::string_view field, DateOrder order);
}  // namespace detail

// Decides day/month order from a sample: a first number > 12 votes d/m/y, a
// second > 12 votes m/d/y, a four-digit first number votes y/m/d.
class DateOrderVote {
 public:
  void add(std::string_view field);
  // Majority of d/m vs m/d votes; a tie or no evidence gives `fallback`
  // (the page language's order); only y/m/d evidence gives ymd.
  DateOrder decide(DateOrder fallback) const;
  std::uint64_t dmy() const { return dmy_; }
  std::uint64_t mdy() const { return mdy_; }
  std::uint64_t ymd() const { return ymd_; }
  std::uint64_t ambiguous() const { return ambiguous_; }

 private:
  std::uint64_t dmy_ = 0, mdy_ = 0, ymd_ = 0, ambiguous_ = 0;
};

enum class Period : std::uint8_t { day, week, month, quarter, year };
std::optional<Period> parse_period(std::string_view name);  // "day", "week", ...
std::string_view period_id(Period period);                  // the inverse
std::string_view period_word_it(Period period);             // "mese", "trimestre", …: for Italian sentences
// "2024-03-15", "2024-W11" (ISO week-year), "2024-03", "2024-Q1", "2024".
// Short enough for the small-string buffer: no heap allocation.
std::string period_key(CivilDate date, Period period);

}  // namespace polso::csv
