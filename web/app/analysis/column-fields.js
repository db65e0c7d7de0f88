// The dialect and column dropdowns of every kind of file, for the one settings
// block of <polso-analysis> (analysis.js).
//
// One dropdown per role the report names (`report.columns`; before there is a
// report, the roles the page has words for), each with why its column was
// chosen, "Did you mean: …" offering a guessed column's runners-up as
// one-click choices, the report's warnings about that role, and the error of
// a failed run when it is about that role. Choices are kept as 1-based column
// numbers in `overrides["<role>_column"]` and sent as the option `columns`.
import { t } from '../../i18n/index.js';
import { h, NONE, DIALECT } from './report-kit.js';
import { selectField } from './select-field.js';

const labelsOf = (lang, kind) => t(lang, 'ds.roles')[kind === 'survey-counts' ? 'survey' : kind] ?? {};

// A role's words; a role the page has none for reads as its id ("refund_amount" → "Refund amount").
export function roleLabel(lang, kind, role) {
  const plain = String(role).replaceAll('_', ' ');
  return labelsOf(lang, kind)[role] ?? plain.charAt(0).toUpperCase() + plain.slice(1);
}

// The roles to offer: the report's own list, else the ones the page has words
// for (a count column only for pre-aggregated counts).
export function rolesOf(kind, r) {
  const listed = Object.keys(r?.columns ?? {});
  if (listed.length) return listed;
  return Object.keys(labelsOf('en', kind)).filter((role) => kind !== 'survey' || role !== 'count');
}

// The overrides as analysis options: `columns` {role: header name} (a column by
// its number when its name is blank or not unique), "(none)" as "" when
// `sendNone`, else left out; the other overrides (dialect, costs) as they are.
export function withColumns(options, overrides, headers = [], { sendNone = true } = {}) {
  const o = { ...options }, columns = {};
  for (const [k, v] of Object.entries(overrides)) {
    if (v == null || v === '') continue;
    const role = k.endsWith('_column') ? k.slice(0, -'_column'.length) : null;
    if (!role) { o[k] = v; continue; }
    if (v === NONE) { if (sendNone) columns[role] = ''; continue; }
    const i = Number(v), name = headers[i - 1];
    columns[role] = name && headers.indexOf(name) === headers.lastIndexOf(name) ? name : i;
  }
  if (Object.keys(columns).length) o.columns = columns;
  return o;
}

// A dropdown lists at most this many columns (plus the chosen one and the
// runners-up): a 16,383-column file would otherwise put 16,383 options in
// every role's dropdown and take the tab past a gigabyte.
const MAX_LISTED_COLUMNS = 500;

function headerOptions(headers) {
  const counts = new Map();
  for (const x of headers) counts.set(x, (counts.get(x) ?? 0) + 1);
  return headers.map((name, i) => [String(i + 1), counts.get(name) > 1 || name === '' ? `${name || '—'} (${i + 1})` : name]);
}

// The listed options of one dropdown: the first MAX_LISTED_COLUMNS, the
// columns in `keep` (1-based) wherever they are, and a last, disabled line
// saying how many more the file has.
function listedOptions(lang, all, keep) {
  if (all.length <= MAX_LISTED_COLUMNS) return [...all];
  const wanted = new Set(keep.filter((i) => i > MAX_LISTED_COLUMNS).map(String));
  const out = all.slice(0, MAX_LISTED_COLUMNS).concat(all.slice(MAX_LISTED_COLUMNS).filter(([v]) => wanted.has(v)));
  out.push([MORE, t(lang, 'moreColumns', { n: all.length - out.length }), { disabled: true }]);
  return out;
}
const MORE = '…';

// The "Columns" fieldset. `none(role, reason)`: whether "(none)" is offered;
// `pick(role, value)`: a choice was made (a 1-based number as text, or NONE).
export function columnFields({ lang, overrides: ov, kind, r, headers, err = null, none = () => true, pick }) {
  const required = t(lang, 'ds.required')[kind] ?? [];
  const fieldset = h('fieldset', { class: 'group columns' }, h('legend', { text: t(lang, 'columnsTitle') }));
  const all = headerOptions(headers);
  for (const role of rolesOf(kind, r)) {
    const key = `${role}_column`, reason = r?.column_reasons?.[role], chosen = ov[key];
    const found = reason?.index != null;
    const label = roleLabel(lang, kind, role);
    const keep = [chosen, reason?.index, ...(reason?.runners_up ?? []).map((x) => x.index)].map(Number).filter(Boolean);
    const opts = listedOptions(lang, all, keep);
    const offerNone = none(role, reason);
    let value = chosen != null ? String(chosen) : found ? String(reason.index) : offerNone ? NONE : '';
    if (offerNone) opts.unshift([NONE, t(lang, 'noColumn')]);
    if (value === '') opts.unshift(['', '—']); // none found and none allowed: nothing preselected
    const hint = chosen === NONE ? t(lang, 'noneChosen') : (found ? reason.reason : null) ?? (r ? t(lang, 'columnNotFound') : null);
    const field = selectField(key, label + (required.includes(role) ? '' : ` (${t(lang, 'optional')})`), opts, value,
      (v) => pick(role, v), { hint });
    const alternatives = chosen == null && !reason?.by_user ? didYouMean(lang, key, label, reason?.runners_up ?? [], (i) => pick(role, i)) : null;
    if (alternatives) field.append(alternatives);
    field.append(...fieldWarnings(r?.warnings, role, key));
    fieldset.append(withError(field, err, key));
  }
  return fieldset;
}

