// The calculator's form controls, built from the catalogue: the variant and
// mode radios, the confidence dropdown, and one field per input (a box, a list
// area, a dropdown of choices, a duration with its unit) with its help, count
// and message lines. Each takes what it shows and a callback; none keeps state.
import { h } from '../shared/dom.js';
import { format } from '../shared/numbers.js';
import { t } from '../../i18n/index.js';
import { LEVELS } from '../shared/intervals.js';
import { LIST_KINDS, isDuration, unitKey, DURATION_UNITS } from './calc-inputs.js';

// Radio buttons (arrow keys move between them); pick(value, id) on change.
function radios(name, options, checked, pick) {
  return options.map(({ value, label }) => {
    const id = `${name === 'variant' ? 'v' : name}-${value}`;
    return h('div', { class: 'radio' },
      h('input', { type: 'radio', name, id, value, checked: value === checked, onchange: () => pick(value, id) }),
      h('label', { for: id, text: label }));
  });
}

// "Calculate from": the metric's variants (counts, scores …).
export function variantPicker(lang, metric, variant, pick) {
  return h('fieldset', { class: 'variants' }, h('legend', { text: t(lang, 'variantLegend') }),
    radios('variant', metric.variants.map((v) => ({ value: v.id, label: v.label[lang] })), variant, pick));
}

// "One result" / "Compare two".
export function modeSwitch(lang, mode, pick) {
  return h('fieldset', { class: 'variants mode' }, h('legend', { text: t(lang, 'modeLegend') }),
    h('div', { class: 'mode-row' }, radios('mode', ['single', 'compare'].map((value) =>
      ({ value, label: t(lang, value === 'single' ? 'modeSingle' : 'modeCompare') })), mode, pick)));
}

// The confidence level (80/90/95/99%); pick(level, id) on change.
export function confidenceField(lang, level, pick) {
  const control = h('select', { id: 'f-confidence', name: 'confidence' });
  for (const l of LEVELS) {
    control.append(h('option', { value: String(l), text: t(lang, 'confidenceOption', { level: format(lang, l, 0) }), selected: l === level }));
  }
  control.addEventListener('change', () => pick(Number(control.value), 'f-confidence'));
  return h('div', { class: 'field confidence', 'data-field': 'confidence' },
    h('label', { for: 'f-confidence', text: t(lang, 'confidenceLabel') }), control);
}

// One input's field, on side 'a' or 'b' of a comparison. store holds the typed
// text (and a duration's unit); changed() runs after each edit.
// Returns { def, control, msgEl, countEl, wrap }.
export function inputField({ lang, def, optional, side = 'a', store, changed }) {
  const id = side === 'b' ? `f-b-${def.name}` : `f-${def.name}`;
  const raw = store[def.name] ?? '';
  const label = h('label', { for: id }, def.label[lang], optional ? h('span', { class: 'opt', text: ` (${t(lang, 'optional')})` }) : null);
  let control;
  const help = [def.help[lang]];
  if (def.kind === 'choice') {
    control = h('select', { id, name: def.name });
    for (const c of def.choices ?? []) {
      const text = t(lang, 'choices')?.[def.name]?.[c] ?? c;
      control.append(h('option', { value: c, text, selected: (raw || def.default) === c }));
      const line = t(lang, 'choiceHelp')?.[def.name]?.[c];
      if (line) help.push(`${text}: ${line}.`);
    }
    if (help.length > 1) help.shift();  // the choices' own lines say it in the page's words
  } else if (LIST_KINDS.has(def.kind)) {
    control = h('textarea', { id, name: def.name, rows: def.kind === 'scores' ? 5 : 3, spellcheck: 'false', autocomplete: 'off' });
    control.value = raw;
    help.push(t(lang, isDuration(def) ? 'durationsHelp' : def.kind === 'scores' ? 'pasteHelp' : def.kind === 'numbers' ? 'numbersHelp' : 'countsHelp'));
  } else {
    control = h('input', { id, name: def.name, type: 'text', autocomplete: 'off', spellcheck: 'false',
      inputmode: ['text', 'money', 'seconds'].includes(def.kind) ? null : def.integer ? 'numeric' : 'decimal' });
    control.value = raw;
  }
  control.addEventListener(def.kind === 'choice' ? 'change' : 'input', () => {
    store[def.name] = control.value;
    changed();
  });
  let unitSelect = null;
  if (isDuration(def)) {
    // What a bare number counts: seconds unless chosen otherwise.
    unitSelect = h('select', { id: `${id}-unit`, class: 'unit', 'aria-label': t(lang, 'durationUnit', { label: def.label[lang] }) });
    for (const u of DURATION_UNITS) unitSelect.append(h('option', { value: u, text: t(lang, 'durationUnits')[u], selected: (store[unitKey(def)] || 'seconds') === u }));
    unitSelect.addEventListener('change', () => { store[unitKey(def)] = unitSelect.value; changed(); });
    if (def.kind === 'seconds') help.push(t(lang, 'durationHelp'));
  }
  const helpEl = h('p', { class: 'hint', id: `${id}-help`, text: help.join(' ') });
  const countEl = LIST_KINDS.has(def.kind) ? h('p', { class: 'count', id: `${id}-count` }) : null;
  const msgEl = h('p', { class: 'msg', id: `${id}-msg`, hidden: true });
  control.setAttribute('aria-describedby', [helpEl.id, countEl?.id, msgEl.id].filter(Boolean).join(' '));
  const wrap = h('div', { class: `field kind-${def.kind}`, 'data-field': def.name, 'data-side': side },
    label,
    def.kind === 'scores' ? h('p', { class: 'paste-title', 'aria-hidden': 'true', text: t(lang, 'pasteTitle') }) : null,
    def.kind === 'percent' ? h('div', { class: 'affix' }, control, h('span', { class: 'suffix', 'aria-hidden': 'true', text: '%' }))
      : unitSelect ? h('div', { class: 'affix' }, control, unitSelect) : control,
    helpEl, countEl, msgEl);
  return { def, control, msgEl, countEl, wrap };
}

// A message under a field: an error (the field marked invalid) or a warning.
export function showFieldMessage(field, text, kind = 'error') {
  field.msgEl.hidden = false;
  field.msgEl.className = `msg ${kind}`;
  field.msgEl.textContent = text;
  if (kind === 'error') field.control.setAttribute('aria-invalid', 'true');
}

export function clearFieldMessage(field) {
  field.msgEl.hidden = true;
  field.msgEl.textContent = '';
  field.control.removeAttribute('aria-invalid');
}
