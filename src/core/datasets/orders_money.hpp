// Money of an orders file as whole micro-units (10⁻⁶ of the currency unit)
// in an int64. Integer sums do not depend on the order of addition, so a
// file read in parts and merged adds up to the very same figures as one
// read in sequence; a double sum would differ in its last digits.
// Why 10⁻⁶: currencies have at most 3 decimals and unit prices seldom more
// than 4, so every amount a shop writes is kept exactly, and totals up to
// 9.2 trillion units still fit. An amount with more decimals is rounded to
// the nearest micro-unit (half away from zero), once, when it is read.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>

namespace polso::datasets {

using Micros = std::int64_t;
inline constexpr double kMicrosPerUnit = 1e6;
// Beyond this (in units) an amount, or a sum of them, is not kept exactly:
// 2^63 micro-units, less a margin.
inline constexpr double kMaxMoneyUnits = 9e12;

// The amount in micro-units; nullopt when it is not finite or too large.
inline std::optional<Micros> to_micros(double units) {
  if (!(std::fabs(units) < kMaxMoneyUnits)) return std::nullopt;
  return static_cast<Micros>(std::llround(units * kMicrosPerUnit));
}
// a + b without undefined behaviour past the int64 range: the sums that
// could go past it are the totals, checked (OrdersAggregate::money_overflow),
// and a report with an overflow is refused.
inline Micros add_micros(Micros a, Micros b) {
  return static_cast<Micros>(static_cast<std::uint64_t>(a) + static_cast<std::uint64_t>(b));
}
// Back to units for the report: the double nearest the exact decimal.
inline double from_micros(Micros m) { return static_cast<double>(m) / kMicrosPerUnit; }

}  // namespace polso::datasets
