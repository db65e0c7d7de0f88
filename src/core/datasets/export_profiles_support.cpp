// The support export formats polso recognises. Each entry's "source" says where
// its layout comes from; each has a fixture in tests/data/exports/.
//
// Where an export gives both a duration and the timestamps, the duration wins
// and the timestamps fill the rows where it is blank. Satisfaction words not
// listed here are read with the generic vocabulary (conversations_csat.cpp).
#include "core/datasets/export_profile.hpp"

namespace polso::datasets {

namespace {
using D = DurationUnit;
using M = Meaning;
}  // namespace

std::span<const ExportProfile> support_profiles() {
  static const ExportProfile kProfiles[] = {
      {.id = "zendesk_tickets",
       .name_en = "Zendesk tickets export",
       .name_it = "export dei ticket di Zendesk",
       .kind = DatasetKind::conversations,
       .signature = "id|assignee|via|created at|solved at|first reply time in minutes",
       .columns = {{{"conversation", "id"},
                    {"channel", "via"},
                    {"agent", "assignee"},
                    {"created", "created at"},
                    {"resolved", "solved at"},
                    {"first_response_time", "first reply time in minutes", D::minutes},
                    {"resolution_time", "full resolution time in minutes", D::minutes},
                    {"csat", "satisfaction score"},
                    {"reopened", "reopens"}}},
       .words = {{{M::satisfied, "good|good with comment"},
                  {M::unsatisfied, "bad|bad with comment"},
                  {M::unanswered, "offered|unoffered|not offered"}}},
       .source = "https://support.zendesk.com/hc/en-us/articles/4408886165402"},
      {.id = "freshdesk_tickets",
       .name_en = "Freshdesk tickets export",
       .name_it = "export dei ticket di Freshdesk",
       .kind = DatasetKind::conversations,
       .signature = "ticket id|source|created time|first response time (in hrs)|resolution time (in hrs)",
       .columns = {{{"conversation", "ticket id"},
                    {"channel", "source"},
                    {"agent", "agent"},
                    {"created", "created time"},
                    {"first_response", "initial response time"},
                    {"first_response_time", "first response time (in hrs)", D::hours},
                    {"resolved", "resolved time|closed time"},
                    {"resolution_time", "resolution time (in hrs)", D::hours},
                    {"csat", "survey results|survey result|customer satisfaction|customer satisfaction rating"}}},
       .words = {{{M::satisfied, "extremely happy|very happy|happy|awesome"},
                  {M::unsatisfied, "neutral|unhappy|very unhappy|extremely unhappy|just okay|not good"}}},
       .source = "https://support.freshdesk.com/en/support/solutions/articles/50000000041 (fields of the ticket "
                 "export as in freshdesk/helpkit's export test)"},
      {.id = "intercom_conversations",
       .name_en = "Intercom conversations export",
       .name_it = "export delle conversazioni di Intercom",
       .kind = DatasetKind::conversations,
       .signature = "conversation id|conversation started at|teammate currently assigned",
       .columns = {{{"conversation", "conversation id"},
                    {"channel", "channel|conversation source"},
                    {"agent", "teammate currently assigned"},
                    {"created", "conversation started at|conversation created at"},
                    {"first_response", "conversation first replied at"},
                    {"first_response_time", "first response time (seconds)", D::seconds},
                    {"resolved", "conversation last closed at|conversation first closed at"},
                    {"resolution_time", "time to close (seconds)", D::seconds},
                    {"csat", "last teammate rating|conversation rating"}}},
       .source = "https://www.intercom.com/help/en/articles/6762778-reporting-metrics-for-rest-api-and-csv-exports"},
      {.id = "helpscout_conversations",
       .name_en = "Help Scout conversations export",
       .name_it = "export delle conversazioni di Help Scout",
       .kind = DatasetKind::conversations,
       .signature = "conversation id|mailbox|assigned to|created at|happiness rating",
       .columns = {{{"conversation", "conversation id|number"},
                    {"channel", "type|source"},
                    {"agent", "assigned to"},
                    {"created", "created at"},
                    {"first_response", "first response at"},
                    {"resolved", "closed at"},
                    {"csat", "happiness rating"}}},
       .words = {{{M::satisfied, "great"}, {M::unsatisfied, "okay|not good"}}},
       .source = "https://developer.helpscout.com/webhooks/objects/conversation and "
                 "https://docs.helpscout.com/article/46-reporting (Happiness: Great / Okay / Not Good)"},
      {.id = "hubspot_tickets",
       .name_en = "HubSpot tickets export",
       .name_it = "export dei ticket di HubSpot",
       .kind = DatasetKind::conversations,
       .signature = "ticket id|ticket name|pipeline|create date|ticket owner",
       .columns = {{{"conversation", "ticket id"},
                    {"channel", "source"},
                    {"agent", "ticket owner"},
                    {"created", "create date"},
                    {"first_response_time", "time to first agent reply (hh:mm:ss)|time to first agent reply", D::clock},
                    {"resolved", "close date"},
                    {"resolution_time", "time to close (hh:mm:ss)|time to close", D::clock}}},
       .source = "https://knowledge.hubspot.com/properties/hubspots-default-ticket-properties"},
      {.id = "gorgias_tickets",
       .name_en = "Gorgias tickets export",
       .name_it = "export dei ticket di Gorgias",
       .kind = DatasetKind::conversations,
       .signature = "ticket id|channel|assignee|created datetime|closed datetime",
       .columns = {{{"conversation", "ticket id"},
                    {"channel", "channel"},
                    {"agent", "assignee"},
                    {"created", "created datetime"},
                    {"first_response_time", "first response time (s)", D::seconds},
                    {"resolved", "closed datetime"},
                    {"resolution_time", "resolution time (s)", D::seconds},
                    {"csat", "satisfaction survey score|csat score"}}},
       .source = "https://developers.gorgias.com/reference/the-ticket-object (ticket fields) and "
                 "https://docs.gorgias.com/en-US/how-metrics-are-calculated-406747 (CSAT 1-5)"},
      {.id = "trengo_tickets",
       .name_en = "Trengo tickets export",
       .name_it = "export dei ticket di Trengo",
       .kind = DatasetKind::conversations,
       .signature = "ticket id|channel|assigned to|created at|closed at|first response time",
       .columns = {{{"conversation", "ticket id"},
                    {"channel", "channel"},
                    {"agent", "assigned to"},
                    {"created", "created at"},
                    {"first_response_time", "first response time", D::clock},
                    {"resolved", "closed at"},
                    {"resolution_time", "resolution time", D::clock},
                    {"csat", "csat|rating"}}},
       .source = "https://help.trengo.com/en/articles/116050-resolutions-report (first response and resolution "
                 "time, CSAT)"},
  };
  return kProfiles;
}

}  // namespace polso::datasets
