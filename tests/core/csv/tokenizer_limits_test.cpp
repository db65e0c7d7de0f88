// The cell-count cap: a record with more cells than a spreadsheet holds is an
// error naming its line, and memory does not grow per cell past the cap.
#include <gtest/gtest.h>

#include <string>

#include "core/csv/scan_param.hpp"
#include "core/csv/tokenizer.hpp"

namespace polso::csv {
namespace {

class TokenizerLimits : public ScanTest {};
POLSO_BOTH_SCANS(TokenizerLimits);

TEST_P(TokenizerLimits, MoreCellsThanASpreadsheetHoldsIsAnError) {
  CsvTokenizer tok(options());
  int rows = 0;
  auto sink = [&](const Row&) { ++rows; };
  EXPECT_FALSE(tok.feed("a,b\n", sink));
  std::optional<Error> err;
  const std::string cells(1000, ',');
  for (int i = 0; i < 100 && !err; ++i) err = tok.feed(cells, sink);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->code, "too_many_columns");
  EXPECT_EQ(err->row, 2);
  EXPECT_NE(err->message_en.find("16,384"), std::string::npos) << err->message_en;
  EXPECT_NE(err->message_it.find("16.384"), std::string::npos) << err->message_it;
  EXPECT_EQ(rows, 1);
}

TEST_P(TokenizerLimits, ExactlyTheCapIsAccepted) {
  TokenizerOptions o = options();
  o.max_fields = 3;
  CsvTokenizer tok(o);
  int rows = 0;
  auto sink = [&](const Row&) { ++rows; };
  EXPECT_FALSE(tok.feed("a,\"b\",c\n", sink));
  EXPECT_EQ(rows, 1);
  auto err = tok.feed("a,b,\"c\",d\n", sink);
  ASSERT_TRUE(err);
  EXPECT_EQ(err->code, "too_many_columns");
}

}  // namespace
}  // namespace polso::csv
