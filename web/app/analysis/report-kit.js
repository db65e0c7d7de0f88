// Small pieces shared by the orders and conversations report views
// (orders-view.js, conversations-view.js, dataset-choice.js): DOM building
// (text only through textContent), number, percent and duration formatting,
// sortable tables, CSV and JSON downloads.
import { format } from '../shared/numbers.js';
import { t } from '../../i18n/index.js';
import { toCsv } from '../shared/csv-export.js';
import { h, save } from '../shared/dom.js';

export { h, save };

export const NONE = '-';

// The dialect choices a file view offers, with the values each can take.
export const DIALECT = {
  delimiter: [',', ';', '\t', '|'],
  decimal: ['.', ','],
  encoding: ['utf-8', 'windows-1252', 'utf-16'],
  header_rows: [0, 1, 2, 3],
  date_order: ['dmy', 'mdy', 'ymd'],
};


export const num = (lang, v, digits = 2) => format(lang, v, digits);
export const count = (lang, v) => format(lang, v, 0);
export const pct = (lang, v, digits = 1) => (Number.isFinite(v) ? `${format(lang, v, digits)}%` : '—');

// Durations as people say them: "42 s", "4 min 12 s", "1 h 05 min", "2 d 03 h"
// (with no-break spaces, so a duration never wraps inside).
export function duration(lang, seconds) {
  return spokenDuration(lang, seconds).replaceAll(' ', '\u00a0');
}

function spokenDuration(lang, seconds) {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return '—';
  const u = t(lang, 'ds.units');
  const neg = seconds < 0 ? '−' : '';
  let s = Math.abs(seconds);
  if (s < 60) return `${neg}${format(lang, s, s < 10 ? 1 : 0)} ${u.s}`;
  s = Math.round(s);
  const two = (n) => String(n).padStart(2, '0');
  if (s < 3600) {
    const m = Math.floor(s / 60), r = s % 60;
    return r ? `${neg}${m} ${u.min} ${two(r)} ${u.s}` : `${neg}${m} ${u.min}`;
  }
  if (s < 86400) {
    const hrs = Math.floor(s / 3600), m = Math.round((s % 3600) / 60);
    if (m === 60) return `${neg}${hrs + 1} ${u.h}`;
    return m ? `${neg}${hrs} ${u.h} ${two(m)} ${u.min}` : `${neg}${hrs} ${u.h}`;
  }
  const d = Math.floor(s / 86400), hrs = Math.round((s % 86400) / 3600);
  if (hrs === 24) return `${neg}${d + 1} ${u.d}`;
  return hrs ? `${neg}${format(lang, d, 0)} ${u.d} ${two(hrs)} ${u.h}` : `${neg}${format(lang, d, 0)} ${u.d}`;
}

export const TONE_ICON = { good: '✓', neutral: '•', bad: '!' };

export function chip(lang, band) {
  if (!band) return null;
  return h('span', { class: `chip tone-${band.tone}` },
    h('span', { class: 'chip-icon', 'aria-hidden': 'true', text: TONE_ICON[band.tone] ?? '•' }),
    h('span', { class: 'sr-only', text: `${t(lang, 'benchmark')}: ` }),
    h('span', { class: 'chip-label', text: band.label }));
}

// A summary card: a label, a big value, optional lines under it.
export function card(id, label, value, ...lines) {
  return h('div', { class: 'stat', 'data-stat': id },
    h('p', { class: 'stat-label', id: `stat-${id}-label`, text: label }),
    h('p', { class: 'stat-value', id: `stat-${id}`, 'aria-describedby': `stat-${id}-label`, text: value }),
    lines.filter(Boolean).map((l) => (typeof l === 'string' ? h('p', { class: 'stat-line', text: l }) : l)));
}

