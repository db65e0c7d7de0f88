// What a metric computation produces before the JSON door writes it out.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "core/localized.hpp"
#include "core/units.hpp"

namespace polso {

using DetailValue = std::variant<double, std::string, std::vector<double>>;

struct Detail {
  std::string key;
  DetailValue value;
};

// The formula with the user's numbers substituted, written once per language
// so each can use its own decimal and thousands separators.
class FormulaText {
 public:
  FormulaText& text(std::string_view s);
  FormulaText& number(double x, int max_decimals = 2);
  const std::string& en() const { return en_; }
  const std::string& it() const { return it_; }

 private:
  std::string en_, it_;
};

struct Outcome {
  double value = 0;
  std::optional<Unit> unit;  // set when a variant changes the catalogue's unit
  std::vector<Detail> details;
  std::vector<Warning> warnings;
  FormulaText formula;

  Outcome& detail(std::string key, DetailValue v) {
    details.push_back({std::move(key), std::move(v)});
    return *this;
  }
  const DetailValue* find_detail(std::string_view key) const;
};

}  // namespace polso
