#include "core/datasets/state_codec.hpp"

#include <cmath>
#include <cstring>

namespace polso::datasets {

void StateWriter::u64(std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

// memcpy, not std::bit_cast: the wasm toolchain's library has none.
void StateWriter::f64(double v) {
  std::uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  u64(bits);
}

void StateWriter::str(std::string_view s) {
  u64(s.size());
  out_.append(s);
}

std::uint64_t StateReader::u64() {
  if (!ok_ || in_.size() - at_ < 8) {
    ok_ = false;
    return 0;
  }
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in_[at_ + i])) << (8 * i);
  at_ += 8;
  return v;
}

double StateReader::f64() {
  const std::uint64_t bits = u64();
  double v;
  std::memcpy(&v, &bits, sizeof v);
  if (!std::isfinite(v)) ok_ = false;
  return ok_ ? v : 0;
}

double StateReader::count_f64() {
  const double v = f64();
  if (v < 0) ok_ = false;
  return ok_ ? v : 0;
}

bool StateReader::flag() { return at_most(1) == 1; }

std::string StateReader::str() {
  const std::size_t n = size(1);
  if (!ok_) return {};
  std::string s(in_.substr(at_, n));
  at_ += n;
  return s;
}

std::size_t StateReader::size(std::size_t min_item_bytes) {
  const std::uint64_t n = u64();
  if (ok_ && n > (in_.size() - at_) / (min_item_bytes ? min_item_bytes : 1)) ok_ = false;
  return ok_ ? static_cast<std::size_t>(n) : 0;
}

std::uint64_t StateReader::at_most(std::uint64_t max) {
  const std::uint64_t v = u64();
  if (v > max) ok_ = false;
  return ok_ ? v : 0;
}

}  // namespace polso::datasets
