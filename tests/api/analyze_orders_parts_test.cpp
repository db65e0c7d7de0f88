// Orders read in byte ranges (Analysis::part, absorb, absorb_state) give the
// report of one pass, byte for byte, or are refused (the door then reads in
// sequence) — never a different report. For every orders fixture, grown in
// two ways: its rows repeated as they are (order ids repeat, so most merges
// are refused) and repeated with each copy's order ids made its own (merges
// must happen); cut into 2, 3 and 4 ranges at line starts, inside an order's
// rows and inside a quoted field.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "api/analyze.hpp"
#include "api/parts_helpers.hpp"
#include "core/datasets/part_state.hpp"
#include "test_files.hpp"

namespace polso::api {
namespace {

const std::string& kOptions = parts_test::kPartsOptions;
using parts_test::in_sequence;
using parts_test::ready_head;

// The head reads [0, cuts[0]), each part [cuts[i], cuts[i + 1]), the last to
// the end; each part absorbed in memory or through its state bytes. Empty
// when a range does not end on a record or a merge is refused.
std::string in_parts(std::string_view bytes, const std::vector<std::size_t>& cuts, bool through_bytes) {
  Analysis head(kOptions);
  if (!head.feed(bytes.substr(0, cuts[0])).empty()) return {};
  std::uint64_t offset = head.lines_read();
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    const std::size_t end = i + 1 < cuts.size() ? cuts[i + 1] : bytes.size();
    auto part = head.part();
    if (!part || !part->feed(bytes.substr(cuts[i], end - cuts[i])).empty()) return {};
    const bool clean = part->at_record_start();
    const std::uint64_t lines = part->lines_read();
    if (!part->finish_part() || (!clean && i + 1 < cuts.size())) return {};
    const bool merged = through_bytes ? head.absorb_state(part->part_state(), offset) : head.absorb(*part, offset);
    if (!merged) return {};
    offset += lines;
  }
  return head.finish();
}

// One CSV record's fields as written (quotes kept), from `at` to its line
// break; `at` moves past it.
std::vector<std::string> split_record(std::string_view text, std::size_t& at, char delimiter) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (; at < text.size(); ++at) {
    const char ch = text[at];
    if (ch == '"') quoted = !quoted;
    if (!quoted && ch == '\n') {
      ++at;
      break;
    }
    if (!quoted && ch == delimiter) fields.emplace_back();
    else if (quoted || ch != '\r') fields.back() += ch;
  }
  return fields;
}

std::string unquoted(std::string s) {
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  return s;
}

struct Table {
  std::string header;  // the first line, with its line break
  std::vector<std::vector<std::string>> rows;
  char delimiter = ',';
  int order = -1;  // the order column's index
};

// The fixture split with the delimiter whose header holds `order_column`.
std::optional<Table> table_of(const std::string& file, const std::string& order_column) {
  const std::size_t first = file.find('\n');
  if (first == std::string::npos) return std::nullopt;
  for (char d : {',', ';', '\t', '|'}) {
    std::size_t at = 0;
    const auto names = split_record(file, at, d);
    for (std::size_t i = 0; i < names.size(); ++i)
      if (unquoted(names[i]) == order_column) {
        Table t{file.substr(0, at), {}, d, static_cast<int>(i)};
        while (at < file.size()) t.rows.push_back(split_record(file, at, d));
        return t;
      }
  }
  return std::nullopt;
}

// Copies of the rows until the file is past 400 KiB; `own_ids`: copy k > 0
// appends "~k" to each order id, so no id repeats across copies.
std::string grown(const Table& t, bool own_ids) {
  std::string out = t.header;
  for (int k = 0; out.size() < 400 * 1024; ++k)
    for (auto row : t.rows) {
      auto& id = row[static_cast<std::size_t>(t.order) < row.size() ? static_cast<std::size_t>(t.order) : 0];
      if (own_ids && k > 0 && static_cast<std::size_t>(t.order) < row.size() && !unquoted(id).empty()) {
        const bool q = id.size() >= 2 && id.front() == '"';
        id = q ? id.substr(0, id.size() - 1) + "~" + std::to_string(k) + "\"" : id + "~" + std::to_string(k);
      }
      for (std::size_t i = 0; i < row.size(); ++i) out += (i ? std::string(1, t.delimiter) : "") + row[i];
      out += '\n';
    }
  return out;
}

