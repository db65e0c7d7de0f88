// A hand-written cursor parser: no regex, no allocation, no locale.
#include "core/csv/dates.hpp"

#include "core/csv/numbers.hpp"

namespace polso::csv {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

struct Cursor {
  std::string_view s;
  std::size_t i = 0;

  bool done() const { return i >= s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }
  // Reads min..max digits; -1 when fewer than min.
  // Unless `glued`, a digit right after them is an error ("123" for 2 digits).
  std::int64_t digits(int min, int max, int* count = nullptr, bool glued = false) {
    std::int64_t v = 0;
    int n = 0;
    while (n < max && !done() && is_digit(s[i])) {
      v = v * 10 + (s[i] - '0');
      ++i;
      ++n;
    }
    if (count) *count = n;
    if (n < min) return -1;
    if (!glued && !done() && is_digit(s[i])) return -1;  // too many digits
    return v;
  }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i;
    return true;
  }
  // Case-insensitive literal.
  bool eat_word(std::string_view w) {
    if (s.size() - i < w.size()) return false;
    for (std::size_t k = 0; k < w.size(); ++k)
      if (lower(s[i + k]) != w[k]) return false;
    i += w.size();
    return true;
  }
  void skip_spaces() {
    while (!done() && s[i] == ' ') ++i;
  }
};

// The three numbers of a numeric date and how many digits each had.
struct DateGroups {
  std::int64_t a = 0, b = 0, c = 0;
  int a_len = 0, c_len = 0;
};

bool read_groups(Cursor& cur, DateGroups& g) {
  g.a = cur.digits(1, 4, &g.a_len);
  if (g.a < 0 || g.a_len == 3) return false;
  const char sep = cur.peek();
  if (sep != '-' && sep != '/' && sep != '.') return false;
  ++cur.i;
  g.b = cur.digits(1, 2);
  if (g.b < 0 || !cur.eat(sep)) return false;
  g.c = cur.digits(1, 4, &g.c_len);
  if (g.c < 0) return false;
  if (g.a_len == 4) return g.c_len <= 2;
  return g.c_len == 2 || g.c_len == 4;
}

std::int32_t full_year(std::int64_t y, int len) {
  if (len == 2) return static_cast<std::int32_t>(y < 69 ? 2000 + y : 1900 + y);
  return static_cast<std::int32_t>(y);
}

// Time after the date: [T| ]hh:mm[:ss[.fff]][ ][AM|PM][ ][zone]
bool read_time(Cursor& cur, ParsedDate& out, std::int64_t& seconds_of_day) {
  if (!cur.eat('T')) {
    if (cur.peek() != ' ') return false;
    cur.skip_spaces();
  }
  std::int64_t h = cur.digits(1, 2);
  if (h < 0 || !cur.eat(':')) return false;
  const std::int64_t mi = cur.digits(2, 2);
  if (mi < 0 || mi > 59) return false;
  std::int64_t sec = 0;
  if (cur.eat(':')) {
    sec = cur.digits(2, 2);
    if (sec < 0 || sec > 60) return false;
    if (sec == 60) sec = 59;  // a leap second stays in its minute
    if (cur.eat('.') || cur.eat(',')) {
      int n = 0;
      while (!cur.done() && is_digit(cur.peek())) {
        ++cur.i;
        ++n;
      }
      if (n == 0) return false;
    }
  }
  const std::size_t before_ampm = cur.i;
  cur.skip_spaces();
  bool am = cur.eat_word("am") || cur.eat_word("a.m.");
  bool pm = !am && (cur.eat_word("pm") || cur.eat_word("p.m."));
  if (am || pm) {
    if (h < 1 || h > 12) return false;
    if (h == 12) h = 0;  // 12 AM is midnight, 12 PM is noon
    if (pm) h += 12;
  } else {
    cur.i = before_ampm;
  }
  if (h > 23) return false;
  seconds_of_day = h * 3600 + mi * 60 + sec;
  out.has_time = true;

  // Zone.
  const std::size_t before_zone = cur.i;
  cur.skip_spaces();
  if (cur.eat('Z') || cur.eat('z')) {
    out.has_zone = true;
  } else {
    const bool named = cur.eat_word("utc") || cur.eat_word("gmt");
    if (named) out.has_zone = true;
    const char sign = cur.peek();
    if (sign == '+' || sign == '-') {
      ++cur.i;
      int hl = 0;
      // "+0530" has no colon: read two hour digits, then the minutes.
      const std::int64_t oh = cur.digits(1, 2, &hl, /*glued=*/true);
      if (oh < 0 || oh > 14 || (!named && hl != 2)) return false;
      std::int64_t om = 0;
      if (cur.eat(':') || is_digit(cur.peek())) {
        om = cur.digits(2, 2);
        if (om < 0 || om > 59) return false;
      }
      out.has_zone = true;
      out.offset_minutes = static_cast<std::int32_t>((sign == '-' ? -1 : 1) * (oh * 60 + om));
    } else if (!named) {
      cur.i = before_zone;
    }
  }
  return true;
}