// A table whose headers sort it (buttons, aria-sort), like the survey's segments.
// cols: [{ key, label, text(row), value?(row), num?, cell?(row) → Node }]
// sort: { key, dir } kept by the caller; onSort(key) re-renders.
export function sortableTable(id, cols, rows, { sort = {}, onSort = null, lang = 'en', rowClass = null } = {}) {
  let shown = rows;
  if (onSort && sort.key) {
    const c = cols.find((x) => x.key === sort.key);
    if (c) {
      const collator = new Intl.Collator(t(lang, 'locale'), { numeric: true, sensitivity: 'base' });
      const val = c.value ?? c.text;
      shown = [...rows].sort((a, b) => {
        const x = val(a), y = val(b);
        const xn = typeof x === 'number' && Number.isFinite(x), yn = typeof y === 'number' && Number.isFinite(y);
        let r;
        if (xn && yn) r = x - y;
        else if (xn !== yn) return xn ? -1 : 1; // blanks last, either way
        else r = collator.compare(String(x ?? ''), String(y ?? ''));
        return sort.dir === 'descending' ? -r : r;
      });
    }
  }
  const head = h('tr', {}, cols.map((c) => {
    const th = h('th', { scope: 'col', class: c.num ? 'num' : null });
    if (!onSort) { th.textContent = c.label; return th; }
    const active = sort.key === c.key;
    if (active) th.setAttribute('aria-sort', sort.dir);
    th.append(h('button', { type: 'button', class: 'sort', 'data-sort': c.key, onclick: () => onSort(c.key) },
      h('span', { text: c.label }),
      h('span', { class: 'sort-icon', 'aria-hidden': 'true', text: active ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕' })));
    return th;
  }));
  const body = shown.map((row) => h('tr', { class: rowClass?.(row) ?? null }, cols.map((c, i) => {
    const content = c.cell ? c.cell(row) : null;
    const props = content ? {} : { text: c.text(row) };
    return i === 0 ? h('th', { scope: 'row', ...props }, content) : h('td', { class: c.num ? 'num' : null, ...props }, content);
  })));
  return h('table', { class: 'table', id }, h('thead', {}, head), h('tbody', {}, body));
}

// The report's heading: its title, the file's facts (name, size, rows read /
// used / skipped, time taken) and the export format recognised, if any.
export function reportHead(el, r, title) {
  const lang = el.lang, rows = r.rows ?? {};
  const facts = [el.sourceName(), bytesText(lang, r.bytes ?? 0),
    t(lang, 'rowsSummary', { read: format(lang, rows.read ?? 0), used: format(lang, rows.used ?? 0), skipped: format(lang, rows.skipped ?? 0) })];
  if (Number.isFinite(el.elapsedMs)) facts.push(t(lang, 'took', { t: secondsText(lang, el.elapsedMs / 1000) }));
  return [h('h3', { id: 'report-title', class: 'report-title', text: title }),
    h('p', { class: 'facts', text: facts.join(' · ') }),
    r.profile?.name ? h('p', { class: 'profile', id: 'report-profile', 'data-profile': r.profile.id ?? null,
      text: t(lang, 'ds.recognised', { name: r.profile.name }) }) : null];
}

// Every warning of a report, by its headline figure, so no number shows without
// its caveat (the warnings about one column are also beside that column's dropdown).
export function caveats(lang, warnings) {
  if (!warnings?.length) return null;
  return h('div', { class: 'warnings caveats', role: 'note', 'aria-labelledby': 'caveats-title' },
    h('p', { class: 'caveats-title', id: 'caveats-title' },
      h('span', { class: 'chip-icon', 'aria-hidden': 'true', text: '!' }),
      h('span', { text: `${t(lang, 'ds.caveatsTitle')} (${format(lang, warnings.length, 0)})` })),
    h('ul', {}, warnings.map((w) => h('li', { 'data-code': w.code, 'data-field': w.field ?? null, text: w.message ?? w.code }))));
}

export function section(id, title, ...children) {
  return h('section', { class: `block ${id}`, 'aria-labelledby': `${id}-title` },
    h('h4', { id: `${id}-title`, text: title }), ...children);
}

// A box that scrolls sideways on narrow screens: focusable so the keyboard
// can scroll it, a named group (not a landmark: its section already is one).
export function scroll(labelId, child, kind = '') {
  return h('div', { class: `scroll ${kind}`.trim(), tabindex: '0', role: 'group', 'aria-labelledby': labelId }, child);
}

// Columns drawn in the preview: a file of 16,384 columns would otherwise be
// 180,000 cells in the page (over 1 GB in the renderer).
const PREVIEW_COLUMNS = 100;

// The first rows of the file as read, columns the report uses tagged with
// their role (`role`: Map of 0-based column index → label).
export function previewBlock(lang, headers, preview, role) {
  if (!headers.length && !preview.length) return null;
  const width = Math.max(headers.length, ...preview.map((row) => row.length));
  const shown = [...new Set([...Array(Math.min(width, PREVIEW_COLUMNS)).keys(), ...[...role.keys()].filter((i) => i < width)])]
    .sort((a, b) => a - b);
  const head = h('tr', {}, h('th', { scope: 'col', class: 'rownum', text: '#' }));
  for (const i of shown) {
    head.append(h('th', { scope: 'col', class: role.has(i) ? 'mapped' : null },
      h('bdi', { class: 'col-name', text: headers[i] ?? '' }),
      role.has(i) ? h('span', { class: 'tag', text: role.get(i) }) : null));
  }
  const body = preview.map((row, n) => h('tr', {}, h('th', { scope: 'row', class: 'rownum', text: format(lang, n + 1) }),
    shown.map((i) => {
      const text = row[i] ?? '';
      return h('td', { class: role.has(i) ? 'mapped' : null, title: text.length > 40 ? text : null, text });
    })));
  return section('preview', t(lang, 'previewTitle', { n: format(lang, preview.length) }),
    shown.length < width ? h('p', { class: 'hint', id: 'preview-columns',
      text: t(lang, 'previewColumnsShown', { shown: format(lang, shown.length), n: format(lang, width) }) }) : null,
    scroll('preview-title', h('table', { class: 'table preview-table' }, h('thead', {}, head), h('tbody', {}, body))));
}

export function bytesText(lang, n) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0, v = n;
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i++; }
  return `${format(lang, v, i === 0 ? 0 : 1)} ${units[i]}`;
}

export function secondsText(lang, seconds) {
  if (seconds < 1) return `${format(lang, seconds, 2)} s`;
  if (seconds < 60) return `${format(lang, seconds, seconds < 10 ? 1 : 0)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

export function fileStem(name) {
  return (String(name || 'polso').replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60)) || 'polso';
}

// Download buttons: the report as JSON and each table as CSV (csv-export.js:
// formula-injection safe; `;` and `,` in Italian, UTF-8 with BOM).
// tables: [{ id, label, rows: () => [[cells]], name }]
export function downloads(lang, report, stem, tables) {
  const status = h('p', { class: 'action-status', role: 'status' });
  const csvOpts = lang === 'it' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
  const done = () => { status.textContent = t(lang, 'downloaded'); };
  return h('div', { class: 'actions downloads' },
    h('button', { type: 'button', id: 'download-json', text: t(lang, 'downloadReport'), onclick: () => {
      save(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }), `${stem}-${report.dataset}.json`);
      done();
    } }),
    tables.filter(Boolean).map((x) => h('button', { type: 'button', id: `download-${x.id}`, text: x.label, onclick: () => {
      save(new Blob(['\ufeff', toCsv(x.rows(), csvOpts)], { type: 'text/csv;charset=utf-8' }), `${stem}-${x.name}.csv`);
      done();
    } })),
    status);
}
