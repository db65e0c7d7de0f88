// From a SurveyAggregate to NPS, CSAT or CES overall, per period and per
// segment — through the same catalogue functions as typed-in counts, so a
// file and its counts always agree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv/dates.hpp"
#include "core/datasets/survey_aggregate.hpp"
#include "core/evaluate.hpp"

namespace polso::datasets {

struct SurveyMetric {
  std::string id = "nps";           // nps | csat | ces
  int scale = 10;                   // 10 for NPS; 5 or 10 for CSAT; 7 or 5 for CES
  std::optional<int> threshold;     // CSAT / CES percent_easy
  std::string method = "mean";      // CES: mean | percent_easy
  bool scale_given = false;         // chosen by the user, not the metric's default
  bool scale_from_answers = false;  // CSAT 1–10 recognised from the answers

  // The lowest score read: CSAT also takes 0, as one guide's 0–5 scale does
  // (METRICS.md), though its scale is named 1–5 or 1–10 like CES's.
  int min_score() const { return id == "ces" ? 1 : 0; }
  int lowest_named() const { return id == "nps" ? 0 : 1; }
  int max_score() const { return scale; }
  // Where the scale came from: "option", "answers" or "default".
  std::string_view scale_source_id() const {
    return scale_given ? "option" : scale_from_answers ? "answers" : "default";
  }
};

// Checks the metric id, scale and method; the scale defaults per metric.
Expected<SurveyMetric> make_survey_metric(std::string id, std::optional<int> scale,
                                          std::optional<int> threshold, std::string method);

struct GroupResult {
  std::string key;
  Evaluation evaluation;
  // For segments: everyone else in the file, to compare the segment with.
  std::optional<Evaluation> rest;
  // For periods: the one before in the list is the calendar period right
  // before this one, so "change from the previous period" means something.
  bool follows_previous = false;
};

struct SurveyReport {
  Evaluation overall;
  std::vector<GroupResult> periods;   // in key order (keys sort chronologically)
  std::vector<GroupResult> segments;  // in key order
};

// `period`: the bucket of the periods' keys (day … year).
Expected<SurveyReport> survey_report(const SurveyAggregate& aggregate, const SurveyMetric& metric, csv::Period period);

}  // namespace polso::datasets
