// Orders read as orders, not rows: line items, statuses, refunds, credit
// notes. Every expected number is worked out by hand in the comment beside
// it, never by calling the code under test.
#include <gtest/gtest.h>

#include <string>

#include "core/datasets/orders_analysis.hpp"
#include "core/datasets/orders_order_ids.hpp"
#include "core/datasets/orders_report.hpp"
#include "core/datasets/orders_status.hpp"

namespace polso::datasets {
namespace {

std::unique_ptr<OrdersAnalysis> analyse(const std::string& csv, std::size_t chunk = 1 << 16) {
  auto a = std::make_unique<OrdersAnalysis>(OrdersAnalysisOptions{});
  for (std::size_t i = 0; i < csv.size(); i += chunk) {
    auto e = a->feed(std::string_view(csv).substr(i, chunk));
    EXPECT_FALSE(e) << e->message_en;
  }
  auto e = a->finish();
  EXPECT_FALSE(e) << (e ? e->message_en : "");
  return a;
}

OrdersSummary summary(const OrdersAnalysis& a) {
  auto r = orders_report(a.aggregate(), {});
  EXPECT_TRUE(r.ok()) << (r ? "" : r.error().message_en);
  return r.ok() ? r->summary : OrdersSummary{};
}

std::uint64_t skipped(const OrdersAnalysis& a, const std::string& reason) {
  const auto& reasons = a.aggregate().rows().reasons();
  const auto it = reasons.find(reason);
  return it == reasons.end() ? 0 : it->second.count;
}

bool warned(const OrdersAnalysis& a, std::string_view code) {
  auto r = orders_report(a.aggregate(), {});
  if (!r) return false;
  for (const auto& w : r->warnings)
    if (w.code == code) return true;
  return false;
}

// Shopify's layout: the order's own cells on its first row only.
const std::string kShopifyLike =
    "Name,Email,Financial Status,Paid at,Total,Created at,Lineitem quantity,Lineitem price,Refunded Amount\n"
    "#1,a@x.com,paid,2024-01-02,70.00,2024-01-02,2,25.00,0\n"
    "#1,a@x.com,,,,,1,20.00,\n"
    "#2,b@x.com,voided,,30.00,2024-01-03,1,30.00,0\n"
    "#2,b@x.com,,,,,1,5.00,\n"
    "#3,c@x.com,partially_refunded,2024-02-05,90.00,2024-02-05,1,90.00,15.00\n"
    "#4,a@x.com,refunded,2024-02-06,40.00,2024-02-06,1,40.00,\n";

TEST(OrdersLines, LineItemRowsBelongToTheirOrder) {
  auto a = analyse(kShopifyLike);
  EXPECT_EQ(a->profile()->id, "shopify_orders");
  EXPECT_EQ(a->revenue_from(), RevenueFrom::order_total);
  const OrdersSummary s = summary(*a);
  // #1 (70, its line row adds nothing), #3 (90), #4 (40); #2 voided.
  EXPECT_EQ(s.orders, 3u);
  EXPECT_DOUBLE_EQ(s.order_revenue, 200);
  // #3 refunds 15 (its column); #4 is refunded whole (40, no amount given).
  EXPECT_EQ(s.refunds, 2u);
  EXPECT_DOUBLE_EQ(s.refund_amount, 55);
  EXPECT_DOUBLE_EQ(s.revenue, 145);
  // a (#1, #4), c (#3).
  EXPECT_EQ(s.customers, 2u);
  // #2's two rows are not an order; the line row of #1 is no blank date.
  EXPECT_EQ(skipped(*a, "not_paid"), 2u);
  EXPECT_EQ(skipped(*a, "blank_date"), 0u);
  EXPECT_EQ(a->aggregate().rows().used_rows(), 4u);
}

TEST(OrdersLines, ChunksDoNotChangeTheFigures) {
  const OrdersSummary whole = summary(*analyse(kShopifyLike));
  for (std::size_t chunk : {1u, 3u, 17u}) {
    const OrdersSummary s = summary(*analyse(kShopifyLike, chunk));
    EXPECT_EQ(s.orders, whole.orders);
    EXPECT_DOUBLE_EQ(s.revenue, whole.revenue);
    EXPECT_EQ(s.refunds, whole.refunds);
  }
}

// The Online Retail layout: quantity × unit price, credit notes "C…".
TEST(OrdersLines, QuantityTimesUnitPriceAndCreditNotes) {
  auto a = analyse(
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
      "536365,85123A,HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom\n"
      "536365,71053,LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom\n"
      "536366,22633,WARMER,6,12/1/2010 8:28,1.85,17850,United Kingdom\n"
      "C536379,D,Discount,-1,12/1/2010 9:41,27.50,14527,United Kingdom\n"
      "C536548,22244,HANGER,-4,12/13/2010 14:33,1.95,17850,Germany\n"
      "C536548,22242,HANGER,-5,12/13/2010 14:33,1.65,17850,Germany\n"
      "536414,22139,,56,12/1/2010 11:52,0,,United Kingdom\n");
  EXPECT_EQ(a->revenue_from(), RevenueFrom::quantity_x_unit_price);
  const OrdersSummary s = summary(*a);
  // 536365: 6 × 2.55 + 6 × 3.39 = 35.64; 536366: 6 × 1.85 = 11.10.
  EXPECT_EQ(s.orders, 2u);
  EXPECT_NEAR(s.order_revenue, 46.74, 1e-9);
  // C536379: 27.50; C536548 (one refund, two lines): 4 × 1.95 + 5 × 1.65 = 16.05.
  EXPECT_EQ(s.refunds, 2u);
  EXPECT_NEAR(s.refund_amount, 43.55, 1e-9);
  // 14527 has only a credit note: not a customer.
  EXPECT_EQ(s.customers, 1u);
  EXPECT_EQ(s.refund_only_customers, 1u);
  EXPECT_EQ(skipped(*a, "blank_customer"), 1u);
}

TEST(OrdersLines, DifferentAmountsInOneOrderAreLines) {
  // The amount column varies inside order 1: each row is a line.
  auto a = analyse("order,customer,date,amount\n1,a,2024-01-01,10\n1,a,2024-01-01,5\n2,b,2024-01-02,7\n");
  EXPECT_EQ(a->revenue_from(), RevenueFrom::line_amounts);
  const OrdersSummary s = summary(*a);
  EXPECT_EQ(s.orders, 2u);
  EXPECT_DOUBLE_EQ(s.revenue, 22);
}

TEST(OrdersLines, RepeatedTotalsAreTakenOnce) {
  // One row per line, the order total repeated on each: 30 once, not 60.
  auto a = analyse("order,customer,date,total,item\n1,a,2024-01-01,30,pen\n1,a,2024-01-01,30,ink\n");
  EXPECT_EQ(a->revenue_from(), RevenueFrom::order_total);
  const OrdersSummary s = summary(*a);
  EXPECT_EQ(s.orders, 1u);
  EXPECT_DOUBLE_EQ(s.revenue, 30);
  EXPECT_EQ(skipped(*a, "duplicate_order"), 0u);
}

TEST(OrdersLines, StatusWordsInOtherLanguages) {
  auto a = analyse(
      "Numero ordine;Stato ordine;Data ordine;Cliente;Totale\n"
      "1;Completato;03/01/2024;x;10,00\n"
      "2;Annullato;04/01/2024;y;20,00\n"
      "3;In attesa di pagamento;05/01/2024;z;30,00\n"
      "4;Rimborsato;06/01/2024;x;40,00\n"
      "5;fallito;07/01/2024;w;50,00\n");
  const OrdersSummary s = summary(*a);
  EXPECT_EQ(s.orders, 2u);           // 1 and 4
  EXPECT_DOUBLE_EQ(s.revenue, 10);   // 10 + 40 − 40
  EXPECT_EQ(skipped(*a, "not_paid"), 3u);
}

TEST(OrdersLines, PartialRefundWithoutAnAmountIsWarned) {
  auto a = analyse("order,customer,date,amount,status\n1,a,2024-01-01,10,partially refunded\n2,b,2024-01-02,5,paid\n");
  EXPECT_TRUE(warned(*a, "refund_amount_unknown"));
}

TEST(OrdersLines, FeesRefundsAndUnitPricesAreNotTheAmount) {
  auto a = analyse(
      "Transaction ID,Date,Client,Fee,Refunded Amount,Gross,Net\n"
      "t1,2024-01-01,a,1.00,0,40.00,39.00\n"
      "t2,2024-01-02,b,2.00,10.00,80.00,78.00\n");
  EXPECT_EQ(a->columns().amount.name, "Gross");
  EXPECT_EQ(a->columns().refund_amount.name, "Refunded Amount");
  const OrdersSummary s = summary(*a);
  EXPECT_DOUBLE_EQ(s.revenue, 110);  // 40 + 80 − 10
  auto b = analyse("order,customer,date,quantity,price\n1,a,2024-01-01,3,2.50\n");
  EXPECT_FALSE(b->columns().amount.found());
  EXPECT_EQ(b->columns().unit_price.name, "price");
  EXPECT_DOUBLE_EQ(summary(*b).revenue, 7.5);
}

TEST(OrdersLines, OneOrderHoldingMostRevenueIsWarned) {
  std::string csv = "order,customer,date,amount\n";
  for (int i = 0; i < 10; ++i) csv += std::to_string(i) + ",c" + std::to_string(i) + ",2024-01-0" + std::to_string(i % 9 + 1) + ",10\n";
  csv += "99,big,2024-01-09,500\n";
  EXPECT_TRUE(warned(*analyse(csv), "revenue_concentrated"));  // 500 of 600
}

// A ledger of one account's money (PayPal's layout, a generic Type column):
// only customer payments are sales and only refund rows are refunds.
TEST(OrdersLines, LedgerRowsThatSellNothingAreNotSales) {
  auto a = analyse(
      "transaction id,date,customer,type,status,amount,currency\n"
      "t1,2024-01-05,Ann,Website Payment,Completed,100.00,USD\n"      // a sale
      "t2,2024-01-06,Bob,Express Checkout Payment,Completed,-30.00,USD\n"  // the account paid Bob
      "t3,2024-01-07,,General Withdrawal,Completed,-50.00,USD\n"      // to the bank
      "t4,2024-01-08,PayPal,Reversal of General Account Hold,Completed,20.00,USD\n"  // a hold, not a sale
      "t5,2024-01-09,Shop,General PayPal Debit Card Transaction,Completed,-12.00,USD\n"  // card spending
      "t6,2024-01-10,Ann,Payment Refund,Completed,-40.00,USD\n"       // a refund to Ann
      "t7,2024-01-11,Cy,stripe_fee,Completed,2.00,USD\n"              // a fee
      "t8,2024-01-12,Dee,Mobile Payment,Completed,60.00,USD\n");      // a sale
  const OrdersSummary s = summary(*a);
  EXPECT_EQ(a->columns().type.name, "type");
  EXPECT_EQ(s.orders, 2u);                 // t1, t8
  EXPECT_EQ(s.refunds, 1u);                // t6
  EXPECT_DOUBLE_EQ(s.revenue, 120.0);      // 100 + 60 − 40
  EXPECT_EQ(skipped(*a, "not_a_sale"), 5u);  // t2, t3, t4, t5, t7
  EXPECT_FALSE(warned(*a, "mixed_currencies"));
}

TEST(OrdersLines, TransactionTypeWords) {
  EXPECT_EQ(transaction_type_meaning("Reversal of General Account Hold"), Meaning::not_a_sale);
  EXPECT_EQ(transaction_type_meaning("General Currency Conversion"), Meaning::not_a_sale);
  EXPECT_EQ(transaction_type_meaning("Invoice Sent"), Meaning::not_a_sale);
  EXPECT_EQ(transaction_type_meaning("payout"), Meaning::not_a_sale);
  EXPECT_EQ(transaction_type_meaning("Payment Reversal"), Meaning::refunded);
  EXPECT_EQ(transaction_type_meaning("Chargeback"), Meaning::refunded);
  EXPECT_EQ(transaction_type_meaning("Subscription Payment"), Meaning::paid);
  EXPECT_EQ(transaction_type_meaning("charge"), Meaning::paid);
  EXPECT_EQ(transaction_type_meaning("Coffee"), Meaning::none);  // "fee" only at a word's start
  EXPECT_EQ(transaction_type_meaning(""), Meaning::none);
}

TEST(OrdersLines, AmountsInSeveralCurrenciesAreWarned) {
  auto a = analyse(
      "id,date,customer,amount,currency\n"
      "p1,2024-01-05,ann,15.00,usd\n"
      "p2,2024-01-06,bob,9.00,eur\n"
      "p3,2024-01-07,cy,150.00,MXN\n"
      "p4,2024-01-08,dee,15.00,USD\n");
  EXPECT_TRUE(warned(*a, "mixed_currencies"));
}

// An order whose first row cannot be used takes its line rows with it, under
// the same reason; a line row far from its order cannot be placed.
TEST(OrdersLines, LinesFollowTheirOrdersFate) {
  auto a = analyse(
      "Name,Email,Financial Status,Paid at,Total,Created at,Lineitem quantity,Lineitem price\n"
      "#1,,paid,2024-01-02,50.00,2024-01-02,1,50.00\n"   // no customer
      "#1,,,,,,1,0.00\n"                                 // its line: blank_customer too
      "#2,b@x.com,paid,2024-01-03,30.00,2024-01-03,1,30.00\n"
      "#3,c@x.com,paid,2024-01-04,20.00,2024-01-04,1,20.00\n"
      "#2,,,,,,1,0.00\n");                               // #2's line, after #3
  const OrdersSummary s = summary(*a);
  EXPECT_EQ(s.orders, 2u);
  EXPECT_DOUBLE_EQ(s.revenue, 50.0);
  EXPECT_EQ(skipped(*a, "blank_customer"), 2u);
  EXPECT_EQ(skipped(*a, "blank_amount"), 0u);
  EXPECT_EQ(skipped(*a, "order_line_apart"), 1u);
}

// Etsy: an Adjusted Order Total below the Order Total is a partial refund.
TEST(OrdersLines, AdjustedTotalBelowTheTotalIsARefund) {
  auto a = analyse(
      "Sale Date,Order ID,Buyer User ID,Number of Items,Order Value,Order Total,Status,Adjusted Order Total\n"
      "02/13/24,1,u1,1,40.00,42.80,Completed,30.00\n"
      "02/14/24,2,u2,1,20.00,20.00,Completed,20.00\n");
  const OrdersSummary s = summary(*a);
  EXPECT_EQ(a->profile()->id, "etsy_sold_orders");
  EXPECT_EQ(s.refunds, 1u);
  EXPECT_NEAR(s.refund_amount, 12.80, 1e-9);  // 42.80 − 30.00
  EXPECT_NEAR(s.revenue, 50.00, 1e-9);        // 42.80 + 20.00 − 12.80
}

TEST(OrderIdSet, FlagsAccumulateAndMerge) {
  OrderIdSet a, b;
  EXPECT_EQ(a.mark("x", kOrderCounted), 0);
  EXPECT_EQ(a.mark("x", kRefundCounted), kOrderCounted);
  EXPECT_EQ(a.flags("x"), kOrderCounted | kRefundCounted);
  EXPECT_EQ(a.flags("y"), 0);
  b.mark("x", kOrderCounted | kTotalTaken);
  b.mark("z", kRefundCounted);
  EXPECT_EQ(a.merge(b), 1u);  // x was an order in both
  EXPECT_EQ(a.flags("x"), kOrderCounted | kRefundCounted | kTotalTaken);
  EXPECT_EQ(a.flags("z"), kRefundCounted);
  for (int i = 0; i < 5000; ++i) a.mark("id" + std::to_string(i), kOrderCounted);
  EXPECT_EQ(a.flags("x"), kOrderCounted | kRefundCounted | kTotalTaken);  // survives growth
  EXPECT_EQ(a.size(), 5002u);
}

}  // namespace
}  // namespace polso::datasets
