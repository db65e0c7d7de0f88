// Every export fixture in tests/data/exports/<vendor>/<name>.csv whose
// <name>.expected.json sits beside it goes through the whole JSON door, in
// 4 KiB chunks, and must give the figures that file names. The expected
// figures come from tests/data/exports/reference/*.py, which reads the CSV on
// its own (no Polso code), so a wrong column choice or a wrong reading of a
// row shows up as a wrong number here.
//
// <name>.expected.json: {"options": {…analysis options…},
//                        "expect": {"dotted.path": value, …}}
// A path walks objects by key and arrays by index ("periods.0.revenue");
// numbers compare within 1e-9 relative (1e-6 absolute), strings, booleans
// and null exactly. "expect_absent": ["path", …] must not exist or be null.
#include <gtest/gtest.h>

#include <cmath>
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
using nlohmann::json;

const auto& slurp = polso::test::read_file;

std::vector<fs::path> fixtures() {
  std::vector<fs::path> out;
  const fs::path root = fs::path(POLSO_TEST_DATA) / "exports";
  if (!fs::exists(root)) return out;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    const std::string name = e.path().filename().string();
    if (name.size() > 14 && name.ends_with(".expected.json")) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

const json* at_path(const json& root, const std::string& path) {
  const json* j = &root;
  std::stringstream ss(path);
  std::string part;
  while (std::getline(ss, part, '.')) {
    if (j->is_object()) {
      auto it = j->find(part);
      if (it == j->end()) return nullptr;
      j = &*it;
    } else if (j->is_array() && !part.empty() && part.find_first_not_of("0123456789") == std::string::npos) {
      const auto i = std::stoul(part);
      if (i >= j->size()) return nullptr;
      j = &(*j)[i];
    } else {
      return nullptr;
    }
  }
  return j;
}

json analyse(const std::string& bytes, const json& options) {
  Analysis a(options.dump());
  for (std::size_t i = 0; i < bytes.size(); i += 4096) {
    const std::string failure = a.feed(std::string_view(bytes).substr(i, 4096));
    if (!failure.empty()) return json::parse(failure);
  }
  return json::parse(a.finish());
}

class ExportFixture : public ::testing::TestWithParam<fs::path> {};

TEST_P(ExportFixture, GivesTheReferenceFigures) {
  const fs::path expected_path = GetParam();
  const json spec = json::parse(slurp(expected_path));
  std::string csv_name = expected_path.filename().string();
  csv_name.resize(csv_name.size() - std::string(".expected.json").size());
  const fs::path csv = expected_path.parent_path() / (csv_name + ".csv");
  ASSERT_TRUE(fs::exists(csv)) << csv;
  const json report = analyse(slurp(csv), spec.value("options", json::object()));
  ASSERT_TRUE(spec.contains("expect") && !spec["expect"].empty()) << "nothing expected in " << expected_path;
  for (const auto& [path, want] : spec["expect"].items()) {
    const json* got = at_path(report, path);
    ASSERT_NE(got, nullptr) << csv.filename() << ": no " << path << " in\n" << report.dump(1).substr(0, 4000);
    if (want.is_number() && got->is_number()) {
      const double w = want.get<double>(), g = got->get<double>();
      EXPECT_LE(std::abs(w - g), std::max(1e-6, 1e-9 * std::abs(w))) << csv.filename() << ": " << path;
    } else {
      EXPECT_EQ(*got, want) << csv.filename() << ": " << path;
    }
  }
  for (const auto& path : spec.value("expect_absent", json::array())) {
    const json* got = at_path(report, path.get<std::string>());
    EXPECT_TRUE(got == nullptr || got->is_null()) << csv.filename() << ": " << path << " = " << *got;
  }
}

std::string fixture_name(const ::testing::TestParamInfo<fs::path>& info) {
  std::string name = info.param.parent_path().filename().string() + "_" + info.param.filename().string();
  name.resize(name.size() - std::string(".expected.json").size());
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Exports, ExportFixture, ::testing::ValuesIn(fixtures()), fixture_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ExportFixture);

}  // namespace
}  // namespace polso::api