// Line starts past the head: a few by fraction of the file, and the first
// few where the line before has the same order id (a cut inside an order).
std::vector<std::size_t> line_starts(const std::string& csv, std::size_t head, const Table& t) {
  std::vector<std::size_t> out;
  for (double f : {0.2, 0.35, 0.5, 0.65, 0.8, 0.95}) {
    const std::size_t lf = csv.rfind('\n', head + static_cast<std::size_t>(f * static_cast<double>(csv.size() - head)));
    if (lf != std::string::npos && lf + 1 > head && lf + 1 < csv.size()) out.push_back(lf + 1);
  }
  std::size_t at = head, inside = 0;
  std::string previous;
  while (at < csv.size() && inside < 3) {
    const std::size_t start = at;
    const auto row = split_record(csv, at, t.delimiter);
    const std::string id = static_cast<std::size_t>(t.order) < row.size() ? unquoted(row[static_cast<std::size_t>(t.order)]) : "";
    if (!id.empty() && id == previous && start > head) out.push_back(start), ++inside;
    previous = id;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::filesystem::path> orders_fixtures() {
  std::vector<std::filesystem::path> out;
  const std::filesystem::path root(POLSO_TEST_DATA);
  for (const char* dir : {"orders", "e2e", "workbooks", "exports"})
    for (const auto& e : std::filesystem::recursive_directory_iterator(root / dir))
      if (e.path().extension() == ".csv") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string order_column_of(const std::string& report) {
  const std::string key = "\"order\":\"";
  const std::size_t columns = report.find("\"columns\":");
  const std::size_t at = columns == std::string::npos ? columns : report.find(key, columns);
  if (at == std::string::npos) return {};
  return report.substr(at + key.size(), report.find('"', at + key.size()) - at - key.size());
}

TEST(AnalyzeOrdersParts, EveryOrdersFixtureInPartsIsOnePassOrRefused) {
  int fixtures = 0, merged_fixtures = 0, with_ids = 0;
  int merges[2] = {0, 0}, refusals[2] = {0, 0};  // [own ids]
  for (const auto& path : orders_fixtures()) {
    const std::string file = test::read_file(path);
    const std::string plain = in_sequence(file);
    if (plain.find("\"dataset\":\"orders\"") == std::string::npos || plain.find("\"ok\":true") == std::string::npos)
      continue;
    const std::string order_column = order_column_of(plain);
    auto table = table_of(file, order_column.empty() ? std::string("\x01") : order_column);
    if (!table) {
      // No order column: split on the first delimiter that gives columns.
      table = Table{file.substr(0, file.find('\n') + 1), {}, ',', -1};
      std::size_t at = table->header.size();
      while (at < file.size()) table->rows.push_back(split_record(file, at, ','));
      table->order = 1 << 20;
    }
    ++fixtures;
    with_ids += !order_column.empty();
    bool merged_any = false;
    for (bool own_ids : {false, true}) {
      const std::string csv = grown(*table, own_ids);
      const std::string expected = in_sequence(csv);
      ASSERT_NE(expected.find("\"ok\":true"), std::string::npos) << path;
      const std::size_t head = ready_head(csv);
      if (head == std::string::npos || head >= csv.size()) continue;
      const auto starts = line_starts(csv, head, *table);
      std::vector<std::vector<std::size_t>> plans;
      for (std::size_t s : starts) plans.push_back({head, s});                     // 2 parts
      for (std::size_t i = 0; i + 2 < starts.size(); i += 2)
        plans.push_back({head, starts[i], starts[i + 2]});                        // 3 parts
      if (starts.size() >= 4) plans.push_back({head, starts[0], starts[1], starts[3]});  // 4 parts
      // Inside a quoted field, when the file has one across lines or not.
      if (const std::size_t q = csv.find('"', head); q != std::string::npos && q + 1 < csv.size())
        plans.push_back({head, q + 1});
      for (const auto& cuts : plans) {
        const std::string memory = in_parts(csv, cuts, false);
        const std::string bytes = in_parts(csv, cuts, true);
        ASSERT_EQ(bytes, memory) << path << " own ids " << own_ids << " cut at " << cuts[1];
        if (memory.empty()) {
          ++refusals[own_ids];
          continue;
        }
        ASSERT_EQ(memory, expected) << path << " own ids " << own_ids << " cut at " << cuts[1];
        ++merges[own_ids];
        merged_any = merged_any || own_ids;
      }
    }
    merged_fixtures += merged_any;
  }
  // Every orders fixture, grown with ids of its own, merges in parts.
  EXPECT_GE(fixtures, 12);
  EXPECT_GE(with_ids, 8);
  EXPECT_EQ(merged_fixtures, fixtures);
  // With ids of their own, refused only where a range ends inside a quoted field.
  EXPECT_GT(merges[1], 10 * refusals[1]);
  std::printf("orders fixtures %d (%d with order ids), %d merged in parts; ids repeated: %d merges, %d refusals; "
              "ids of their own: %d merges, %d refusals\n",
              fixtures, with_ids, merged_fixtures, merges[0], refusals[0], merges[1], refusals[1]);
}

// A head and one finished part of an orders file with line-item rows,
// refunds, channels and currencies, cut inside an order's rows.
using parts_test::HeadAndPart;

HeadAndPart head_and_part() {
  std::string csv = "Name,Email,Created at,Total,Lineitem quantity,Lineitem price,Financial Status,Source,Currency\n";
  for (int i = 0; i < 3000; ++i) {
    const std::string order = "#" + std::to_string(1000 + i), email = "c" + std::to_string(i % 97) + "@x.org";
    const std::string date = "2025-0" + std::to_string(i % 9 + 1) + "-1" + std::to_string(i % 9);
    csv += order + "," + email + "," + date + "," + std::to_string(10 + i % 7) + ".5,1,10.5," +
           (i % 13 ? "paid" : "refunded") + "," + (i % 3 ? "web" : "pos") + "," + (i % 50 ? "EUR" : "USD") + "\n";
    if (i % 2) csv += order + ",,,,2,3.25,,,\n";
  }
  std::size_t head_end = csv.find('\n', csv.size() / 2) + 1;
  while (csv.compare(head_end, 1, ",") == 0 || csv.compare(head_end + 5, 2, ",,") != 0)
    head_end = csv.find('\n', head_end) + 1;  // a line-item row: the cut splits an order
  return parts_test::split_at(csv, head_end, kOptions);
}

TEST(AnalyzeOrdersParts, TruncatedOrCorruptedStateBytesAreRefusedNeverACrash) {
  const std::string good = head_and_part().state;
  ASSERT_GT(good.size(), 100u);
  {
    auto h = head_and_part();
    EXPECT_EQ(h.state, good);  // the same part gives the same bytes
    ASSERT_TRUE(h.head->absorb_state(good, h.offset));
    EXPECT_NE(h.head->finish().find("\"ok\":true"), std::string::npos);
  }
  int refused = 0, tried = 0;
  for (std::size_t n = 0; n < good.size(); n += n < 64 ? 1 : good.size() / 60 + 1) {
    auto h = head_and_part();
    refused += !h.head->absorb_state(std::string_view(good).substr(0, n), h.offset);
    ++tried;
  }
  EXPECT_EQ(refused, tried);
  for (std::size_t i = 0; i < good.size(); i += i < 256 ? 7 : good.size() / 80 + 1)
    for (unsigned char x : {0x01, 0x80, 0xff}) {
      std::string bad = good;
      bad[i] = static_cast<char>(static_cast<unsigned char>(bad[i]) ^ x);
      auto h = head_and_part();
      if (h.head->absorb_state(bad, h.offset)) EXPECT_NE(h.head->finish().find("\"ok\":"), std::string::npos);
    }
  // A survey's or conversations' state is not an orders state.
  auto h = head_and_part();
  EXPECT_FALSE(h.head->absorb_state(std::string(64, '\0'), h.offset));
  EXPECT_FALSE(datasets::load_orders_part_state(good.substr(0, 24) + std::string(8, '\0')));
}

}  // namespace
}  // namespace polso::api
