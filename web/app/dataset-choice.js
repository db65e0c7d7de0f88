// Which kind of export a file is, and the reports of the kinds other than
// survey answers, for <polso-analysis> (analysis.js keeps the survey view).
//
// On a new file the worker is asked to `inspect` its first 64 KiB (the core's
// inspect(): {ok, dataset, sure, scores, dialect, headers, preview}). When the
// core is sure, the analysis starts at once with that kind; when not, the page
// shows the kind dropdown preselected with the guess, a "looks like…" note, the
// first rows, and waits for "Analyse". The dropdown stays to change the kind
// later (Survey answers / Pre-aggregated counts / Orders / Support conversations).
//
// For orders and conversations this module renders the whole report: summary
// (orders-view.js, conversations-view.js), "how the file was read" and the
// column dropdowns of that kind ("(none)" = no such column, sent as ""), the
// preview, the dataset's blocks, skipped rows, warnings and downloads.
import { t } from '../i18n/index.js';
import { format, parse } from './numbers.js';
import { h, words, fill, count, NONE, downloads, fileStem, previewBlock, bytesText, secondsText, DIALECT } from './dataset-kit.js';
import { ORDERS_ROLES, ordersSummary, ordersBlocks, ordersTables, costsForm } from './orders-view.js';
import { CONVERSATION_ROLES, conversationsSummary, conversationsBlocks, conversationsTables } from './conversations-view.js';
import datasetsCss from './datasets-css.js';

export const KINDS = ['survey', 'survey-counts', 'orders', 'conversations'];
const ROLES = { orders: ORDERS_ROLES, conversations: CONVERSATION_ROLES };

let sheet;

