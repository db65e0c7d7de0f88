// "What customers say": the report's `comments` (docs/datasets.md) as, per
// group (detractors, passives, promoters; not satisfied / satisfied; hard /
// easy), a ranked list with bars for the share of the group's comments that
// mention each term — not a word cloud. Each term opens to up to three
// example comments with the term marked. Text from the file reaches the DOM
// only as text nodes, each comment and term isolated in <bdi>. Copy as a
// table (tab-separated) and download as CSV. Comments are never stored: they
// live in the report object of the page's memory only.
import { h } from '../../shared/dom.js';
import { format } from '../../shared/numbers.js';
import { t } from '../../../i18n/index.js';
import { saveCsv } from '../../shared/downloads.js';
import { selectField } from '../select-field.js';

// The worst group first: what to fix, then what to keep.
const ORDER = ['detractors', 'not_satisfied', 'hard', 'passives', 'promoters', 'satisfied', 'easy'];

const groupsOf = (c) => Object.keys(c.groups ?? {}).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));

// The example with each occurrence of the term's words marked (case-insensitive),
// as text nodes and <mark>s: never HTML.
function marked(example, term) {
  const words = String(term).toLocaleLowerCase().split(' ').filter(Boolean);
  const lower = example.toLocaleLowerCase();
  const out = [];
  let at = 0;
  while (at < example.length) {
    let best = -1, len = 0;
    for (const w of words) {
      const i = lower.indexOf(w, at);
      if (i >= 0 && (best < 0 || i < best)) { best = i; len = w.length; }
    }
    if (best < 0 || lower.length !== example.length) break; // lengths differ after case folding: no marks
    if (best > at) out.push(example.slice(at, best));
    out.push(h('mark', { text: example.slice(best, best + len) }));
    at = best + len;
  }
  if (at < example.length) out.push(example.slice(at));
  return out;
}

// The bar's width through the CSSOM: the page's CSP allows no style attributes.
function bar(pct) {
  const fill = h('span');
  fill.style.width = `${pct.toFixed(1)}%`;
  return fill;
}

function termItem(lang, term) {
  const pct = Math.max(0, Math.min(1, term.share ?? 0)) * 100;
  const figures = t(lang, 'commentsFigures', { pct: format(lang, pct, 0), count: format(lang, term.count, 0), z: format(lang, term.z, 1) });
  return h('li', {},
    h('details', {},
      h('summary', {},
        h('bdi', { class: 'term', text: term.term }),
        h('span', { class: 'figures', text: figures }),
        h('span', { class: 'bar', 'aria-hidden': 'true' }, bar(pct))),
      ...(term.examples ?? []).map((e) => h('blockquote', {}, h('bdi', {}, ...marked(String(e), term.term))))));
}

// Rows for copy and CSV: group, term, share, count, z.
function rows(c) {
  const out = [['group', 'term', 'share', 'count', 'z']];
  for (const g of groupsOf(c)) for (const x of c.groups[g]) out.push([g, x.term, x.share, x.count, x.z]);
  return out;
}

// The choice of one period or one segment to set against the rest, from the
// report's own period keys and segment names: "" is every group as above.
function focusField(lang, report, focus, onFocus) {
  const options = [['', t(lang, 'commentsFocusNone')]];
  for (const p of report.periods ?? []) options.push([`period:${p.period}`, t(lang, 'commentsFocusPeriod', { period: p.period })]);
  for (const s of report.segments ?? []) options.push([`segment:${s.segment}`, t(lang, 'commentsFocusSegment', { segment: s.segment })]);
  if (options.length === 1) return null;
  return selectField('comments_focus', t(lang, 'commentsFocusLabel'), options, focus ?? '', onFocus);
}

// One term list with its heading: a focus (a period or segment against the
// rest) or what rose in a period against the one before.
function termList(lang, id, title, terms) {
  return h('div', { class: 'group', 'data-group': id },
    h('h5', { text: title }),
    terms?.length ? h('ol', {}, ...terms.map((x) => termItem(lang, x))) : h('p', { class: 'hint', text: t(lang, 'commentsNone') }));
}

function focusBlock(lang, f) {
  if (!f) return null;
  const name = f.segment ?? f.period;
  const lists = [termList(lang, 'focus', t(lang, 'commentsFocusTitle', {
    name, n: format(lang, f.comments?.focus ?? 0, 0), rest: format(lang, f.comments?.rest ?? 0, 0) }), f.terms)];
  if (f.rising) {
    lists.push(termList(lang, 'rising', t(lang, 'commentsRisingTitle', {
      group: t(lang, 'commentGroups')[f.rising.group] ?? f.rising.group, period: f.period,
      n: format(lang, f.rising.comments?.period ?? 0, 0),
      m: format(lang, f.rising.comments?.previous ?? 0, 0) }), f.rising.terms));
  }
  return h('div', { class: 'groups focus' }, ...lists);
}

export function commentsBlock({ lang, report, stem, focus, onFocus }) {
  const c = report.comments;
  if (!c || !c.groups) return null;
  const status = h('p', { class: 'action-status', role: 'status' });
  const groups = groupsOf(c).map((g) => {
    const terms = c.groups[g] ?? [];
    const label = t(lang, 'commentGroups')[g] ?? g;
    return h('div', { class: 'group', 'data-group': g },
      h('h5', { text: t(lang, 'commentsGroupTitle', { group: label, n: format(lang, c.comments?.[g] ?? 0, 0) }) }),
      terms.length ? h('ol', {}, ...terms.map((x) => termItem(lang, x))) : h('p', { class: 'hint', text: t(lang, 'commentsNone') }));
  });
  return h('section', { class: 'block comments', 'aria-labelledby': 'comments-title' },
    h('h4', { id: 'comments-title', text: t(lang, 'commentsTitle') }),
    h('p', { class: 'hint' }, t(lang, 'commentsHint', { language: t(lang, 'commentLanguages')[c.language] ?? c.language }), ' ',
      h('bdi', { text: c.column ?? '' })),
    c.approximate ? h('p', { class: 'hint', text: t(lang, 'commentsApproximate') }) : null,
    h('div', { class: 'groups' }, ...groups),
    focusField(lang, report, focus, onFocus),
    focusBlock(lang, c.focus),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'copy-comments', text: t(lang, 'copyTable'), onclick: async () => {
        const text = rows(c).map((r) => r.join('\t')).join('\n');
        try { await navigator.clipboard.writeText(text); status.textContent = t(lang, 'copiedTable'); } catch { status.textContent = t(lang, 'copyFailed'); }
      } }),
      h('button', { type: 'button', id: 'download-comments', text: t(lang, 'downloadComments'), onclick: () => {
        saveCsv(lang, rows(c), `${stem}-comments.csv`);
        status.textContent = t(lang, 'downloaded');
      } }),
      status));
}
