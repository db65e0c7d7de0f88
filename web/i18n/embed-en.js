// English strings of an embedded calculator: its failure message, the link to
// the full calculator, the worked-example note. (The Embed dialog's words are
// the page's: page-en.js.)
export default {
  embedStartFailed: 'This calculator could not start on this page ({message}).',
  embedOpenFull: 'Open the calculator on Polso',
  readonlyNote: 'Worked example: the numbers are fixed.',
};
