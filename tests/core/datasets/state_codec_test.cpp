// The part-state codec: the writer's bytes (little-endian u64, IEEE doubles
// as their bits, length-prefixed strings, written out by hand below), values
// read back as written, and a reader that fails — and returns zeros from
// then on — on short bytes, non-finite or negative counts, flags other than
// 0/1, values over their bound and sizes the bytes left cannot hold.
#include "core/datasets/state_codec.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <string>

namespace polso::datasets {
namespace {

std::string bytes(std::initializer_list<unsigned> list) {
  std::string s;
  for (unsigned b : list) s.push_back(static_cast<char>(b));
  return s;
}

TEST(StateCodec, WriterBytes) {
  StateWriter w;
  w.u64(0x0102);  // low byte first
  w.i64(-1);      // two's complement: eight 0xFF
  w.f64(1.0);     // IEEE 754: 0x3FF0000000000000
  w.flag(true);
  w.str("ab");    // length 2, then the bytes
  const std::string expected = bytes({0x02, 0x01, 0, 0, 0, 0, 0, 0}) +
                               bytes({0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}) +
                               bytes({0, 0, 0, 0, 0, 0, 0xF0, 0x3F}) + bytes({1, 0, 0, 0, 0, 0, 0, 0}) +
                               bytes({2, 0, 0, 0, 0, 0, 0, 0}) + "ab";
  EXPECT_EQ(w.take(), expected);
}

TEST(StateCodec, RoundTrip) {
  StateWriter w;
  w.u64(std::numeric_limits<std::uint64_t>::max());
  w.i64(-123456789);
  w.f64(-2.5);
  w.f64(0.1);
  w.flag(false);
  w.flag(true);
  w.str("");
  w.str("caffè, ok");
  w.u64(3);  // a size of 3 items of 8 bytes …
  for (int i = 0; i < 3; ++i) w.u64(10 + i);
  w.u64(7);  // … and a value at most 7
  const std::string written = w.take();  // the reader views the bytes: they must outlive it
  StateReader r(written);
  EXPECT_EQ(r.u64(), std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(r.i64(), -123456789);
  EXPECT_EQ(r.f64(), -2.5);
  EXPECT_EQ(r.f64(), 0.1);  // the same bits
  EXPECT_FALSE(r.flag());
  EXPECT_TRUE(r.flag());
  EXPECT_EQ(r.str(), "");
  EXPECT_EQ(r.str(), "caffè, ok");
  ASSERT_EQ(r.size(), 3u);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(r.u64(), 10u + i);
  EXPECT_FALSE(r.at_end());
  EXPECT_EQ(r.at_most(7), 7u);
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.at_end());
}

// One value written, read with one call: whether the reader accepts it.
TEST(StateCodec, ReaderRefusesWhatCannotBeAState) {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  struct Case {
    const char* what;
    std::string input;
    bool (*read)(StateReader&);  // true when the value read is the one expected
    bool ok;
  };
  auto f64_of = [](double v) {
    StateWriter w;
    w.f64(v);
    return w.take();
  };
  auto u64_of = [](std::uint64_t v) {
    StateWriter w;
    w.u64(v);
    return w.take();
  };
  const Case cases[] = {
      {"seven bytes are no u64", std::string(7, '\x01'), [](StateReader& r) { return r.u64() == 0; }, false},
      {"no bytes", "", [](StateReader& r) { return r.u64() == 0; }, false},
      {"infinity", f64_of(inf), [](StateReader& r) { return r.f64() == 0; }, false},
      {"NaN", f64_of(nan), [](StateReader& r) { return r.f64() == 0; }, false},
      {"a negative count", f64_of(-1), [](StateReader& r) { return r.count_f64() == 0; }, false},
      {"zero is a count", f64_of(0), [](StateReader& r) { return r.count_f64() == 0; }, true},
      {"a negative double", f64_of(-1), [](StateReader& r) { return r.f64() == -1; }, true},
      {"2 is no flag", u64_of(2), [](StateReader& r) { return !r.flag(); }, false},
      {"8 over a bound of 7", u64_of(8), [](StateReader& r) { return r.at_most(7) == 0; }, false},
      // A string said to be 5 bytes long with 4 after it.
      {"a string longer than the bytes", u64_of(5) + "abcd", [](StateReader& r) { return r.str().empty(); }, false},
      // Two items of 8 bytes announced, 15 bytes left: cannot hold them.
      {"a size the bytes cannot hold", u64_of(2) + std::string(15, 'x'), [](StateReader& r) { return r.size() == 0; },
       false},
      {"a size they can hold", u64_of(2) + std::string(16, 'x'), [](StateReader& r) { return r.size() == 2; }, true},
      // Items of at least 1 byte: 15 items fit in 15 bytes.
      {"small items", u64_of(15) + std::string(15, 'x'), [](StateReader& r) { return r.size(1) == 15; }, true},
      // A length near 2^64 must not wrap around the check.
      {"a huge length", u64_of(std::numeric_limits<std::uint64_t>::max()) + "x",
       [](StateReader& r) { return r.str().empty(); }, false},
  };
  for (const Case& c : cases) {
    StateReader r(c.input);
    EXPECT_TRUE(c.read(r)) << c.what;
    EXPECT_EQ(r.ok(), c.ok) << c.what;
  }
}

TEST(StateCodec, AfterAFailureEverythingIsZero) {
  StateWriter w;
  w.u64(2);  // a flag of 2: the failure
  w.u64(42);
  w.f64(3.5);
  w.str("text");
  const std::string written = w.take();  // the reader views the bytes: they must outlive it
  StateReader r(written);
  EXPECT_FALSE(r.flag());
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.u64(), 0u);  // 42 is there, but the reader has failed
  EXPECT_EQ(r.f64(), 0);
  EXPECT_EQ(r.str(), "");
  EXPECT_FALSE(r.at_end());

  // A caller's own check failing (fail()) stops the reader the same way.
  StateWriter w2;
  w2.u64(9);
  const std::string written2 = w2.take();
  StateReader checked(written2);
  checked.fail();
  EXPECT_EQ(checked.u64(), 0u);
  EXPECT_FALSE(checked.ok());
}

}  // namespace
}  // namespace polso::datasets
