// <polso-analysis lang="it">: analyse a file (survey answers or counts, orders,
// support conversations) on this device.
//
// A drop zone and a file picker (or pasted text); the kind picker
// (kind-picker.js) looks at the head of the file and says which kind it is, by
// events; the file is read in chunks by the analysis worker (analysis-client.js)
// while a progress bar shows bytes, rows per second and time left, with Cancel.
// Every kind's report is laid out alike (renderReport): its view's heading and
// summary (survey/, orders/, conversations/ view.js) beside the one settings
// block (dialect and columns, each changeable: a change re-runs the analysis,
// re-reading the File from disk), the view's blocks, a preview of the first
// rows, skipped rows with reasons, and the downloads (JSON, each table as CSV).
//
// Properties: worker (set by the page once started), catalogue, setLang(lang),
// report (the last report shown). Attribute data-state: idle | running | done |
// error | cancelled. Text from the file reaches the DOM only through
// textContent and attribute values.
// First: the analysis's words join the dictionaries before any view uses them.
import '../../i18n/analysis-words.js';
import { h } from '../shared/dom.js';
import { format, parse } from '../shared/numbers.js';
import { t, normLang, pickLanguage } from '../../i18n/index.js';
import { secondsText } from '../shared/duration.js';
import { downloads } from '../shared/downloads.js';
import tokens from '../shared/tokens.css';
import calculatorCss from '../calculator/calculator.css';
import analysisCss from './analysis.css';
import datasetsCss from './datasets.css';
import commentsCss from './survey/comments.css';
import { KindPicker } from './kind-picker.js';
import { previewBlock, fileStem, bytesText, reportHead, DIALECT, NONE } from './report-kit.js';
import { columnFields, dialectFields, fieldWarnings, withColumns, previewRoles } from './column-fields.js';
import { selectField } from './select-field.js';
import { warehousePanel, warehouseToggle, WAREHOUSE_BYTES } from './warehouse-panel.js';
import { view as surveyView } from './survey/view.js';
import { view as ordersView } from './orders/view.js';
import { view as conversationsView } from './conversations/view.js';

// Each kind of file → its view; every view has the same shape: className,
// title, doneText, summary, blocks, tables, jsonName (and the survey's shown).
const VIEWS = {
  survey: surveyView, 'survey-counts': surveyView,
  orders: ordersView, 'orders-counts': ordersView,
  conversations: conversationsView, 'conversations-counts': conversationsView,
};
const isSurvey = (kind) => VIEWS[kind] === surveyView;

// 'auto': the metric follows the score column (0–10 → NPS, 1–5 satisfaction → CSAT, effort → CES).
const METRICS = ['auto', 'nps', 'csat', 'ces'];
const PERIODS = ['day', 'week', 'month', 'quarter', 'year'];
const RERUN_ON_LANG_MAX_BYTES = 20 * 1024 * 1024;

let sheets;
function styles() {
  if (!sheets) {
    sheets = [tokens + calculatorCss, analysisCss, commentsCss, datasetsCss].map((css) => { const s = new CSSStyleSheet(); s.replaceSync(css); return s; });
  }
  return sheets;
}

