// "My data is in a warehouse", in Analyse a file: for a file over about 2 GB,
// or when asked, the warehouse path in plain words and the query for the
// engine the person picks, with their file's column names in place of the
// doc's (warehouse-sql.js) and a copy button.
//
// The queries are docs/at-scale.md's own tagged blocks, put in the bundle by
// web/build.mjs (the virtual module polso:warehouse-sql): never a second copy.
// state (kept by <polso-analysis>): { open, engine, dataset, period, tables: { dataset: typed name }, size,
// copied: { dataset: text } }.
import blocks from 'polso:warehouse-sql';
import { addWords, t } from '../../i18n/index.js';
import en from '../../i18n/warehouse-en.js';
import it from '../../i18n/warehouse-it.js';
import { h, isolate } from '../shared/dom.js';
import { bytesText } from './report-kit.js';
import { roleLabel } from './column-fields.js';
import { fillSql } from './warehouse-sql.js';

addWords({ en, it });

// Over this, a dropped file opens the panel by itself.
export const WAREHOUSE_BYTES = 2 * 1024 ** 3;

const ENGINES = ['duckdb', 'postgres', 'bigquery', 'snowflake', 'spark'];
const uniq = (xs) => [...new Set(xs)];

// The raw dataset a page kind reads ("survey-counts" → "survey").
const sourceOf = (kind) => String(kind ?? 'survey').replace(/-counts$/, '');

// The column the file has for each role of the source: the report's choice
// (when the report is of that raw dataset), else a header with the doc's name.
function fileNames(source, report, headers) {
  const chosen = report?.dataset === source.dataset ? report.columns ?? {} : {};
  const names = {};
  for (const c of source.columns) {
    const own = chosen[c.role] ?? headers.find((x) => x.trim().toLowerCase() === c.name.toLowerCase());
    if (own) names[c.role] = own;
  }
  return names;
}

function field(id, label, control, hint) {
  control.id = `wh-${id}`;
  const hintEl = hint ? h('p', { class: 'hint', id: `wh-${id}-hint`, text: hint }) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field', 'data-field': `wh-${id}` }, h('label', { for: control.id, text: label }), control, hintEl);
}

