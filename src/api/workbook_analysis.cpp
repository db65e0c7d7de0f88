#include "api/workbook_analysis.hpp"

#include "api/analyze.hpp"
#include "api/dataset_options.hpp"
#include "api/inspect.hpp"
#include "core/csv/dialect.hpp"
#include "api/json_request.hpp"
#include "api/json_response.hpp"
#include "core/workbook/ole_file.hpp"
#include "core/workbook/workbook_reader.hpp"

namespace polso::api {
namespace {

Lang lang_of(const json& options) {
  return lang_from_tag(text_option(options, "lang").value_or("en"));
}

// RFC 4180 text of one row, quoted where a field needs it.
void append_csv_row(std::span<const std::string> cells, std::string& out) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out.push_back(',');
    const std::string& c = cells[i];
    const bool quote = c.find_first_of(",\"\r\n") != std::string::npos ||
                       (!c.empty() && (c.front() == ' ' || c.back() == ' ' || c.front() == '\t' || c.back() == '\t'));
    if (!quote) {
      out.append(c);
      continue;
    }
    out.push_back('"');
    for (char ch : c) {
      if (ch == '"') out.push_back('"');
      out.push_back(ch);
    }
    out.push_back('"');
  }
  out.push_back('\n');
}

// The sheet's rows, as CSV text, into the Analysis in chunks of ~1 MiB.
// For a first look, only the first csv::kSniffSampleBytes are kept.
class CsvRows : public workbook::RowSink {
 public:
  CsvRows(Analysis& analysis, bool first_look) : analysis_(analysis), first_look_(first_look) {}
  std::optional<Error> on_row(std::span<const std::string> cells) override {
    append_csv_row(cells, text_);
    ++rows_;
    if (first_look_ && text_.size() >= csv::kSniffSampleBytes) {
      enough = true;
      return Error{"enough", "", "", "", -1, -1, ""};  // stops the reader; not a failure
    }
    if (!first_look_ && text_.size() >= kFlushBytes) return flush();
    return std::nullopt;
  }
  const std::string& head() const { return text_; }
  bool enough = false;
  std::optional<Error> flush() {
    if (first_look_) return std::nullopt;
    if (failure.empty() && !text_.empty()) failure = analysis_.feed(text_);
    text_.clear();
    if (failure.empty()) return std::nullopt;
    return Error{"stopped", "", "", "", -1, -1, ""};  // the Analysis's own failure is kept in `failure`
  }
  std::uint64_t rows() const { return rows_; }
  std::string failure;

 private:
  static constexpr std::size_t kFlushBytes = 1 << 20;
  Analysis& analysis_;
  bool first_look_;
  std::string text_;
  std::uint64_t rows_ = 0;
};

json csv_text_options(json options) {
  // The text the rows become: comma-separated, '.' decimals, UTF-8.
  options["delimiter"] = ",";
  options["decimal"] = ".";
  options["encoding"] = "utf-8";
  options.erase("sheet");
  return options;
}

std::optional<std::string> sheet_option(const json& options) {
  const auto it = options.find("sheet");
  if (it == options.end() || it->is_null()) return std::nullopt;
  if (it->is_number_integer()) return std::to_string(it->get<std::int64_t>());
  if (it->is_string() && !it->get<std::string>().empty()) return it->get<std::string>();
  return std::nullopt;
}

}  // namespace

struct WorkbookAnalysis::State {
  json options;
  Lang lang = Lang::en;
  std::optional<Error> option_error;
  std::unique_ptr<Analysis> analysis;
  std::unique_ptr<CsvRows> rows;
  std::unique_ptr<workbook::WorkbookReader> reader;
  std::uint64_t file_size = 0;
  bool first_look = false;
  const workbook::ZipEntry* entry = nullptr;
  std::string failed;  // the failure response, once there is one

  // "" or the failure response for `e` (the Analysis's own when it stopped the rows).
  std::string fail(const std::optional<Error>& e) {
    if (!failed.empty()) return failed;
    if (!e || rows->enough) return {};
    failed = !rows->failure.empty() ? rows->failure : response_text(failure_json(*e, lang));
    return failed;
  }
};

