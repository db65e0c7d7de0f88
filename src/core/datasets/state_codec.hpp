// A small binary writer and reader for the state of a part read apart (a
// byte range read by another worker): little-endian u64/i64, doubles as
// their bits, length-prefixed strings. The reader never reads past its
// bytes and never allocates more than they could hold: on any mismatch it
// fails, and everything it returns after that is zero.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace polso::datasets {

class StateWriter {
 public:
  void u64(std::uint64_t v);
  void i64(std::int64_t v) { u64(static_cast<std::uint64_t>(v)); }
  void f64(double v);
  void flag(bool v) { u64(v ? 1 : 0); }
  void str(std::string_view s);
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class StateReader {
 public:
  explicit StateReader(std::string_view bytes) : in_(bytes) {}
  std::uint64_t u64();
  std::int64_t i64() { return static_cast<std::int64_t>(u64()); }
  double f64();
  // A double that must be finite and not negative (a count, a duration).
  double count_f64();
  bool flag();
  std::string str();
  // A count of items to come, each at least `min_item_bytes` long: fails
  // (returns 0) when the bytes left cannot hold that many.
  std::size_t size(std::size_t min_item_bytes = 8);
  // A value that must be at most `max`.
  std::uint64_t at_most(std::uint64_t max);
  void fail() { ok_ = false; }
  bool ok() const { return ok_; }
  bool at_end() const { return ok_ && at_ == in_.size(); }

 private:
  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace polso::datasets
