// Stringhe italiane dell'incorporamento: contenuto di riserva e guasti
// dell'elemento, opzioni della finestra "Incorpora", selettore per telefono,
// condivisione dal file offline.
export default {
  embedFallbackText: '{metric}: un calcolatore che funziona nel tuo browser.',
  embedFallbackLink: 'Apri il calcolatore {metric}',
  embedStartFailed: 'Questo calcolatore non è riuscito a partire in questa pagina ({message}).',
  embedOpenFull: 'Apri il calcolatore su Polso',
  readonlyNote: 'Esempio svolto: i numeri sono fissi.',
  embedReadonly: 'Esempio svolto: i lettori non possono cambiare i numeri',
  embedHelp: 'I codici contengono i numeri inseriti ora. Dentro l’elemento, una frase e un link restano visibili finché il calcolatore non parte, e rimangono se la pagina non lo permette. Il codice dell’iframe termina con poche righe di script che adattano l’altezza al calcolatore; senza di esse resta alto 720 px. Hosting e piattaforme: docs/embedding.md.',
  embedFromOffline: 'Questo è il file offline: i codici puntano a {base}.',
  embedNoBase: 'Questo è il file offline: i codici puntano a questo computer e funzionano solo qui. Prima metti Polso a un indirizzo web (docs/embedding.md).',
  metricPick: 'Metrica',
  shareLocalOnly: 'Link copiato, ma questo è il file offline: il link si apre solo su questo computer.',
  shareHosted: 'Link copiato: apre Polso su {base}.',
};