void append_number(std::string& out, std::int64_t v, int width) {
  char buf[20];
  int n = 0;
  if (v < 0) {
    out.push_back('-');
    v = -v;
  }
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  for (int k = n; k < width; ++k) out.push_back('0');
  while (n > 0) out.push_back(buf[--n]);
}

}  // namespace

std::string_view date_order_name(DateOrder order) {
  switch (order) {
    case DateOrder::unknown: return "unknown";
    case DateOrder::dmy: return "dmy";
    case DateOrder::mdy: return "mdy";
    case DateOrder::ymd: return "ymd";
  }
  return "unknown";
}

std::optional<DateOrder> parse_date_order(std::string_view name) {
  for (DateOrder o : {DateOrder::unknown, DateOrder::dmy, DateOrder::mdy, DateOrder::ymd})
    if (name == date_order_name(o)) return o;
  return std::nullopt;
}

std::string_view date_issue_code(DateIssue issue) {
  switch (issue) {
    case DateIssue::none: return "none";
    case DateIssue::blank: return "blank";
    case DateIssue::not_a_date: return "not_a_date";
    case DateIssue::ambiguous: return "ambiguous_date";
  }
  return "not_a_date";
}

std::int64_t days_from_civil(std::int32_t y0, std::int32_t m0, std::int32_t d0) {
  std::int64_t y = y0;
  const std::int64_t m = m0, d = d0;
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = yoe + era * 400;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<std::int32_t>(y + (m <= 2)), static_cast<std::int32_t>(m),
          static_cast<std::int32_t>(d)};
}

