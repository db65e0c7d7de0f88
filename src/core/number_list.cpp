#include "core/number_list.hpp"

#include <cmath>

namespace polso {
namespace {

bool is_byte(double x) { return x >= 0 && x <= 255 && x == std::floor(x) && !std::signbit(x); }

}  // namespace

NumberList::NumberList(const std::vector<double>& xs) {
  reserve(xs.size());
  for (double x : xs) push_back(x);
}

NumberList::NumberList(std::initializer_list<double> xs) {
  reserve(xs.size());
  for (double x : xs) push_back(x);
}

void NumberList::push_back(double x) {
  if (!wide_ && is_byte(x)) {
    bytes_.push_back(static_cast<std::uint8_t>(x));
    return;
  }
  if (!wide_) widen();
  doubles_.push_back(x);
}

void NumberList::reserve(std::size_t n) {
  if (wide_) doubles_.reserve(n);
  else bytes_.reserve(n);
}

void NumberList::widen() {
  doubles_.reserve(bytes_.capacity());
  doubles_.assign(bytes_.begin(), bytes_.end());
  std::vector<std::uint8_t>().swap(bytes_);
  wide_ = true;
}

std::vector<double> NumberList::to_vector() const {
  if (wide_) return doubles_;
  return {bytes_.begin(), bytes_.end()};
}

bool operator==(const NumberList& a, const NumberList& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

}  // namespace polso
