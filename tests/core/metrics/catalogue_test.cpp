// Invariants of the metric catalogue, and a smoke request for every variant of
// every metric (so a new variant without a test fails here).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include "core/catalogue.hpp"
#include "core/evaluate.hpp"
#include "core/inference/estimand.hpp"
#include "metric_test_support.hpp"

namespace polso::metric_testing {
namespace {

bool filled(Localized l) { return !l.en.empty() && !l.it.empty(); }

// One valid request per (metric, variant). Chosen so that every detail a
// band may read is produced (CES percent_easy, CLV with a CAC).
const std::map<std::pair<std::string, std::string>, Inputs>& samples() {
  static const std::map<std::pair<std::string, std::string>, Inputs> all = {
      {{"nps", "counts"}, {{"promoters", 5.0}, {"passives", 3.0}, {"detractors", 2.0}}},
      {{"nps", "scores"}, {{"scores", Scores{9, 7, 0}}}},
      {{"nps", "distribution"}, {{"distribution", Scores(11, 1.0)}}},
      {{"csat", "counts"}, {{"satisfied", 4.0}, {"responses", 5.0}}},
      {{"csat", "scores"}, {{"scores", Scores{5, 4, 1}}, {"scale", 5.0}, {"threshold", 4.0}}},
      {{"csat", "distribution"}, {{"distribution", Scores(6, 1.0)}}},
      {{"ces", "scores"}, {{"scores", Scores{7, 5, 2}}, {"method", text("percent_easy")}}},
      {{"ces", "distribution"}, {{"distribution", Scores{0, 1, 1, 1, 1, 1, 1, 1}}, {"method", text("mean")}}},
      {{"ces", "mean_totals"}, {{"sum", 11.0}, {"responses", 3.0}}},
      {{"ces", "easy_counts"}, {{"easy", 2.0}, {"responses", 3.0}}},
      {{"churn_rate", "lost"}, {{"customers_start", 100.0}, {"customers_lost", 5.0}}},
      {{"churn_rate", "start_new_end"}, {{"customers_start", 100.0}, {"customers_new", 5.0}, {"customers_end", 95.0}}},
      {{"retention_rate", "start_end_new"}, {{"customers_start", 100.0}, {"customers_end", 95.0}, {"customers_new", 5.0}}},
      {{"retention_rate", "retained"}, {{"customers_start", 100.0}, {"customers_retained", 90.0}}},
      {{"repeat_purchase_rate", "counts"}, {{"repeat_customers", 2.0}, {"total_customers", 10.0}}},
      {{"clv", "transactional"}, {{"avg_purchase_value", 50.0}, {"purchase_frequency", 4.0}, {"lifespan", 5.0}, {"cac", 100.0}}},
      {{"clv", "subscription"}, {{"monthly_revenue", 30.0}, {"lifetime_months", 24.0}, {"gross_margin", 80.0}}},
      {{"clv", "churn"}, {{"monthly_revenue", 30.0}, {"monthly_churn_rate", 5.0}, {"currency", text("EUR")}}},
      {{"mrr", "counts"}, {{"customers", 100.0}, {"arpc", 50.0}}},
      {{"cac", "counts"}, {{"acquisition_spend", 1000.0}, {"new_customers", 10.0}}},
      {{"cac_payback", "cac"}, {{"cac", 400.0}, {"monthly_revenue", 50.0}}},
      {{"cac_payback", "spend"}, {{"acquisition_spend", 4000.0}, {"new_customers", 10.0}, {"monthly_revenue", 50.0}}},
      {{"customer_acquisition_rate", "counts"}, {{"customers_new", 10.0}, {"customers_start", 100.0}}},
      {{"engagement_rate", "counts"}, {{"active_customers", 10.0}, {"total_customers", 100.0}}},
      {{"repeat_interaction_rate", "counts"}, {{"repeat_customers", 10.0}, {"total_customers", 100.0}}},
      {{"ctr", "counts"}, {{"clicks", 6.0}, {"impressions", 10.0}}},
      {{"conversion_rate", "counts"}, {{"conversions", 6.0}, {"visitors", 100.0}}},
      {{"bounce_rate", "counts"}, {{"bounced_sessions", 30.0}, {"sessions", 100.0}}},
      {{"avg_session_duration", "counts"}, {{"total_duration_seconds", 600.0}, {"sessions", 10.0}}},
      {{"pages_per_visit", "counts"}, {{"pageviews", 30.0}, {"sessions", 10.0}}},
      {{"cart_abandonment_rate", "counts"}, {{"carts_created", 100.0}, {"purchases", 30.0}}},
      {{"feature_adoption_rate", "counts"}, {{"feature_users", 30.0}, {"active_users", 100.0}}},
      {{"stickiness", "counts"}, {{"dau", 30.0}, {"mau", 100.0}}},
      {{"social_engagement_rate", "followers"}, {{"likes", 30.0}, {"comments", 2.0}, {"followers", 100.0}}},
      {{"social_engagement_rate", "impressions"}, {{"likes", 30.0}, {"saves", 1.0}, {"impressions", 1000.0}}},
      {{"follower_growth_rate", "counts"}, {{"followers_start", 100.0}, {"followers_end", 110.0}}},
      {{"marketing_roi", "counts"}, {{"revenue", 300.0}, {"cost", 100.0}}},
      {{"first_response_time", "durations"}, {{"durations_seconds", Scores{60, 120}}, {"channel", text("email")}}},
      {{"resolution_time", "durations"}, {{"durations_seconds", Scores{600, 1200}}}},
      {{"first_contact_resolution", "counts"}, {{"resolved_first_contact", 7.0}, {"resolved_total", 10.0}}},
      {{"self_service_rate", "counts"}, {{"self_served", 4.0}, {"total_requests", 10.0}}},
      {{"conversation_volume", "totals"}, {{"conversations", 300.0}, {"days", 30.0}}},
      {{"conversation_volume", "series"}, {{"volumes", Scores{10, 20, 30}}}},
  };
  return all;
}

TEST(MetricCatalogue, IsNotEmptyAndCoversEveryGroup) {
  std::set<Group> groups;
  for (const auto& m : catalogue()) groups.insert(m.group);
  EXPECT_EQ(groups.size(), 4u);
  // The METRICS.md ids are all present.
  for (std::string_view id : {"nps", "csat", "ces", "churn_rate", "retention_rate", "repeat_purchase_rate", "clv",
                              "mrr", "cac", "cac_payback", "customer_acquisition_rate", "engagement_rate",
                              "repeat_interaction_rate", "ctr", "conversion_rate", "bounce_rate",
                              "avg_session_duration", "pages_per_visit", "cart_abandonment_rate",
                              "feature_adoption_rate", "stickiness", "social_engagement_rate",
                              "follower_growth_rate", "marketing_roi", "first_response_time", "resolution_time",
                              "first_contact_resolution", "self_service_rate", "conversation_volume"})
    EXPECT_NE(find_metric(id), nullptr) << id;
}

TEST(MetricCatalogue, IdsAreUniqueSnakeCaseAndFindable) {
  std::set<std::string_view> ids;
  for (const auto& m : catalogue()) {
    EXPECT_TRUE(ids.insert(m.id).second) << "duplicate id " << m.id;
    EXPECT_FALSE(m.id.empty());
    EXPECT_TRUE(std::all_of(m.id.begin(), m.id.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; }))
        << m.id;
    EXPECT_EQ(find_metric(m.id), &m);
  }
  EXPECT_EQ(find_metric("no_such_metric"), nullptr);
}

TEST(MetricCatalogue, TextIsGivenInBothLanguages) {
  for (const auto& m : catalogue()) {
    EXPECT_TRUE(filled(m.name)) << m.id;
    EXPECT_TRUE(filled(m.help)) << m.id;
    EXPECT_TRUE(filled(m.formula)) << m.id;
    EXPECT_TRUE(filled(group_name(m.group))) << m.id;
    if (!m.unit_label.en.empty() || !m.unit_label.it.empty()) {
      EXPECT_TRUE(filled(m.unit_label)) << m.id;
    }
    for (const auto& i : m.inputs) {
      EXPECT_TRUE(filled(i.label)) << m.id << "." << i.name;
      EXPECT_TRUE(filled(i.help)) << m.id << "." << i.name;
    }
    for (const auto& v : m.variants) EXPECT_TRUE(filled(v.label)) << m.id << "/" << v.id;
    for (const auto& b : m.bands) EXPECT_TRUE(filled(b.label)) << m.id << " band " << b.id;
  }
}

TEST(MetricCatalogue, UnitsAreFromTheContract) {
  const std::set<std::string_view> allowed{"points", "percent", "score", "currency", "seconds", "ratio", "count"};
  for (const auto& m : catalogue()) EXPECT_TRUE(allowed.contains(unit_id(m.unit))) << m.id;
  // And the units METRICS.md names.
  EXPECT_EQ(find_metric("nps")->unit, Unit::points);
  EXPECT_EQ(find_metric("csat")->unit, Unit::percent);
  EXPECT_EQ(find_metric("ces")->unit, Unit::score);
  EXPECT_EQ(find_metric("clv")->unit, Unit::currency);
}

TEST(MetricCatalogue, InputsAreUniqueAndWellFormed) {
  for (const auto& m : catalogue()) {
    std::set<std::string_view> names;
    for (const auto& i : m.inputs) {
      EXPECT_TRUE(names.insert(i.name).second) << m.id << " repeats input " << i.name;
      EXPECT_LE(i.min, i.max) << m.id << "." << i.name;
      if (i.kind == InputKind::choice) {
        EXPECT_FALSE(i.choices.empty()) << m.id << "." << i.name;
        if (!i.default_value.empty()) {
          EXPECT_NE(std::find(i.choices.begin(), i.choices.end(), i.default_value), i.choices.end())
              << m.id << "." << i.name << " default " << i.default_value;
        }
      } else {
        EXPECT_TRUE(i.choices.empty()) << m.id << "." << i.name;
      }
      if (i.kind == InputKind::percent) {
        EXPECT_EQ(i.min, 0.0) << m.id << "." << i.name;
        EXPECT_EQ(i.max, 100.0) << m.id << "." << i.name;
      }
    }
  }
}

TEST(MetricCatalogue, VariantsNameOnlyDeclaredInputs) {
  for (const auto& m : catalogue()) {
    ASSERT_FALSE(m.variants.empty()) << m.id;
    std::set<std::string_view> ids;
    for (const auto& v : m.variants) {
      EXPECT_TRUE(ids.insert(v.id).second) << m.id << " repeats variant " << v.id;
      EXPECT_FALSE(v.required.empty()) << m.id << "/" << v.id;
      for (auto n : v.required) EXPECT_NE(m.input(n), nullptr) << m.id << "/" << v.id << " requires " << n;
      for (auto n : v.optional) {
        EXPECT_NE(m.input(n), nullptr) << m.id << "/" << v.id << " takes " << n;
        EXPECT_EQ(std::find(v.required.begin(), v.required.end(), n), v.required.end())
            << m.id << "/" << v.id << " lists " << n << " as both required and optional";
      }
    }
    // Variants are tried in order: an earlier variant whose required inputs
    // are a subset of a later one's would make the later unreachable.
    for (std::size_t i = 0; i < m.variants.size(); ++i)
      for (std::size_t j = i + 1; j < m.variants.size(); ++j) {
        const auto& a = m.variants[i].required;
        const auto& b = m.variants[j].required;
        const bool subset = std::all_of(a.begin(), a.end(), [&](auto n) {
          return std::find(b.begin(), b.end(), n) != b.end();
        });
        EXPECT_FALSE(subset) << m.id << ": variant " << m.variants[j].id << " is shadowed by " << m.variants[i].id;
      }
    // Every input is used by some variant.
    for (const auto& in : m.inputs) {
      const bool used = std::any_of(m.variants.begin(), m.variants.end(), [&](const VariantSpec& v) {
        return std::find(v.required.begin(), v.required.end(), in.name) != v.required.end() ||
               std::find(v.optional.begin(), v.optional.end(), in.name) != v.optional.end();
      });
      EXPECT_TRUE(used) << m.id << "." << in.name << " is used by no variant";
    }
  }
}

TEST(MetricCatalogue, EveryVariantComputesItsSample) {
  std::size_t variants = 0;
  for (const auto& m : catalogue())
    for (const auto& v : m.variants) {
      ++variants;
      const auto it = samples().find({std::string(m.id), std::string(v.id)});
      ASSERT_NE(it, samples().end()) << "no sample request for " << m.id << "/" << v.id;
      const auto r = evaluate(m.id, it->second);
      ASSERT_TRUE(r.ok()) << m.id << "/" << v.id << ": " << r.error().message_en;
      EXPECT_EQ(r->metric, &m);
      EXPECT_EQ(variant_of(r), v.id) << m.id;
      EXPECT_EQ(warning(r, "unused_input"), nullptr) << m.id << "/" << v.id;
      EXPECT_TRUE(std::isfinite(r->outcome.value)) << m.id << "/" << v.id;
      EXPECT_FALSE(r->outcome.formula.en().empty()) << m.id << "/" << v.id;
      EXPECT_FALSE(r->outcome.formula.it().empty()) << m.id << "/" << v.id;
      for (const auto& w : r->outcome.warnings) {
        EXPECT_FALSE(w.message_en.empty()) << w.code;
        EXPECT_FALSE(w.message_it.empty()) << w.code;
        EXPECT_NE(w.message_en, w.message_it) << w.code;
      }
      if (!m.bands.empty() && m.id != "clv" && m.id != "ces") {
        EXPECT_NE(r->band, nullptr) << m.id << "/" << v.id << " value " << r->outcome.value << " is in no band";
      }
    }
  EXPECT_EQ(variants, samples().size()) << "a sample names a variant the catalogue does not have";
}

TEST(MetricCatalogue, BandsReadValuesTheMetricProduces) {
  // Numeric detail keys each metric produces, gathered from the samples.
  std::map<std::string, std::set<std::string>> produced;
  for (const auto& [key, inputs] : samples()) {
    const auto r = evaluate(key.first, inputs);
    if (!r.ok()) continue;  // reported by EveryVariantComputesItsSample
    for (const auto& d : r->outcome.details)
      if (std::holds_alternative<double>(d.value)) produced[key.first].insert(d.key);
  }
  for (const auto& m : catalogue()) {
    std::set<std::string_view> ids;
    for (const auto& b : m.bands) {
      EXPECT_TRUE(ids.insert(b.id).second) << m.id << " repeats band " << b.id;
      EXPECT_LE(b.low, b.high) << m.id << " band " << b.id;
      EXPECT_TRUE(b.on == "value" || produced[std::string(m.id)].contains(std::string(b.on)))
          << m.id << " band " << b.id << " reads " << b.on << ", which the metric never produces";
      if (!b.when_input.empty()) {
        const InputSpec* in = m.input(b.when_input);
        ASSERT_NE(in, nullptr) << m.id << " band " << b.id << " depends on unknown input " << b.when_input;
        EXPECT_EQ(in->kind, InputKind::choice) << m.id << " band " << b.id;
        EXPECT_NE(std::find(in->choices.begin(), in->choices.end(), b.when_value), in->choices.end())
            << m.id << " band " << b.id << ": " << b.when_value << " is not a choice of " << b.when_input;
      } else {
        EXPECT_TRUE(b.when_value.empty()) << m.id << " band " << b.id << " has when_value without when_input";
      }
    }
  }
}

TEST(MetricCatalogue, BandsDoNotOverlap) {
  // At every band edge, at most one band (of those reading the same number
  // under the same condition) may contain the point.
  auto contains = [](const BandSpec& b, double x) {
    return (b.low_inclusive ? x >= b.low : x > b.low) && (b.high_inclusive ? x <= b.high : x < b.high);
  };
  for (const auto& m : catalogue())
    for (const auto& edge_band : m.bands)
      for (double x : {edge_band.low, edge_band.high}) {
        if (!std::isfinite(x)) continue;
        int n = 0;
        for (const auto& b : m.bands)
          if (b.on == edge_band.on && b.when_input == edge_band.when_input && b.when_value == edge_band.when_value &&
              contains(b, x))
            ++n;
        EXPECT_LE(n, 1) << m.id << ": " << n << " bands contain " << x;
      }
}

TEST(MetricCatalogue, EachEstimandIsReadFromTheDetailsItsMetricWrites) {
  // A share whose detail keys are misspelt, or a kind that does not fit the
  // result, gives no interval: every sample must give its declared family.
  for (const auto& m : catalogue()) {
    const bool none = m.estimand.kind == EstimandKind::none || m.estimand.kind == EstimandKind::unset;
    bool matched = none;
    for (const auto& [key, inputs] : samples()) {
      if (key.first != m.id) continue;
      const auto r = evaluate(m.id, inputs);
      if (!r.ok()) continue;  // reported by EveryVariantComputesItsSample
      const std::string_view family = inference::family_of(inference::estimand_of(*r));
      if (none) {
        EXPECT_EQ(family, "none") << m.id << "/" << key.second;
        continue;
      }
      const bool as_share = m.estimand.kind == EstimandKind::share || r->outcome.unit == Unit::percent;
      const std::string_view want = m.estimand.kind == EstimandKind::nps ? "nps" : as_share ? "proportion" : "mean";
      if (family == want) matched = true;
      else EXPECT_EQ(family, "none") << m.id << "/" << key.second << " reads as " << family << ", not " << want;
    }
    EXPECT_TRUE(matched) << m.id << ": no sample gives its " << estimand_kind_id(m.estimand.kind) << " estimand";
  }
}

TEST(MetricCatalogue, EveryMetricDeclaresWhatSamplingStandsBehindIt) {
  // Forgetting it would silently give a new share metric no interval, no
  // comparison and no plan: "none" must be said, never assumed.
  for (const auto& m : catalogue())
    EXPECT_NE(m.estimand.kind, EstimandKind::unset) << m.id << ": declare .estimand (share_of(…), nps, mean or none)";
}

TEST(MetricCatalogue, EveryResultLiesInItsMetricsRange) {
  for (const auto& [key, inputs] : samples()) {
    const auto r = evaluate(key.first, inputs);
    if (!r.ok()) continue;
    const ValueBounds& range = r->metric->range;
    EXPECT_GE(r->outcome.value, range.low) << key.first << "/" << key.second;
    EXPECT_LE(r->outcome.value, range.high) << key.first << "/" << key.second;
  }
}

TEST(MetricCatalogue, MetricsWithASampleHaveWordsForTheirSentences) {
  // Intervals and comparisons speak of the metric ("NPS rose …"): their words
  // come from the catalogue, complete in both languages.
  for (const auto& m : catalogue()) {
    if (m.estimand.kind == EstimandKind::none) continue;  // unset: refused above
    EXPECT_FALSE(m.words.en_subject.empty()) << m.id;
    EXPECT_FALSE(m.words.en_object.empty()) << m.id;
    EXPECT_FALSE(m.words.it_subject.empty()) << m.id;
  }
}

}  // namespace
}  // namespace polso::metric_testing
