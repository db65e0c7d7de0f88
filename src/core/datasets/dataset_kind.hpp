// Which kind of export a file is — survey answers, orders or support
// conversations — from its column names, so one drop zone takes them all and
// asks only when unsure.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace polso::datasets {

struct ExportProfile;

enum class DatasetKind { survey, orders, conversations };
std::string_view dataset_kind_id(DatasetKind k);

struct KindGuess {
  DatasetKind kind = DatasetKind::survey;
  bool sure = false;                    // false: offer the choice to the user
  std::array<double, 3> scores{};       // evidence per raw kind (survey, orders, conversations)
  const ExportProfile* profile = nullptr;  // the export format that settled it, if any
  bool counts = false;                  // the kind's counts file (a warehouse's reduction), for sure
};

// "orders", or "orders-counts" for a counts file: the dataset to read it as.
std::string dataset_id(const KindGuess& g);

// A dataset as a user names it: a kind, raw rows or its counts file.
struct DatasetName {
  DatasetKind kind = DatasetKind::survey;
  bool counts = false;
};
// The names a user may give ("auto" aside), in the order messages list them;
// "_" may stand for "-".
inline constexpr std::array<std::string_view, 6> kDatasetNames = {
    "survey", "survey-counts", "orders", "orders-counts", "conversations", "conversations-counts"};
// nullopt when `name` is none of kDatasetNames.
std::optional<DatasetName> parse_dataset_name(std::string_view name);

// A counts file's header (its columns name what it counts) or a known export
// format's signature (export_profile.hpp) decides the kind for sure;
// otherwise the column names' keywords weigh each kind.

KindGuess guess_dataset_kind(const std::vector<std::string>& headers);

}  // namespace polso::datasets
