// English strings of embedding: the element's fallback and failure, the Embed
// dialog's options, the phone picker, and sharing from the offline file.
export default {
  embedFallbackText: '{metric}: a calculator that runs in your browser.',
  embedFallbackLink: 'Open the {metric} calculator',
  embedStartFailed: 'This calculator could not start on this page ({message}).',
  embedOpenFull: 'Open the calculator on Polso',
  readonlyNote: 'Worked example: the numbers are fixed.',
  embedReadonly: 'Worked example: readers cannot change the numbers',
  embedHelp: 'The snippets carry the numbers typed now. Inside the element, a sentence and a link show until the calculator starts, and stay if the page does not allow it. The iframe snippet ends with a few lines of script that fit its height to the calculator; without them it stays 720 px high. Hosting and platform notes: docs/embedding.md.',
  embedFromOffline: 'This is the offline file: these snippets point at {base}.',
  embedNoBase: 'This is the offline file: the snippets point at this computer and work only here. Put Polso on a web address first (docs/embedding.md).',
  metricPick: 'Metric',
  shareLocalOnly: 'Link copied, but this is the offline file: the link opens only on this computer.',
  shareHosted: 'Link copied: it opens Polso at {base}.',
};
