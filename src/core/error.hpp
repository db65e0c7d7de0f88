// Errors and warnings are values: a code, a sentence for a person in each
// product language, and where it applies the field, row and column.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace polso {

struct Notice {
  std::string code;        // stable id, e.g. "negative_count"
  std::string message_en;  // a sentence a non-programmer understands
  std::string message_it;
  std::string field;       // input or column name; empty when none
  std::int64_t row = -1;   // 1-based file row; -1 when none
  std::int64_t column = -1;// 1-based file column; -1 when none
  std::string suggestion;  // a value of `field` that would work instead (a metric id …); empty when none
};

using Error = Notice;    // stops the computation
using Warning = Notice;  // the result stands, but read it with care

// A value or the reason there is none. The core never throws on user input.
template <class T>
class Expected {
 public:
  Expected(T value) : state_(std::move(value)) {}
  Expected(Error error) : state_(std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  const T& value() const { return std::get<0>(state_); }
  T& value() { return std::get<0>(state_); }
  const T& operator*() const { return value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace polso
