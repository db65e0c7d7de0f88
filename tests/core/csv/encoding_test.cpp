// Decoder: BOM detection, UTF-8 vs Windows-1252, UTF-16 with split code units
// and surrogate pairs — each checked at every chunk split.
#include <gtest/gtest.h>

#include <string>

#include "core/csv/encoding.hpp"

namespace polso::csv {
namespace {

struct Decoded {
  std::string text;
  Encoding encoding;
  std::uint64_t replacements;
};

Decoded decode_split(std::string_view in, std::size_t k, Encoding forced = Encoding::detect) {
  Decoder d(forced);
  std::string out;
  d.feed(in.substr(0, k), out);
  d.feed(in.substr(k), out);
  d.finish(out);
  return {out, d.encoding(), d.replacements()};
}

// Same result at every split point, and byte by byte.
Decoded decode_all_ways(std::string_view in, Encoding forced = Encoding::detect) {
  const Decoded whole = decode_split(in, in.size(), forced);
  for (std::size_t k = 0; k <= in.size(); ++k) {
    Decoded d = decode_split(in, k, forced);
    EXPECT_EQ(d.text, whole.text) << "split at " << k;
    EXPECT_EQ(d.encoding, whole.encoding) << "split at " << k;
  }
  Decoder bytewise(forced);
  std::string out;
  for (char c : in) bytewise.feed(std::string_view(&c, 1), out);
  bytewise.finish(out);
  EXPECT_EQ(out, whole.text);
  return whole;
}

TEST(Decoder, AsciiIsUtf8Unchanged) {
  auto d = decode_all_ways("a,b\r\n1,2\n");
  EXPECT_EQ(d.text, "a,b\r\n1,2\n");
  EXPECT_EQ(d.encoding, Encoding::utf8);
}

TEST(Decoder, Utf8BomIsRemoved) {
  auto d = decode_all_ways("\xEF\xBB\xBFnome,citt\xC3\xA0");
  EXPECT_EQ(d.text, "nome,citt\xC3\xA0");
  EXPECT_EQ(d.encoding, Encoding::utf8);
}

TEST(Decoder, ValidUtf8KeptWithSplitCharacters) {
  auto d = decode_all_ways("Jos\xC3\xA9,\xE2\x82\xAC" "5,\xF0\x9F\x98\x80");
  EXPECT_EQ(d.text, "Jos\xC3\xA9,\xE2\x82\xAC" "5,\xF0\x9F\x98\x80");
  EXPECT_EQ(d.encoding, Encoding::utf8);
  EXPECT_EQ(d.replacements, 0u);
}

TEST(Decoder, InvalidUtf8IsReadAsWindows1252) {
  // "Niccolò;Città;€ 5" as Windows-1252.
  auto d = decode_all_ways("Niccol\xF2;Citt\xE0;\x80 5");
  EXPECT_EQ(d.text, "Niccol\xC3\xB2;Citt\xC3\xA0;\xE2\x82\xAC 5");
  EXPECT_EQ(d.encoding, Encoding::windows1252);
}

TEST(Decoder, LateAccentStillSwitchesWholeFileTo1252) {
  std::string in(100000, 'x');
  in += "\xE8";  // è at the very end, nothing after it
  Decoder d;
  std::string out;
  d.feed(std::string_view(in).substr(0, 65536), out);
  EXPECT_FALSE(d.decided());
  d.feed(std::string_view(in).substr(65536), out);
  d.finish(out);
  EXPECT_EQ(d.encoding(), Encoding::windows1252);
  EXPECT_EQ(out.substr(100000), "\xC3\xA8");
}

TEST(Decoder, InvalidBytesAfterUtf8AreReplacedAndCounted) {
  auto d = decode_all_ways("\xC3\xA9 ok \xE9 bad");
  EXPECT_EQ(d.text, "\xC3\xA9 ok \xEF\xBF\xBD bad");
  EXPECT_EQ(d.encoding, Encoding::utf8);
  EXPECT_EQ(d.replacements, 1u);
}

TEST(Decoder, Utf16LeWithBom) {
  // BOM, "a;è" CR LF, then U+1F600 as a surrogate pair.
  const std::string in("\xFF\xFE" "a\0;\0\xE8\0\r\0\n\0\x3D\xD8\x00\xDE", 16);
  auto d = decode_all_ways(in);
  EXPECT_EQ(d.encoding, Encoding::utf16le);
  EXPECT_EQ(d.text, "a;\xC3\xA8\r\n\xF0\x9F\x98\x80");
  EXPECT_EQ(d.replacements, 0u);
}

TEST(Decoder, Utf16BeWithBom) {
  const std::string in("\xFE\xFF\0a\0,\0\xE8", 8);
  auto d = decode_all_ways(in);
  EXPECT_EQ(d.encoding, Encoding::utf16be);
  EXPECT_EQ(d.text, "a,\xC3\xA8");
}

TEST(Decoder, Utf16UnpairedSurrogateAndOddByte) {
  const std::string in("\xFF\xFE\x3D\xD8" "a\0" "b", 7);
  auto d = decode_all_ways(in);
  EXPECT_EQ(d.text, "\xEF\xBF\xBD" "a\xEF\xBF\xBD");
  EXPECT_EQ(d.replacements, 2u);
}

TEST(Decoder, ForcedEncodingsOverrideDetection) {
  // Valid UTF-8 bytes read as Windows-1252 on request: mojibake, as asked.
  EXPECT_EQ(decode_all_ways("\xC3\xA8", Encoding::windows1252).text, "\xC3\x83\xC2\xA8");
  // Forced UTF-8 replaces instead of switching.
  auto d = decode_all_ways("\xE8", Encoding::utf8);
  EXPECT_EQ(d.text, "\xEF\xBF\xBD");
  EXPECT_EQ(d.encoding, Encoding::utf8);
  // UTF-16 without a BOM, forced: LE by default.
  EXPECT_EQ(decode_all_ways(std::string("h\0i\0", 4), Encoding::utf16le).text, "hi");
}

TEST(Decoder, EncodingNames) {
  EXPECT_EQ(parse_encoding_name("UTF-8"), Encoding::utf8);
  EXPECT_EQ(parse_encoding_name("windows-1252"), Encoding::windows1252);
  EXPECT_EQ(parse_encoding_name("utf-16"), Encoding::utf16le);
  EXPECT_EQ(parse_encoding_name("UTF-16BE"), Encoding::utf16be);
  EXPECT_EQ(parse_encoding_name("ebcdic"), std::nullopt);
  EXPECT_EQ(encoding_name(Encoding::windows1252), "windows-1252");
}

}  // namespace
}  // namespace polso::csv
