// The surveys export formats polso recognises. Each entry's "source" says where
// its layout comes from; each has a fixture in tests/data/exports/. Survey
// tools put the questions in columns of their own, so a profile names the
// tool's fixed columns (its timestamp, Delighted's score); the question that
// holds the score is found from its words and answers.
#include "core/datasets/export_profile.hpp"

namespace polso::datasets {

std::span<const ExportProfile> survey_profiles() {
  using csv::DateOrder;
  constexpr std::string_view kGoogle = "https://support.google.com/docs/answer/139706";
  constexpr std::string_view kGoogleSheet = "Google Forms responses", kGoogleSheetIt = "risposte di Google Moduli";
  static const ExportProfile kProfiles[] = {
      {.id = "surveymonkey",
       .name_en = "SurveyMonkey responses export",
       .name_it = "esportazione risposte SurveyMonkey",
       .signature = "respondent id|collector id|start date|end date",
       .columns = {{{"date", "end date|start date"}}},
       .date_order = DateOrder::mdy,
       .source = "https://help.surveymonkey.com/en/surveymonkey/analyze/exporting-responses/ (All responses data, "
                 "expanded: two header rows, question then Response)"},
      {.id = "qualtrics",
       .name_en = "Qualtrics responses export",
       .name_it = "esportazione risposte Qualtrics",
       .signature = "startdate|enddate|status|progress|duration (in seconds)|finished|recordeddate|responseid",
       .columns = {{{"date", "recordeddate|enddate"}}},
       .source = "https://www.qualtrics.com/support/survey-platform/data-and-analysis-module/data/download-data/"
                 "understanding-your-dataset/ (three header rows: ids, question text, ImportId)"},
      {.id = "typeform",
       .name_en = "Typeform responses download",
       .name_it = "download risposte Typeform",
       .signature = "#|start date (utc)|submit date (utc)|network id",
       .columns = {{{"date", "submit date (utc)|start date (utc)"}}},
       .source = "https://www.typeform.com/help/a/download-your-results-360029617111/"},
      // Google Forms names its first column in the form's language; the
      // locale word settles the date order where the locale does.
      {.id = "google_forms", .name_en = kGoogleSheet, .name_it = kGoogleSheetIt, .signature = "^timestamp",
       .columns = {{{"date", "timestamp"}}}, .date_order = DateOrder::mdy, .source = kGoogle},
      {.id = "google_forms", .name_en = kGoogleSheet, .name_it = kGoogleSheetIt, .signature = "^marca temporale",
       .columns = {{{"date", "marca temporale"}}}, .date_order = DateOrder::dmy, .source = kGoogle},
      {.id = "google_forms", .name_en = kGoogleSheet, .name_it = kGoogleSheetIt, .signature = "^horodateur",
       .columns = {{{"date", "horodateur"}}}, .date_order = DateOrder::dmy, .source = kGoogle},
      {.id = "google_forms", .name_en = kGoogleSheet, .name_it = kGoogleSheetIt, .signature = "^marca temporal",
       .columns = {{{"date", "marca temporal"}}}, .date_order = DateOrder::dmy, .source = kGoogle},
      {.id = "google_forms", .name_en = kGoogleSheet, .name_it = kGoogleSheetIt, .signature = "^zeitstempel",
       .columns = {{{"date", "zeitstempel"}}}, .date_order = DateOrder::dmy, .source = kGoogle},
      {.id = "google_forms", .name_en = kGoogleSheet, .name_it = kGoogleSheetIt, .signature = "^carimbo de data/hora",
       .columns = {{{"date", "carimbo de data/hora"}}}, .date_order = DateOrder::dmy, .source = kGoogle},
      {.id = "microsoft_forms",
       .name_en = "Microsoft Forms responses",
       .name_it = "risposte di Microsoft Forms",
       .signature = "id|start time|completion time|email|name",
       .columns = {{{"date", "completion time|start time"}}},
       .source = "https://support.microsoft.com/forms (Open in Excel: ID, Start time, Completion time, Email, Name, "
                 "then one column per question)"},
      {.id = "microsoft_forms",
       .name_en = "Microsoft Forms responses",
       .name_it = "risposte di Microsoft Forms",
       .signature = "id|ora di inizio|ora di completamento",
       .columns = {{{"date", "ora di completamento|ora di inizio"}}},
       .date_order = DateOrder::dmy,
       .source = "https://support.microsoft.com/forms (Italian: ID, Ora di inizio, Ora di completamento, Posta "
                 "elettronica, Nome)"},
      {.id = "jotform",
       .name_en = "Jotform submissions export",
       .name_it = "esportazione invii Jotform",
       .signature = "submission date|submission id",
       .columns = {{{"date", "submission date"}}},
       .source = "https://www.jotform.com/help/104-how-to-download-form-submissions-as-excel-csv-or-pdf/"},
      {.id = "limesurvey",
       .name_en = "LimeSurvey responses export",
       .name_it = "esportazione risposte LimeSurvey",
       .signature = "id|submitdate|lastpage|startlanguage",
       .columns = {{{"date", "submitdate|datestamp|startdate"}}},
       .source = "https://manual.limesurvey.org/Exporting_results (question codes as headings)"},
      {.id = "limesurvey",
       .name_en = "LimeSurvey responses export",
       .name_it = "esportazione risposte LimeSurvey",
       .signature = "response id|date submitted|last page|start language",
       .columns = {{{"date", "date submitted|date last action|date started"}}},
       .source = "https://manual.limesurvey.org/Exporting_results (full question text as headings)"},
      {.id = "delighted",
       .name_en = "Delighted responses export",
       .name_it = "esportazione risposte Delighted",
       .signature = "score|comment|survey type|response timestamp",
       .columns = {{{"score", "score"}, {"date", "response timestamp"}, {"comment", "comment"}}},
       .source = "https://app.delighted.com/docs/api (survey response: score, comment, survey_type, created_at; "
                 "the CSV download names them Score, Comment, Survey type, Response timestamp)"},
  };
  return kProfiles;
}

}  // namespace polso::datasets
