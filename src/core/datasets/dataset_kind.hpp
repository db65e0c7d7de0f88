// Which kind of export a file is — survey answers, orders or support
// conversations — from its column names, so one drop zone takes them all and
// asks only when unsure.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace polso::datasets {

struct ExportProfile;

// The *_counts kinds are the small files a warehouse query writes (docs/at-scale.md).
enum class DatasetKind { survey, orders, conversations, conversations_counts };
std::string_view dataset_kind_id(DatasetKind k);

struct KindGuess {
  DatasetKind kind = DatasetKind::survey;
  bool sure = false;                    // false: offer the choice to the user
  std::array<double, 3> scores{};       // evidence per raw kind (survey, orders, conversations)
  const ExportProfile* profile = nullptr;  // the export format that settled it, if any
};

// A counts file's header (measure, up_to_seconds, count) or a known export
// format's signature (export_profile.hpp) decides the kind for sure;
// otherwise the column names' keywords weigh each kind.

KindGuess guess_dataset_kind(const std::vector<std::string>& headers);

}  // namespace polso::datasets
