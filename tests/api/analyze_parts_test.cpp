// One file read as a head and byte ranges merged in file order
// (Analysis::part/absorb, what `polso analyze --threads` does) gives the
// report of a reading in sequence, byte for byte: wherever the ranges start,
// with skipped rows' line numbers, comments with line breaks, CRLF and a BOM.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "api/analyze.hpp"

namespace polso::api {
namespace {

// 3,000 answers (past the 64 KiB the dialect is sniffed from and the 500
// rows the columns are chosen from): 12 months, 5 channels, scores out of range and unreadable,
// blank dates, comments with commas, quotes and line breaks.
std::string survey_csv(const std::string& eol = "\n", const std::string& bom = "") {
  const char* channels[] = {"email", "web", "app", "phone", "store"};
  std::string s = bom + "date,channel,score,comment" + eol;
  for (int i = 0; i < 3000; ++i) {
    const std::string month = std::to_string(i % 12 + 1), day = std::to_string(i % 28 + 1);
    s += i % 41 == 0 ? std::string() : "2025-" + std::string(month.size() < 2 ? "0" : "") + month + "-" +
                                           std::string(day.size() < 2 ? "0" : "") + day;
    s += std::string(",") + channels[i % 5] + ",";
    s += i % 37 == 0 ? std::string("x") : std::to_string(i % 13);
    s += ",";
    s += i % 3 == 0 ? "\"Slow, but" + eol + "\"\"friendly\"\" staff\"" : i % 3 == 1 ? std::string("great service") : std::string();
    s += eol;
  }
  return s;
}

const std::string kOptions = R"({"dataset": "survey", "metric": "nps", "lang": "en"})";

// `first`: the bytes of the first feed (all by default). The encoding a
// report names is the one settled by the bytes decoded when the dialect is
// sniffed, so a test whose first accent comes late feeds as in_parts does.
std::string in_sequence(std::string_view bytes, const std::string& options = kOptions,
                        std::size_t first = std::string_view::npos) {
  Analysis a(options);
  std::string failure = a.feed(bytes.substr(0, first));
  if (failure.empty() && first < bytes.size()) failure = a.feed(bytes.substr(first));
  return failure.empty() ? a.finish() : failure;
}

// The head up to `head_end`, then ranges [cuts[i], cuts[i+1]) each into its
// own part. Empty when a range does not end between two records (the
// caller's guess was wrong) or a merge is refused.
std::string in_parts(std::string_view bytes, std::size_t head_end, const std::vector<std::size_t>& cuts,
                     const std::string& options = kOptions) {
  Analysis head(options);
  if (!head.feed(bytes.substr(0, head_end)).empty()) return {};
  std::uint64_t offset = head.lines_read();
  std::vector<std::size_t> at{head_end};
  at.insert(at.end(), cuts.begin(), cuts.end());
  at.push_back(bytes.size());
  for (std::size_t i = 0; i + 1 < at.size(); ++i) {
    auto part = head.part();
    if (!part) return {};
    EXPECT_TRUE(part->feed(bytes.substr(at[i], at[i + 1] - at[i])).empty());
    const bool clean = part->at_record_start();
    const std::uint64_t lines = part->lines_read();
    if (!part->finish_part() || (!clean && i + 2 < at.size())) return {};
    if (!head.absorb(*part, offset)) return {};
    offset += lines;
  }
  return head.finish();
}

// The first line break after which the head can start parts.
std::size_t ready_head(std::string_view bytes, const std::string& options = kOptions) {
  Analysis head(options);
  std::size_t at = 0;
  while (true) {
    const std::size_t lf = bytes.find('\n', at);
    if (lf == std::string_view::npos) return bytes.size();
    EXPECT_TRUE(head.feed(bytes.substr(at, lf + 1 - at)).empty());
    at = lf + 1;
    if (head.part()) return at;
  }
}

// Offsets just after each line feed past `from`: record starts and quoted
// line breaks alike.
std::vector<std::size_t> line_starts(std::string_view bytes, std::size_t from) {
  std::vector<std::size_t> out;
  for (std::size_t i = from; i + 1 < bytes.size(); ++i)
    if (bytes[i] == '\n') out.push_back(i + 1);
  return out;
}

void expect_parts_match(const std::string& csv) {
  const std::string expected = in_sequence(csv);
  ASSERT_NE(expected.find("\"ok\":true"), std::string::npos) << expected.substr(0, 400);
  const std::size_t head = ready_head(csv);
  ASSERT_LT(head, csv.size());
  int clean = 0, refused = 0;
  // Every line start of the first 120 after the head, then every 61st.
  const auto starts = line_starts(csv, head);
  for (std::size_t i = 0; i < starts.size(); i += i < 120 ? 1 : 61) {
    const std::size_t cut = starts[i];
    const std::string got = in_parts(csv, head, {cut});
    if (got.empty()) {
      ++refused;  // the cut was inside a quoted comment: the range before it does not end clean
      continue;
    }
    ++clean;
    ASSERT_EQ(got, expected) << "cut at " << cut;
  }
  EXPECT_GT(clean, 80);
  EXPECT_GT(refused, 30);  // every third answer's comment spans two lines
  // Several ranges at once, the last one right at the end.
  std::vector<std::size_t> many;
  for (std::size_t i = 0; i < starts.size(); i += i + 3 < starts.size() ? 97 : 1) {
    if (!in_parts(csv, head, {starts[i]}).empty()) many.push_back(starts[i]);
  }
  ASSERT_GT(many.size(), 10u);
  EXPECT_EQ(in_parts(csv, head, many), expected);
}

TEST(AnalyzeParts, EveryRecordBoundaryGivesTheSequentialReport) { expect_parts_match(survey_csv()); }
TEST(AnalyzeParts, CrlfLineBreaks) { expect_parts_match(survey_csv("\r\n")); }
TEST(AnalyzeParts, ByteOrderMark) { expect_parts_match(survey_csv("\n", "\xEF\xBB\xBF")); }

TEST(AnalyzeParts, SkippedRowsKeepTheirFileLineNumbers) {
  // Empty rows only near the end, far past the head: their lines are the
  // file's, counted here from the line breaks (quoted ones included).
  std::string csv = survey_csv();
  std::vector<std::size_t> lines;
  for (int i = 0; i < 3; ++i) {
    lines.push_back(static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')) + 1);
    csv += ",,,\n9,web,9,fine\n";
  }
  const std::size_t head = ready_head(csv);
  const std::string expected = in_sequence(csv);
  const std::string rows = "\"empty_row\":{\"count\":3,\"rows\":[" + std::to_string(lines[0]) + "," +
                           std::to_string(lines[1]) + "," + std::to_string(lines[2]) + "]";
  EXPECT_NE(expected.find(rows), std::string::npos) << rows;
  const auto starts = line_starts(csv, head);
  EXPECT_EQ(in_parts(csv, head, {}), expected);
  EXPECT_EQ(in_parts(csv, head, {starts[starts.size() / 2]}), expected);
}

TEST(AnalyzeParts, NoPartBeforeTheColumnsAreChosen) {
  const std::string csv = survey_csv();
  Analysis head(kOptions);
  ASSERT_TRUE(head.feed(std::string_view(csv).substr(0, csv.find('\n') + 1)).empty());
  EXPECT_EQ(head.part(), nullptr);  // only the header: no sample yet
}

TEST(AnalyzeParts, MoreSegmentsThanTheCapAreReadInSequence) {
  // 2,000 different segments: which get their own bucket depends on the
  // order they came in, so parts refuse to merge.
  std::string csv = "score,segment\n";
  for (int i = 0; i < 2000; ++i)
    csv += std::to_string(i % 11) + ",a segment with a rather long name number " + std::to_string(i) + "\n";
  Analysis head(R"({"dataset": "survey", "metric": "nps", "segment_column": "segment"})");
  const std::size_t head_end = ready_head(csv);
  ASSERT_TRUE(head.feed(std::string_view(csv).substr(0, head_end)).empty());
  auto part = head.part();
  ASSERT_NE(part, nullptr);
  ASSERT_TRUE(part->feed(std::string_view(csv).substr(head_end)).empty());
  ASSERT_TRUE(part->finish_part());
  EXPECT_FALSE(head.absorb(*part, head.lines_read()));
}

// The head is ASCII, so its decoder has not settled the encoding; the first
// accent, in a later part, does (as it would in sequence).
TEST(AnalyzeParts, TheFirstAccentInALaterPartSettlesTheEncoding) {
  std::string csv = survey_csv();
  const std::size_t head = ready_head(csv);
  std::string latin1 = csv + "2025-01-05,caf\xE9,9,ok\n";  // Windows-1252 é
  const auto cut = line_starts(latin1, head)[200];
  const std::string expected = in_sequence(latin1, kOptions, head);
  EXPECT_NE(expected.find("caf\u00e9"), std::string::npos);  // read as Windows-1252
  EXPECT_EQ(in_parts(latin1, head, {cut}), expected);
  // UTF-8 in one part, a stray byte in a later one: in sequence the stray
  // byte is a replaced character of UTF-8; apart, the later part would read
  // Windows-1252, so the merge is refused.
  std::string mixed = csv.substr(0, cut) + "2025-01-05,caf\xC3\xA9,9,ok\n" + csv.substr(cut) + "2025-01-06,x\xE9,9,ok\n";
  const std::string mixed_expected = in_sequence(mixed, kOptions, head);
  EXPECT_NE(mixed_expected.find("\"invalid_characters\""), std::string::npos);
  EXPECT_EQ(in_parts(mixed, head, {line_starts(mixed, head).back()}), std::string());
  EXPECT_EQ(in_parts(mixed, head, {}), mixed_expected);
}

TEST(AnalyzeParts, ConversationsWithAnIdRepeatedAcrossTheCut) {
  // Every tenth ticket is listed twice in a row (one row per message): the
  // repeated_ids note must count the pair a cut falls between.
  const std::string options = R"({"dataset": "conversations", "lang": "en"})";
  std::string csv = "conversation_id,channel,agent,created_at,first_response_at,resolved_at,csat\n";
  for (int i = 0; i < 2500; ++i) {
    const std::string day = std::to_string(10 + i % 18);
    const std::string row = "c" + std::to_string(i) + "," + (i % 2 ? "chat" : "email") + ",agent" + std::to_string(i % 7) +
                            ",2024-03-" + day + "T09:00:00Z,2024-03-" + day + "T09:0" + std::to_string(i % 10) +
                            ":00Z,2024-03-" + day + "T11:00:00Z," + std::to_string(1 + i % 5) + "\n";
    csv += row;
    if (i % 10 == 0) csv += row;
  }
  const std::string expected = in_sequence(csv, options);
  ASSERT_NE(expected.find("\"ok\":true"), std::string::npos) << expected.substr(0, 400);
  const std::size_t head = ready_head(csv, options);
  ASSERT_LT(head, csv.size());
  const auto starts = line_starts(csv, head);
  for (std::size_t i = 0; i < starts.size(); i += i < 40 ? 1 : 53)
    ASSERT_EQ(in_parts(csv, head, {starts[i]}, options), expected) << "cut at " << starts[i];
}

}  // namespace
}  // namespace polso::api
