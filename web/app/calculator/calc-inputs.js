// What the calculator's fields hold, as a request's inputs: numbers read in
// the page's language, lists, amounts and durations read by the core
// ({"read": …}), and for each field what went wrong in words. No DOM: the
// element shows the messages and counts beside its fields.
import { t } from '../../i18n/index.js';
import { format, parse, separators } from '../shared/numbers.js';

export const LIST_KINDS = new Set(['scores', 'counts', 'numbers']);
// Durations: the "…_seconds" inputs, typed in any unit ("2m", "1:30") or as
// bare numbers of the unit chosen beside the field.
export const isDuration = (def) => def.kind === 'seconds' || (def.kind === 'numbers' && def.name.endsWith('_seconds'));
// Where a duration field's unit is kept, beside the typed text.
export const unitKey = (def) => `${def.name}:unit`;
export const DURATION_UNITS = ['seconds', 'minutes', 'hours'];

// A field's text read by the core ({"read": …}): lists, amounts with their
// currency ("€45", "1.234,50 €"), durations with units ("2m", "1:30",
// "1h 5m"), a pasted column's header skipped, "7,5" said aloud. Text the core
// refuses reads as nothing, all of it unread.
export function readText(polso, lang, def, raw, store) {
  const duration = isDuration(def);
  const r = polso.evaluate({ read: {
    text: raw, as: duration ? 'seconds' : def.kind, list: LIST_KINDS.has(def.kind),
    decimal: separators(lang).decimal, unit: duration ? store[unitKey(def)] || 'seconds' : undefined,
  }, options: { lang } });
  return r.ok ? r : { values: [], unread: [{ position: 1, text: raw }], notes: [] };
}

// The variant's fields as inputs. read(def, raw) answers like readText.
// Returns inputs (name → value), missing (labels of empty required fields),
// local ([name, message] of text that is no value) and counts (name → "12
// values read" and what the core noticed, for list fields; '' when empty).
export function collectInputs({ lang, metric, variant, store, read }) {
  const inputs = {}, missing = [], local = [], counts = {};
  for (const name of [...variant.required, ...variant.optional]) {
    const def = metric.inputs.find((i) => i.name === name);
    const raw = String(store[name] ?? '');
    const required = variant.required.includes(name);
    if (def.kind === 'choice') { inputs[name] = raw || def.default; continue; }
    if (raw.trim() === '') { if (required) missing.push(def.label[lang]); if (LIST_KINDS.has(def.kind)) counts[name] = ''; continue; }
    if (def.kind === 'text') { inputs[name] = raw.trim(); continue; }
    if (LIST_KINDS.has(def.kind)) {
      const { values, unread: bad, notes } = read(def, raw);
      // What the core noticed (a header skipped, a decimal comma) goes with the count.
      const count = values.length === 1 ? t(lang, 'valueRead') : t(lang, 'valuesRead', { n: format(lang, values.length) });
      counts[name] = notes.length ? `${count}. ${notes.map((n) => n.message).join(' ')}` : count;
      if (bad.length) {
        const key = def.kind === 'numbers' ? 'badNumberToken' : 'badToken';
        const shown = bad.slice(0, 3).map((b) => t(lang, key, { pos: format(lang, b.position), token: b.text.slice(0, 20) }));
        if (bad.length > 3) shown.push(t(lang, 'moreBad', { n: format(lang, bad.length - 3) }));
        local.push([name, shown.join(' ')]);
      } else inputs[name] = values;
      continue;
    }
    if (def.kind === 'money' || def.kind === 'seconds') {
      const { values, unread } = read(def, raw);
      if (values.length === 1 && !unread.length) inputs[name] = values[0];
      else local.push([name, t(lang, def.kind === 'money' ? 'notAnAmount' : 'notADuration', { label: def.label[lang] })]);
      continue;
    }
    const v = parse(lang, raw);
    if (Number.isFinite(v)) inputs[name] = v;
    else local.push([name, t(lang, 'notANumber', { label: def.label[lang], example: format(lang, def.integer ? 1234 : 1234.5) })]);
  }
  return { inputs, missing, local, counts };
}

// "Fill in Promoters, Passives and Detractors to see the result."
export function fillInText(lang, missing) {
  const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} ${t(lang, 'and')} ${missing.at(-1)}` : missing[0];
  return t(lang, 'fillIn', { fields: list });
}
