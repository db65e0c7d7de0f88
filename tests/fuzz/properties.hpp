// The properties the fuzz harnesses check, written once and used twice: by the
// libFuzzer harnesses in tests/fuzz/*_fuzz.cpp (which abort on a broken
// property, so libFuzzer saves the input) and by the GoogleTest that replays
// every file in tests/fuzz/regressions/<harness>/ natively and as wasm32
// (tests/api/fuzz_regressions_test.cpp).
//
// Every check takes the raw fuzz input and returns "" when all properties
// hold, else a sentence naming the broken property. Inputs are laid out as
// kSteeringBytes bytes that steer the run (options, chunk sizes), then the
// data; a shorter input steers with zeros and has no data. Seed corpora under
// tests/fuzz/corpus/<harness>/ follow the same layout.
//
// Header-only so that the test suites (which glob their own folder) need no
// extra sources.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/analyze.hpp"
#include "api/api.hpp"
#include "api/workbook_analysis.hpp"
#include "core/csv/dates.hpp"
#include "core/csv/dialect.hpp"
#include "core/csv/numbers.hpp"
#include "core/csv/tokenizer.hpp"
#include "fuzz/tokenizer_properties.hpp"

namespace polso::fuzz {

// ---------------------------------------------------------------- dialect

// Properties: the sniffed dialect is usable — decimal is ',' or '.', the
// thousands separator differs from it, 0..3 header rows, a delimiter that is
// neither the quote nor a line break — and sniffing is deterministic; the
// tokenizer then reads the sample without crashing.
inline std::string check_dialect(std::string_view raw) {
  const FuzzInput in(raw);
  csv::DialectOverrides o;
  if (in.steer[0] & 1) o.delimiter = ";,\t|"[in.steer[1] & 3];
  if (in.steer[0] & 2) o.decimal = (in.steer[1] & 4) ? ',' : '.';
  if (in.steer[0] & 4) o.header_rows = in.steer[1] >> 6;
  csv::SniffOptions s;
  s.sample_is_complete = in.steer[0] & 8;
  s.fallback_date_order = static_cast<csv::DateOrder>((in.steer[0] >> 4) & 3);
  const csv::Dialect d = csv::sniff_dialect(in.data, o, s);
  if (!(d == csv::sniff_dialect(in.data, o, s))) return describe("dialect: sniffing is not deterministic");
  if (d.decimal != ',' && d.decimal != '.') return describe("dialect: decimal is neither ',' nor '.'");
  if (d.thousands == d.decimal) return describe("dialect: thousands separator equals the decimal separator");
  if (d.header_rows < 0 || d.header_rows > 3) return describe("dialect: header_rows outside 0..3");
  if (d.delimiter == d.quote) return describe("dialect: the delimiter is the quote character");
  if (d.delimiter == '\n' || d.delimiter == '\r') return describe("dialect: the delimiter is a line break");
  csv::CsvTokenizer tok(csv::tokenizer_options(d));
  auto sink = [](const csv::Row&) {};
  (void)tok.feed(in.data, sink);
  (void)tok.finish(sink);
  const auto nf = csv::number_format(d);
  if (nf.decimal == nf.thousands) return describe("dialect: number format with equal decimal and thousands");
  return {};
}

// ---------------------------------------------------------------- numbers

inline bool same_double(double a, double b) { return a == b && std::signbit(a) == std::signbit(b); }

// Properties: an accepted number is finite; a leading score is 0..999999999;
// trim returns a piece of its input; and round trips — any finite double
// written with 17 significant digits (with '.' or ',' as decimal separator)
// parses back to the same bits, and any integer up to 2^53 written with
// thousands grouping parses back exactly.
inline std::string check_numbers(std::string_view raw) {
  const FuzzInput in(raw);
  static constexpr char kThousands[] = {0, ',', '.', ' ', '\''};
  csv::NumberFormat f;
  f.decimal = (in.steer[0] & 1) ? ',' : '.';
  f.thousands = kThousands[(in.steer[0] >> 1) % 5];
  if (f.thousands == f.decimal) f.thousands = 0;
  const auto n = csv::parse_number(in.data, f);
  if (n.ok() && !std::isfinite(n.value)) return describe("numbers: accepted a non-finite value", in.data);
  const auto s = csv::leading_score(in.data);
  if (s.ok() && (s.value < 0 || s.value > 999999999)) return describe("numbers: leading score out of range", in.data);
  const auto t = csv::trim(in.data);
  if (!t.empty() && (t.data() < in.data.data() || t.data() + t.size() > in.data.data() + in.data.size()))
    return describe("numbers: trim left its input");

  // Round trips, from the steering bytes read as a double. numbers.cpp
  // documents its guarantee: exact (Clinger's fast path) for up to 15
  // significant digits with a power of ten within 1e±22; longer or extreme
  // values within one unit in the last place (they go through long double,
  // which is 80-bit natively and 128-bit soft-float in wasm32).
  double x;
  static_assert(sizeof x == kSteeringBytes);
  std::memcpy(&x, in.steer, sizeof x);
  // (Below about 1e-290 the wasm32 soft-float path errs by more than an ulp — far
  // from any survey or order value — so the round trip is checked from there.)
  if (std::isfinite(x) && (x == 0 || (std::fabs(x) >= 1e-280 && std::fabs(x) <= 1e280))) {
    auto within_ulp = [](double a, double b) {
      return a == b || std::nextafter(a, b) == b;
    };
    for (const char* fmt : {"%.17g", "%.15g"}) {
      char buf[64];
      std::snprintf(buf, sizeof buf, fmt, x);
      std::string text = buf;
      const double want = std::strtod(buf, nullptr);  // "C" locale: correctly rounded
      const bool exact = fmt[2] == '5' && (want == 0 || (std::fabs(want) >= 1e-7 && std::fabs(want) < 1e15));
      auto back = csv::parse_number(text, {'.', 0});
      if (!back.ok() || !(exact ? same_double(back.value, want) : within_ulp(back.value, want)))
        return describe("numbers: a formatted double did not round-trip", text);
      for (char& c : text)
        if (c == '.') c = ',';
      auto comma = csv::parse_number("  " + text + "\xC2\xA0", {',', '.'});
      if (!comma.ok() || !same_double(comma.value, back.value))
        return describe("numbers: decimal comma and padding changed the value", text);
    }
  }
  std::uint64_t bits;
  std::memcpy(&bits, in.steer, sizeof bits);
  const std::int64_t whole = static_cast<std::int64_t>(bits % ((std::uint64_t{1} << 53) + 1)) * ((bits >> 63) ? -1 : 1);
  std::string digits = std::to_string(whole < 0 ? -whole : whole), grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '.';
    grouped += digits[i];
  }
  if (whole < 0) grouped.insert(0, "-");
  const auto g = csv::parse_number(grouped, {',', '.'});
  if (!g.ok() || g.value != static_cast<double>(whole)) return describe("numbers: grouped integer did not round-trip", grouped);
  return {};
}

