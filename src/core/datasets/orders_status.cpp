#include "core/datasets/orders_status.hpp"

#include "core/csv/columns.hpp"
#include "core/csv/words.hpp"

namespace polso::datasets {
namespace {

// Whether one of `words` starts a word of `folded` ("fee" in "stripe_fee",
// not in "coffee").
bool has_word(std::string_view folded, std::string_view words) {
  return !csv::find_any(folded, words, csv::Match::word_start).empty();
}

}  // namespace

std::span<const VocabularyEntry> generic_order_statuses() {
  // Folded (lowercase, accents removed). "pending" and "on hold" are not paid
  // yet: counting them would count money that may never come.
  static constexpr VocabularyEntry kWords[] = {
      {Meaning::refunded,
       "refunded|fully refunded|refund|payment refund|rimborsato|rimborso|rimborsata|rembourse|remboursee|rembourse "
       "totalement|reembolsado|reembolsada|erstattet|ruckerstattet|zuruckerstattet|reembolsado total|estornado"},
      {Meaning::partly_refunded,
       "partially_refunded|partially refunded|partly refunded|partial refund|parzialmente rimborsato|rimborso "
       "parziale|partiellement rembourse|remboursement partiel|reembolsado parcialmente|reembolso parcial|"
       "teilweise erstattet|teilweise ruckerstattet|teilerstattet|parcialmente reembolsado|estornado parcialmente"},
      {Meaning::not_paid,
       "failed|failure|voided|void|declined|denied|rejected|pending|pending payment|awaiting payment|unpaid|"
       "not paid|on-hold|on hold|cancelled|canceled|cancelled by customer|expired|abandoned|incomplete|"
       "payment error|uncaptured|reversed|"
       "fallito|fallita|non riuscito|annullato|annullata|cancellato|cancellata|rifiutato|rifiutata|respinto|in attesa|in attesa di pagamento|"
       "in sospeso|sospeso|non pagato|scaduto|errore di pagamento|"
       "echoue|echouee|echec|annule|annulee|refuse|refusee|en attente|en attente de paiement|impaye|impayee|non paye|"
       "non payee|expire|expiree|"
       "fallido|fallida|cancelado|cancelada|anulado|anulada|rechazado|rechazada|denegado|pendiente|pendiente de pago|no pagado|"
       "caducado|expirado|"
       "fehlgeschlagen|storniert|abgebrochen|abgelehnt|ausstehend|zahlung ausstehend|unbezahlt|nicht bezahlt|"
       "abgelaufen|"
       "falhou|falhado|falhada|recusado|recusada|pendente|aguardando pagamento|nao pago|expirado"},
  };
  return kWords;
}

Meaning transaction_type_meaning(std::string_view cell) {
  const std::string t = csv::fold_for_matching(csv::trim(cell));
  if (t.empty()) return Meaning::none;
  if (has_word(t, "withdrawal|transfer|conversion|deposit|hold|payout|fee|authorization|authorisation|"
                  "reauthorization|topup|top-up|top up|adjustment|tax|debit card|invoice sent|request|memo|"
                  "cash back|cashback|bonus|reward|interest|non reference credit|prelievo|bonifico|trasferimento|giroconto|commission|conversione|"
                  "deposito|ricarica|retrait|virement|frais|retiro|transferencia|comision|deposito|auszahlung|"
                  "uberweisung|gebuhr|umrechnung|saque|taxa|conversao"))
    return Meaning::not_a_sale;
  if (has_word(t, "refund|reversal|chargeback|return|credit note|rimborso|storno|nota di credito|reso|"
                  "remboursement|avoir|reembolso|devolucion|erstattung|ruckerstattung|gutschrift|estorno|devolucao"))
    return Meaning::refunded;
  if (has_word(t, "payment|sale|charge|order|purchase|invoice|subscription|checkout|pagamento|vendita|ordine|"
                  "acquisto|fattura|abbonamento|paiement|vente|commande|achat|facture|pago|venta|pedido|compra|"
                  "factura|zahlung|verkauf|bestellung|kauf|rechnung|venda|fatura"))
    return Meaning::paid;
  return Meaning::none;
}

}  // namespace polso::datasets
