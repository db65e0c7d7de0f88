// The warnings of an orders report read from a raw export, in the order it
// lists them: the report's own (orders_report.hpp), then the note on the
// day/month order the dates were read with, when it had to be chosen.
#pragma once

#include <vector>

#include "core/datasets/orders_analysis.hpp"
#include "core/datasets/orders_report.hpp"
#include "core/error.hpp"

namespace polso::datasets {

std::vector<Warning> orders_warnings(const OrdersAnalysis& a, const OrdersReport& r);

}  // namespace polso::datasets