function select(options, value, onChange) {
  const s = h('select', {}, options.map(([v, text]) => h('option', { value: v, text, selected: v === value })));
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

// The toggle under the drop zone.
export function warehouseToggle(lang, state, rerender) {
  return h('button', { type: 'button', id: 'warehouse-open', class: 'link-button', 'aria-expanded': String(!!state.open),
    'aria-controls': 'warehouse', text: state.open ? t(lang, 'wh.close') : t(lang, 'wh.open'),
    onclick: () => { state.open = !state.open; rerender(); } });
}

// The panel itself; null when closed. kind: the page's dataset; period: the page's.
export function warehousePanel({ lang, state, kind, period, report, headers, rerender }) {
  if (!state.open) return null;
  const datasets = uniq(blocks.map((b) => b.source.dataset));
  const dataset = state.dataset ?? (datasets.includes(sourceOf(kind)) ? sourceOf(kind) : datasets[0]);
  const engine = state.engine ?? 'duckdb';
  const mine = blocks.filter((b) => b.source.dataset === dataset && b.engine === engine);
  const periods = uniq(mine.map((b) => b.period));
  const chosenPeriod = [state.period, period, 'month'].find((p) => periods.includes(p)) ?? periods[0];
  const change = (key) => (v) => { state[key] = v; state.copied = null; rerender(); };

  const controls = h('div', { class: 'wh-controls' },
    datasets.length > 1 ? field('dataset', t(lang, 'wh.dataset'), select(datasets.map((d) => [d, t(lang, 'wh.datasets')[d] ?? d]), dataset, change('dataset'))) : null,
    field('engine', t(lang, 'wh.engine'), select(ENGINES.map((e) => [e, t(lang, 'wh.engines')[e]]), engine, change('engine'))),
    periods.length > 1 ? field('period', t(lang, 'wh.period'), select(periods.map((p) => [p, t(lang, 'periods')[p] ?? p]), chosenPeriod, change('period'))) : null);

  // Usually one query; a dataset may have more (orders: counts and cohorts), each its own file.
  const shown = mine.filter((b) => b.period === chosenPeriod);
  let body;
  if (!shown.length) {
    body = [h('p', { class: 'hint', id: 'wh-no-sql', text: t(lang, 'wh.noSql') })];
  } else {
    const source = shown[0].source;
    const names = fileNames(source, report, headers ?? []);
    const typed = state.tables?.[dataset] ?? '';
    const table = h('input', { type: 'text', value: typed || source.table, spellcheck: 'false', autocomplete: 'off' });
    table.addEventListener('change', () => { state.tables = { ...state.tables, [dataset]: table.value }; state.copied = null; rerender(); });
    const found = source.columns.filter((c) => names[c.role]);
    const missing = source.columns.filter((c) => !names[c.role]);
    body = [
      field('table', t(lang, 'wh.table'), table, t(lang, 'wh.tableHint')),
      found.length ? h('p', { class: 'hint', id: 'wh-names', text: t(lang, 'wh.names', {
        list: found.map((c) => `${roleLabel(lang, dataset, c.role)} → ${isolate(names[c.role])}`).join(', ') }) }) : null,
      missing.length ? h('p', { class: 'hint', id: 'wh-missing', text: t(lang, 'wh.missing', {
        list: missing.map((c) => `${roleLabel(lang, dataset, c.role)} (${c.name})`).join(', ') }) }) : null,
      shown.map((block, i) => query(block, fillSql(block, names, typed), i ? `-${block.dataset}` : '', shown.length > 1, lang, state)),
    ];
  }
  return h('section', { class: 'block warehouse', id: 'warehouse', 'aria-labelledby': 'warehouse-title' },
    h('h3', { id: 'warehouse-title', text: t(lang, 'wh.title') }),
    state.size ? h('p', { id: 'wh-big', text: t(lang, 'wh.big', { size: bytesText(lang, state.size) }) }) : null,
    h('p', { text: t(lang, 'wh.intro') }),
    h('ol', { class: 'wh-steps' }, t(lang, 'wh.steps').map((_, i) => h('li', { text: t(lang, `wh.steps.${i}`, { save: t(lang, 'wh.save')[engine] }) }))),
    controls, ...body,
    h('p', { class: 'hint', text: t(lang, 'wh.more') }));
}

// One query: its label (with the counts file it makes, when there are several),
// the SQL and its copy button. The first one's ids have no suffix.
function query(block, sql, suffix, several, lang, state) {
  const label = t(lang, 'wh.sqlLabel', { engine: t(lang, 'wh.engines')[block.engine] }) + (several ? ` — ${block.dataset}` : '');
  const status = h('p', { class: 'action-status', role: 'status', text: state.copied?.[block.dataset] ?? '' });
  const code = h('code', { id: `wh-sql${suffix}`, 'data-engine': block.engine, 'data-dataset': block.dataset, 'data-period': block.period, text: sql });
  return [
    h('p', { class: 'wh-sql-label', id: `wh-sql-label${suffix}`, text: label }),
    h('pre', { class: 'wh-sql', tabindex: '0', role: 'group', 'aria-labelledby': `wh-sql-label${suffix}` }, code),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: `wh-copy${suffix}`, class: 'primary', text: t(lang, 'wh.copy'),
        onclick: () => copy(code, sql, block.dataset, lang, state, status) }),
      status),
  ];
}

async function copy(code, sql, key, lang, state, status) {
  try {
    await navigator.clipboard.writeText(sql);
    state.copied = { [key]: t(lang, 'wh.copied') };
  } catch {
    // No clipboard (a page from file://, a denied permission): select the
    // query so a keyboard copy takes it.
    const range = document.createRange();
    range.selectNodeContents(code);
    const sel = code.getRootNode().getSelection?.() ?? document.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    state.copied = { [key]: document.execCommand?.('copy') ? t(lang, 'wh.copied') : t(lang, 'wh.copyFailed') };
  }
  status.textContent = state.copied[key];
}
