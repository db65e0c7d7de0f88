#include "core/datasets/meaning_cache.hpp"

#include <gtest/gtest.h>

#include <string>

namespace polso::datasets {
namespace {

TEST(MeaningCache, LooksEachDistinctCellUpOnce) {
  MeaningCache cache;
  int lookups = 0;
  auto find = [&](std::string_view cell) {
    ++lookups;
    return cell == "refunded" ? Meaning::refunded : Meaning::none;
  };
  EXPECT_EQ(cache.get("paid", find), Meaning::none);
  EXPECT_EQ(cache.get("refunded", find), Meaning::refunded);
  EXPECT_EQ(cache.get("paid", find), Meaning::none);
  EXPECT_EQ(cache.get("refunded", find), Meaning::refunded);
  EXPECT_EQ(lookups, 2);
}

TEST(MeaningCache, PastItsBoundItStillAnswersRight) {
  MeaningCache cache;
  int lookups = 0;
  auto find = [&](std::string_view cell) {
    ++lookups;
    return cell.starts_with("r") ? Meaning::refunded : Meaning::none;
  };
  for (std::size_t i = 0; i < MeaningCache::kMax + 10; ++i) cache.get("s" + std::to_string(i), find);
  EXPECT_EQ(lookups, static_cast<int>(MeaningCache::kMax + 10));
  EXPECT_EQ(cache.get("refund-late", find), Meaning::refunded);  // not kept, still found
  EXPECT_EQ(cache.get("refund-late", find), Meaning::refunded);
  EXPECT_EQ(lookups, static_cast<int>(MeaningCache::kMax + 12));
}

}  // namespace
}  // namespace polso::datasets
