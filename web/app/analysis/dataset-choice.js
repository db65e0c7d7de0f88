// Which kind of export a file is, and the reports of the kinds other than
// survey answers, for <polso-analysis> (analysis.js keeps the survey view).
//
// On a new file the worker is asked to `inspect` its first 64 KiB (the core's
// inspect(): {ok, dataset, sure, scores, dialect, headers, preview}). When the
// core is sure, the analysis starts at once with that kind; when not, the page
// shows the kind dropdown preselected with the guess, a "looks like…" note, the
// first rows, and waits for "Analyse". The dropdown stays to change the kind
// later (Survey answers / Pre-aggregated counts / Orders / Orders counts / Support
// conversations / Support counts from a warehouse).
//
// For orders and conversations this module renders the whole report: summary
// (orders-view.js, conversations-view.js), "how the file was read" and the
// column dropdowns of that kind ("(none)" = no such column, sent as ""), the
// preview, the dataset's blocks, skipped rows, warnings and downloads.
import { t } from '../../i18n/index.js';
import { parse } from '../shared/numbers.js';
import { h, count, downloads, fileStem, previewBlock, reportHead, caveats, DIALECT } from './report-kit.js';
import { columnFields, dialectFields, withColumns, previewRoles } from './column-fields.js';
import { ordersSummary, ordersBlocks, ordersTables, costsForm } from './orders/view.js';
import { conversationsSummary, conversationsBlocks, conversationsTables } from './conversations/view.js';

export const KINDS = ['survey', 'survey-counts', 'orders', 'orders-counts', 'conversations', 'conversations-counts'];
const CUSTOM = new Set(['orders', 'orders-counts', 'conversations', 'conversations-counts']); // the kinds this module renders
// Each report's kinds: the raw export, and a warehouse's counts of it.
const ORDERS = new Set(['orders', 'orders-counts']);
const SUPPORT = new Set(['conversations', 'conversations-counts']);

export class DatasetChoice {
  constructor(el) {
    this.el = el;
    this.guess = null;      // the last inspect() result for the current source
    this.asking = false;    // unsure: waiting for the person to confirm the kind
    this.pending = null;    // id of the inspect request in flight
    this.seq = 0;
    this.sorts = {};        // table id → { key, dir }
  }

  get kind() { return this.el.settings.dataset ?? 'survey'; }

  // true for the kinds this module renders (not survey answers or counts)
  get custom() { return CUSTOM.has(this.kind); }