// ---------------------------------------------------------------- dates

// Properties: an accepted date is a real calendar day (month 1..12, day within
// the month), survives days_from_civil → civil_from_days, lies within a day of
// its UTC instant, and gives a period key for every period; the order vote
// never crashes.
inline std::string check_dates(std::string_view raw) {
  const FuzzInput in(raw);
  csv::DateOrderVote vote;
  vote.add(in.data);
  (void)vote.decide(csv::DateOrder::dmy);
  for (auto order : {csv::DateOrder::unknown, csv::DateOrder::dmy, csv::DateOrder::mdy, csv::DateOrder::ymd}) {
    const auto p = csv::parse_date(in.data, order);
    if (!p.ok()) continue;
    const auto& d = p.date;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > csv::days_in_month(d.year, d.month))
      return describe("dates: accepted an impossible calendar day", in.data);
    const auto days = csv::days_from_civil(d.year, d.month, d.day);
    if (!(csv::civil_from_days(days) == d)) return describe("dates: civil ↔ days did not round-trip", in.data);
    const std::int64_t utc_day = p.utc_seconds >= 0 ? p.utc_seconds / 86400 : -((-p.utc_seconds + 86399) / 86400);
    if (utc_day < days - 1 || utc_day > days + 1) return describe("dates: UTC instant more than a day from the date", in.data);
    for (auto period : {csv::Period::day, csv::Period::week, csv::Period::month, csv::Period::quarter, csv::Period::year})
      if (csv::period_key(d, period).empty()) return describe("dates: empty period key", in.data);
    const auto w = csv::iso_week(d);
    if (w.week < 1 || w.week > 53) return describe("dates: ISO week outside 1..53", in.data);
  }
  return {};
}

// ---------------------------------------------------------------- JSON contract

using ojson = nlohmann::ordered_json;

