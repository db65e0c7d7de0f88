// A labelled dropdown of the analysis settings (kind, metric, period, dialect,
// columns): options [value, text, extra attributes], a hint under it that the
// select is described by, the value handed to onChange.
import { h } from '../shared/dom.js';

export function selectField(id, label, options, value, onChange, { hint, disabled } = {}) {
  const control = h('select', { id: `sel-${id}`, disabled: !!disabled });
  for (const [v, text, extra] of options) control.append(h('option', { value: String(v), text, selected: String(v) === String(value), ...extra }));
  control.addEventListener('change', () => onChange(control.value));
  const hintEl = hint ? h('p', { class: 'hint reason', id: `sel-${id}-hint`, text: hint }) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field', 'data-field': id }, h('label', { for: `sel-${id}`, text: label }), control, hintEl);
}
