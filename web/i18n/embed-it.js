// Stringhe italiane di un calcolatore incorporato: il messaggio se non parte, il
// link al calcolatore completo, la nota dell'esempio svolto. (Le parole della
// finestra "Incorpora" sono della pagina: page-it.js.)
export default {
  embedStartFailed: 'Questo calcolatore non è riuscito a partire in questa pagina ({message}).',
  embedOpenFull: 'Apri il calcolatore su Polso',
  readonlyNote: 'Esempio svolto: i numeri sono fissi.',
};
