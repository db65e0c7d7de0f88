// Which metric a survey column can hold: NPS, CSAT or CES follow from what
// its name asks and the scale its answers use. When the metric is not given
// it follows the column; when it is given and the column's scale cannot hold
// it (NPS from 1–5 answers), that is a scale_mismatch.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/datasets/survey_report.hpp"

namespace polso::datasets {

// Fewer answers than this cannot show a column's scale: a small file may
// simply lack the high answers.
inline constexpr std::uint64_t kScaleEvidence = 10;

// The scale of a score column: the answers a sample of it holds (whole
// numbers 0..10), widened to the scale its name states ("(1-5)", "0–10",
// "1 to 7", "da 1 a 5").
struct ScaleSeen {
  int min = -1, max = -1;  // -1: no answer read and no scale stated
  std::uint64_t answers = 0;
  bool stated = false;  // the name states the scale
  bool any() const { return answers > 0 || stated; }
  // Enough to judge which metrics the column can hold.
  bool enough() const { return stated || answers >= kScaleEvidence; }
};
ScaleSeen scale_seen(std::span<const std::vector<std::string>> sample, std::size_t column,
                     std::string_view header = {});

struct MetricFromColumn {
  std::string id;          // nps | csat | ces
  int scale = 10;          // the metric's scale that holds the answers
  bool named = false;      // the column's name says the metric; false: the scale alone
  std::string reason_en, reason_it;
  std::optional<Warning> mismatch;  // scale_mismatch, for a column chosen by hand
};

// The metric a column holds, from its name (en/it/fr/es/de/pt words) and its
// answers; a scale_mismatch error when the name asks one metric and the
// answers cannot give it ("recommend" with 1–5 answers) — or, for a column
// the user chose, the metric the scale fits with that warning.
Expected<MetricFromColumn> metric_from_column(std::string_view header, const ScaleSeen& seen,
                                              bool column_by_user = false);

// The scale_mismatch notice when `metric` (given by the user) cannot be read
// from this column's answers; nullopt when it can, or the sample is too small
// to tell. A scale the user gave is taken as given.
std::optional<Notice> scale_mismatch(const SurveyMetric& metric, std::string_view header, const ScaleSeen& seen,
                                     bool column_by_user);

// NPS asked of fewer than kScaleEvidence answers that all stop at 7: no
// proof of a mismatch, but the figure may come from a 1–5 or 1–7 question,
// so the report says so (scale_uncertain) beside it.
std::optional<Notice> scale_doubt(const SurveyMetric& metric, std::string_view header, const ScaleSeen& seen);

}  // namespace polso::datasets