bool is_leap_year(std::int32_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

std::int32_t days_in_month(std::int32_t y, std::int32_t m) {
  static constexpr std::int32_t kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

std::int32_t iso_weekday(std::int64_t days) {
  // 1970-01-01 was a Thursday (4).
  const std::int64_t wd = ((days % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<std::int32_t>(wd + 1);
}

IsoWeek iso_week(CivilDate date) {
  // The week belongs to the year of its Thursday.
  const std::int64_t days = days_from_civil(date.year, date.month, date.day);
  const std::int64_t thursday = days + (4 - iso_weekday(days));
  const std::int32_t year = civil_from_days(thursday).year;
  const std::int64_t day_of_year = thursday - days_from_civil(year, 1, 1);
  return {year, static_cast<std::int32_t>(day_of_year / 7 + 1)};
}

namespace {

int two_digits(const char* p) {
  return is_digit(p[0]) && is_digit(p[1]) ? (p[0] - '0') * 10 + (p[1] - '0') : -1;
}

// The fixed ISO shapes of most exports, `YYYY-MM-DD[(T| )hh:mm[:ss][Z|±hh:mm]]`,
// without a cursor. Returns false for anything else or anything out of range
// (leap second, hour 24, …): the general parser then decides, so the result
// is always exactly the general parser's. Without kInstant, `utc_seconds` is
// left as it is (parse_calendar_date: the day alone).
template <bool kInstant>
bool parse_iso_fixed(std::string_view s, ParsedDate& out) {
  const std::size_t n = s.size();
  if (n < 10 || s[4] != '-' || s[7] != '-') return false;
  const char* p = s.data();
  const int yh = two_digits(p), yl = two_digits(p + 2), m = two_digits(p + 5), d = two_digits(p + 8);
  if (yh < 0 || yl < 0 || m < 1 || m > 12 || d < 1) return false;
  const std::int32_t y = yh * 100 + yl;
  if (y < 1 || d > days_in_month(y, m)) return false;
  std::int64_t seconds_of_day = 0;
  std::int32_t offset = 0;
  bool has_time = false, has_zone = false;
  if (n > 10) {
    if ((p[10] != 'T' && p[10] != ' ') || n < 16 || p[13] != ':') return false;
    const int h = two_digits(p + 11), mi = two_digits(p + 14);
    if (h < 0 || h > 23 || mi < 0 || mi > 59) return false;
    std::size_t i = 16;
    int sec = 0;
    if (i < n && p[i] == ':') {
      if (n < 19) return false;
      sec = two_digits(p + 17);
      if (sec < 0 || sec > 59) return false;
      i = 19;
    }
    seconds_of_day = h * 3600 + mi * 60 + sec;
    has_time = true;
    if (i < n) {
      if (n - i == 1 && (p[i] == 'Z' || p[i] == 'z')) {
        has_zone = true;
      } else if (n - i == 6 && (p[i] == '+' || p[i] == '-') && p[i + 3] == ':') {
        const int oh = two_digits(p + i + 1), om = two_digits(p + i + 4);
        if (oh < 0 || oh > 14 || om < 0 || om > 59) return false;
        has_zone = true;
        offset = (p[i] == '-' ? -1 : 1) * (oh * 60 + om);
      } else {
        return false;
      }
    }
  }
  out.date = {y, m, d};
  out.has_time = has_time;
  out.has_zone = has_zone;
  out.offset_minutes = offset;
  if constexpr (kInstant)
    out.utc_seconds = days_from_civil(y, m, d) * 86400 + seconds_of_day - std::int64_t{offset} * 60;
  out.issue = DateIssue::none;
  return true;
}

}  // namespace

ParsedDate parse_date(std::string_view field, DateOrder order) {
  ParsedDate out;
  if (parse_iso_fixed<true>(trim(field), out)) return out;
  return detail::parse_date_general(field, order);
}

CalendarDate parse_calendar_date(std::string_view field, DateOrder order) {
  ParsedDate out;
  if (!parse_iso_fixed<false>(trim(field), out)) out = detail::parse_date_general(field, order);
  return {out.date, out.issue};
}

namespace detail {

ParsedDate parse_date_general(std::string_view field, DateOrder order) {
  ParsedDate out;
  const std::string_view s = trim(field);
  if (s.empty()) {
    out.issue = DateIssue::blank;
    return out;
  }
  out.issue = DateIssue::not_a_date;

  bool all_digits = true;
  for (char c : s) all_digits = all_digits && is_digit(c);
  if (all_digits) {
    if (s.size() != 10 && s.size() != 13) return out;
    std::int64_t v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    if (s.size() == 13) v = (v >= 0 ? v : v - 999) / 1000;
    std::int64_t days = v / 86400;
    if (v % 86400 < 0) --days;
    out.date = civil_from_days(days);
    out.utc_seconds = v;
    out.has_time = out.has_zone = true;
    out.issue = DateIssue::none;
    return out;
  }

  Cursor cur{s};
  DateGroups g;
  if (!read_groups(cur, g)) return out;
  std::int64_t y, m, d;
  if (g.a_len == 4) {
    y = g.a, m = g.b, d = g.c;
  } else {
    DateOrder o = order;
    if (o != DateOrder::dmy && o != DateOrder::mdy) {
      if (g.a > 12 && g.b <= 12) {
        o = DateOrder::dmy;
      } else if (g.b > 12 && g.a <= 12) {
        o = DateOrder::mdy;
      } else if (g.a <= 12 && g.b <= 12) {
        out.issue = g.a == g.b ? DateIssue::none : DateIssue::ambiguous;
        if (out.issue == DateIssue::ambiguous) return out;
        o = DateOrder::dmy;  // 05/05: either order gives the same date
      } else {
        return out;
      }
    }
    out.issue = DateIssue::not_a_date;
    y = full_year(g.c, g.c_len);
    d = o == DateOrder::dmy ? g.a : g.b;
    m = o == DateOrder::dmy ? g.b : g.a;
  }
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 ||
      d > days_in_month(static_cast<std::int32_t>(y), static_cast<std::int32_t>(m)))
    return out;

  std::int64_t seconds_of_day = 0;
  if (!cur.done() && !read_time(cur, out, seconds_of_day)) return out;
  if (!cur.done()) return out;

  out.date = {static_cast<std::int32_t>(y), static_cast<std::int32_t>(m), static_cast<std::int32_t>(d)};
  out.utc_seconds = days_from_civil(out.date.year, out.date.month, out.date.day) * 86400 +
                    seconds_of_day - std::int64_t{out.offset_minutes} * 60;
  out.issue = DateIssue::none;
  return out;
}

}  // namespace detail

void DateOrderVote::add(std::string_view field) {
  Cursor cur{trim(field)};
  DateGroups g;
  if (!read_groups(cur, g)) return;
  if (g.a_len == 4) {
    ++ymd_;
  } else if (g.a > 12 && g.a <= 31 && g.b >= 1 && g.b <= 12) {
    ++dmy_;
  } else if (g.b > 12 && g.b <= 31 && g.a >= 1 && g.a <= 12) {
    ++mdy_;
  } else if (g.a >= 1 && g.a <= 12 && g.b >= 1 && g.b <= 12) {
    ++ambiguous_;
  }
}

DateOrder DateOrderVote::decide(DateOrder fallback) const {
  if (dmy_ > mdy_) return DateOrder::dmy;
  if (mdy_ > dmy_) return DateOrder::mdy;
  if (dmy_ == 0 && ambiguous_ == 0 && ymd_ > 0) return DateOrder::ymd;
  return fallback;
}

std::string_view period_id(Period period) {
  switch (period) {
    case Period::day: return "day";
    case Period::week: return "week";
    case Period::month: return "month";
    case Period::quarter: return "quarter";
    case Period::year: return "year";
  }
  return "month";
}

std::string_view period_word_it(Period period) {
  switch (period) {
    case Period::day: return "giorno";
    case Period::week: return "settimana";
    case Period::month: return "mese";
    case Period::quarter: return "trimestre";
    case Period::year: return "anno";
  }
  return "mese";
}

std::optional<Period> parse_period(std::string_view name) {
  if (name == "day") return Period::day;
  if (name == "week") return Period::week;
  if (name == "month") return Period::month;
  if (name == "quarter") return Period::quarter;
  if (name == "year") return Period::year;
  return std::nullopt;
}

std::string period_key(CivilDate date, Period period) {
  std::string out;
  switch (period) {
    case Period::day:
      append_number(out, date.year, 4);
      out.push_back('-');
      append_number(out, date.month, 2);
      out.push_back('-');
      append_number(out, date.day, 2);
      break;
    case Period::week: {
      const IsoWeek w = iso_week(date);
      append_number(out, w.year, 4);
      out += "-W";
      append_number(out, w.week, 2);
      break;
    }
    case Period::month:
      append_number(out, date.year, 4);
      out.push_back('-');
      append_number(out, date.month, 2);
      break;
    case Period::quarter:
      append_number(out, date.year, 4);
      out += "-Q";
      append_number(out, (date.month - 1) / 3 + 1, 1);
      break;
    case Period::year:
      append_number(out, date.year, 4);
      break;
  }
  return out;
}

}  // namespace polso::csv
