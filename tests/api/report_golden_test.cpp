// Every CSV under tests/data goes through the JSON door and its whole report
// must equal tests/golden/<same path>.json, byte for byte. These are not
// reference figures (exports_test checks those against independent scripts):
// they pin every field of every report, so a refactor that moves report
// decisions between layers proves it changed nothing, and a change that does
// alter a report shows exactly what moved in the diff of the golden file.
//
// After an intended change: POLSO_UPDATE_GOLDEN=1 build/bin/polso_api_tests
// --gtest_filter='Golden*' rewrites the files; review the diff, commit it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "api/analyze.hpp"
#include "test_files.hpp"

#ifndef POLSO_TEST_DATA
#error "POLSO_TEST_DATA must name the tests/data folder"
#endif

namespace polso::api {
namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

const fs::path kData = fs::path(POLSO_TEST_DATA);
const fs::path kGolden = kData.parent_path() / "golden";

const auto& slurp = polso::test::read_file;

std::vector<fs::path> csv_files() {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(kData))
    if (e.is_regular_file() && e.path().extension() == ".csv") out.push_back(fs::relative(e.path(), kData));
  std::sort(out.begin(), out.end());
  return out;
}

// The options an export fixture declares (its metric, its dataset), else auto.
ordered_json options_for(const fs::path& csv) {
  fs::path spec = kData / csv;
  spec.replace_extension(".expected.json");
  ordered_json options = {{"dataset", "auto"}, {"lang", "en"}};
  if (fs::exists(spec)) {
    const ordered_json declared = ordered_json::parse(slurp(spec)).value("options", ordered_json::object());
    for (const auto& [k, v] : declared.items()) options[k] = v;
  }
  return options;
}

std::string report(const std::string& bytes, const ordered_json& options) {
  Analysis a(options.dump());
  for (std::size_t i = 0; i < bytes.size(); i += 4096) {
    const std::string failure = a.feed(std::string_view(bytes).substr(i, 4096));
    if (!failure.empty()) return ordered_json::parse(failure).dump(1) + "\n";
  }
  return ordered_json::parse(a.finish()).dump(1) + "\n";
}

class Golden : public ::testing::TestWithParam<fs::path> {};

TEST_P(Golden, ReportIsUnchanged) {
  const fs::path csv = GetParam();
  const std::string got = report(slurp(kData / csv), options_for(csv));
  fs::path golden = kGolden / csv;
  golden.replace_extension(".json");
  if (const char* update = std::getenv("POLSO_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << got;
    return;
  }
  ASSERT_TRUE(fs::exists(golden)) << "no " << golden << ": run with POLSO_UPDATE_GOLDEN=1 to write it";
  const std::string want = slurp(golden);
  if (got == want) return;
  // The first differing line, to say what moved without a 30 KB dump.
  std::istringstream a(want), b(got);
  std::string la, lb;
  int line = 0;
  while (++line, std::getline(a, la) && std::getline(b, lb) && la == lb) {}
  ADD_FAILURE() << csv << " differs from " << golden << " at line " << line << ":\n  golden: " << la
                << "\n  now:    " << lb << "\nIf the change is intended, rerun with POLSO_UPDATE_GOLDEN=1.";
}

std::string test_name(const ::testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Reports, Golden, ::testing::ValuesIn(csv_files()), test_name);

}  // namespace
}  // namespace polso::api
