// The orders-counts dataset through the JSON door: options → the counts
// reader, and its counts → the orders report, in the same JSON shape as the
// raw orders file (orders_json.hpp).
#include "api/dataset_options.hpp"
#include "api/dataset_session.hpp"
#include "api/json_response.hpp"
#include "api/orders_json.hpp"
#include "core/datasets/orders_counts_report.hpp"
#include "core/datasets/orders_counts_table.hpp"
#include "core/datasets/skip_reasons.hpp"

namespace polso::api {
namespace {

class OrdersCountsSession final : public DatasetSession {
 public:
  OrdersCountsSession(datasets::TableOptions table, datasets::OrdersReportOptions report, std::optional<csv::Period> asked)
      : analysis_(std::move(table)), report_options_(report), asked_(asked) {}

  std::optional<Error> feed(std::string_view bytes) override { return analysis_.feed(bytes); }
  std::optional<Error> finish() override { return analysis_.finish(); }
  const datasets::TableStream& table() const override { return analysis_.table(); }
  std::uint64_t rows_read() const override { return analysis_.rows().read(); }

  Expected<json> report(Lang lang) const override {
    const datasets::OrdersCounts& counts = analysis_.counts();
    auto options = datasets::orders_counts_options(counts.period, report_options_, asked_);
    if (!options) return options.error();
    auto r = datasets::orders_counts_report(counts, *options);
    if (!r) return r.error();
    json report = orders_report_json(*r, *options, std::nullopt, counts.has_channels, "orders-counts", nullptr, lang);
    report["warnings"] = warnings_json(r->warnings, lang);
    add_table_sections(report, analysis_.table(), analysis_.rows(), std::nullopt, datasets::counts_skip_reason, lang);
    return report;
  }

 private:
  datasets::OrdersCountsAnalysis analysis_;
  datasets::OrdersReportOptions report_options_;
  std::optional<csv::Period> asked_;  // the period option, when given
};

}  // namespace

Expected<std::unique_ptr<DatasetSession>> make_orders_counts_session(const json& o) {
  auto table = table_options(o);
  if (!table) return table.error();
  auto report = orders_report_options(o);
  if (!report) return report.error();
  std::optional<csv::Period> asked;
  if (text_option(o, "period")) asked = report->period;
  return std::unique_ptr<DatasetSession>(std::make_unique<OrdersCountsSession>(*table, *report, asked));
}

}  // namespace polso::api
