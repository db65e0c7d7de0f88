// NumberList: a list of numbers as a request gives it (survey scores,
// durations, a distribution). While every value is a whole number from 0 to
// 255 — survey scores — it keeps one byte each: a 60 MB request holds about
// 30 million scores, 240 MB as doubles and 30 MB as bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace polso {

class NumberList {
 public:
  NumberList() = default;
  NumberList(const std::vector<double>& xs);  // implicit: a list is a list
  NumberList(std::initializer_list<double> xs);

  void push_back(double x);
  void reserve(std::size_t n);

  std::size_t size() const { return wide_ ? doubles_.size() : bytes_.size(); }
  bool empty() const { return size() == 0; }
  double operator[](std::size_t i) const { return wide_ ? doubles_[i] : bytes_[i]; }
  // The values as doubles, for what must sort or sum them as such.
  std::vector<double> to_vector() const;

  friend bool operator==(const NumberList& a, const NumberList& b);

 private:
  void widen();

  bool wide_ = false;
  std::vector<std::uint8_t> bytes_;  // while !wide_
  std::vector<double> doubles_;      // once one value is not a byte
};

}  // namespace polso
