#include "core/outcome.hpp"

#include "core/number_format.hpp"

namespace polso {

FormulaText& FormulaText::text(std::string_view s) {
  en_ += s;
  it_ += s;
  return *this;
}

FormulaText& FormulaText::number(double x, int max_decimals) {
  en_ += format_number(x, Lang::en, max_decimals);
  it_ += format_number(x, Lang::it, max_decimals);
  return *this;
}

const DetailValue* Outcome::find_detail(std::string_view key) const {
  for (const auto& d : details)
    if (d.key == key) return &d.value;
  return nullptr;
}

}  // namespace polso
