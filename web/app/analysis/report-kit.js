// Pieces of every report view (survey/, orders/, conversations/): number and
// percent text, summary cards, the report's heading and caveats, sections,
// scroll boxes, the preview of the first rows, file sizes and names. The
// pieces the calculator shares too (chip, table, downloads, durations) are in
// ../shared/.
import { format } from '../shared/numbers.js';
import { t } from '../../i18n/index.js';
import { h } from '../shared/dom.js';
import { secondsText } from '../shared/duration.js';

export { h };

export const NONE = '-';

// The dialect choices a file view offers, with the values each can take.
export const DIALECT = {
  delimiter: [',', ';', '\t', '|'],
  decimal: ['.', ','],
  encoding: ['utf-8', 'windows-1252', 'utf-16'],
  header_rows: [0, 1, 2, 3],
  date_order: ['dmy', 'mdy', 'ymd'],
};


// A kind of file in words ("Orders"), and the title of its report ("Report: Orders").
export const kindLabel = (lang, kind) => t(lang, 'ds.kinds')[kind] ?? kind;
export const kindTitle = (lang, r) => t(lang, 'ds.reportTitle', { kind: kindLabel(lang, r.dataset) });

export const num = (lang, v, digits = 2) => format(lang, v, digits);
export const count = (lang, v) => format(lang, v, 0);
export const pct = (lang, v, digits = 1) => (Number.isFinite(v) ? `${format(lang, v, digits)}%` : '—');

// A summary card: a label, a big value, optional lines under it.
export function card(id, label, value, ...lines) {
  return h('div', { class: 'stat', 'data-stat': id },
    h('p', { class: 'stat-label', id: `stat-${id}-label`, text: label }),
    h('p', { class: 'stat-value', id: `stat-${id}`, 'aria-describedby': `stat-${id}-label`, text: value }),
    lines.filter(Boolean).map((l) => (typeof l === 'string' ? h('p', { class: 'stat-line', text: l }) : l)));
}

// A dataset's summary: its title, every caveat, the cards, lines under them.
export function summaryCards(lang, title, warnings, cards, ...after) {
  return h('div', { class: 'result overall ds-summary', 'aria-labelledby': 'overall-title' },
    h('h4', { id: 'overall-title', text: title }),
    caveats(lang, warnings),
    h('div', { class: 'stats' }, cards), ...after);
}

// The report's heading: its title, the file's facts (name, size, rows read /
// used / skipped, time taken) and the export format recognised, if any.
export function reportHead(lang, r, { title, name, elapsedMs }) {
  const rows = r.rows ?? {};
  const facts = [name, bytesText(lang, r.bytes ?? 0),
    t(lang, 'rowsSummary', { read: format(lang, rows.read ?? 0), used: format(lang, rows.used ?? 0), skipped: format(lang, rows.skipped ?? 0) })];
  if (Number.isFinite(elapsedMs)) facts.push(t(lang, 'took', { t: secondsText(lang, elapsedMs / 1000) }));
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

export function fileStem(name) {
  return (String(name || 'polso').replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60)) || 'polso';
}
