#include "core/datasets/bytes_hash.hpp"

#include <gtest/gtest.h>

#include <array>
#include <set>
#include <string>
#include <tuple>
#include <utility>

namespace polso::datasets {
namespace {

TEST(BytesHash, DependsOnlyOnTheBytes) {
  const std::string a = "Great service, thanks";
  const std::string b(a);  // another buffer, same bytes
  EXPECT_EQ(hash_bytes(a), hash_bytes(b));
  // A view into a longer text hashes its own bytes only.
  const std::string longer = "ok, Great service, thanks!";
  EXPECT_EQ(hash_bytes(std::string_view(longer).substr(4, a.size())), hash_bytes(a));
}

TEST(BytesHash, TellsApartEveryLengthAndTailByte) {
  // Lengths 0..40 cover the empty text, the 1..3 and 4..8 byte tails and the
  // eight-byte loop; each text differs from the next in one byte or in length.
  std::set<std::uint64_t> seen;
  std::size_t texts = 0;
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string s(n, 'a');
    seen.insert(hash_bytes(s));
    ++texts;
    for (std::size_t at = 0; at < n; ++at) {
      std::string t = s;
      t[at] = 'b';
      seen.insert(hash_bytes(t));
      ++texts;
    }
  }
  EXPECT_EQ(seen.size(), texts);
  EXPECT_NE(hash_bytes(std::string_view("\0", 1)), hash_bytes(""));
}

TEST(BytesHash, SpreadsShortAnswersOverSlots) {
  // The memo picks a slot from the low ten bits: 4,096 short answers should
  // fill 1,024 slots about evenly (4 a slot; none with more than 16).
  std::array<int, 1024> slots{};
  for (int i = 0; i < 4096; ++i) ++slots[hash_bytes("answer " + std::to_string(i)) & 1023];
  int empty = 0, most = 0;
  for (const int n : slots) {
    empty += n == 0;
    most = std::max(most, n);
  }
  EXPECT_LT(empty, 60);  // e^-4 of 1,024 is ~19 for a uniform hash
  EXPECT_LE(most, 16);
}

TEST(ShortKey, TellsApartEveryTextOfTheSameSizeUpTo16Bytes) {
  // Every text over {a, b} of up to 12 bytes, then every one-byte change of
  // a 0..16-byte text to any byte value: size and key must differ.
  std::set<std::tuple<std::size_t, std::uint64_t, std::uint64_t>> seen;
  std::size_t texts = 0;
  for (std::size_t n = 0; n <= 12; ++n) {
    for (std::uint32_t bits = 0; bits < (1u << n); ++bits) {
      std::string s(n, 'a');
      for (std::size_t i = 0; i < n; ++i)
        if (bits >> i & 1) s[i] = 'b';
      const ShortKey k = short_key(s);
      seen.insert({n, k.head, k.tail});
      ++texts;
    }
  }
  EXPECT_EQ(seen.size(), texts);
  for (std::size_t n = 1; n <= 16; ++n) {
    const std::string base = std::string("store-north-east").substr(0, n);
    std::set<std::pair<std::uint64_t, std::uint64_t>> keys;
    for (std::size_t at = 0; at < n; ++at)
      for (int byte = 0; byte < 256; ++byte) {
        std::string t = base;
        t[at] = static_cast<char>(byte);
        const ShortKey k = short_key(t);
        keys.insert({k.head, k.tail});
      }
    // base itself appears once per position; every other text once.
    EXPECT_EQ(keys.size(), n * 255 + 1) << n;
  }
  EXPECT_EQ(short_key("web"), short_key(std::string("web")));
}

// same_bytes agrees with == for every size up to 40 and any one byte changed
// at any position (to every value), sizes that differ, and texts that share
// their first and last eight bytes.
TEST(SameBytes, AgreesWithEqualityEverywhere) {
  const std::string long_text = "Great service, thanks — quick delivery too";
  for (std::size_t n = 0; n <= 40; ++n) {
    const std::string a = long_text.substr(0, n);
    const std::string copy(a);  // another buffer
    EXPECT_TRUE(same_bytes(a, copy)) << n;
    EXPECT_FALSE(same_bytes(a, long_text.substr(0, n + 1))) << n;
    for (std::size_t at = 0; at < n; ++at)
      for (int byte = 0; byte < 256; ++byte) {
        std::string b = a;
        b[at] = static_cast<char>(byte);
        ASSERT_EQ(same_bytes(a, b), a == b) << n << " at " << at << " byte " << byte;
      }
  }
  EXPECT_FALSE(same_bytes("abcdefgh-middle-1-abcdefgh", "abcdefgh-middle-2-abcdefgh"));
  EXPECT_TRUE(same_bytes("", ""));
}

}  // namespace
}  // namespace polso::datasets
