// sniff_dialect on small samples: each rule alone, and overrides.
#include <gtest/gtest.h>

#include "core/csv/dialect.hpp"

namespace polso::csv {
namespace {

Dialect sniff(std::string_view s, DialectOverrides o = {}, DateOrder fallback = DateOrder::unknown) {
  SniffOptions opt;
  opt.sample_is_complete = true;
  opt.fallback_date_order = fallback;
  return sniff_dialect(s, o, opt);
}

TEST(Sniff, SepLineSetsDelimiter) {
  const Dialect d = sniff("sep=|\r\na|b\r\n1|2\r\n");
  EXPECT_TRUE(d.has_sep_line);
  EXPECT_EQ(d.delimiter, '|');
  EXPECT_EQ(tokenizer_options(d).skip_records, 1u);
  EXPECT_EQ(tokenizer_options(d).delimiter, '|');
}

TEST(Sniff, ASepLineNamingTheQuoteIsNotOne) {
  // Found by the dialect fuzzer: `sep="` made the quote the delimiter too.
  const Dialect d = sniff("sep=\"\na,b\n1,2\n");
  EXPECT_FALSE(d.has_sep_line);
  EXPECT_NE(d.delimiter, d.quote);
}

TEST(Sniff, DelimiterByConsistency) {
  EXPECT_EQ(sniff("a,b,c\n1,2,3\n4,5,6\n").delimiter, ',');
  EXPECT_EQ(sniff("nome;voto\nAnna;4,5\nLuca;3,5\n").delimiter, ';');
  EXPECT_EQ(sniff("a\tb\n1\t2\n").delimiter, '\t');
  EXPECT_EQ(sniff("a|b|c\n1|2|3\n").delimiter, '|');
  // Unquoted commas in free text do not fool it.
  EXPECT_EQ(sniff("id;comment\n1;good, fast, cheap\n2;slow\n3;ok, I guess\n").delimiter, ';');
}

TEST(Sniff, DelimiterIsQuoteAware) {
  // Counting raw semicolons would pick ';' (2 per line); the tokenizer sees
  // they are inside quotes.
  EXPECT_EQ(sniff("a,\"x;y;z\"\nb,\"p;q;r\"\nc,\"1;2;3\"\n").delimiter, ',');
}

TEST(Sniff, IncompleteSampleIgnoresCutRecord) {
  SniffOptions opt;  // sample_is_complete = false
  const Dialect d = sniff_dialect("a;b;c\n1;2;3\n4;5;6\n7;8", {}, opt);
  EXPECT_EQ(d.delimiter, ';');
  // Cut inside a quoted field: still sniffs from what came before.
  EXPECT_EQ(sniff_dialect("a;b\n1;2\n3;\"open", {}, opt).delimiter, ';');
}

TEST(Sniff, DecimalSeparator) {
  Dialect it = sniff("a;b\nx;1.234,56\ny;7,5\n");
  EXPECT_EQ(it.decimal, ',');
  EXPECT_EQ(it.thousands, '.');
  Dialect en = sniff("a,b\nx,\"1,234.56\"\ny,7.5\n");
  EXPECT_EQ(en.decimal, '.');
  EXPECT_EQ(en.thousands, ',');
  // "1,234" alone is ambiguous: no vote, so the ';' prior decides.
  EXPECT_EQ(sniff("a;b\nx;1,234\n").decimal, ',');
  EXPECT_EQ(sniff("a,b\nx,\"1,234\"\n").decimal, '.');
  // Integers only: semicolon files default to comma decimals.
  EXPECT_EQ(sniff("a;b\n1;2\n").decimal, ',');
  EXPECT_EQ(sniff("a,b\n1,2\n").decimal, '.');
  // Dates with dots are not numbers.
  EXPECT_EQ(sniff("a;b\n15.03.2024;4.5\n").decimal, '.');
}

TEST(Sniff, HeaderRows) {
  EXPECT_EQ(sniff("q,r\nResponse,Open-Ended Response\n1,x\n").header_rows, 2);
  EXPECT_EQ(sniff("Q1,Q2\nText 1,Text 2\n\"{\"\"ImportId\"\":\"\"QID1\"\"}\",x\n9,y\n").header_rows, 3);
  EXPECT_EQ(sniff("name,score\nA,9\n").header_rows, 1);
  EXPECT_EQ(sniff("9,10\n7,8\n").header_rows, 0);
}

TEST(Sniff, DateOrderFromData) {
  EXPECT_EQ(sniff("d,s\n01/02/2024,1\n25/02/2024,2\n").date_order, DateOrder::dmy);
  EXPECT_EQ(sniff("d,s\n01/02/2024,1\n02/25/2024,2\n").date_order, DateOrder::mdy);
  EXPECT_EQ(sniff("d,s\n01/02/2024,1\n", {}, DateOrder::mdy).date_order, DateOrder::mdy);
  EXPECT_EQ(sniff("d,s\n2024-02-01,1\n").date_order, DateOrder::ymd);
}

TEST(Sniff, OverridesWin) {
  DialectOverrides o;
  o.delimiter = ';';
  o.header_rows = 2;
  o.date_order = DateOrder::mdy;
  o.decimal = '.';
  const Dialect d = sniff("a,b;c\n1,5;2\n25/01/2024;x\n", o);
  EXPECT_EQ(d.delimiter, ';');
  EXPECT_EQ(d.header_rows, 2);
  EXPECT_EQ(d.date_order, DateOrder::mdy);
  EXPECT_EQ(d.decimal, '.');
  EXPECT_EQ(d.thousands, ',');
  DialectOverrides e;
  e.encoding = Encoding::windows1252;
  EXPECT_EQ(sniff("a,b\n", e).encoding, Encoding::windows1252);
  EXPECT_EQ(number_format(d).decimal, '.');
}

}  // namespace
}  // namespace polso::csv
