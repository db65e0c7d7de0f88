// The export profiles as data (export_profiles_{orders,surveys,support}.cpp):
// every entry well formed — a stable id, roles of its dataset, folded names —
// and recognised from its own signature; and the look-ups over them
// (match_profile, profile_column, profile_unit, meaning_of) on headers
// written as the tools write them.
#include "core/datasets/export_profile.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/csv/columns.hpp"
#include "core/datasets/conversations_columns.hpp"
#include "core/datasets/orders_columns.hpp"
#include "core/datasets/survey_analysis.hpp"

namespace polso::datasets {
namespace {

std::span<const std::string_view> roles_of(DatasetKind kind) {
  switch (kind) {
    case DatasetKind::survey: return kSurveyRoles;
    case DatasetKind::orders: return kOrderRoles;
    default: return kConversationRoles;
  }
}

bool folded(std::string_view name) {
  return !name.empty() && csv::fold_for_matching(name) == name && csv::trim(name) == name;
}

const ExportProfile& profile(std::string_view id) {
  for (const ExportProfile& p : export_profiles())
    if (p.id == id) return p;
  ADD_FAILURE() << id;
  return export_profiles().front();
}

TEST(ExportProfile, EveryEntryIsWellFormed) {
  // An id names a tool; its variants (Google Forms in each language, LimeSurvey's
  // two heading styles) share it, and are listed together under one name.
  std::set<std::string_view> ids;
  const ExportProfile* previous = nullptr;
  const struct {
    std::span<const ExportProfile> table;
    DatasetKind kind;
  } tables[] = {{order_profiles(), DatasetKind::orders},
                {survey_profiles(), DatasetKind::survey},
                {support_profiles(), DatasetKind::conversations}};
  std::size_t total = 0;
  for (const auto& t : tables) {
    EXPECT_FALSE(t.table.empty());
    total += t.table.size();
    for (const ExportProfile& p : t.table) {
      SCOPED_TRACE(std::string(p.id));
      if (previous && previous->id == p.id) {
        EXPECT_EQ(previous->name_en, p.name_en);
        EXPECT_EQ(previous->name_it, p.name_it);
      } else {
        EXPECT_TRUE(ids.insert(p.id).second) << "the id is taken by another tool";
      }
      previous = &p;
      EXPECT_TRUE(std::all_of(p.id.begin(), p.id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }));
      EXPECT_EQ(p.kind, t.kind);
      EXPECT_FALSE(p.name_en.empty());
      EXPECT_FALSE(p.name_it.empty());
      EXPECT_FALSE(p.source.empty());
      each_name(p.signature, [&](std::string_view n) { EXPECT_TRUE(folded(n.starts_with('^') ? n.substr(1) : n)) << n; });
      const auto roles = roles_of(p.kind);
      for (const ProfileColumn& c : p.columns) {
        if (c.role.empty()) continue;
        EXPECT_NE(std::find(roles.begin(), roles.end(), c.role), roles.end()) << c.role << " is no role of the dataset";
        each_name(c.headers, [&](std::string_view n) { EXPECT_TRUE(folded(n)) << n; });
        // Only durations given as numbers have a unit.
        if (c.unit != DurationUnit::none) EXPECT_TRUE(c.role.ends_with("_time")) << c.role;
      }
      for (const VocabularyEntry& w : p.words)
        each_name(w.words, [&](std::string_view n) { EXPECT_TRUE(folded(n)) << n; });
    }
  }
  EXPECT_EQ(export_profiles().size(), total);  // the three tables, nothing else
}

TEST(ExportProfile, EachIsRecognisedFromItsOwnSignature) {
  for (const ExportProfile& p : export_profiles()) {
    std::vector<std::string> headers;
    each_name(p.signature, [&](std::string_view n) { headers.emplace_back(n.starts_with('^') ? n.substr(1) : n); });
    // A "^name" must come first; the others in any order.
    const ExportProfile* found = match_profile(headers, p.kind);
    ASSERT_NE(found, nullptr) << p.id;
    EXPECT_EQ(found->id, p.id);
    EXPECT_EQ(found->signature, p.signature);  // this very variant
  }
}

TEST(ExportProfile, MatchAsTheToolsWriteTheirHeaders) {
  const std::vector<std::string> shopify = {"Name", "Email", "Financial Status", "Paid at", "Fulfillment Status",
                                            "Total", "Created at", "Lineitem quantity", "Lineitem price"};
  EXPECT_EQ(match_profile(shopify)->id, "shopify_orders");
  EXPECT_EQ(match_profile(shopify, DatasetKind::orders)->id, "shopify_orders");
  EXPECT_EQ(match_profile(shopify, DatasetKind::survey), nullptr);  // only the kind asked for
  // Intercom adds the time zone in brackets to its time columns.
  EXPECT_EQ(match_profile({"Conversation ID", "Conversation started at (America/New_York)", "Teammate currently assigned"})->id,
            "intercom_conversations");
  // One signature name missing: no profile.
  EXPECT_EQ(match_profile({"Name", "Email", "Financial Status", "Paid at", "Total", "Created at", "Lineitem quantity"}), nullptr);
  EXPECT_EQ(match_profile({}), nullptr);
}

TEST(ExportProfile, ColumnOfARole) {
  const ExportProfile& zendesk = profile("zendesk_tickets");
  const std::vector<std::string> headers = {"ID", "Via", "Assignee", "Created at", "Solved at", "First reply time in minutes"};
  EXPECT_EQ(profile_column(zendesk, "conversation", headers), 0u);
  EXPECT_EQ(profile_column(zendesk, "agent", headers), 2u);
  EXPECT_EQ(profile_column(zendesk, "first_response_time", headers), 5u);
  EXPECT_EQ(profile_column(zendesk, "csat", headers), std::nullopt);  // named by the profile, absent from the file
  EXPECT_EQ(profile_column(zendesk, "contacts", headers), std::nullopt);  // not named by the profile
  // Shopify's date is "created at", else "paid at": the first name the file has.
  const ExportProfile& shopify = profile("shopify_orders");
  EXPECT_EQ(profile_column(shopify, "date", {"Paid at", "Created at"}), 1u);
  EXPECT_EQ(profile_column(shopify, "date", {"Paid at", "Total"}), 0u);
}

TEST(ExportProfile, UnitOfARole) {
  const ExportProfile& zendesk = profile("zendesk_tickets");
  EXPECT_EQ(profile_unit(zendesk, "first_response_time"), DurationUnit::minutes);
  EXPECT_EQ(profile_unit(zendesk, "resolution_time"), DurationUnit::minutes);
  EXPECT_EQ(profile_unit(zendesk, "created"), DurationUnit::none);
  EXPECT_EQ(profile_unit(zendesk, "no_such_role"), DurationUnit::none);
}

TEST(ExportProfile, MeaningProfileWordsFirstThenGeneric) {
  const ExportProfile& shopify = profile("shopify_orders");
  const VocabularyEntry generic[] = {{Meaning::paid, "paid|pagato"}, {Meaning::refunded, "refunded|voided"}};
  const struct {
    const char* cell;
    const ExportProfile* p;
    Meaning meaning;
  } cases[] = {
      {"voided", &shopify, Meaning::not_paid},  // the profile's word wins over the generic one
      {"voided", nullptr, Meaning::refunded},
      {"  PENDING ", &shopify, Meaning::not_paid},  // trimmed and folded
      {"partially_refunded", &shopify, Meaning::partly_refunded},
      {"Pagato", &shopify, Meaning::paid},  // not the profile's: the generic table's
      {"paid out", &shopify, Meaning::none},  // whole words only
      {"", &shopify, Meaning::none},
  };
  for (const auto& c : cases) EXPECT_EQ(meaning_of(c.cell, c.p, generic), c.meaning) << c.cell;
}

}  // namespace
}  // namespace polso::datasets