export class DatasetChoice {
  constructor(el) {
    this.el = el;
    this.guess = null;      // the last inspect() result for the current source
    this.asking = false;    // unsure: waiting for the person to confirm the kind
    this.pending = null;    // id of the inspect request in flight
    this.seq = 0;
    this.sorts = {};        // table id → { key, dir }
    if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(datasetsCss); }
    el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
  }

  get kind() { return this.el.settings.dataset ?? 'survey'; }

  // true for the kinds this module renders (not survey answers or counts)
  get custom() { return this.kind in ROLES; }

  label(kind, lang = this.el.lang) { return words(lang).kinds[kind] ?? kind; }

  // ---- detecting ---------------------------------------------------------------

  detect() {
    const el = this.el;
    this.guess = null;
    this.asking = false;
    this.sorts = {};
    if (!el.source || !el.worker) return;
    const id = `inspect-${++this.seq}`;
    this.pending = id;
    el.dataset.state = 'inspecting';
    const msg = { type: 'inspect', id, options: { lang: el.lang } };
    if (el.source.file) msg.file = el.source.file; else msg.text = el.source.text;
    el.worker.postMessage(msg);
    el.render();
  }

  // Handles the worker's `inspected`; returns false for any other message.
  handle(data) {
    if (data?.type !== 'inspected') return false;
    if (data.id !== this.pending) return true;
    this.pending = null;
    const el = this.el, r = data.result;
    if (!r?.ok || !KINDS.includes(r.dataset)) {
      // No first look (an unreadable head): the analysis itself will say why.
      el.settings.dataset = 'survey';
      el.run();
      return true;
    }
    this.guess = r;
    el.settings.dataset = r.dataset;
    if (r.sure) { el.run(); return true; }
    this.asking = true;
    el.dataset.state = 'choosing';
    el.render();
    el.announce(`${words(el.lang).whichKind} ${this.note(el.lang)}`);
    return true;
  }

  note(lang) {
    const W = words(lang), g = this.guess;
    if (!g?.ok) return '';
    if (this.kind !== g.dataset) return t(lang, 'setByYou'); // the guess no longer describes the choice
    return fill(g.sure ? W.looksLike : W.looksLikeUnsure, { kind: W.kindNames[g.dataset] ?? g.dataset });
  }

  choose(kind) {
    const el = this.el;
    el.settings.dataset = kind;
    // columns belong to a kind; the dialect stays as chosen
    for (const k of Object.keys(el.settings.overrides)) if (!(k in DIALECT)) delete el.settings.overrides[k];
    el.sort = { key: null, dir: 'ascending' };
    this.sorts = {};
    if (this.asking) { el.render(); return; }
    el.report = null;
    el.error = null;
    if (el.source) el.run(); else el.render();
  }

  confirm() {
    this.asking = false;
    this.el.run();
  }

  // The kind dropdown, for the page's setup column.
  field(lang) {
    const W = words(lang), el = this.el;
    const note = this.note(lang);
    const field = el.select('dataset', W.kindLabel, KINDS.map((k) => [k, this.label(k, lang)]), this.kind,
      (v) => this.choose(v), { hint: note || null, disabled: !!this.pending });
    if (this.asking) {
      field.classList.add('asking');
      field.prepend(h('p', { class: 'question', id: 'dataset-question', text: W.whichKind }));
      const select = field.querySelector('select');
      select.setAttribute('aria-describedby', ['dataset-question', select.getAttribute('aria-describedby')].filter(Boolean).join(' '));
      field.append(h('button', { type: 'button', id: 'dataset-run', class: 'primary',
        text: fill(W.analyseAs, { kind: this.label(this.kind, lang) }), onclick: () => this.confirm() }));
    }
    return field;
  }

  // ---- running -------------------------------------------------------------------

  // Analysis options for orders / conversations; "(none)" is sent as "".
  options() {
    const el = this.el, { period, overrides } = el.settings;
    const o = { dataset: this.kind, period, lang: el.lang };
    for (const [k, v] of Object.entries(overrides)) {
      if (v == null) continue;
      o[k] = v === NONE ? '' : v;
    }
    return o;
  }

  doneText(r) {
    const lang = this.el.lang, W = words(lang), s = r.summary ?? {};
    if (r.dataset === 'orders') return `${t(lang, 'analysisDone')} ${fill(W.o.doneText, { customers: count(lang, s.customers), orders: count(lang, s.orders) })}`;
    if (r.dataset === 'conversations') return `${t(lang, 'analysisDone')} ${fill(W.c.doneText, { n: count(lang, s.conversations) })}`;
    return t(lang, 'analysisDone');
  }

  // ---- rendering -----------------------------------------------------------------

  // What goes in the report slot, or null to let analysis.js show the survey report.
  view(state) {
    const el = this.el;
    if (!el.source) return null;
    if (this.asking) return [this.renderGuess()];
    if (!this.custom) return null;
    const r = el.report?.dataset === this.kind ? el.report : null;
    if (state === 'error') return [this.renderSettingsOnly(r)];
    if (r) return [this.renderReport(r)];
    return [];
  }

  // Unsure: the first rows of the file, to help choose.
  renderGuess() {
    const lang = this.el.lang, g = this.guess;
    return h('section', { class: 'report guess', 'aria-labelledby': 'report-title' },
      h('h3', { id: 'report-title', class: 'report-title', text: words(lang).guessTitle }),
      // What the first look noticed (NUL bytes, not text, ragged rows) helps decide.
      this.el.renderWarnings(g),
      this.preview(g.headers ?? [], g.preview ?? [], null));
  }

  renderSettingsOnly(r) {
    const lang = this.el.lang;
    return h('section', { class: 'report', 'aria-labelledby': 'report-title' },
      h('h3', { id: 'report-title', class: 'report-title', text: t(lang, 'dialectTitle') }),
      this.settingsBlock(r));
  }

  renderReport(r) {
    const el = this.el, lang = el.lang, W = words(lang);
    const rows = r.rows ?? {};
    const facts = [el.sourceName(), bytesText(lang, r.bytes ?? 0),
      t(lang, 'rowsSummary', { read: format(lang, rows.read ?? 0), used: format(lang, rows.used ?? 0), skipped: format(lang, rows.skipped ?? 0) })];
    if (Number.isFinite(el.elapsedMs)) facts.push(t(lang, 'took', { t: secondsText(lang, el.elapsedMs / 1000) }));
    const ctx = {
      width: Math.max(300, Math.min(900, (el.root.clientWidth || 700) - 60)),
      periodName: t(lang, 'periods')[el.settings.period] ?? el.settings.period,
      sortHint: t(lang, 'sortHint'),
      sorting: (id) => ({ sort: this.sorts[id] ?? {}, onSort: (key) => this.sortBy(id, key) }),
    };
    const orders = r.dataset === 'orders';
    const stem = fileStem(el.sourceName());
    return h('section', { class: `report ds-report ds-${r.dataset}`, 'aria-labelledby': 'report-title' },
      h('h3', { id: 'report-title', class: 'report-title', text: fill(W.reportTitle, { kind: this.label(r.dataset, lang) }) }),
      h('p', { class: 'facts', text: facts.join(' · ') }),
      h('div', { class: 'report-top' },
        h('div', { class: 'ds-left' }, orders ? ordersSummary(lang, r) : conversationsSummary(lang, r), orders ? this.costs() : null),
        this.settingsBlock(r)),
      orders ? ordersBlocks(lang, r, ctx) : conversationsBlocks(lang, r, ctx),
      this.preview(r.headers ?? [], r.preview ?? [], r),
      el.renderSkipped(r),
      el.renderWarnings(r),
      downloads(lang, r, stem, orders ? ordersTables(lang, r) : conversationsTables(lang, r)));
  }

  sortBy(id, key) {
    const cur = this.sorts[id] ?? {};
    this.sorts[id] = { key, dir: cur.key === key && cur.dir === 'ascending' ? 'descending' : 'ascending' };
    this.el.render();
    this.el.shadowRoot.querySelector(`#${id} button[data-sort="${key}"]`)?.focus();
  }

  // Dialect and columns of this kind (from the report, else from the first look),
  // and for orders the optional gross margin and CAC.
  settingsBlock(r) {
    const el = this.el, lang = el.lang, W = words(lang), ov = el.settings.overrides;
    const d = r?.dialect ?? this.guess?.dialect ?? {};
    const headers = r?.headers ?? this.guess?.headers ?? [];
    const err = el.dataset.state === 'error' ? el.error : null;
    const labels = t(lang, 'dialectLabels'), names = t(lang, 'dialectValues');
    const dialect = h('fieldset', { class: 'group dialect' }, h('legend', { text: t(lang, 'dialectTitle') }),
      h('p', { class: 'hint group-hint', text: t(lang, 'dialectHelp') }));
    for (const [key, values] of Object.entries(DIALECT)) {
      const current = key in ov ? ov[key] : d[key];
      const opts = values.map((v) => [v, names[key]?.[v] ?? String(v)]);
      if (current == null) opts.unshift(['', '—']);
      else if (!values.some((v) => String(v) === String(current))) opts.push([current, String(current)]);
      dialect.append(this.withError(el.select(key, labels[key], opts, current ?? '', (v) => {
        if (v === '') delete ov[key]; else ov[key] = key === 'header_rows' ? Number(v) : v;
        el.run();
      }, { hint: key in ov ? t(lang, 'setByYou') : null }), err, key));
    }
    const counts = new Map();
    for (const x of headers) counts.set(x, (counts.get(x) ?? 0) + 1);
    const columns = h('fieldset', { class: 'group columns' }, h('legend', { text: t(lang, 'columnsTitle') }));
    for (const role of ROLES[this.kind] ?? []) {
      const key = `${role}_column`;
      const reason = r?.column_reasons?.[role];
      const opts = [[NONE, t(lang, 'noColumn')],
        ...headers.map((name, i) => [String(i + 1), counts.get(name) > 1 || name === '' ? `${name || '—'} (${i + 1})` : name])];
      let value = reason ? String(reason.index) : NONE;
      if (ov[key] != null) value = String(ov[key]);
      const hint = ov[key] === NONE ? t(lang, 'noneChosen') : reason?.reason ?? (r ? t(lang, 'columnNotFound') : null);
      const label = W.roles[this.kind][role] + (W.required[this.kind]?.includes(role) ? '' : ` (${t(lang, 'optional')})`);
      columns.append(this.withError(el.select(key, label, opts, value, (v) => { ov[key] = v; el.run(); }, { hint }), err, key));
    }
    const reset = Object.keys(ov).length
      ? h('button', { type: 'button', id: 'reset-settings', text: t(lang, 'resetDetected'), onclick: () => { el.settings.overrides = {}; el.run(); } })
      : null;
    return h('div', { class: 'settings' }, dialect, columns, reset);
  }

  // Orders: gross margin and CAC, applied by running the file again.
  costs() {
    const el = this.el, lang = el.lang, ov = el.settings.overrides;
    return costsForm(lang, ov, (v) => {
      for (const k of ['gross_margin', 'cac']) { if (v[k] == null) delete ov[k]; else ov[k] = v[k]; }
      el.run();
    }, (text) => parse(lang, text));
  }

  // The error of a failed run beside the dropdown it is about.
  withError(field, err, key) {
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

  preview(headers, preview, r) {
    const role = new Map();
    const roleNames = words(this.el.lang).roles[r?.dataset] ?? {};
    for (const [k, c] of Object.entries(r?.column_reasons ?? {})) if (c) role.set(c.index - 1, roleNames[k] ?? k);
    return previewBlock(this.el.lang, headers, preview, role);
  }
}