// Properties of any response: valid JSON, an object with a boolean "ok";
// when false an "error" whose "code" and "message" are non-empty strings.
inline std::string check_response(std::string_view response, std::string_view who) {
  const ojson r = ojson::parse(response.begin(), response.end(), nullptr, false);
  if (r.is_discarded()) return describe(std::string(who) + ": response is not valid JSON", response);
  if (!r.is_object()) return describe(std::string(who) + ": response is not an object", response);
  const auto ok = r.find("ok");
  if (ok == r.end() || !ok->is_boolean()) return describe(std::string(who) + ": response without a boolean ok", response);
  if (!ok->get<bool>()) {
    const auto e = r.find("error");
    if (e == r.end() || !e->is_object()) return describe(std::string(who) + ": failure without an error object", response);
    const auto code = e->find("code"), message = e->find("message");
    if (code == e->end() || !code->is_string() || code->get<std::string>().empty())
      return describe(std::string(who) + ": error without a code", response);
    if (message == e->end() || !message->is_string() || message->get<std::string>().empty())
      return describe(std::string(who) + ": error without a message", response);
  }
  return {};
}

// evaluate() answers anything with a well-formed response, and the same
// request twice gives the same answer.
inline std::string check_evaluate(std::string_view raw) {
  const std::string a = api::evaluate(raw);
  if (auto p = check_response(a, "evaluate"); !p.empty()) return p;
  if (api::evaluate(raw) != a) return describe("evaluate: not deterministic", raw);
  return {};
}

// ---------------------------------------------------------------- dataset analysis

// The options a fuzz input picks for a dataset analysis (steering byte 0).
inline std::string analysis_options(std::string_view dataset, const FuzzInput& in) {
  static constexpr const char* kMetrics[] = {"nps", "csat", "ces", "nps"};
  static constexpr const char* kPeriods[] = {"month", "day", "week", "quarter", "year", "month", "month", "month"};
  const std::uint8_t b = in.steer[0];
  ojson o = {{"dataset", dataset}, {"metric", kMetrics[b & 3]}, {"period", kPeriods[(b >> 2) & 7]},
             {"lang", (b & 32) ? "it" : "en"}};
  if (b & 64) o["delimiter"] = (b & 128) ? ";" : ",";
  if (in.steer[1] & 1) o["encoding"] = (in.steer[1] & 2) ? "windows-1252" : "utf-16";
  return o.dump();
}

inline std::string analyse(std::string_view options, std::string_view data, const std::vector<std::size_t>& sizes) {
  api::Analysis a(options);
  std::string failure;
  for_each_chunk(data, sizes, [&](std::string_view piece) {
    if (failure.empty()) failure = a.feed(piece);
  });
  if (!failure.empty()) return failure;
  (void)a.progress();
  return a.finish();
}

// Properties: feeding in fuzzer-chosen chunks gives the same report string as
// feeding whole; the report is a well-formed response; a successful report's
// rows add up (used + skipped == read).
inline std::string check_analysis(std::string_view dataset, std::string_view raw) {
  const FuzzInput in(raw);
  const std::string options = analysis_options(dataset, in);
  const std::string whole = analyse(options, in.data, {0});
  const std::string chunked = analyse(options, in.data, in.chunk_sizes());
  if (whole != chunked) return describe("analysis: chunking changed the report", whole + " ≠ " + chunked);
  if (auto p = check_response(whole, "analysis"); !p.empty()) return p;
  const ojson r = ojson::parse(whole, nullptr, false);
  if (r["ok"].get<bool>()) {
    const auto rows = r.find("rows");
    if (rows == r.end() || !rows->is_object()) return describe("analysis: report without rows", whole);
    const auto read = (*rows).value("read", std::uint64_t{0}), used = (*rows).value("used", std::uint64_t{0}),
               skipped = (*rows).value("skipped", std::uint64_t{0});
    if (used + skipped != read) return describe("analysis: rows.used + rows.skipped != rows.read", whole);
  }
  return {};
}

// ---------------------------------------------------------------- workbooks

// A workbook through WorkbookAnalysis as a door drives it, each entry's data
// fed as if inflated (the fuzzer writes stored entries; deflated ones give the
// reader compressed noise, which it must refuse cleanly).
inline std::string analyse_workbook(std::string_view options, std::string_view file,
                                    const std::vector<std::size_t>& sizes) {
  api::WorkbookAnalysis wa(options, file.size());
  auto slice = [&](api::ByteSpan r) {
    return r.offset > file.size() ? std::string_view() : file.substr(static_cast<std::size_t>(r.offset), static_cast<std::size_t>(r.size));
  };
  if (auto f = wa.read_tail(slice(wa.tail_range())); !f.empty()) return f;
  if (auto f = wa.read_directory(slice(wa.directory_range())); !f.empty()) return f;
  while (wa.next_entry()) {
    if (auto f = wa.read_header(slice(wa.header_range())); !f.empty()) return f;
    std::string failure;
    for_each_chunk(slice(wa.data_range()), sizes, [&](std::string_view piece) {
      if (failure.empty()) failure = wa.feed(piece);
    });
    if (failure.empty()) failure = wa.end_entry();
    if (!failure.empty()) return failure;
  }
  (void)wa.progress();
  return wa.finish();
}

