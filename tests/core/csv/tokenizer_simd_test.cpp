// The SIMD block scan against the scalar scan: same records, lines, counters
// and errors on the tokenizer's fuzz seeds and regressions, on the CSV
// fixtures, and on seeded random inputs built from CSV's awkward pieces, each
// fed whole and in random chunkings (the check of the fuzz harness
// tokenizer-simd-vs-scalar, tests/fuzz/tokenizer_properties.hpp).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "fuzz/tokenizer_properties.hpp"

namespace polso::csv {
namespace {

namespace fs = std::filesystem;

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Steering bytes for one run: options from `opts`, chunk sizes from rng.
std::string steered(std::uint8_t opts, std::uint8_t cap, std::mt19937& rng, std::string_view data) {
  std::string raw(fuzz::kSteeringBytes, '\0');
  raw[0] = static_cast<char>(opts);
  raw[1] = static_cast<char>(cap);
  for (std::size_t i = 2; i < fuzz::kSteeringBytes; ++i)
    raw[i] = static_cast<char>(std::uniform_int_distribution<int>(0, 63)(rng));
  return raw.append(data);
}

// Long quoted fields: line breaks (CR, LF, CRLF) found eight bytes at a
// time, doubled quotes unescaped a run at a time, a lone quote after a run.
TEST(TokenizerSimd, AgreesWithScalarOnLongQuotedFields) {
  std::mt19937 rng(5);
  const std::string data =
      "a,b\r\n1,\"first line of a long comment\r\nsecond line\nthird\rfourth line, then \"\"quoted\"\" words\"\n"
      "2,\"no breaks at all but \"\"doubled\"\" quotes and \"\"more\"\" of them, twice over\"\r\n"
      "3,\"\r\n\r\n\n\n\r\r twelve bytes\"\n"
      "4,\"a run of text then a lone \" quote\",x\n";
  for (std::uint8_t opts : {0, 1, 128})
    for (int run = 0; run < 8; ++run)
      EXPECT_EQ(fuzz::check_tokenizer_simd_vs_scalar(steered(opts, 0, rng, data)), "") << int(opts) << " " << run;
}

TEST(TokenizerSimd, AgreesWithScalarOnFuzzCorporaAndFixtures) {
  const fs::path tests = fs::path(POLSO_TEST_DATA) / "..";
  std::mt19937 rng(11);
  int files = 0;
  for (const char* dir : {"fuzz/corpus/tokenizer", "fuzz/regressions/tokenizer", "fuzz/corpus/tokenizer-simd-vs-scalar"}) {
    if (!fs::is_directory(tests / dir)) continue;
    for (const auto& f : fs::directory_iterator(tests / dir)) {
      const std::string raw = read_all(f.path());
      EXPECT_EQ(fuzz::check_tokenizer_simd_vs_scalar(raw), "") << f.path();
      ++files;
    }
  }
  // Fixtures are plain CSV: steer them with each delimiter and both quotes.
  for (const auto& f : fs::recursive_directory_iterator(tests / "data")) {
    if (!f.is_regular_file() || f.path().extension() != ".csv") continue;
    const std::string data = read_all(f.path());
    for (std::uint8_t opts : {0, 1, 2, 3, 4, 128}) {
      EXPECT_EQ(fuzz::check_tokenizer_simd_vs_scalar(steered(opts, 0, rng, data)), "") << f.path() << " " << int(opts);
    }
    ++files;
  }
  EXPECT_GT(files, 20);
}

TEST(TokenizerSimd, AgreesWithScalarOnRandomInputs) {
  std::mt19937 rng(20261201);
  const std::string pieces[] = {"a", "bc", "2024-03-15 10:20:30", ",", ",", ";", "\t", "|", "\n", "\r\n", "\r",
                                "\"", "'", "\"q\"", "\"a,b\"", "\"x\"\"y\"", "\"l1\nl2\"", "\"c\r\nd\"", "\"e\rf\"",
                                "\"\"", " ", "\xC3\xA9", "\"a\"b", "\n\n", "\"\"\"\"", "\xEF\xBB\xBF", "'it''s'",
                                "long unquoted text that crosses a 64-byte block boundary, or two",
                                "\"a long quoted field, with \"\"doubled\"\" quotes,\nbreaks\r\nand commas, past 64 bytes\""};
  for (int i = 0; i < 20000; ++i) {
    std::string data;
    const int n = std::uniform_int_distribution<int>(0, 60)(rng);
    for (int k = 0; k < n; ++k)
      data += pieces[std::uniform_int_distribution<std::size_t>(0, std::size(pieces) - 1)(rng)];
    const auto opts = static_cast<std::uint8_t>(std::uniform_int_distribution<int>(0, 255)(rng));
    const auto cap = static_cast<std::uint8_t>(std::uniform_int_distribution<int>(0, 255)(rng));
    const std::string broken = fuzz::check_tokenizer_simd_vs_scalar(steered(opts, cap, rng, data));
    ASSERT_EQ(broken, "") << "input " << i << " options " << int(opts) << ": " << data;
  }
}

// Long well-formed inputs fed in chunks of every size class: the block cursor
// carries quote state across blocks and restarts after each chunk.
TEST(TokenizerSimd, AgreesWithScalarOnLongInputsInEveryChunking) {
  std::mt19937 rng(5);
  std::string data = "id,comment,score\r\n";
  for (int i = 0; i < 3000; ++i) {
    data += std::to_string(i) + ",";
    switch (i % 5) {
      case 0: data += "\"multi\nline, \"\"quoted\"\" " + std::to_string(i) + "\""; break;
      case 1: data += std::string(std::uniform_int_distribution<int>(0, 150)(rng), 'x'); break;
      case 2: data += "\"" + std::string(std::uniform_int_distribution<int>(0, 150)(rng), ',') + "\""; break;
      case 3: data += "5\" screen"; break;  // a literal quote in an unquoted field
      default: data += "\"\""; break;
    }
    data += "," + std::to_string(i % 11) + (i % 3 ? "\r\n" : "\n");
  }
  for (std::uint8_t size : {1, 2, 7, 31, 63}) {
    std::string raw(fuzz::kSteeringBytes, static_cast<char>(size));
    raw[0] = raw[1] = 0;
    EXPECT_EQ(fuzz::check_tokenizer_simd_vs_scalar(raw + data), "") << int(size);
  }
  EXPECT_EQ(fuzz::check_tokenizer_simd_vs_scalar(std::string(fuzz::kSteeringBytes, '\0') + data), "");
  // Chunks longer than a block, as the streaming reader feeds them.
  TokenizerOptions scalar;
  scalar.simd = false;
  TokenizerOptions simd;
  simd.simd = true;
  const fuzz::TokenizerRun reference = fuzz::tokenize(data, scalar, {0});
  ASSERT_EQ(reference.records.size(), 3001u);
  for (std::size_t size : {64u, 65u, 100u, 127u, 1000u, 4096u, 65536u})
    EXPECT_TRUE(fuzz::tokenize(data, simd, {size}) == reference) << size;
}

// The block scan reads every record of a chunk in one call and leaves the
// first one it cannot read (a stray quote, a record over a limit, a blank
// line, the chunk's cut record) to the state machine; the limits are checked
// once a block, so a record just over one is found at its end. Each record
// that stops the scan comes after records read in the same call.
TEST(TokenizerSimd, RecordsAfterOthersInOneCallAgreeWithScalar) {
  TokenizerOptions scalar;
  scalar.simd = false;
  const std::string wide = std::string(70, 'w');
  const std::string texts[] = {
      "a,b\nc,d\n\"x\"y,z\ne,f\n",                       // a stray quote in the third record
      "a,b\r\nc,d\r\n\r\n\ne,\"f\"\r\n",                 // blank lines between records
      "a,b\n5\" screen,\"q,\"\"r\"\"\"\nc,d\n",            // a literal quote, then a quoted field
      "a,b\n" + wide + "," + wide + "\nc,d\n",             // a record over max_row_bytes
      "a,b\nc,d,e,f,g\nh,i\n",                             // a record over max_fields
      "a,b\nc,d\n\"unclosed,e\n",                           // the chunk ends inside quotes
  };
  for (const std::string& text : texts) {
    for (std::uint64_t max_bytes : {std::uint64_t{16}, std::uint64_t{140}, std::uint64_t{141}, std::uint64_t{142}, std::uint64_t{1} << 20}) {
      TokenizerOptions o = scalar;
      o.max_row_bytes = max_bytes;
      o.max_fields = 4;
      TokenizerOptions simd = o;
      simd.simd = true;
      const fuzz::TokenizerRun reference = fuzz::tokenize(text, o, {0});
      for (std::size_t size : {0u, 5u, 64u})
        EXPECT_TRUE(fuzz::tokenize(text, simd, {size}) == reference) << text << " " << max_bytes << " " << size;
    }
  }
}

}  // namespace
}  // namespace polso::csv
