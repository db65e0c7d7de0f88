// Conversation exports through the whole pipeline. Every expected number is
// worked out by hand from the fixture's rows in the comments (durations in
// seconds; quantiles are type 7: h = (n − 1)p, interpolating x[⌊h⌋], x[⌊h⌋+1]).
#include "core/datasets/conversations_analysis.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/datasets/conversations_report.hpp"
#include "test_files.hpp"

namespace polso::datasets {
namespace {

std::string fixture(const std::string& name) { return polso::test::data_file("conversations/" + name); }

struct Run {
  ConversationsAnalysis analysis;
  ConversationsReport report;
};

std::unique_ptr<Run> analyse(const std::string& bytes, ConversationsOptions o = {}, std::size_t chunk = 1 << 16) {
  auto a = std::make_unique<ConversationsAnalysis>(std::move(o));
  for (std::size_t i = 0; i < bytes.size(); i += chunk) {
    auto e = a->feed(std::string_view(bytes).substr(i, chunk));
    EXPECT_FALSE(e) << e->message_en;
  }
  auto e = a->finish();
  EXPECT_FALSE(e) << (e ? e->message_en : "");
  auto r = conversations_report(a->aggregate(), {a->options().period, a->options().csat_scale,
                                                 a->columns().self_service.found()});
  EXPECT_TRUE(r.ok()) << (r ? "" : r.error().message_en);
  return std::make_unique<Run>(Run{std::move(*a), std::move(r.value())});
}

const ConversationsSummary& group(const std::vector<ConversationsSummary>& groups, const std::string& key) {
  for (const auto& g : groups)
    if (g.key == key) return g;
  ADD_FAILURE() << "no group " << key;
  static ConversationsSummary none;
  return none;
}

double detail(const Evaluation& e, const char* key) {
  const DetailValue* d = e.outcome.find_detail(key);
  return d && std::holds_alternative<double>(*d) ? std::get<double>(*d) : -999;
}

// Every number of a report as text, to compare two runs exactly.
std::string describe(const ConversationsReport& r) {
  std::string s;
  auto num = [&](double x) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g,", x);
    s += buf;
  };
  auto dur = [&](const std::optional<DurationSummary>& d) {
    if (!d) return void(s += "-,");
    num(static_cast<double>(d->n)), num(d->mean), num(d->median), num(d->p90), num(static_cast<double>(d->within_target));
  };
  auto summary = [&](const ConversationsSummary& g) {
    s += g.key + ":";
    num(static_cast<double>(g.conversations)), num(static_cast<double>(g.unanswered)), num(static_cast<double>(g.resolved));
    dur(g.first_response), dur(g.resolution);
    for (const auto* e : {&g.fcr, &g.self_service, &g.csat}) e->has_value() ? num((*e)->outcome.value) : void(s += "-,");
    s += std::to_string(g.outlier()) + "\n";
  };
  summary(r.overall);
  for (const auto& g : r.channels) summary(g);
  for (const auto& g : r.agents) summary(g);
  for (const auto& p : r.volume.series) s += p.period + "=" + std::to_string(p.conversations) + ";";
  return s;
}

TEST(ConversationsAnalysis, EnglishExportEveryNumberByHand) {
  auto run = analyse(fixture("basic.csv"));
  const auto& a = run->analysis;
  const auto& r = run->report;
  EXPECT_EQ(a.columns().conversation.name, "conversation_id");
  EXPECT_EQ(a.columns().channel.name, "channel");
  EXPECT_EQ(a.columns().agent.name, "agent");
  EXPECT_EQ(a.columns().created.name, "created_at");
  EXPECT_EQ(a.columns().first_response.name, "first_response_at");
  EXPECT_EQ(a.columns().resolved.name, "resolved_at");
  EXPECT_EQ(a.columns().csat.name, "csat");
  EXPECT_EQ(a.columns().self_service.name, "resolved_by_bot");
  EXPECT_EQ(a.columns().contacts.name, "contacts");
  EXPECT_FALSE(a.columns().reopened.found());

  // 13 rows: c12 answers a minute before it was created, c13 has no
  // creation time → 11 used.
  EXPECT_EQ(a.aggregate().rows().read(), 13u);
  EXPECT_EQ(a.aggregate().rows().used_rows(), 11u);
  EXPECT_EQ(a.aggregate().rows().reasons().at("response_before_created").first_rows, std::vector<std::uint64_t>{13});
  EXPECT_EQ(a.aggregate().rows().reasons().at("missing_created").first_rows, std::vector<std::uint64_t>{14});

  const auto& o = r.overall;
  EXPECT_EQ(o.conversations, 11u);
  EXPECT_EQ(o.unanswered, 1u);  // c8
  EXPECT_EQ(o.resolved, 9u);    // all but c8, c9
  // First responses c1..c11 without c8: 120 240 3600 10800 600 60 0 180 5 1800.
  // Sorted 0 5 60 120 180 240 600 1800 3600 10800, sum 17405.
  ASSERT_TRUE(o.first_response);
  EXPECT_EQ(o.first_response->n, 10u);
  EXPECT_DOUBLE_EQ(o.first_response->mean, 1740.5);
  EXPECT_DOUBLE_EQ(o.first_response->median, 210);  // h = 4.5: (180 + 240) / 2
  EXPECT_NEAR(o.first_response->p90, 4320, 1e-9);   // h = 8.1: 3600 + 0.1 × 7200
  // Targets: WhatsApp (300 s) 120 240 600 0 180 5 → 5 of 6; Email (7200 s)
  // 3600 10800 1800 → 2 of 3; Phone has none → 7 of 9.
  EXPECT_EQ(o.first_response->with_target, 9u);
  EXPECT_EQ(o.first_response->within_target, 7u);
  EXPECT_NEAR(*o.first_response->within_target_pct, 700.0 / 9, 1e-9);
  // Resolutions: 1800 3600 7200 86400 1200 300 60 30 5400, sum 105990.
  // Sorted 30 60 300 1200 1800 3600 5400 7200 86400.
  ASSERT_TRUE(o.resolution);
  EXPECT_EQ(o.resolution->n, 9u);
  EXPECT_NEAR(o.resolution->mean, 105990.0 / 9, 1e-9);
  EXPECT_DOUBLE_EQ(o.resolution->median, 1800);          // h = 4
  EXPECT_NEAR(o.resolution->p90, 23040, 1e-9);           // h = 7.2: 7200 + 0.2 × 79200
  // FCR: resolved with contacts 1: c1 c3 c5 c6 c7 c10 c11 = 7; c2 (2), c4 (3) not.
  ASSERT_TRUE(o.fcr);
  EXPECT_NEAR(o.fcr->outcome.value, 700.0 / 9, 1e-9);
  // Self-service: c7, c10 of 11 → 18.18%, below the 30–50% band.
  ASSERT_TRUE(o.self_service);
  EXPECT_NEAR(o.self_service->outcome.value, 200.0 / 11, 1e-9);
  ASSERT_TRUE(o.self_service->band);
  EXPECT_EQ(o.self_service->band->id, "low");
  // CSAT 5 4 3 2 5 4 5 4 (8 answers, none above 5 → 1–5 scale); 4–5: 6 → 75%.
  EXPECT_EQ(r.csat_scale, 5);
  ASSERT_TRUE(o.csat);
  EXPECT_EQ(o.csat_answers, 8u);
  EXPECT_DOUBLE_EQ(o.csat->outcome.value, 75);

  // Volume: Jan c1–c3 = 3, Feb c4–c7 = 4, Mar c8–c11 = 4. Change 0; slope
  // Σ(x − 1)(y − 11/3) / Σ(x − 1)² = (2/3 + 1/3) / 2 = 0.5.
  ASSERT_EQ(r.volume.series.size(), 3u);
  EXPECT_EQ(r.volume.series[0].period, "2024-01");
  EXPECT_EQ(r.volume.series[0].conversations, 3u);
  EXPECT_EQ(r.volume.series[2].conversations, 4u);
  EXPECT_DOUBLE_EQ(detail(r.volume.trend, "change"), 0);
  EXPECT_DOUBLE_EQ(detail(r.volume.trend, "slope"), 0.5);

  // Channels.
  ASSERT_EQ(r.channels.size(), 3u);
  const auto& email = group(r.channels, "Email");  // c3 c4 c8 c11
  EXPECT_EQ(email.conversations, 4u);
  EXPECT_EQ(email.unanswered, 1u);
  EXPECT_DOUBLE_EQ(email.first_response->mean, 5400);    // (3600 + 10800 + 1800) / 3
  EXPECT_DOUBLE_EQ(email.first_response->median, 3600);
  EXPECT_NEAR(*email.first_response->within_target_pct, 200.0 / 3, 1e-9);
  EXPECT_DOUBLE_EQ(email.resolution->median, 7200);      // 5400 7200 86400
  EXPECT_NEAR(email.fcr->outcome.value, 200.0 / 3, 1e-9);  // c3, c11 of c3 c4 c11
  EXPECT_NEAR(email.csat->outcome.value, 100.0 / 3, 1e-9); // 3 2 4 → one of three
  const auto& whatsapp = group(r.channels, "WhatsApp");  // c1 c2 c5 c7 c9 c10
  EXPECT_EQ(whatsapp.conversations, 6u);
  EXPECT_DOUBLE_EQ(whatsapp.first_response->median, 150);  // 0 5 120 180 240 600 → (120 + 180) / 2
  EXPECT_NEAR(*whatsapp.first_response->within_target_pct, 500.0 / 6, 1e-9);
  EXPECT_DOUBLE_EQ(whatsapp.resolution->median, 1200);     // 30 60 1200 1800 3600
  EXPECT_DOUBLE_EQ(whatsapp.fcr->outcome.value, 80);       // c2 had 2 contacts
  EXPECT_NEAR(whatsapp.self_service->outcome.value, 100.0 / 3, 1e-9);
  EXPECT_EQ(whatsapp.self_service->band->id, "good");
  EXPECT_DOUBLE_EQ(whatsapp.csat->outcome.value, 100);     // 5 4 5 4 5
  const auto& phone = group(r.channels, "Phone");
  EXPECT_EQ(phone.first_response->with_target, 0u);
  EXPECT_FALSE(phone.first_response->within_target_pct);
  EXPECT_FALSE(phone.csat);
  // No group has 5 durations and a median over twice the overall one.
  for (const auto& g : r.channels) EXPECT_FALSE(g.outlier()) << g.key;

  // Agents.
  ASSERT_EQ(r.agents.size(), 4u);
  const auto& anna = group(r.agents, "Anna");  // c1 c2 c9 c11: 120 240 180 1800
  EXPECT_EQ(anna.conversations, 4u);
  EXPECT_DOUBLE_EQ(anna.first_response->median, 210);
  EXPECT_DOUBLE_EQ(anna.first_response->mean, 585);  // 2340 / 4
  const auto& bot = group(r.agents, "Bot");
  EXPECT_DOUBLE_EQ(bot.self_service->outcome.value, 100);
  EXPECT_TRUE(r.quantiles_exact);
}

TEST(ConversationsAnalysis, ItalianSemicolonExportWithDayFirstDates) {
  auto run = analyse(fixture("italian_semicolon.csv"));
  const auto& a = run->analysis;
  const auto& r = run->report;
  EXPECT_EQ(a.table().dialect().delimiter, ';');
  EXPECT_EQ(a.date_order(), csv::DateOrder::dmy);  // 15/03 and 20/03 decide
  EXPECT_EQ(a.columns().conversation.name, "ID conversazione");
  EXPECT_EQ(a.columns().channel.name, "Canale");
  EXPECT_EQ(a.columns().agent.name, "Operatore");
  EXPECT_EQ(a.columns().created.name, "Creato il");
  EXPECT_EQ(a.columns().first_response.name, "Prima risposta");
  EXPECT_EQ(a.columns().resolved.name, "Risolto il");
  EXPECT_EQ(a.columns().csat.name, "Voto");
  EXPECT_EQ(a.columns().reopened.name, "Riaperto");
  // A5 answers a day before it was created → skipped; A6 never answered.
  EXPECT_EQ(a.aggregate().rows().used_rows(), 5u);
  EXPECT_EQ(a.aggregate().rows().reasons().at("response_before_created").count, 1u);
  const auto& o = r.overall;
  EXPECT_EQ(o.unanswered, 1u);
  // First responses A1 3 min, A2 1 h 30, A3 10 min, A4 1 min:
  // 180 5400 600 60 → sorted 60 180 600 5400, mean 6240 / 4.
  EXPECT_DOUBLE_EQ(o.first_response->mean, 1560);
  EXPECT_DOUBLE_EQ(o.first_response->median, 390);    // (180 + 600) / 2
  EXPECT_NEAR(o.first_response->p90, 3960, 1e-9);     // h = 2.7: 600 + 0.7 × 4800
  // WhatsApp 180 ≤ 300 yes, Email 5400 ≤ 7200 yes, Instagram 600 no, Telefono none.
  EXPECT_NEAR(*o.first_response->within_target_pct, 200.0 / 3, 1e-9);
  // Resolutions A1 20 min, A2 24 h, A3 1 h: 1200 86400 3600.
  EXPECT_DOUBLE_EQ(o.resolution->mean, 30400);
  EXPECT_DOUBLE_EQ(o.resolution->median, 3600);
  EXPECT_NEAR(o.resolution->p90, 69840, 1e-9);        // h = 1.8: 3600 + 0.8 × 82800
  // FCR from the reopened flag: A1 no, A2 sì, A3 no → 2 of 3.
  EXPECT_NEAR(o.fcr->outcome.value, 200.0 / 3, 1e-9);
  // Votes 9 7 10: above 5, so the 1–10 scale; 9–10 satisfied → 2 of 3.
  EXPECT_EQ(r.csat_scale, 10);
  EXPECT_NEAR(o.csat->outcome.value, 200.0 / 3, 1e-9);
  EXPECT_FALSE(o.self_service);
  // March A1–A4 = 4, April A6 = 1 (A5 skipped): change −3, −75%.
  ASSERT_EQ(r.volume.series.size(), 2u);
  EXPECT_DOUBLE_EQ(detail(r.volume.trend, "change"), -3);
  EXPECT_DOUBLE_EQ(detail(r.volume.trend, "change_pct"), -75);
}

TEST(ConversationsAnalysis, TimeZonesAndDaylightSavingChanges) {
  auto run = analyse(fixture("dst.csv"));
  const auto& r = run->report;
  // d1: 01:50 at +01:00 is 00:50 UTC; 03:05 at +02:00 (after the spring
  // change) is 01:05 UTC → 15 minutes, though the wall clocks differ by 1 h 15.
  // Resolved 03:30 +02:00 = 01:30 UTC → 40 minutes.
  // d2: 02:30 +02:00 = 00:30 UTC; 02:10 +01:00 (after the autumn change)
  // = 01:10 UTC → 40 minutes, though the wall clock went back. Resolved
  // 03:00 +01:00 = 02:00 UTC → 90 minutes.
  // d3 has a zone on one time only → skipped.
  EXPECT_EQ(run->analysis.aggregate().rows().reasons().at("mixed_time_zones").count, 1u);
  const auto& live = group(r.channels, "Live chat");
  EXPECT_DOUBLE_EQ(live.first_response->mean, 15 * 60);
  EXPECT_DOUBLE_EQ(live.resolution->mean, 40 * 60);
  const auto& email = group(r.channels, "Email");
  EXPECT_DOUBLE_EQ(email.first_response->mean, 40 * 60);
  EXPECT_DOUBLE_EQ(email.resolution->mean, 90 * 60);
  // 900 > 300 (chat), 2400 ≤ 7200 (e-mail) → 50%.
  EXPECT_DOUBLE_EQ(*r.overall.first_response->within_target_pct, 50);
  // March … October by month, the empty months as zeros.
  ASSERT_EQ(r.volume.series.size(), 8u);
  EXPECT_EQ(r.volume.series[1].period, "2024-04");
  EXPECT_EQ(r.volume.series[1].conversations, 0u);
}

TEST(ConversationsAnalysis, OneConversation) {
  auto run = analyse(fixture("one.csv"));
  const auto& r = run->report;
  EXPECT_EQ(run->analysis.columns().agent.name, "assignee");
  EXPECT_EQ(run->analysis.columns().first_response.name, "first reply at");
  EXPECT_EQ(run->analysis.columns().resolved.name, "closed at");
  EXPECT_EQ(r.overall.conversations, 1u);
  // 10:00 → 10:04 is 240 s; every statistic of one value is that value.
  EXPECT_DOUBLE_EQ(r.overall.first_response->mean, 240);
  EXPECT_DOUBLE_EQ(r.overall.first_response->median, 240);
  EXPECT_DOUBLE_EQ(r.overall.first_response->p90, 240);
  EXPECT_DOUBLE_EQ(*r.overall.first_response->within_target_pct, 100);  // Messenger: chat
  EXPECT_DOUBLE_EQ(r.overall.resolution->median, 1800);
  EXPECT_FALSE(r.overall.fcr);  // no contacts or reopened column
  EXPECT_FALSE(r.overall.csat);
  ASSERT_EQ(r.volume.series.size(), 1u);
  EXPECT_EQ(detail(r.volume.trend, "change"), -999);  // no previous period
}

TEST(ConversationsAnalysis, NeverAnsweredCountsInVolumeNotInTimes) {
  auto run = analyse("id,channel,created,first response,resolved\n"
                     "1,Email,2024-06-01 09:00,,\n"
                     "2,Email,2024-06-02 09:00,2024-06-02 09:10,2024-06-02 10:00\n");
  const auto& o = run->report.overall;
  EXPECT_EQ(o.conversations, 2u);
  EXPECT_EQ(o.unanswered, 1u);
  EXPECT_EQ(o.first_response->n, 1u);
  EXPECT_DOUBLE_EQ(o.first_response->mean, 600);
  EXPECT_EQ(run->report.volume.series[0].conversations, 2u);
}

TEST(ConversationsAnalysis, ResolvedBeforeCreatedAndUnreadableTimesAreSkipped) {
  auto run = analyse("id,created,first response,resolved\n"
                     "1,2024-06-01 09:00,2024-06-01 09:05,2024-06-01 08:00\n"
                     "2,2024-06-01 09:00,soon,\n"
                     "3,not a date,,\n"
                     "4,2024-06-01 09:00,2024-06-01 09:05,2024-06-01 09:30\n");
  const auto& rows = run->analysis.aggregate().rows();
  EXPECT_EQ(rows.used_rows(), 1u);
  EXPECT_EQ(rows.reasons().at("resolved_before_created").count, 1u);
  EXPECT_EQ(rows.reasons().at("bad_first_response").count, 1u);
  EXPECT_EQ(rows.reasons().at("bad_created").count, 1u);
}

TEST(ConversationsAnalysis, ChunkSizeDoesNotChangeTheReport) {
  for (const char* name : {"basic.csv", "italian_semicolon.csv", "dst.csv", "one.csv"}) {
    const std::string bytes = fixture(name);
    const std::string whole = describe(analyse(bytes)->report);
    EXPECT_EQ(describe(analyse(bytes, {}, 1)->report), whole) << name;
    EXPECT_EQ(describe(analyse(bytes, {}, 7)->report), whole) << name;
  }
}

TEST(ConversationsAnalysis, MergedHalvesEqualTheWhole) {
  const std::string bytes = fixture("basic.csv");
  const auto header_end = bytes.find('\n') + 1;
  const auto middle = bytes.find('\n', bytes.size() / 2) + 1;
  auto first = analyse(bytes.substr(0, middle));
  auto second = analyse(bytes.substr(0, header_end) + bytes.substr(middle));
  ConversationAggregate merged = first->analysis.aggregate();
  merged.merge(second->analysis.aggregate());
  auto r = conversations_report(merged, {csv::Period::month, std::nullopt, true});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(describe(*r), describe(analyse(bytes)->report));
  EXPECT_EQ(merged.rows().read(), 13u);
}

TEST(ConversationsAnalysis, ColumnsChosenByTheUser) {
  const std::string csv = "when,who,how,answered\n2024-06-01 09:00,Ann,chat,2024-06-01 09:01\n";
  ConversationsOptions o;
  o.columns.created = "when";
  o.columns.agent = "2";
  o.columns.channel = "how";
  auto run = analyse(csv, o);
  EXPECT_EQ(run->analysis.columns().agent.name, "who");
  EXPECT_EQ(run->analysis.columns().channel.name, "how");
  EXPECT_EQ(run->report.overall.first_response->mean, 60);

  ConversationsOptions bad;
  bad.columns.created = "nope";
  ConversationsAnalysis a(bad);
  a.feed(csv);
  auto e = a.finish();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "column_not_found");
  EXPECT_EQ(e->field, "created_column");
  EXPECT_FALSE(e->message_it.empty());
}

