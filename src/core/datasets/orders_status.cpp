#include "core/datasets/orders_status.hpp"

namespace polso::datasets {

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

}  // namespace polso::datasets
