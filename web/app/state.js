// The calculator's whole state in a URL fragment, never sent to any server:
// #m=nps&v=counts&l=it&promoters=70&passives=20&detractors=10
// The file analysis view is #view=file&l=it (a file itself is never in the URL).
// Inputs keep the text the person typed (so "1.234,5" stays as written);
// the language says how to read it.
const RESERVED = new Set(['m', 'v', 'l', 'embed', 'view']);

export function encodeState({ metric, variant, lang, inputs = {} }) {
  const p = new URLSearchParams();
  if (metric) p.set('m', metric);
  if (variant) p.set('v', variant);
  if (lang) p.set('l', lang);
  for (const [k, v] of Object.entries(inputs)) if (v !== '' && v != null && !RESERVED.has(k)) p.set(k, v);
  return p.toString();
}

export function decodeState(fragment) {
  const p = new URLSearchParams(String(fragment ?? '').replace(/^#/, ''));
  const inputs = {};
  for (const [k, v] of p) if (!RESERVED.has(k)) inputs[k] = v;
  return { metric: p.get('m') ?? undefined, variant: p.get('v') ?? undefined, lang: p.get('l') ?? undefined, view: p.get('view') ?? undefined, inputs };
}
