// A dataset analysis as the JSON door sees it: bytes in, one report out.
// Each kind of export (survey, orders, conversations) implements one; the
// `Analysis` of analyze.hpp picks it from the "dataset" option.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "api/json_request.hpp"
#include "core/datasets/part_state.hpp"
#include "core/datasets/table_stream.hpp"
#include "core/error.hpp"
#include "core/localized.hpp"

namespace polso::api {

class DatasetSession {
 public:
  virtual ~DatasetSession() = default;
  virtual std::optional<Error> feed(std::string_view bytes) = 0;
  virtual std::optional<Error> finish() = 0;
  // The report after a successful finish (an error value if the data allow none).
  virtual Expected<json> report(Lang lang) const = 0;
  virtual const datasets::TableStream& table() const = 0;
  virtual std::uint64_t rows_read() const = 0;
  // Reading one file in byte ranges (Analysis::part): a session for a later
  // range, or nullptr when this kind is read in sequence only or the head
  // is not ready (see TableStream::ready_for_parts).
  virtual std::unique_ptr<DatasetSession> part() const { return nullptr; }
  // Adds a part that followed everything read so far, after `line_offset`
  // lines. False: the merge could differ from a reading in sequence, and
  // this session is spoilt.
  virtual bool absorb(const DatasetSession&, std::uint64_t /*line_offset*/) { return false; }
  // A finished part's state as bytes (datasets/part_state.hpp), for a part
  // read by another worker; empty for a kind read in sequence only.
  virtual std::string part_state() const { return {}; }
  // absorb() of a part's state bytes: false also when they are not valid.
  virtual bool absorb_state(std::string_view, std::uint64_t /*line_offset*/) { return false; }
};

// A session over an analysis a file's byte ranges can be read into in
// parallel (survey, conversations): `Analysis` has part(), absorb(), feed(),
// finish(), part_state(), table() and aggregate().rows(); `Options` are the report's
// options, the same for every part. `Self` is the session class (CRTP),
// constructible from (std::unique_ptr<Analysis>, Options), with a static
// load_part_state(bytes) (datasets/part_state.hpp) for its kind.
template <class Self, class Analysis, class Options>
class PartedSession : public DatasetSession {
 public:
  PartedSession(std::unique_ptr<Analysis> analysis, Options options)
      : analysis_(std::move(analysis)), options_(std::move(options)) {}

  std::unique_ptr<DatasetSession> part() const override {
    auto p = analysis_->part();
    if (!p) return nullptr;
    return std::make_unique<Self>(std::move(p), options_);
  }
  bool absorb(const DatasetSession& part, std::uint64_t line_offset) override {
    const auto* p = dynamic_cast<const Self*>(&part);
    return p && analysis_->absorb(*p->analysis_, line_offset);
  }
  std::string part_state() const override { return datasets::save_part_state(analysis_->part_state()); }
  bool absorb_state(std::string_view bytes, std::uint64_t line_offset) override {
    auto state = Self::load_part_state(bytes);
    return state && analysis_->absorb(*state, line_offset);
  }
  std::optional<Error> feed(std::string_view bytes) override { return analysis_->feed(bytes); }
  std::optional<Error> finish() override { return analysis_->finish(); }
  const datasets::TableStream& table() const override { return analysis_->table(); }
  std::uint64_t rows_read() const override { return analysis_->aggregate().rows().read(); }

 protected:
  std::unique_ptr<Analysis> analysis_;
  Options options_;
};

// Factories, one per dataset kind (survey_session.cpp, orders_session.cpp, …).
// `options` is the whole options object; errors name the bad option.
Expected<std::unique_ptr<DatasetSession>> make_survey_session(const json& options, bool pre_aggregated);
Expected<std::unique_ptr<DatasetSession>> make_orders_session(const json& options);
// "orders-counts": the counts of docs/datasets.md instead of the orders.
Expected<std::unique_ptr<DatasetSession>> make_orders_counts_session(const json& options);
Expected<std::unique_ptr<DatasetSession>> make_conversations_session(const json& options);
Expected<std::unique_ptr<DatasetSession>> make_conversations_counts_session(const json& options);

}  // namespace polso::api