export class PolsoAnalysis extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.adoptedStyleSheets = styles();
    this.root = h('div', { class: 'root analysis', part: 'root' });
    this.shadowRoot.append(this.root);
    this.settings = { dataset: 'survey', metric: 'auto', period: 'month', overrides: {}, commentsFocus: '' };
    this.source = null;      // { file } or { text, name }
    this.report = null;      // the last good report for this source (raw, as the core gave it)
    this.error = null;
    this.job = 0;            // id of the running analysis, 0 when none
    this.sorts = {};         // table id → { key, dir }
    this.compare = {};       // the survey's "Compare two" choices
    this._worker = null;
    this._lang = null;
    this.onWorkerMessage = (e) => this.handle(e.data);
    // The kind of file (inspect → dropdown, asks when unsure): it tells, we act.
    this.picker = new KindPicker();
    this.picker.addEventListener('polso-settings-change', (e) => this.kindChanged(e.detail));
    this.picker.addEventListener('polso-run', () => this.run());
    this.picker.addEventListener('polso-ask', () => {
      this.dataset.state = 'choosing';
      this.render();
      this.announce(this.picker.question(this.lang, this.settings.dataset));
    });
    this.warehouse = { open: false };        // the "My data is in a warehouse" panel (warehouse-panel.js)
    this.warehouseBytes = WAREHOUSE_BYTES;   // a bigger file opens it by itself
  }

  connectedCallback() {
    if (this._started) return;
    this._started = true;
    this.dataset.state = 'idle';
    this.render();
  }

  get lang() { return normLang(this._lang ?? this.getAttribute('lang') ?? pickLanguage()); }

  set worker(w) {
    this._worker?.removeEventListener('message', this.onWorkerMessage);
    this._worker = w;
    w?.addEventListener('message', this.onWorkerMessage);
    this.render();
  }

  get worker() { return this._worker; }

  set catalogue(c) { this._catalogue = c; this.render(); }

  setLang(lang) {
    const next = normLang(lang);
    if (next === this._lang) return;
    this._lang = next;
    this.setAttribute('lang', next);
    // The report's own words (reasons, bands, warnings) come from the core in
    // the language of the run: a small file is simply analysed again.
    const size = this.source?.file?.size ?? this.source?.text?.length ?? Infinity;
    if (this.report && !this.job && size <= RERUN_ON_LANG_MAX_BYTES) this.run();
    else this.render();
  }

  // ---- running ---------------------------------------------------------------

  // The core's analysis options; "(none)" is sent as "". A counts file's
  // periods are its own (the warehouse query chose them): no period is sent.
  options() {
    const { dataset, metric, period, overrides, commentsFocus } = this.settings;
    if (!isSurvey(dataset)) {
      const base = dataset.endsWith('-counts') ? { dataset, lang: this.lang } : { dataset, period, lang: this.lang };
      const r = this.report;
      return withColumns(base, overrides, (r?.dataset === dataset ? r.headers : null) ?? r?.headers ?? this.picker.guess?.headers ?? []);
    }
    const base = { dataset, metric, period, lang: this.lang };
    // "segment:Italy" / "period:2026-03": one group of comments against the rest.
    const focus = /^(segment|period):(.*)$/s.exec(commentsFocus ?? '');
    if (focus) base.comments_focus = { [focus[1]]: focus[2] };
    return withColumns(base, overrides, this.report?.headers ?? this.picker.guess?.headers ?? []);
  }

  setFile(file) {
    this.source = { file };
    const big = file.size > this.warehouseBytes;
    this.warehouse = { ...this.warehouse, size: big ? file.size : null, open: big || this.warehouse.open };
    this.newSource();
  }

  setText(text) {
    this.source = { text, name: t(this.lang, 'pastedText') };
    this.newSource();
  }

  // A new file: inspect its head, then run (or ask which kind).
  newSource() {
    this.report = null;
    this.error = null;
    this.settings.overrides = {};
    this.settings.commentsFocus = '';
    this.sorts = {};
    if (!this.source || !this._worker) return;
    const msg = this.picker.inspect(this.lang);
    if (this.source.file) msg.file = this.source.file; else msg.text = this.source.text;
    this.dataset.state = 'inspecting';
    this._worker.postMessage(msg);
    this.render();
  }

  // The kind picker's polso-settings-change: the first look's kind, or the
  // person's choice (then columns, which belong to a kind, are dropped; the
  // dialect stays as chosen).
  kindChanged({ dataset, by }) {
    this.settings.dataset = dataset;
    if (by !== 'person') return;
    const ov = this.settings.overrides;
    for (const k of Object.keys(ov)) if (!(k in DIALECT) && k !== 'sheet') delete ov[k];
    this.sorts = {};
    if (this.picker.asking) { this.render(); return; }
    this.report = null;
    this.error = null;
    if (this.source) this.run(); else this.render();
  }

  // A view's change of settings (the comments' focus) or of options (margin,
  // CAC: null removes one), then the file is read again.
  change(patch) { Object.assign(this.settings, patch); this.rerun(); }

  setOverrides(patch) {
    const ov = this.settings.overrides;
    for (const [k, v] of Object.entries(patch)) { if (v == null) delete ov[k]; else ov[k] = v; }
    this.run();
  }

  run() {
    if (!this.source || !this._worker) return;
    this.job += 1;
    const id = this.job;
    this.error = null;
    this.progress = { bytes: 0, totalBytes: this.source.file?.size ?? 0, rows: 0, elapsedMs: 0 };
    this.dataset.state = 'running';
    const msg = { type: 'start', id, options: this.options() };
    if (this.source.file) msg.file = this.source.file; else msg.text = this.source.text;
    this._worker.postMessage(msg);
    this.render();
    this.announce(t(this.lang, 'analysing', { name: this.sourceName() }));
  }

  cancel() {
    if (!this.job) return;
    this._worker.postMessage({ type: 'cancel' });
    this.cancelButton?.setAttribute('disabled', '');
  }

  handle(data) {
    if (this.picker.handle(data)) return;
    if (!data || data.id !== this.job || !this.job) return;
    const lang = this.lang;
    switch (data.type) {
      case 'progress':
        this.progress = data;
        this.updateProgress();
        return;
      case 'done':
        this.job = 0;
        this.report = data.report;
        this.elapsedMs = data.elapsedMs;
        this.dataset.state = 'done';
        this.render();
        this.announce(this.viewOf(data.report).doneText(lang, data.report, this.context()));
        this.dispatchEvent(new CustomEvent('polso-analysis', { bubbles: true, composed: true, detail: { report: data.report } }));
        return;
      case 'error':
        this.job = 0;
        this.error = data.error ?? { message: '' };
        this.dataset.state = 'error';
        this.render();
        this.announce(this.error.message);
        return;
      case 'cancelled':
        this.job = 0;
        this.dataset.state = 'cancelled';
        // A cancelled first run leaves nothing to show; a cancelled re-run of
        // the same file keeps its previous report.
        if (!this.report) this.source = null;
        this.render();
        this.announce(t(lang, 'cancelled'));
        return;
      default:
    }
  }

  // ---- rendering ---------------------------------------------------------------

  metricName(id) {
    if (id === 'auto') return t(this.lang, 'metricAuto');
    return this._catalogue?.metrics.find((m) => m.id === id)?.name[this.lang] ?? id.toUpperCase();
  }

  metricDef(id) {
    return this._catalogue?.metrics.find((m) => m.id === id) ?? { id, inputs: [] };
  }

  sourceName() {
    return this.source?.file?.name ?? this.source?.name ?? '';
  }

  announce(text) {
    if (this.live) this.live.textContent = text;
  }

  render() {
    if (!this._started) return;
    const lang = this.lang;
    this.root.lang = lang;
    const running = this.job > 0;
    const focusId = this.shadowRoot.activeElement?.id;

    const fileInput = h('input', { type: 'file', id: 'file-input', class: 'file-input',
      accept: '.csv,.tsv,.txt,.xlsx,.xlsm,.ods,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet', disabled: !this._worker,
      'aria-describedby': 'drop-hint' });
    fileInput.addEventListener('change', () => { const f = fileInput.files?.[0]; if (f) this.setFile(f); fileInput.value = ''; });
    const drop = h('div', { class: 'drop' },
      h('p', { class: 'drop-title', text: t(lang, 'dropTitle') }),
      h('label', { for: 'file-input', class: 'file-label', text: t(lang, 'chooseFile') }),
      fileInput,
      h('p', { class: 'hint', id: 'drop-hint', text: t(lang, 'dropHint') }),
      warehouseToggle(lang, this.warehouse, () => this.render()));
    for (const type of ['dragenter', 'dragover']) {
      drop.addEventListener(type, (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; drop.classList.add('over'); });
    }
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      const f = e.dataTransfer?.files?.[0];
      if (f && this._worker) this.setFile(f);
    });

    const paste = h('textarea', { id: 'paste', rows: 5, spellcheck: 'false', autocomplete: 'off' });
    paste.value = this._pasteDraft ?? '';
    paste.addEventListener('input', () => { this._pasteDraft = paste.value; });
    const pasteBox = h('details', { class: 'paste', open: this._pasteOpen || null,
      ontoggle: (e) => { this._pasteOpen = e.target.open; } },
      h('summary', { text: t(lang, 'pasteCsv') }),
      h('label', { for: 'paste', text: t(lang, 'pasteCsvLabel') }), paste,
      h('button', { type: 'button', id: 'paste-run', disabled: !this._worker,
        onclick: () => { if (paste.value.trim()) this.setText(paste.value); }, text: t(lang, 'analyseText') }));

    const setup = h('div', { class: 'setup' },
      this.picker.field(lang, this.settings.dataset),
      isSurvey(this.settings.dataset) ? this.metricField() : null,
      // Orders counts come by the period their SQL chose: no period to pick.
      this.settings.dataset === 'orders-counts' ? null : selectField('period', t(lang, 'periodLabel'), PERIODS.map((p) => [p, t(lang, 'periods')[p]]), this.settings.period,
        (v) => { this.settings.period = v; this.settings.commentsFocus = ''; this.rerun(); }));

    const progress = h('div', { class: 'progress', hidden: !running });
    if (running) {
      this.progressBar = h('progress', { id: 'progress-bar', max: 1000, value: 0, 'aria-labelledby': 'progress-label' });
      this.progressText = h('p', { class: 'progress-text', id: 'progress-text' });
      this.cancelButton = h('button', { type: 'button', id: 'cancel', class: 'cancel', text: t(lang, 'cancel'), onclick: () => this.cancel() });
      progress.append(h('p', { id: 'progress-label', class: 'progress-label', text: t(lang, 'analysing', { name: this.sourceName() }) }),
        this.progressBar, this.progressText, this.cancelButton);
    }

    const status = h('p', { class: 'status', id: 'analysis-status' });
    const state = this.dataset.state;
    if (!this._worker) status.textContent = t(lang, 'engineLoading');
    else if (state === 'idle') status.textContent = t(lang, 'readyToAnalyse');
    else if (state === 'cancelled') status.textContent = t(lang, 'cancelledReady');
    else if (state === 'error') { status.textContent = this.error?.message ?? ''; status.className = 'status error'; status.setAttribute('role', 'alert'); }
    const fix = state === 'error' ? this.metricFix(this.error) : null;

    this.live = h('p', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.root.replaceChildren(...[
      h('header', { class: 'head' },
        h('h2', { class: 'title', text: t(lang, 'analyseTitle') }),
        h('p', { class: 'help', text: t(lang, 'analyseHelp') })),
      h('div', { class: 'intake' }, drop, setup),
      warehousePanel({ lang, state: this.warehouse, kind: this.settings.dataset, period: this.settings.period,
        report: this.report, headers: this.report?.headers ?? this.picker.guess?.headers ?? [], rerender: () => this.render() }),
      pasteBox, progress, status, fix,
      this.reportSlot(state),
      this.live].filter(Boolean));
    this.updateProgress();
    if (focusId) this.shadowRoot.getElementById(focusId)?.focus();
  }

  // The metric dropdown ('auto' first), with what was computed and the report's
  // warnings about the metric (a scale that does not fit it) beside it.
  metricField() {
    const field = selectField('metric', t(this.lang, 'metricLabel'), METRICS.map((m) => [m, this.metricName(m)]), this.settings.metric,
      (v) => { this.settings.metric = v; this.rerun(); }, { hint: this.metricHint() });
    if (this.report && isSurvey(this.settings.dataset) && this.dataset.state !== 'error') field.append(...fieldWarnings(this.report.warnings, 'metric'));
    return field;
  }

  // Under the metric dropdown, when the metric followed the column: which one
  // was computed and why.
  metricHint() {
    const r = this.report;
    if (!isSurvey(this.settings.dataset) || this.settings.metric !== 'auto' || !r?.metric || r.metric_from !== 'column') return null;
    return [t(this.lang, 'metricComputed', { metric: this.metricName(r.metric) }), r.metric_reason].filter(Boolean).join(' ');
  }

  // scale_mismatch (NPS asked of a 1–5 column …): one click runs the metric
  // that fits, as the error's suggestion names it.
  metricFix(err) {
    if (err?.code !== 'scale_mismatch') return null;
    const metric = err.suggestion;
    if (!METRICS.includes(metric) || metric === 'auto' || metric === this.settings.metric) return null;
    return h('p', { class: 'error-fix' }, h('button', { type: 'button', id: 'fix-metric', class: 'primary', 'data-metric': metric,
      text: t(this.lang, 'useMetric', { metric: this.metricName(metric) }),
      onclick: () => { this.settings.metric = metric; this.run(); } }));
  }

  rerun() {
    if (this.source && this.report) this.run(); else if (this.source && this.error) this.run(); else this.render();
  }

  updateProgress() {
    if (!this.job || !this.progressBar || !this.progress) return;
    const lang = this.lang, p = this.progress;
    const total = p.totalBytes || 0;
    const frac = total ? Math.min(1, p.bytes / total) : 0;
    this.progressBar.value = Math.round(frac * 1000);
    this.progressBar.setAttribute('aria-valuetext', `${format(lang, frac * 100, 0)}%`);
    const secs = p.elapsedMs / 1000;
    const parts = [t(lang, 'bytesOf', { done: bytesText(lang, p.bytes), total: bytesText(lang, total), pct: format(lang, frac * 100, 0) })];
    if (secs > 0.2 && p.rows > 0) parts.push(t(lang, 'rowsPerSecond', { n: format(lang, Math.round(p.rows / secs), 0) }));
    if (secs > 0.5 && p.bytes > 0 && p.bytes < total) {
      const left = ((total - p.bytes) / p.bytes) * secs;
      parts.push(t(lang, 'timeLeft', { t: secondsText(lang, left) }));
    }
    this.progressText.textContent = parts.join(' · ');
    this.dataset.progressBytes = String(p.bytes);
  }

  // ---- the report ----------------------------------------------------------

  // A report's view: by the report's own kind when it says, else the chosen one.
  viewOf(r) { return VIEWS[r?.dataset] ?? VIEWS[this.settings.dataset] ?? surveyView; }

  // What a view is given besides the report: the page's language, width and
  // period, table sorting, the file's name stem, and the ways to change a
  // setting (each re-runs the file). Views read nothing else of the element.
  context() {
    const lang = this.lang, period = this.report?.period ?? this.settings.period;
    return {
      lang,
      width: Math.max(300, Math.min(900, (this.root.clientWidth || 700) - 60)),
      periodName: t(lang, 'periods')[period] ?? period,
      sortHint: t(lang, 'sortHint'),
      sorting: (id) => ({ sort: this.sorts[id] ?? {}, onSort: (key) => this.sortBy(id, key) }),
      stem: fileStem(this.sourceName()),
      settings: this.settings,
      overrides: this.settings.overrides,
      change: (patch) => this.change(patch),
      setOverrides: (patch) => this.setOverrides(patch),
      parse: (text) => parse(lang, text),
      metricName: (id) => this.metricName(id),
      metricDef: (id) => this.metricDef(id),
      compare: this.compare,
    };
  }

  sortBy(id, key) {
    const cur = this.sorts[id] ?? {};
    this.sorts[id] = { key, dir: cur.key === key && cur.dir === 'ascending' ? 'descending' : 'ascending' };
    this.render();
    this.shadowRoot.querySelector(`#${id} button[data-sort="${key}"]`)?.focus();
  }

  // The report slot: the first rows while the kind is asked, the report, or
  // after a failed run the settings alone (to change the choice that failed).
  reportSlot(state) {
    if (!this.source) return null;
    if (this.picker.asking) return this.picker.view(this.lang);
    const kind = this.settings.dataset;
    if (isSurvey(kind)) {
      if (state === 'error') { const base = this.report ?? this.firstLook(); return base ? this.renderSettingsOnly(base) : null; }
      return this.report ? this.renderReport(this.report) : null;
    }
    const r = this.report?.dataset === kind ? this.report : null;
    if (state === 'error') return this.renderSettingsOnly(r);
    return r ? this.renderReport(r) : null;
  }

  // Every kind alike: heading, summary beside the settings, the view's blocks,
  // the preview, skipped rows, downloads.
  renderReport(raw) {
    const lang = this.lang, view = this.viewOf(raw), ctx = this.context();
    const r = view.shown ? view.shown(raw, this.settings.overrides) : raw;
    return h('section', { class: ['report', view.className(r)].filter(Boolean).join(' '), 'aria-labelledby': 'report-title' },
      reportHead(lang, r, { title: view.title(lang, r), name: this.sourceName(), elapsedMs: this.elapsedMs }),
      h('div', { class: 'report-top' }, view.summary(lang, r, ctx), this.settingsBlock(r)),
      view.blocks(lang, r, ctx),
      previewBlock(lang, r.headers ?? [], r.preview ?? [], previewRoles(lang, this.settings.dataset, r)),
      this.renderSkipped(r),
      downloads(lang, r, ctx.stem, view.jsonName(r), view.tables(lang, r, ctx)));
  }

  // After a failed run: the settings of the last good run (or the first look),
  // with the choice that failed, so it can be changed back.
  renderSettingsOnly(raw) {
    const view = this.viewOf(raw);
    const r = raw && view.shown ? view.shown(raw, this.settings.overrides) : raw;
    return h('section', { class: 'report', 'aria-labelledby': 'report-title' },
      h('h3', { id: 'report-title', class: 'report-title', text: t(this.lang, 'dialectTitle') }),
      this.settingsBlock(r));
  }

  // The one settings block: how the file was read and which column plays each
  // role (from the report, else from the first look), and a reset.
  settingsBlock(r) {
    const lang = this.lang, ov = this.settings.overrides, kind = this.settings.dataset, survey = isSurvey(kind);
    const err = this.dataset.state === 'error' ? this.error : null;
    const d = r ? (r.dialect ?? {}) : (this.picker.guess?.dialect ?? {});
    const headers = r?.headers ?? this.picker.guess?.headers ?? [];
    // no date order detected: a survey file with no date column (a first look has no report to say so)
    const dialect = dialectFields({ lang, overrides: ov, d, err, noDates: survey && !!r?.columns, warnings: r?.warnings, run: () => this.run() });
    const columns = survey && !headers.length ? null : columnFields({ lang, overrides: ov, kind, r, headers, err,
      none: (role) => !survey || role !== 'score',
      pick: (role, v) => {
        ov[`${role}_column`] = v;
        if (role === 'segment' && v === NONE) { this.render(); return; } // segments only hidden: nothing else depends on them
        this.run();
      } });
    const reset = Object.keys(ov).length
      ? h('button', { type: 'button', id: 'reset-settings', text: t(lang, 'resetDetected'), onclick: () => { this.settings.overrides = {}; this.run(); } })
      : null;
    return h('div', { class: 'settings' }, dialect, columns, reset);
  }

  // A first run that failed on a choice the person can make (the error names a
  // field, e.g. score_column_not_found): the dropdowns from the first look at
  // the file (inspect), so the column the message asks for can be chosen.
  // A file not even the first look could read (UTF-16 without a byte order
  // mark reads as binary) gets the dialect choices alone, the encoding among them.
  firstLook() {
    const g = this.picker.guess, field = this.error?.field;
    if (!field) return null;
    if (g?.ok && g.headers?.length) return { headers: g.headers, dialect: g.dialect, column_reasons: {} };
    return field in DIALECT ? { headers: [], dialect: {}, column_reasons: {} } : null;
  }

  renderSkipped(r) {
    const lang = this.lang, reasons = Object.entries(r.skipped_reasons ?? {});
    if (!reasons.length) return null;
    const body = reasons.map(([code, why]) => h('tr', { 'data-code': code },
      h('th', { scope: 'row', text: why.message ?? code }),
      h('td', { class: 'num', text: format(lang, why.count) }),
      h('td', { text: (why.rows ?? []).map((n) => format(lang, n, 0)).join(', ') + ((why.rows?.length ?? 0) < why.count ? ', …' : '') })));
    return h('section', { class: 'block skipped', 'aria-labelledby': 'skipped-title' },
      h('h4', { id: 'skipped-title', text: t(lang, 'skippedTitle', { n: format(lang, r.rows?.skipped ?? 0) }) }),
      h('div', { class: 'scroll' }, h('table', { class: 'table', id: 'skipped-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t(lang, 'reasonCol') }), h('th', { scope: 'col', class: 'num', text: t(lang, 'countCol') }),
          h('th', { scope: 'col', text: t(lang, 'linesCol') }))),
        h('tbody', {}, body))));
  }

}

if (!customElements.get('polso-analysis')) customElements.define('polso-analysis', PolsoAnalysis);