WorkbookAnalysis::WorkbookAnalysis(std::string_view options_json, std::uint64_t file_size, bool first_look)
    : state_(std::make_unique<State>()) {
  auto& s = *state_;
  s.file_size = file_size;
  s.first_look = first_look;
  auto parsed = parse_request(options_json.empty() ? std::string_view("{}") : options_json);
  if (parsed) s.options = std::move(parsed.value());
  s.lang = lang_of(s.options);
  if (const auto it = s.options.find("sheet");
      parsed && it != s.options.end() && !it->is_null() && !it->is_string() && !it->is_number_integer())
    s.option_error = option_error("sheet", "The sheet is a sheet’s name or its number (1 for the first).",
                                  "Il foglio è il nome di un foglio o il suo numero (1 per il primo).");
  s.analysis = std::make_unique<Analysis>(parsed ? csv_text_options(s.options).dump() : std::string(options_json));
  s.rows = std::make_unique<CsvRows>(*s.analysis, first_look);
  s.reader = std::make_unique<workbook::WorkbookReader>(file_size, sheet_option(s.options), *s.rows);
  if (!parsed) s.failed = s.analysis->finish();
  else if (s.option_error) s.fail(s.option_error);
}

WorkbookAnalysis::~WorkbookAnalysis() = default;

ByteSpan WorkbookAnalysis::tail_range() const {
  const auto r = state_->reader->tail_range();
  return {r.offset, r.size};
}

std::string WorkbookAnalysis::read_tail(std::string_view bytes) {
  if (!state_->failed.empty()) return state_->failed;
  return state_->fail(state_->reader->read_tail(bytes));
}

ByteSpan WorkbookAnalysis::directory_range() const {
  const auto r = state_->reader->directory_range();
  return {r.offset, r.size};
}

std::string WorkbookAnalysis::read_directory(std::string_view bytes) {
  if (!state_->failed.empty()) return state_->failed;
  return state_->fail(state_->reader->read_directory(bytes));
}

bool WorkbookAnalysis::next_entry() {
  if (!state_->failed.empty() || state_->rows->enough) return false;
  state_->entry = state_->reader->next_entry();
  return state_->entry != nullptr;
}

ByteSpan WorkbookAnalysis::header_range() const {
  if (!state_->entry) return {};
  const auto r = workbook::local_header_range(*state_->entry);
  return {r.offset, r.size};
}

std::string WorkbookAnalysis::read_header(std::string_view bytes) {
  if (!state_->failed.empty()) return state_->failed;
  if (!state_->entry) return state_->fail(workbook::damaged_archive());
  auto r = workbook::entry_data_range(bytes, *state_->entry, state_->file_size);
  if (!r) return state_->fail(r.error());
  data_ = {r->offset, r->size};
  return {};
}

bool WorkbookAnalysis::deflated() const {
  return state_->entry && state_->entry->method == workbook::Compression::deflate;
}

bool WorkbookAnalysis::has_enough() const { return state_->rows->enough; }

std::string WorkbookAnalysis::feed(std::string_view inflated) {
  if (!state_->failed.empty()) return state_->failed;
  if (state_->rows->enough) return {};
  return state_->fail(state_->reader->feed(inflated));
}

std::string WorkbookAnalysis::end_entry() {
  if (!state_->failed.empty()) return state_->failed;
  if (state_->rows->enough) return {};
  return state_->fail(state_->reader->end_entry());
}

std::string WorkbookAnalysis::finish() {
  auto& s = *state_;
  if (!s.failed.empty()) return s.failed;
  if (!s.rows->enough) {
    if (auto e = s.reader->finish()) return s.fail(e);
    if (auto e = s.rows->flush()) return s.fail(e);
  }
  json sheets = json::array();
  for (const auto& sheet : s.reader->sheets()) sheets.push_back({{"name", sheet.name}, {"hidden", sheet.hidden}});
  json source = {{"format", s.reader->format() == workbook::WorkbookFormat::ods ? "ods" : "xlsx"},
                 {"sheet", s.reader->sheet_read().value_or("")},
                 {"sheets", std::move(sheets)}};
  if (s.first_look) {
    json look = json::parse(api::inspect(s.rows->head(), csv_text_options(s.options).dump()), nullptr, false);
    if (look.is_object() && look.contains("dialect"))
      for (const auto& [key, value] : source.items()) look["dialect"][key] = value;
    return response_text(look);
  }
  s.analysis->describe_source(response_text(source));
  return s.analysis->finish();
}

std::string WorkbookAnalysis::progress() const {
  return response_text(json{{"bytes", state_->reader->inflated_bytes()}, {"rows", state_->rows->rows()}});
}

ByteSpan ole_directory_span(std::string_view header) {
  const auto r = workbook::ole_directory_range(header);
  return {r.offset, r.size};
}

std::string ole_failure(std::string_view options_json, std::string_view directory) {
  auto parsed = parse_request(options_json.empty() ? std::string_view("{}") : options_json);
  return response_text(failure_json(workbook::ole_error(directory), parsed ? lang_of(*parsed) : Lang::en));
}

}  // namespace polso::api