  label(kind, lang = this.el.lang) { return t(lang, 'ds.kinds')[kind] ?? kind; }

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
    el.announce(`${t(el.lang, 'ds.whichKind')} ${this.note(el.lang)}`);
    return true;
  }

  note(lang) {
    const g = this.guess;
    if (!g?.ok) return '';
    if (this.kind !== g.dataset) return t(lang, 'setByYou'); // the guess no longer describes the choice
    return t(lang, g.sure ? 'ds.looksLike' : 'ds.looksLikeUnsure', { kind: t(lang, 'ds.kindNames')[g.dataset] ?? g.dataset });
  }

  choose(kind) {
    const el = this.el;
    el.settings.dataset = kind;
    // columns belong to a kind; the dialect stays as chosen
    for (const k of Object.keys(el.settings.overrides)) if (!(k in DIALECT) && k !== 'sheet') delete el.settings.overrides[k];
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
    const el = this.el;
    const note = this.note(lang);
    const field = el.select('dataset', t(lang, 'ds.kindLabel'), KINDS.map((k) => [k, this.label(k, lang)]), this.kind,
      (v) => this.choose(v), { hint: note || null, disabled: !!this.pending });
    if (this.asking) {
      field.classList.add('asking');
      field.prepend(h('p', { class: 'question', id: 'dataset-question', text: t(lang, 'ds.whichKind') }));
      const select = field.querySelector('select');
      select.setAttribute('aria-describedby', ['dataset-question', select.getAttribute('aria-describedby')].filter(Boolean).join(' '));
      field.append(h('button', { type: 'button', id: 'dataset-run', class: 'primary',
        text: t(lang, 'ds.analyseAs', { kind: this.label(this.kind, lang) }), onclick: () => this.confirm() }));
    }
    return field;
  }

  // ---- running -------------------------------------------------------------------

  // Analysis options for orders / conversations; "(none)" is sent as "".
  // Orders counts have their periods in the file (weeks cannot be regrouped
  // into months): no period is sent, the report says which.
  options() {
    const el = this.el, { period, overrides } = el.settings;
    // A counts file's periods are its own (the warehouse query chose them).
    const base = this.kind.endsWith('-counts') ? { dataset: this.kind, lang: el.lang } : { dataset: this.kind, period, lang: el.lang };
    return withColumns(base, overrides, this.headers());
  }

  // The file's header names, from the last report or else the first look.
  headers() {
    const r = this.el.report;
    return (r?.dataset === this.kind ? r.headers : null) ?? r?.headers ?? this.guess?.headers ?? [];
  }

  doneText(r) {
    const lang = this.el.lang, s = r.summary ?? {};
    if (ORDERS.has(r.dataset)) return `${t(lang, 'analysisDone')} ${t(lang, 'ds.o.doneText', { customers: count(lang, s.customers), orders: count(lang, s.orders) })}`;
    if (SUPPORT.has(r.dataset)) return `${t(lang, 'analysisDone')} ${t(lang, 'ds.c.doneText', { n: count(lang, s.conversations) })}`;
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
      h('h3', { id: 'report-title', class: 'report-title', text: t(lang, 'ds.guessTitle') }),
      // What the first look noticed (NUL bytes, not text, ragged rows) helps decide.
      caveats(lang, g.warnings),
      this.preview(g.headers ?? [], g.preview ?? [], null));
  }

  renderSettingsOnly(r) {
    const lang = this.el.lang;
    return h('section', { class: 'report', 'aria-labelledby': 'report-title' },
      h('h3', { id: 'report-title', class: 'report-title', text: t(lang, 'dialectTitle') }),
      this.settingsBlock(r));
  }

  renderReport(r) {
    const el = this.el, lang = el.lang;
    const ctx = {
      width: Math.max(300, Math.min(900, (el.root.clientWidth || 700) - 60)),
      periodName: t(lang, 'periods')[r.period ?? el.settings.period] ?? r.period ?? el.settings.period,
      sortHint: t(lang, 'sortHint'),
      sorting: (id) => ({ sort: this.sorts[id] ?? {}, onSort: (key) => this.sortBy(id, key) }),
    };
    const orders = ORDERS.has(r.dataset);
    const stem = fileStem(el.sourceName());
    return h('section', { class: `report ds-report ds-${r.dataset}`, 'aria-labelledby': 'report-title' },
      reportHead(el, r, t(lang, 'ds.reportTitle', { kind: this.label(r.dataset, lang) })),
      h('div', { class: 'report-top' },
        h('div', { class: 'ds-left' }, orders ? ordersSummary(lang, r) : conversationsSummary(lang, r), orders ? this.costs() : null),
        this.settingsBlock(r)),
      orders ? ordersBlocks(lang, r, ctx) : conversationsBlocks(lang, r, ctx),
      this.preview(r.headers ?? [], r.preview ?? [], r),
      el.renderSkipped(r),
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
    const el = this.el, lang = el.lang, ov = el.settings.overrides;
    const d = r?.dialect ?? this.guess?.dialect ?? {};
    const headers = r?.headers ?? this.guess?.headers ?? [];
    const err = el.dataset.state === 'error' ? el.error : null;
    const dialect = dialectFields({ el, d, err, warnings: r?.warnings });
    const columns = columnFields({ el, kind: this.kind, r, headers, err, pick: (role, v) => { ov[`${role}_column`] = v; el.run(); } });
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

  preview(headers, preview, r) {
    return previewBlock(this.el.lang, headers, preview, previewRoles(this.el.lang, r?.dataset, r));
  }
}
