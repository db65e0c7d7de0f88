// <polso-analysis lang="it">: analyse a CSV file (survey export) on this device.
//
// A drop zone and a file picker (or pasted text); the file is read in chunks by
// the analysis worker (analysis-client.js) while a progress bar shows bytes,
// rows per second and time left, with Cancel. The report shows the detected
// dialect and column mapping (each changeable: a change re-runs the analysis,
// re-reading the File from disk), a preview of the first rows, the overall value
// with its distribution, the trend over periods (chart + table), the segments
// (a sortable table), what customers say in the comment column
// (comments-view.js), skipped rows with reasons and warnings; it downloads as
// JSON, and its period and segment tables as CSV.
//
// Properties: worker (set by the page once started), catalogue, setLang(lang),
// report (the last report shown). Attribute data-state: idle | running | done |
// error | cancelled. Text from the file reaches the DOM only through
// textContent and attribute values.
// First: the analysis's words join the dictionaries before any view uses them.
import '../../i18n/analysis-words.js';
import { h, isolate } from '../shared/dom.js';
import { format } from '../shared/numbers.js';
import { t, normLang, pickLanguage } from '../../i18n/index.js';
import { barChart } from '../shared/chart.js';
import { trendChart } from '../shared/trend-chart.js';
import { formatValue, chartModel } from '../shared/result-format.js';
import { toCsv } from '../shared/csv-export.js';
import tokens from '../shared/tokens.css';
import calculatorCss from '../calculator/calculator.css';
import analysisCss from './analysis.css';
import datasetsCss from './datasets.css';
import commentsCss from './survey/comments.css';
import { vsColumn, hasVs, segmentChart, comparePanel } from './survey/stats.js';
import { methodText, valueBounds } from '../shared/intervals.js';
import { DatasetChoice } from './dataset-choice.js';
import { previewBlock, save, fileStem, bytesText, secondsText, reportHead, caveats, chip, sortableTable, scroll, DIALECT, NONE } from './report-kit.js';
import { columnFields, dialectFields, fieldWarnings, withColumns, previewRoles } from './column-fields.js';
import { commentsBlock } from './survey/comments.js';
import { warehousePanel, warehouseToggle, WAREHOUSE_BYTES } from './warehouse-panel.js';

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
    this.sort = { key: null, dir: 'ascending' };
    this._worker = null;
    this._lang = null;
    this.onWorkerMessage = (e) => this.handle(e.data);
    this.kinds = new DatasetChoice(this); // kind of file (inspect), orders & conversations views
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

  options() {
    if (this.kinds.custom) return this.kinds.options();
    const { dataset, metric, period, overrides, commentsFocus } = this.settings;
    const base = { dataset, metric, period, lang: this.lang };
    // "segment:Italy" / "period:2026-03": one group of comments against the rest.
    const focus = /^(segment|period):(.*)$/s.exec(commentsFocus ?? '');
    if (focus) base.comments_focus = { [focus[1]]: focus[2] };
    return withColumns(base, overrides, this.report?.headers ?? this.kinds.guess?.headers ?? []);
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

  newSource() {
    this.report = null;
    this.error = null;
    this.settings.overrides = {};
    this.settings.commentsFocus = '';
    this.sort = { key: null, dir: 'ascending' };
    this.kinds.detect(); // inspect the head of the file, then run (or ask which kind)
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
    if (this.kinds.handle(data)) return;
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
        this.announce(data.report.metric ? `${t(lang, 'analysisDone')} ${this.metricName(data.report.metric)}: ${formatValue(lang, data.report)}.`
          : this.kinds.doneText(data.report));
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
      this.kinds.field(lang),
      this.kinds.custom ? null : this.metricField(),
      // Orders counts come by the period their SQL chose: no period to pick.
      this.settings.dataset === 'orders-counts' ? null : this.select('period', t(lang, 'periodLabel'), PERIODS.map((p) => [p, t(lang, 'periods')[p]]), this.settings.period,
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
        report: this.report, headers: this.report?.headers ?? this.kinds.guess?.headers ?? [], rerender: () => this.render() }),
      pasteBox, progress, status, fix,
      ...(this.kinds.view(state) ?? [
        this.source && state === 'error' && (this.report ?? this.firstLook()) ? this.renderSettingsOnly(this.report ?? this.firstLook()) : null,
        this.report && this.source && state !== 'error' ? this.renderReport(this.report) : null]),
      this.live].filter(Boolean));
    this.updateProgress();
    if (focusId) this.shadowRoot.getElementById(focusId)?.focus();
  }

  // The metric dropdown ('auto' first), with what was computed and the report's
  // warnings about the metric (a scale that does not fit it) beside it.
  metricField() {
    const field = this.select('metric', t(this.lang, 'metricLabel'), METRICS.map((m) => [m, this.metricName(m)]), this.settings.metric,
      (v) => { this.settings.metric = v; this.rerun(); }, { hint: this.metricHint() });
    if (this.report && !this.kinds.custom && this.dataset.state !== 'error') field.append(...fieldWarnings(this.report.warnings, 'metric'));
    return field;
  }

  // Under the metric dropdown, when the metric followed the column: which one
  // was computed and why.
  metricHint() {
    const r = this.report;
    if (this.kinds.custom || this.settings.metric !== 'auto' || !r?.metric || r.metric_from !== 'column') return null;
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

  select(id, label, options, value, onChange, { hint, disabled } = {}) {
    const control = h('select', { id: `sel-${id}`, disabled: !!disabled });
    for (const [v, text, extra] of options) control.append(h('option', { value: String(v), text, selected: String(v) === String(value), ...extra }));
    control.addEventListener('change', () => onChange(control.value));
    const hintEl = hint ? h('p', { class: 'hint reason', id: `sel-${id}-hint`, text: hint }) : null;
    if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
    return h('div', { class: 'field', 'data-field': id }, h('label', { for: `sel-${id}`, text: label }), control, hintEl);
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

  // The report as shown: with segment set to (none), no segments.
  shown(raw) {
    if (this.settings.overrides.segment_column !== NONE) return raw;
    return {
      ...raw, segments: [],
      columns: { ...raw.columns, segment: null },
      column_reasons: { ...raw.column_reasons, segment: null },
      warnings: (raw.warnings ?? []).filter((w) => w.code !== 'too_many_segments'),
    };
  }

  renderReport(raw) {
    const lang = this.lang, r = this.shown(raw);
    const section = h('section', { class: 'report', 'aria-labelledby': 'report-title' },
      reportHead(this, r, t(lang, 'reportTitle')),
      h('div', { class: 'report-top' }, this.renderOverall(r), this.renderSettings(r)),
      commentsBlock({ lang, report: r, stem: fileStem(this.sourceName()), focus: this.settings.commentsFocus,
        select: (...a) => this.select(...a), onFocus: (v) => { this.settings.commentsFocus = v; this.rerun(); } }),
      this.renderPreview(r),
      this.renderPeriods(r),
      this.renderSegments(r),
      r.metric ? comparePanel({ lang, report: r, metricDef: this.metricDef(r.metric), metricName: this.metricName(r.metric), state: (this._compare ??= {}) }) : null,
      this.renderSkipped(r),
      this.renderDownloads(r));
    return section;
  }

  // After a failed re-run: the settings of the last good run, with the choice
  // that failed, so it can be changed back.
  renderSettingsOnly(raw) {
    return h('section', { class: 'report', 'aria-labelledby': 'report-title' },
      h('h3', { id: 'report-title', class: 'report-title', text: t(this.lang, 'dialectTitle') }),
      this.renderSettings(this.shown(raw)));
  }

  // A first run that failed on a choice the person can make (the error names a
  // field, e.g. score_column_not_found): the dropdowns from the first look at
  // the file (inspect), so the column the message asks for can be chosen.
  // A file not even the first look could read (UTF-16 without a byte order
  // mark reads as binary) gets the dialect choices alone, the encoding among them.
  firstLook() {
    const g = this.kinds.guess, field = this.error?.field;
    if (!field) return null;
    if (g?.ok && g.headers?.length) return { headers: g.headers, dialect: g.dialect, column_reasons: {} };
    return field in DIALECT ? { headers: [], dialect: {}, column_reasons: {} } : null;
  }

  metricDef(id) {
    return this._catalogue?.metrics.find((m) => m.id === id) ?? { id, inputs: [] };
  }

  // "± 6" when the interval is symmetric around the value, "35 to 48" when not.
  intervalText(value, iv) {
    if (!iv || !Number.isFinite(iv.low) || !Number.isFinite(iv.high)) return '';
    const lang = this.lang, up = iv.high - value, down = value - iv.low;
    if (Math.abs(up - down) <= 0.05 * Math.max(up, down) + 1e-9) return `± ${format(lang, (up + down) / 2, 1)}`;
    return t(lang, 'intervalRange', { low: format(lang, iv.low, 1), high: format(lang, iv.high, 1) });
  }

  intervalLevel(rows) {
    const level = rows.find((x) => x?.interval)?.interval?.level;
    return Number.isFinite(level) ? format(this.lang, level <= 1 ? level * 100 : level, 0) : '95';
  }

  intervalColumn(rows) {
    if (!rows.some((x) => x.interval)) return [];
    return [{ key: 'interval', label: t(this.lang, 'intervalLabel', { level: this.intervalLevel(rows) }),
      text: (x) => this.intervalText(x.value, x.interval), value: (x) => (x.interval ? x.interval.high - x.interval.low : null), num: true }];
  }

  renderOverall(r) {
    const lang = this.lang;
    const band = r.band;
    const valueText = formatValue(lang, r);
    const card = h('div', { class: 'result overall', 'aria-labelledby': 'overall-title' },
      h('h4', { id: 'overall-title', text: t(lang, 'overall', { metric: this.metricName(r.metric) }) }),
      h('p', { class: 'value-line' },
        h('output', { class: 'value', id: 'overall-value', text: valueText }),
        chip(lang, band)),
      caveats(lang, r.warnings));
    if (r.interval) {
      card.append(h('p', { class: 'interval', id: 'overall-interval' },
        h('span', { class: 'k', text: `${t(lang, 'intervalLabel', { level: this.intervalLevel([r]) })}: ` }),
        this.intervalText(r.value, r.interval),
        methodText(lang, r.interval.method) ? h('span', { class: 'hint', text: ` (${methodText(lang, r.interval.method)})` }) : null));
    }
    card.append(h('p', { class: 'formula' }, h('span', { class: 'k', text: `${t(lang, 'formula')}: ` }), h('code', { text: r.formula ?? '' })));
    card.append(h('p', { class: 'responses', text: t(lang, 'responsesN', { n: format(lang, r.n ?? 0) }) }));
    const chart = chartModel(lang, this.metricDef(r.metric), r);
    if (chart) {
      const svg = barChart({ ...chart, formatNumber: (v) => format(lang, v) });
      svg.setAttribute('aria-label', `${chart.title}: ${chart.summary}`);
      card.append(h('figure', { class: 'chart-figure' }, h('figcaption', { text: chart.title }), svg));
    }
    for (const c of [].concat(r.comparisons ?? r.comparison ?? [])) {
      if (c && typeof c === 'object' && (c.message || c.summary)) card.append(h('p', { class: 'comparison', text: c.message ?? c.summary }));
    }
    return card;
  }

  renderSettings(r) {
    const lang = this.lang, ov = this.settings.overrides, d = r.dialect ?? {};
    const err = this.dataset.state === 'error' ? this.error : null;
    // no date order detected: the file has no date column (a first look has no report to say so)
    const dialect = dialectFields({ el: this, d, err, noDates: !!r.columns, warnings: r.warnings });
    const headers = r.headers ?? [];
    const columns = columnFields({ el: this, kind: this.settings.dataset, r, headers, err, none: (role) => role !== 'score',
      pick: (role, v) => {
        ov[`${role}_column`] = v;
        if (role === 'segment' && v === NONE) { this.render(); return; } // segments only hidden: nothing else depends on them
        this.run();
      } });
    const reset = Object.keys(ov).length
      ? h('button', { type: 'button', id: 'reset-settings', text: t(lang, 'resetDetected'), onclick: () => { this.settings.overrides = {}; this.run(); } })
      : null;
    return h('div', { class: 'settings' }, dialect, headers.length ? columns : null, reset);
  }

  renderPreview(r) {
    return previewBlock(this.lang, r.headers ?? [], r.preview ?? [], previewRoles(this.lang, this.settings.dataset, r));
  }

  rowValue(r, row) {
    return formatValue(this.lang, { ...row, unit: r.unit, details: { ...(r.details ?? {}), ...(row.details ?? {}) } });
  }

  renderPeriods(r) {
    const lang = this.lang, periods = r.periods ?? [];
    if (!periods.length) return null;
    const metric = this.metricName(r.metric), short = r.metric.toUpperCase();
    const title = t(lang, 'trendTitle', { metric, period: t(lang, 'periods')[this.settings.period].toLowerCase() });
    const points = periods.map((p) => ({ label: p.period, value: p.value, low: p.interval?.low, high: p.interval?.high, tone: p.band?.tone }));
    const summary = periods.slice(0, 24).map((p) => `${p.period}: ${format(lang, p.value)}`).join(', ') + (periods.length > 24 ? ', …' : '');
    const width = Math.max(300, Math.min(900, (this.root.clientWidth || 700) - 60));
    const svg = trendChart({ points, title, summary, bounds: valueBounds(this.metricDef(r.metric)), width, formatNumber: (v) => format(lang, v) });
    const table = sortableTable('periods-table', [
      { key: 'period', label: t(lang, 'periodCol'), text: (p) => p.period },
      { key: 'value', label: short, text: (p) => this.rowValue(r, p), num: true },
      ...this.intervalColumn(periods),
      ...(hasVs(periods, 'vs_previous') ? [vsColumn(lang, 'vs_previous')] : []),
      { key: 'n', label: t(lang, 'responsesCol'), text: (p) => format(lang, p.n), num: true },
      { key: 'band', label: t(lang, 'benchmark'), text: (p) => p.band?.label ?? '' },
    ], periods);
    return h('section', { class: 'block trend', 'aria-labelledby': 'trend-title' },
      h('h4', { id: 'trend-title', text: title }),
      scroll('trend-title', svg, 'chart-scroll'),
      h('details', { class: 'as-table' }, h('summary', { text: t(lang, 'showTable') }), h('div', { class: 'scroll' }, table)));
  }

  renderSegments(r) {
    const lang = this.lang, segments = r.segments ?? [];
    if (!segments.length) return null;
    const cols = [
      { key: 'segment', label: t(lang, 'segmentCol'), text: (s) => s.segment },
      { key: 'value', label: r.metric.toUpperCase(), text: (s) => this.rowValue(r, s), value: (s) => s.value, num: true },
      ...this.intervalColumn(segments),
      ...(hasVs(segments, 'vs_rest') ? [{ ...vsColumn(lang, 'vs_rest'), value: (s) => s.vs_rest?.difference ?? null }] : []),
      { key: 'n', label: t(lang, 'responsesCol'), text: (s) => format(lang, s.n), value: (s) => s.n, num: true },
      { key: 'band', label: t(lang, 'benchmark'), text: (s) => s.band?.label ?? '' },
    ];
    const table = sortableTable('segments-table', cols, segments, { lang, sort: this.sort, onSort: (key) => {
      this.sort = { key, dir: this.sort.key === key && this.sort.dir === 'ascending' ? 'descending' : 'ascending' };
      this.render();
      this.shadowRoot.querySelector(`#segments-table button[data-sort="${key}"]`)?.focus();
    } });
    return h('section', { class: 'block segments', 'aria-labelledby': 'segments-title' },
      h('h4', { id: 'segments-title', text: t(lang, 'segmentsTitle', { n: format(lang, segments.length), column: isolate(r.columns?.segment ?? '') }) }),
      h('p', { class: 'hint', text: t(lang, 'sortHint') }),
      h('div', { class: 'scroll' }, table),
      segmentChart(lang, r, this.metricName(r.metric), this.metricDef(r.metric)));
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

  renderDownloads(r) {
    const lang = this.lang;
    this.downloadStatus = h('p', { class: 'action-status', role: 'status' });
    const stem = fileStem(this.sourceName());
    const csvOpts = lang === 'it' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
    const csv = (rows, name) => {
      save(new Blob(['\ufeff', toCsv(rows, csvOpts)], { type: 'text/csv;charset=utf-8' }), name);
      this.downloadStatus.textContent = t(lang, 'downloaded');
    };
    return h('div', { class: 'actions downloads' },
      h('button', { type: 'button', id: 'download-json', text: t(lang, 'downloadReport'), onclick: () => {
        save(new Blob([JSON.stringify(r, null, 2)], { type: 'application/json' }), `${stem}-${r.metric}.json`);
        this.downloadStatus.textContent = t(lang, 'downloaded');
      } }),
      r.periods?.length ? h('button', { type: 'button', id: 'download-periods', text: t(lang, 'downloadPeriods'),
        onclick: () => csv(tableRows(r, r.periods, 'period'), `${stem}-${r.metric}-periods.csv`) }) : null,
      r.segments?.length ? h('button', { type: 'button', id: 'download-segments', text: t(lang, 'downloadSegments'),
        onclick: () => csv(tableRows(r, r.segments, 'segment'), `${stem}-${r.metric}-segments.csv`) }) : null,
      this.downloadStatus);
  }
}

// Period or segment rows for CSV: the key, value, n, band, interval when
// present, and the numbers of `details` (promoters, passives, …).
function tableRows(r, rows, key) {
  const detailKeys = [...new Set(rows.flatMap((x) => Object.keys(x.details ?? {})
    .filter((k) => typeof x.details[k] === 'number' && k !== 'n')))];
  const hasInterval = rows.some((x) => x.interval);
  const head = [key, r.metric, 'n', 'band', ...(hasInterval ? ['interval_low', 'interval_high'] : []), ...detailKeys];
  return [head, ...rows.map((x) => [x[key], x.value, x.n, x.band?.label ?? '',
    ...(hasInterval ? [x.interval?.low ?? null, x.interval?.high ?? null] : []),
    ...detailKeys.map((k) => x.details?.[k] ?? null)])];
}


if (!customElements.get('polso-analysis')) customElements.define('polso-analysis', PolsoAnalysis);
