// The calculator's state ({ metric, variant, lang, inputs, confidence, mode,
// inputsB }) checked against the catalogue, the typed numbers re-written for
// another language, and the options a request carries. No DOM.
import { normLang, pickLanguage } from '../../i18n/index.js';
import { format, parse } from '../shared/numbers.js';
import { LEVELS, DEFAULT_LEVEL, hasInterval } from '../shared/intervals.js';
import { LIST_KINDS } from './calc-inputs.js';

export const initialState = () => ({ metric: null, variant: null, lang: null, inputs: {}, confidence: DEFAULT_LEVEL, mode: 'single', inputsB: {} });

// A wanted state as one the calculator can show: an unknown metric or variant
// is the first, an unknown level 95%, compare only for a metric with
// intervals; what the wanted state leaves out (undefined) stays as it was (B's
// inputs only for the same metric); a metric of null is the first.
export function settleState(metrics, prev, { metric, variant, lang, inputs, confidence, mode, inputsB }) {
  const def = metrics.find((m) => m.id === (metric === undefined ? prev.metric : metric)) ?? metrics[0];
  const v = def.variants.find((x) => x.id === variant) ?? def.variants[0];
  const level = Number(confidence ?? prev.confidence);
  return {
    metric: def.id, variant: v.id, lang: normLang(lang ?? pickLanguage()), inputs: { ...(inputs ?? {}) },
    confidence: LEVELS.includes(level) ? level : DEFAULT_LEVEL,
    mode: (mode ?? prev.mode) === 'compare' && hasInterval(def) ? 'compare' : 'single',
    inputsB: { ...(inputsB ?? (def.id === prev.metric ? prev.inputsB : {}) ?? {}) },
  };
}

// Typed numbers in another language's format, so "1,234.5" becomes "1.234,5"
// rather than a different number. Lists, choices and text stay as typed.
export function relocalizedInputs(metric, inputs, from, to) {
  const out = { ...inputs };
  for (const def of metric.inputs) {
    const raw = out[def.name];
    if (raw == null || raw === '' || LIST_KINDS.has(def.kind) || def.kind === 'choice' || def.kind === 'text') continue;
    const v = parse(from, raw);
    if (Number.isFinite(v)) out[def.name] = format(to, v, 10);
  }
  return out;
}

// The same for a plan form's memory (every field a number), in place: the
// plan panel keeps its object across renders.
export function relocalizeMemory(memory, from, to) {
  for (const [k, raw] of Object.entries(memory ?? {})) {
    const v = parse(from, raw);
    if (raw !== '' && Number.isFinite(v)) memory[k] = format(to, v, 10);
  }
}

// A request's options: the language, and the confidence level when not 95%.
export function requestOptions(lang, metric, confidence) {
  const o = { lang };
  if (confidence !== DEFAULT_LEVEL && hasInterval(metric)) o.confidence = confidence / 100;
  return o;
}
