#include "core/datasets/skip_reasons.hpp"

#include <optional>

namespace polso::datasets {
namespace {

// A reason with no words of its own.
constexpr Localized kUnusableRow{"The row could not be used.", "La riga non è utilizzabile."};

// Skip reasons every dataset shares.
std::optional<Localized> shared_skip_reason(std::string_view code) {
  if (code == "empty_row") return Localized{"The row is empty.", "La riga è vuota."};
  if (code == "blank_date") return Localized{"The date cell is empty.", "La cella della data è vuota."};
  if (code == "not_a_date") return Localized{"The date could not be read.", "La data non è leggibile."};
  if (code == "ambiguous_date")
    return Localized{"The date could be day-first or month-first.", "La data può essere giorno/mese o mese/giorno."};
  return std::nullopt;
}

}  // namespace

Localized survey_skip_reason(std::string_view code) {
  if (auto shared = shared_skip_reason(code)) return *shared;
  if (code == "blank") return {"The score cell is empty.", "La cella del punteggio è vuota."};
  if (code == "not_a_number") return {"The score is not a number.", "Il punteggio non è un numero."};
  if (code == "out_of_range") return {"The score is outside the survey's scale.", "Il punteggio è fuori dalla scala del sondaggio."};
  if (code == "bad_count") return {"The count is not a whole number of 0 or more.", "Il conteggio non è un numero intero di 0 o più."};
  if (code == "count_too_large")
    return {"The count is above 2^53 (9,007,199,254,740,992), too large to add up exactly.",
            "Il conteggio supera 2^53 (9.007.199.254.740.992), troppo grande per sommarlo con esattezza."};
  return kUnusableRow;
}

Localized orders_skip_reason(std::string_view code) {
  if (auto shared = shared_skip_reason(code)) return *shared;
  if (code == "blank_customer") return {"The customer cell is empty.", "La cella del cliente è vuota."};
  if (code == "blank_amount") return {"The amount cell is empty.", "La cella dell’importo è vuota."};
  if (code == "not_an_amount") return {"The amount is not a number.", "L’importo non è un numero."};
  if (code == "blank_quantity") return {"The quantity cell is empty.", "La cella della quantità è vuota."};
  if (code == "not_a_quantity") return {"The quantity is not a number.", "La quantità non è un numero."};
  if (code == "not_paid")
    return {"The order or payment was not paid (failed, declined, voided, pending or cancelled before payment), so it is no order; its product lines are left out with it.",
            "L’ordine o il pagamento non è stato pagato (non riuscito, rifiutato, annullato, in attesa o cancellato prima del pagamento), quindi non è un ordine; le sue righe di prodotto sono escluse con lui."};
  if (code == "duplicate_order") return {"The row repeats an order already counted on an earlier row (the same id with its total, or the whole row again).", "La riga ripete un ordine già contato in una riga precedente (lo stesso identificativo con il suo totale, o l’intera riga)."};
  if (code == "not_a_sale")
    return {"The transaction is not a sale or a refund of one: a withdrawal, transfer, deposit, currency conversion, hold or fee (by the type column), or money the account paid out or got back.",
            "La transazione non è una vendita né il rimborso di una vendita: un prelievo, un trasferimento, un deposito, una conversione di valuta, un blocco o una commissione (secondo la colonna del tipo), oppure denaro pagato o ricevuto indietro dal conto."};
  if (code == "order_line_apart")
    return {"A line of an order listed earlier, not right after its order’s other rows, with its customer or date blank: it cannot be placed. Sort the file by order.",
            "Una riga di un ordine elencato prima, non subito dopo le altre righe dell’ordine, con cliente o data vuoti: non si può attribuire. Ordina il file per ordine."};
  if (code == "customer_id_too_long") return {"The customer id is longer than 1 MB.", "L’identificativo del cliente supera 1 MB."};
  return kUnusableRow;
}

Localized conversations_skip_reason(std::string_view code) {
  if (auto shared = shared_skip_reason(code)) return *shared;
  if (code == "missing_created") return {"The created-at cell is empty.", "La cella della creazione è vuota."};
  if (code == "bad_created") return {"The created-at time could not be read (or could be day-first or month-first).",
                                     "L’ora di creazione non è leggibile (o può essere giorno/mese o mese/giorno)."};
  if (code == "bad_first_response") return {"The first-response time could not be read.", "L’ora della prima risposta non è leggibile."};
  if (code == "bad_resolved") return {"The resolved-at time could not be read.", "L’ora di risoluzione non è leggibile."};
  if (code == "response_before_created") return {"The first response is earlier than the creation.", "La prima risposta è precedente alla creazione."};
  if (code == "resolved_before_created") return {"The resolution is earlier than the creation.", "La risoluzione è precedente alla creazione."};
  if (code == "bad_first_response_time")
    return {"The first-response time could not be read as a duration.", "Il tempo di prima risposta non è leggibile come durata."};
  if (code == "bad_resolution_time")
    return {"The resolution time could not be read as a duration.", "Il tempo di risoluzione non è leggibile come durata."};
  if (code == "negative_duration")
    return {"A duration is negative.", "Una durata è negativa."};
  if (code == "mixed_time_zones")
    return {"One time has a time zone and the other has none, so the time between them is unknown.",
            "Un orario ha il fuso orario e l’altro no, quindi il tempo trascorso non è noto."};
  return kUnusableRow;
}

Localized counts_skip_reason(std::string_view code) {
  if (auto shared = shared_skip_reason(code)) return *shared;
  return kUnusableRow;
}

}  // namespace polso::datasets