// The next-best columns of a guessed role, each a button that chooses it.
function didYouMean(lang, key, role, runnersUp, choose) {
  if (!runnersUp.length) return null;
  return h('p', { class: 'did-you-mean', id: `sel-${key}-alternatives` },
    h('span', { text: t(lang, 'ds.didYouMean') }),
    runnersUp.map((x) => h('button', { type: 'button', class: 'alternative', 'data-index': String(x.index),
      'aria-label': t(lang, 'ds.useColumn', { name: x.name, role: role.toLowerCase() }), text: x.name || `(${x.index})`,
      onclick: () => choose(String(x.index)) })));
}

// The report's warnings whose `field` is one of `names`, to show beside that dropdown.
export function fieldWarnings(warnings, ...names) {
  return (warnings ?? []).filter((w) => w.field && names.includes(w.field)).map((w) =>
    h('p', { class: 'field-warning', 'data-code': w.code },
      h('span', { class: 'chip-icon', 'aria-hidden': 'true', text: '!' }), h('span', { text: w.message ?? '' })));
}

// The error of a failed run beside the dropdown it is about.
export function withError(field, err, key) {
  if (!err || (err.field !== key && err.field !== key.replace(/_column$/, ''))) return field;
  const id = `sel-${key}-error`;
  const select = field.querySelector('select');
  select.setAttribute('aria-invalid', 'true');
  select.setAttribute('aria-describedby', [select.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  field.classList.add('invalid');
  field.append(h('p', { class: 'field-error', id },
    h('span', { class: 'chip-icon', 'aria-hidden': 'true', text: '!' }), h('span', { text: err.message ?? '' })));
  return field;
}

// "How the file was read": one dropdown per dialect setting, preselected with
// what was detected (`d`) or chosen in `overrides`; a change is written there
// and `run()` reads the file again. `noDates`: the file has no date column, so
// the date order is shown as such and fixed.
export function dialectFields({ lang, overrides: ov, d, err = null, noDates = false, warnings = [], run }) {
  const labels = t(lang, 'dialectLabels'), names = t(lang, 'dialectValues');
  const fieldset = h('fieldset', { class: 'group dialect' }, h('legend', { text: t(lang, 'dialectTitle') }),
    h('p', { class: 'hint group-hint', text: t(lang, 'dialectHelp') }));
  // A workbook: which sheet (hidden ones marked); its cells need no delimiter,
  // decimal mark or encoding.
  const workbook = d.format != null && d.format !== 'csv';
  if (workbook && Array.isArray(d.sheets) && d.sheets.length) {
    const current = ov.sheet ?? d.sheet;
    const opts = d.sheets.map((s) => [s.name, s.hidden ? t(lang, 'hiddenSheet', { name: s.name }) : s.name]);
    const field = selectField('sheet', labels.sheet, opts, current, (v) => { ov.sheet = v; run(); },
      { hint: 'sheet' in ov ? t(lang, 'setByYou') : null });
    fieldset.append(withError(field, err, 'sheet'));
  }
  for (const [key, values] of Object.entries(DIALECT)) {
    if (workbook && (key === 'delimiter' || key === 'decimal' || key === 'encoding')) continue;
    const current = key in ov ? ov[key] : d[key];
    const opts = values.map((v) => [v, names[key]?.[v] ?? String(v)]);
    const fixed = key === 'date_order' && noDates && current == null;
    if (current == null) opts.unshift(['', fixed ? t(lang, 'noDateColumn') : '—']);
    else if (!values.some((v) => String(v) === String(current))) opts.push([current, String(current)]);
    const field = selectField(key, labels[key], opts, current ?? '', (v) => {
      if (v === '') delete ov[key]; else ov[key] = key === 'header_rows' ? Number(v) : v;
      run();
    }, { hint: key in ov ? t(lang, 'setByYou') : null, disabled: fixed });
    field.append(...fieldWarnings(warnings, key));
    fieldset.append(withError(field, err, key));
  }
  return fieldset;
}

// Column index (0-based) → role label, for tagging the preview's columns.
export function previewRoles(lang, kind, r) {
  const tags = new Map();
  for (const [role, c] of Object.entries(r?.column_reasons ?? {})) if (c?.index != null) tags.set(c.index - 1, roleLabel(lang, kind, role));
  return tags;
}
