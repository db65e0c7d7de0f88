// The calculator's whole state in a URL fragment, never sent to any server:
// #m=nps&v=counts&l=it&promoters=70&passives=20&detractors=10
// with, when not the defaults, the confidence level (c=90) and the compare mode
// (mode=compare, B's inputs as b.promoters=…, A's as the plain names).
// The file analysis view is #view=file&l=it (a file itself is never in the URL).
// Inputs keep the text the person typed (so "1.234,5" stays as written);
// the language says how to read it.
import { LEVELS, DEFAULT_LEVEL } from './intervals.js';

const RESERVED = new Set(['m', 'v', 'l', 'embed', 'view', 'c', 'mode']);

export function encodeState({ metric, variant, lang, inputs = {}, confidence, mode, inputsB = {} }) {
  const p = new URLSearchParams();
  if (metric) p.set('m', metric);
  if (variant) p.set('v', variant);
  if (lang) p.set('l', lang);
  if (confidence && confidence !== DEFAULT_LEVEL) p.set('c', String(confidence));
  if (mode === 'compare') p.set('mode', 'compare');
  for (const [k, v] of Object.entries(inputs)) if (v !== '' && v != null && !RESERVED.has(k) && !k.startsWith('b.')) p.set(k, v);
  if (mode === 'compare') for (const [k, v] of Object.entries(inputsB ?? {})) if (v !== '' && v != null) p.set(`b.${k}`, v);
  return p.toString();
}

export function decodeState(fragment) {
  const p = new URLSearchParams(String(fragment ?? '').replace(/^#/, ''));
  const inputs = {}, inputsB = {};
  for (const [k, v] of p) {
    if (RESERVED.has(k)) continue;
    if (k.startsWith('b.')) inputsB[k.slice(2)] = v; else inputs[k] = v;
  }
  const c = Number(p.get('c'));
  return {
    metric: p.get('m') ?? undefined, variant: p.get('v') ?? undefined, lang: p.get('l') ?? undefined, view: p.get('view') ?? undefined,
    confidence: LEVELS.includes(c) ? c : undefined, mode: p.get('mode') === 'compare' ? 'compare' : undefined, inputs, inputsB,
  };
}
