// The day-month order a file's dates follow when the data cannot tell
// (issue 15: a French Google Forms export was read month first, silently).
// One rule for surveys, orders and conversations.
#include "core/datasets/date_order_choice.hpp"

#include <gtest/gtest.h>

namespace polso::datasets {
namespace {

csv::DateOrderVote vote_of(std::initializer_list<std::string_view> cells) {
  csv::DateOrderVote v;
  for (auto c : cells) v.add(c);
  return v;
}

TEST(HeaderLanguage, DayFirstLanguagesFromTheirWords) {
  EXPECT_EQ(header_language({"Horodateur", "Quelle note ?"})->code, "fr");
  EXPECT_EQ(header_language({"Data", "Quanto è probabile che ci consigli?"})->code, "it");
  EXPECT_EQ(header_language({"Fecha", "¿Qué tan satisfecho está?"})->code, "es");
  EXPECT_EQ(header_language({"Datum", "Wie zufrieden sind Sie?"})->code, "de");
  EXPECT_EQ(header_language({"Carimbo de data/hora", "Você está satisfeito?"})->code, "pt");
  EXPECT_FALSE(header_language({"Date", "How likely are you to recommend us?", "Notes"}));
  // Shops and help desks: order words, and German compounds by their stem.
  EXPECT_EQ(header_language({"Numero ordine", "Cliente", "Totale"})->code, "it");
  EXPECT_EQ(header_language({"N° de commande", "Courriel", "Montant total"})->code, "fr");
  EXPECT_EQ(header_language({"Bestellnummer", "Kundennummer", "Einzelpreis", "Menge"})->code, "de");
  EXPECT_FALSE(header_language({"Order", "Customer", "Vorbestellung"}));  // "bestell*" must start a word
}

TEST(ChooseDateOrder, TheDataDecideWhenTheyCan) {
  const auto v = vote_of({"17/09/2025", "03/09/2025"});
  const DateOrderChoice c = choose_date_order(v, std::nullopt, nullptr, {"Date", "Score"}, csv::DateOrder::mdy);
  EXPECT_EQ(c.order, csv::DateOrder::dmy);
  EXPECT_FALSE(c.ambiguous);
  EXPECT_FALSE(choose_date_order(vote_of({"2025-09-03"}), std::nullopt, nullptr, {"Date"}, csv::DateOrder::mdy).ambiguous);
}

TEST(ChooseDateOrder, UnsettledDatesFollowTheProfileThenTheHeadersThenTheLanguage) {
  const auto v = vote_of({"03/11/2025", "05/11/2025", "12/10/2025"});
  const std::vector<std::string> french = {"Horodateur", "Quelle est la probabilité que vous recommandiez ?"};
  const DateOrderChoice by_profile = choose_date_order(v, std::nullopt, match_profile(french), french, csv::DateOrder::mdy);
  EXPECT_EQ(by_profile.order, csv::DateOrder::dmy);
  ASSERT_TRUE(by_profile.ambiguous);
  EXPECT_EQ(by_profile.ambiguous->code, "date_order_ambiguous");
  EXPECT_NE(by_profile.ambiguous->message_en.find("Google Forms"), std::string::npos);

  const std::vector<std::string> italian = {"Data risposta", "Quanto è probabile che ci consiglieresti?"};
  const DateOrderChoice by_headers = choose_date_order(v, std::nullopt, nullptr, italian, csv::DateOrder::mdy);
  EXPECT_EQ(by_headers.order, csv::DateOrder::dmy);
  EXPECT_NE(by_headers.ambiguous->message_it.find("italiano"), std::string::npos);

  const DateOrderChoice by_language = choose_date_order(v, std::nullopt, nullptr, {"Date", "Score"}, csv::DateOrder::mdy);
  EXPECT_EQ(by_language.order, csv::DateOrder::mdy);
  EXPECT_TRUE(by_language.ambiguous);
  // The user's order is obeyed without a word.
  const DateOrderChoice given = choose_date_order(v, csv::DateOrder::mdy, nullptr, italian, csv::DateOrder::dmy);
  EXPECT_EQ(given.order, csv::DateOrder::mdy);
  EXPECT_FALSE(given.ambiguous);
}

}  // namespace
}  // namespace polso::datasets