// Properties: the same report whatever the chunks; a well-formed response.
inline std::string check_workbook(std::string_view raw) {
  const FuzzInput in(raw);
  const std::string options = analysis_options("auto", in);
  const std::string whole = analyse_workbook(options, in.data, {0});
  const std::string chunked = analyse_workbook(options, in.data, in.chunk_sizes());
  if (whole != chunked) return describe("workbook: chunking changed the report", whole + " ≠ " + chunked);
  return check_response(whole, "workbook");
}

// ---------------------------------------------------------------- part state

// A survey file with comments, past the sample a head chooses its columns
// from: row i as the fuzz seed generator writes it (scripts/fuzz-part-state-seed.mjs).
inline const std::string& part_state_csv() {
  static const std::string csv = [] {
    std::string s = "date,score,comment\n";
    for (int i = 0; i < 4000; ++i)
      s += "2025-0" + std::to_string(i % 9 + 1) + "-1" + std::to_string(i % 9) + "," + std::to_string(i % 11) +
           (i % 4 ? ",\"slow delivery, kind staff\"\n" : ",\n");
    return s;
  }();
  return csv;
}

// Properties: bytes given as a part's state (a part worker's answer; the
// input's data, its steering bytes unused) are refused or merged; either way
// no crash, and a merged one still gives a well-formed response.
inline std::string check_part_state(std::string_view raw) {
  const FuzzInput in(raw);
  const std::string& csv = part_state_csv();
  api::Analysis head(R"({"dataset": "survey", "metric": "nps", "lang": "en"})");
  if (!head.feed(std::string_view(csv).substr(0, csv.size() / 2 + csv.substr(csv.size() / 2).find('\n') + 1)).empty())
    return "part-state: the head failed";
  if (!head.absorb_state(in.data, head.lines_read())) return {};
  return check_response(head.finish(), "part-state");
}

// An orders file with line-item rows (an order's lines on rows of their
// own), refunds and two channels: row i as scripts/fuzz-part-state-seed.mjs
// writes it with `orders`.
inline const std::string& orders_part_state_csv() {
  static const std::string csv = [] {
    std::string s = "Name,Email,Created at,Total,Lineitem quantity,Lineitem price,Financial Status,Source\n";
    for (int i = 0; i < 3000; ++i) {
      const std::string order = "#" + std::to_string(1000 + i);
      s += order + ",c" + std::to_string(i % 97) + "@x.org,2025-0" + std::to_string(i % 9 + 1) + "-1" +
           std::to_string(i % 9) + "," + std::to_string(10 + i % 7) + ".5,1,10.5," + (i % 13 ? "paid" : "refunded") +
           "," + (i % 3 ? "web" : "pos") + "\n";
      if (i % 2) s += order + ",,,,2,3.25,,\n";
    }
    return s;
  }();
  return csv;
}

// The same properties for an orders part's state, its head cut inside an
// order's rows.
inline std::string check_orders_part_state(std::string_view raw) {
  const FuzzInput in(raw);
  const std::string& csv = orders_part_state_csv();
  api::Analysis head(R"({"dataset": "orders", "lang": "en"})");
  if (!head.feed(std::string_view(csv).substr(0, csv.size() / 2 + csv.substr(csv.size() / 2).find('\n') + 1)).empty())
    return "part-state-orders: the head failed";
  if (!head.absorb_state(in.data, head.lines_read())) return {};
  return check_response(head.finish(), "part-state-orders");
}

// The harness named by a regressions folder.
inline std::optional<std::string> check_named(std::string_view harness, std::string_view raw) {
  if (harness == "tokenizer") return check_tokenizer(raw);
  if (harness == "tokenizer-simd-vs-scalar") return check_tokenizer_simd_vs_scalar(raw);
  if (harness == "dialect") return check_dialect(raw);
  if (harness == "numbers") return check_numbers(raw);
  if (harness == "dates") return check_dates(raw);
  if (harness == "evaluate") return check_evaluate(raw);
  if (harness == "survey") return check_analysis("survey", raw);
  if (harness == "survey-counts") return check_analysis("survey-counts", raw);
  if (harness == "orders") return check_analysis("orders", raw);
  if (harness == "conversations") return check_analysis("conversations", raw);
  if (harness == "auto") return check_analysis("auto", raw);
  if (harness == "workbook") return check_workbook(raw);
  if (harness == "part-state") return check_part_state(raw);
  if (harness == "part-state-orders") return check_orders_part_state(raw);
  return std::nullopt;  // unknown harness
}

}  // namespace polso::fuzz
