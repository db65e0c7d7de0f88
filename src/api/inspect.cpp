#include "api/inspect.hpp"

#include "api/dataset_options.hpp"
#include "api/json_response.hpp"
#include "core/datasets/dataset_kind.hpp"
#include "core/datasets/table_stream.hpp"

namespace polso::api {
namespace {

// Takes the header and sample, and nothing else.
class HeaderCapture final : public datasets::TableHandler {
 public:
  std::optional<Error> on_columns(const std::vector<std::string>& headers,
                                  std::span<const std::vector<std::string>>) override {
    headers_ = headers;
    return std::nullopt;
  }
  void on_row(std::uint64_t, std::span<const std::string_view>) override {}
  void on_empty_row(std::uint64_t) override {}
  const std::vector<std::string>& headers() const { return headers_; }

 private:
  std::vector<std::string> headers_;
};

// Reads the head of a file into `table` with a header capture.
std::optional<Error> read_head(std::string_view head, datasets::TableStream& table) {
  // The head of a longer file usually ends inside a row: stop at its last
  // line break so the partial row does not read as a broken one.
  bool cut_short = false;
  if (auto cut = head.find_last_of('\n'); cut != std::string_view::npos && cut + 1 < head.size()) {
    head = head.substr(0, cut + 1);
    cut_short = true;
  }
  if (auto e = table.feed(head)) return e;
  auto e = table.finish();
  // A first row longer than the head (a 15 MB comment) is still to come:
  // the header alone tells the kind.
  if (e && e->code == "no_data_rows" && cut_short) return std::nullopt;
  return e;
}

// The column names read: the handler's, or the table's when no row came.
const std::vector<std::string>& names(const HeaderCapture& capture, const datasets::TableStream& table) {
  return capture.headers().empty() ? table.headers() : capture.headers();
}

}  // namespace

Expected<datasets::KindGuess> guess_kind_of(std::string_view head, const datasets::TableOptions& options) {
  HeaderCapture capture;
  datasets::TableStream table(options, capture);
  if (auto e = read_head(head, table)) return *e;
  return datasets::guess_dataset_kind(names(capture, table));
}

std::string inspect(std::string_view head, std::string_view options_json) {
  auto parsed = parse_request(options_json.empty() ? std::string_view("{}") : options_json);
  const Lang lang = parsed ? lang_from_tag(text_option(*parsed, "lang").value_or("en")) : Lang::en;
  if (!parsed) return response_text(failure_json(parsed.error(), lang));
  auto options = table_options(*parsed);
  if (!options) return response_text(failure_json(options.error(), lang));

  HeaderCapture capture;
  datasets::TableStream table(*options, capture);
  if (auto e = read_head(head, table)) return response_text(failure_json(*e, lang));

  const datasets::KindGuess guess = datasets::guess_dataset_kind(names(capture, table));
  json report = {{"ok", true},
                 {"dataset", datasets::dataset_id(guess)},
                 {"sure", guess.sure},
                 {"profile", profile_json(guess.profile, lang)},
                 {"scores", {{"survey", guess.scores[0]}, {"orders", guess.scores[1]}, {"conversations", guess.scores[2]}}}};
  datasets::RowAccounting no_rows;
  add_table_sections(report, table, no_rows, std::nullopt, nullptr, lang);
  report.erase("rows");
  report.erase("skipped_reasons");
  return response_text(report);
}

}  // namespace polso::api
