// The one sortable table of the page: header buttons sort it (aria-sort, an
// arrow), numbers by value and blanks last either way, words by the page's
// collation. The survey's periods and segments, the orders' and the
// conversations' tables all use it.
import { h } from './dom.js';
import { t } from '../../i18n/index.js';

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