TEST(ConversationsAnalysis, NoCreatedColumnIsAnErrorValue) {
  ConversationsAnalysis a({});
  a.feed("name,score\nAnn,5\n");
  auto e = a.finish();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "created_column_not_found");
}

TEST(ConversationsAnalysis, TargetsAreOptions) {
  // Email answered in 1 h: within the default 2 h, not within a 30-minute target.
  const std::string csv = "created,first response,channel\n2024-06-01 09:00,2024-06-01 10:00,E-mail\n";
  EXPECT_DOUBLE_EQ(*analyse(csv)->report.overall.first_response->within_target_pct, 100);
  ConversationsOptions o;
  o.targets.email_seconds = 1800;
  EXPECT_DOUBLE_EQ(*analyse(csv, o)->report.overall.first_response->within_target_pct, 0);
}

TEST(ConversationsAnalysis, FlagsAndChannelKinds) {
  EXPECT_EQ(parse_flag("Sì"), std::optional<bool>(true));
  EXPECT_EQ(parse_flag(" YES "), std::optional<bool>(true));
  EXPECT_EQ(parse_flag("bot"), std::optional<bool>(true));
  EXPECT_EQ(parse_flag("0"), std::optional<bool>(false));
  EXPECT_EQ(parse_flag(""), std::optional<bool>(false));
  EXPECT_EQ(parse_flag("maybe"), std::nullopt);
  EXPECT_EQ(channel_kind("WhatsApp Business"), ChannelKind::chat);
  EXPECT_EQ(channel_kind("Live Chat"), ChannelKind::chat);
  EXPECT_EQ(channel_kind("Instagram DM"), ChannelKind::chat);
  EXPECT_EQ(channel_kind("SMS"), ChannelKind::chat);
  EXPECT_EQ(channel_kind("E-mail"), ChannelKind::email);
  EXPECT_EQ(channel_kind("Posta elettronica"), ChannelKind::email);
  EXPECT_EQ(channel_kind("Telefono"), ChannelKind::other);
}

}  // namespace
}  // namespace polso::datasets
