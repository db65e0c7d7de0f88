// <polso-calculator metric="nps" lang="it" variant="counts"></polso-calculator>
//
// One calculator: a form generated from the catalogue entry of one metric, and
// its live result. The hosted page and the embed both use this element; it
// renders into Shadow DOM so a host page's CSS cannot reach in and ours cannot
// leak out. Every calculator on a page shares one wasm instance (core.js).
//
// Attributes: metric, lang, variant, confidence (80|90|95|99), readonly (a worked
// example the reader cannot edit), and any input of the metric by its catalogue
// name (promoters="70"), read in the element's language like a typed value.
// Content inside the element (a sentence and a link, as the Embed dialog writes
// it) shows until the calculator starts and stays if it cannot start; a failure
// adds a short message above it, never an empty box.
//
// Properties: state ({ metric, variant, lang, inputs, confidence, mode, inputsB }),
// setState(state),
// lastRequest, lastResponse. Events: 'polso-change' (detail: { state, request,
// response }) after each evaluation; 'polso-ready' once the core is loaded.
// User text reaches the DOM only through textContent and form values.
//
// mode 'single' shows one result with its interval ("60 ± 13"); mode 'compare'
// shows the same form twice (A, B) and the core's comparison of B with A.
// confidence (80/90/95/99) is sent to the core as options.confidence.
import { h, save } from '../shared/dom.js';
import { encodeState } from '../shared/state.js';
import { getPolso } from '../core.js';
import { format, parse, separators } from '../shared/numbers.js';
import { t, pickLanguage, normLang } from '../../i18n/index.js';
import { barChart } from '../shared/chart.js';
import { formatValue, formatSeconds, chartModel } from '../shared/result-format.js';
import { drawCard } from './card-png.js';
import tokens from '../shared/tokens.css';
import css from './calculator.css';
import { LEVELS, DEFAULT_LEVEL, hasInterval, plannable, describeInterval, intervalHelp, intervalOk, levelPct,
  comparisonView, differenceText, significanceText } from '../shared/intervals.js';
import { planPanel } from './calc-plan.js';
import { chip, TONE_ICON } from '../shared/chip.js';

const LIST_KINDS = new Set(['scores', 'counts', 'numbers']);
// Durations: the "…_seconds" inputs, typed in any unit ("2m", "1:30") or as
// bare numbers of the unit chosen beside the field.
const isDuration = (def) => def.kind === 'seconds' || (def.kind === 'numbers' && def.name.endsWith('_seconds'));
const unitKey = (def) => `${def.name}:unit`;
const DURATION_UNITS = ['seconds', 'minutes', 'hours'];
const SECOND_KEYS = new Set(['mean', 'median', 'p90', 'min', 'max', 'target_seconds']);
// details shown in the small table under a result, when present
const DETAIL_KEYS = ['n', 'mean', 'median', 'p90', 'min', 'max', 'clv_cac_ratio', 'lifetime_months',
  'within_target_pct', 'target_seconds', 'periods', 'latest', 'change', 'change_pct', 'per_day'];

let sheet;
function styles() {
  if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(tokens + css); }
  return sheet;
}

export class PolsoCalculator extends HTMLElement {
  static observedAttributes = ['metric', 'lang', 'variant', 'confidence', 'readonly'];

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.adoptedStyleSheets = [styles()];
    this.root = h('div', { class: 'root', part: 'root' });
    this.live = h('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.shadowRoot.append(this.root, this.live);
    this._state = { metric: null, variant: null, lang: null, inputs: {}, confidence: DEFAULT_LEVEL, mode: 'single', inputsB: {} };
    this._plan = {};
    this.lastRequest = null;
    this.lastResponse = null;
  }

  connectedCallback() {
    if (this._started) return;
    this._started = true;
    // Until the core is up: the author's fallback content, else "Loading…".
    this.root.replaceChildren(h('slot', {}, h('p', { class: 'status', text: t(this.lang, 'loading') })));
    getPolso().then((polso) => {
      this.polso = polso;
      this.catalogue = polso.catalogueData;
      const s = this._pending ?? {};
      this._pending = null;
      this._apply({
        metric: s.metric ?? this.getAttribute('metric'),
        variant: s.variant ?? this.getAttribute('variant'),
        lang: s.lang ?? this.getAttribute('lang'),
        inputs: s.inputs ?? this.attributeInputs(s.metric ?? this.getAttribute('metric')),
        confidence: s.confidence ?? this.getAttribute('confidence'), mode: s.mode, inputsB: s.inputsB,
      });
      this.dataset.ready = '';
      this.dispatchEvent(new CustomEvent('polso-ready', { bubbles: true, composed: true }));
    }, (err) => this.failed(err));
  }

  // The core did not load (wasm refused by the host's CSP, blocked fetch, old
  // browser) or rendering broke: a short message, then the author's fallback
  // content, or a link to the full calculator when there is none.
  failed(err) {
    const lang = this.lang;
    this.dataset.failed = '';
    const href = new URL(`./#${encodeState({ metric: this.getAttribute('metric') ?? undefined, lang })}`, import.meta.url).href;
    this.root.replaceChildren(
      h('p', { class: 'status error', role: 'alert', text: t(lang, 'embedStartFailed', { message: err?.message ?? String(err) }) }),
      h('slot', {}, h('p', {}, h('a', { href, text: t(lang, 'embedOpenFull') }))));
  }

  // The metric's inputs given as attributes (promoters="70"), as typed text.
  attributeInputs(metricId) {
    const def = this.metricDef(metricId) ?? this.catalogue.metrics[0];
    const inputs = {};
    for (const i of def.inputs) if (this.hasAttribute(i.name)) inputs[i.name] = this.getAttribute(i.name);
    return inputs;
  }

  get readonly() {
    return this.hasAttribute('readonly');
  }

  attributeChangedCallback(name, old, value) {
    if (!this.catalogue || old === value || this._applying) return;
    if (name === 'lang') this.setLang(value);
    else if (name === 'readonly') this.render();
    else if (name === 'metric') this._apply({ ...this._state, metric: value, variant: null, inputs: this.attributeInputs(value) });
    else this._apply({ ...this._state, [name]: value });
  }

  get lang() {
    return normLang(this._state.lang ?? this.getAttribute('lang') ?? pickLanguage());
  }

  get state() {
    const { metric, variant, lang, confidence, mode } = this._state;
    return { metric, variant, lang, inputs: { ...this._state.inputs }, confidence, mode, inputsB: { ...this._state.inputsB } };
  }

  setState(state) {
    if (!this.catalogue) { this._pending = state; return; }
    this._apply(state);
  }

  // Switching language re-writes the numbers already typed in the new locale's
  // format, so "1,234.5" becomes "1.234,5" rather than a different number.
  setLang(lang) {
    lang = normLang(lang);
    const from = this.lang;
    const inputs = { ...this._state.inputs }, inputsB = { ...this._state.inputsB };
    const metric = this.metricDef();
    if (metric && from !== lang) {
      for (const set of [inputs, inputsB]) {
        for (const def of metric.inputs) {
          const raw = set[def.name];
          if (raw == null || raw === '' || LIST_KINDS.has(def.kind) || def.kind === 'choice' || def.kind === 'text') continue;
          const v = parse(from, raw);
          if (Number.isFinite(v)) set[def.name] = format(lang, v, 10);
        }
      }
      for (const mem of [this._plan.size, this._plan.promoters]) {
        for (const [k, raw] of Object.entries(mem ?? {})) {
          const v = parse(from, raw);
          if (raw !== '' && Number.isFinite(v)) mem[k] = format(lang, v, 10);
        }
      }
    }
    this._apply({ ...this._state, lang, inputs, inputsB });
  }

  metricDef(id = this._state.metric) {
    return this.catalogue?.metrics.find((m) => m.id === id);
  }

  _apply({ metric, variant, lang, inputs, confidence, mode, inputsB }) {
    const def = this.metricDef(metric) ?? this.catalogue.metrics[0];
    const v = def.variants.find((x) => x.id === variant) ?? def.variants[0];
    const level = Number(confidence ?? this._state.confidence);
    this._state = {
      metric: def.id, variant: v.id, lang: normLang(lang ?? pickLanguage()), inputs: { ...(inputs ?? {}) },
      confidence: LEVELS.includes(level) ? level : DEFAULT_LEVEL,
      mode: (mode ?? this._state.mode) === 'compare' && hasInterval(def) ? 'compare' : 'single',
      inputsB: { ...(inputsB ?? (def.id === this._state.metric ? this._state.inputsB : {}) ?? {}) },
    };
    this._applying = true;
    this.setAttribute('metric', def.id);
    this.setAttribute('lang', this._state.lang);
    this._applying = false;
    try { this.render(); } catch (err) { this.failed(err); }
  }

  // ---- rendering -----------------------------------------------------------

  render() {
    const lang = this.lang, m = this.metricDef();
    const variant = m.variants.find((v) => v.id === this._state.variant);
    this.root.lang = lang;
    this.fields = new Map();

    const header = h('header', { class: 'head' },
      h('h2', { class: 'title', text: m.name[lang] }),
      h('p', { class: 'help', text: m.help[lang] }),
      h('p', { class: 'generic-formula' }, h('span', { class: 'k', text: `${t(lang, 'formula')}: ` }), m.formula[lang]));

    const form = h('form', { class: 'form', novalidate: true, onsubmit: (e) => { e.preventDefault(); this.evaluate({ announceNow: true }); } });
    const readonly = this.readonly;
    const stats = hasInterval(m), compare = stats && !readonly && this._state.mode === 'compare';
    if (readonly) form.append(h('p', { class: 'readonly-note', text: t(lang, 'readonlyNote') }));
    else if (stats) form.append(this.modeSwitch());
    if (m.variants.length > 1) {
      const fs = h('fieldset', { class: 'variants' }, h('legend', { text: t(lang, 'variantLegend') }));
      for (const v of m.variants) {
        const id = `v-${v.id}`;
        fs.append(h('div', { class: 'radio' },
          h('input', { type: 'radio', name: 'variant', id, value: v.id, checked: v.id === variant.id,
            onchange: () => { this._state.variant = v.id; this.render(); this.shadowRoot.getElementById(id)?.focus(); } }),
          h('label', { for: id, text: v.label[lang] })));
      }
      form.append(fs);
    }
    const names = [...variant.required, ...variant.optional];
    const fieldsOf = (side) => names.map((name) => this.field(m.inputs.find((i) => i.name === name), !variant.required.includes(name), side));
    if (compare) {
      form.append(h('p', { class: 'hint compare-help', text: t(lang, 'compareHelp') }),
        h('div', { class: 'sides' },
          h('fieldset', { class: 'side side-a', 'data-side': 'a' }, h('legend', { text: t(lang, 'sideA') }), fieldsOf('a')),
          h('fieldset', { class: 'side side-b', 'data-side': 'b' }, h('legend', { text: t(lang, 'sideB') }), fieldsOf('b'))));
    } else form.append(...fieldsOf('a'));
    if (stats) form.append(this.confidenceField());
    // A hidden submit button lets Enter in any field evaluate and announce.
    form.append(h('button', { type: 'submit', class: 'sr-only', tabindex: '-1', text: t(lang, 'result') }));

    this.result = h('section', { class: 'result', 'aria-label': t(lang, compare ? 'compareTitle' : 'result') });
    this.plans = !compare && !readonly && plannable(m) ? planPanel({ lang, metric: m, polso: this.polso, confidence: this._state.confidence,
      memory: this._plan, getCounts: () => this.counts() }) : null;
    this.root.replaceChildren(h('div', { class: `calc${compare ? ' comparing' : ''}` }, header,
      h('div', { class: `body${compare ? ' compare' : ''}` }, form, this.result), this.plans?.el));
    if (readonly) {
      // A worked example: every control shows its value and none can change it.
      for (const c of form.querySelectorAll('input, textarea')) c.readOnly = true;
      for (const c of form.querySelectorAll('select, input[type=radio]')) c.disabled = true;
    }
    this.evaluate();
  }

  // "One result" / "Compare two": radio buttons, so arrow keys move between them.
  modeSwitch() {
    const lang = this.lang;
    const fs = h('fieldset', { class: 'variants mode' }, h('legend', { text: t(lang, 'modeLegend') }));
    const row = h('div', { class: 'mode-row' });
    for (const mode of ['single', 'compare']) {
      const id = `mode-${mode}`;
      row.append(h('div', { class: 'radio' },
        h('input', { type: 'radio', name: 'mode', id, value: mode, checked: this._state.mode === mode,
          onchange: () => { this._state.mode = mode; this.render(); this.shadowRoot.getElementById(id)?.focus(); } }),
        h('label', { for: id, text: t(lang, mode === 'single' ? 'modeSingle' : 'modeCompare') })));
    }
    fs.append(row);
    return fs;
  }

  confidenceField() {
    const lang = this.lang;
    const control = h('select', { id: 'f-confidence', name: 'confidence' });
    for (const level of LEVELS) {
      control.append(h('option', { value: String(level), text: t(lang, 'confidenceOption', { level: format(lang, level, 0) }),
        selected: level === this._state.confidence }));
    }
    control.addEventListener('change', () => {
      this._state.confidence = Number(control.value);
      this.render();
      this.shadowRoot.getElementById('f-confidence')?.focus();
    });
    return h('div', { class: 'field confidence', 'data-field': 'confidence' },
      h('label', { for: 'f-confidence', text: t(lang, 'confidenceLabel') }), control);
  }

  // The current result's promoters, passives and detractors (for the promoters plan).
  counts() {
    const d = this._state.mode === 'single' && this.lastResponse?.ok ? this.lastResponse.details : null;
    return d && Number.isFinite(d.promoters) ? { promoters: d.promoters, passives: d.passives, detractors: d.detractors } : null;
  }

  field(def, optional, side = 'a') {
    const lang = this.lang, b = side === 'b', id = b ? `f-b-${def.name}` : `f-${def.name}`;
    const store = b ? this._state.inputsB : this._state.inputs;
    const raw = store[def.name] ?? '';
    const label = h('label', { for: id }, def.label[lang], optional ? h('span', { class: 'opt', text: ` (${t(lang, 'optional')})` }) : null);
    let control;
    const help = [def.help[lang]];
    if (def.kind === 'choice') {
      control = h('select', { id, name: def.name });
      for (const c of def.choices ?? []) {
        const text = t(lang, 'choices')?.[def.name]?.[c] ?? c;
        control.append(h('option', { value: c, text, selected: (raw || def.default) === c }));
        const line = t(lang, 'choiceHelp')?.[def.name]?.[c];
        if (line) help.push(`${text}: ${line}.`);
      }
      if (help.length > 1) help.shift();  // the choices' own lines say it in the page's words
    } else if (LIST_KINDS.has(def.kind)) {
      control = h('textarea', { id, name: def.name, rows: def.kind === 'scores' ? 5 : 3, spellcheck: 'false', autocomplete: 'off' });
      control.value = raw;
      help.push(t(lang, isDuration(def) ? 'durationsHelp' : def.kind === 'scores' ? 'pasteHelp' : def.kind === 'numbers' ? 'numbersHelp' : 'countsHelp'));
    } else {
      control = h('input', { id, name: def.name, type: 'text', autocomplete: 'off', spellcheck: 'false',
        inputmode: ['text', 'money', 'seconds'].includes(def.kind) ? null : def.integer ? 'numeric' : 'decimal' });
      control.value = raw;
    }
    control.addEventListener(def.kind === 'choice' ? 'change' : 'input', () => {
      store[def.name] = control.value;
      this.evaluate();
    });
    let unitSelect = null;
    if (isDuration(def)) {
      // What a bare number counts: seconds unless chosen otherwise.
      unitSelect = h('select', { id: `${id}-unit`, class: 'unit', 'aria-label': t(lang, 'durationUnit', { label: def.label[lang] }) });
      for (const u of DURATION_UNITS) unitSelect.append(h('option', { value: u, text: t(lang, 'durationUnits')[u], selected: (store[unitKey(def)] || 'seconds') === u }));
      unitSelect.addEventListener('change', () => { store[unitKey(def)] = unitSelect.value; this.evaluate(); });
      if (def.kind === 'seconds') help.push(t(lang, 'durationHelp'));
    }
    const helpEl = h('p', { class: 'hint', id: `${id}-help`, text: help.join(' ') });
    const countEl = LIST_KINDS.has(def.kind) ? h('p', { class: 'count', id: `${id}-count` }) : null;
    const msgEl = h('p', { class: 'msg', id: `${id}-msg`, hidden: true });
    control.setAttribute('aria-describedby', [helpEl.id, countEl?.id, msgEl.id].filter(Boolean).join(' '));
    const wrap = h('div', { class: `field kind-${def.kind}`, 'data-field': def.name, 'data-side': side },
      label,
      def.kind === 'scores' ? h('p', { class: 'paste-title', 'aria-hidden': 'true', text: t(lang, 'pasteTitle') }) : null,
      def.kind === 'percent' ? h('div', { class: 'affix' }, control, h('span', { class: 'suffix', 'aria-hidden': 'true', text: '%' }))
        : unitSelect ? h('div', { class: 'affix' }, control, unitSelect) : control,
      helpEl, countEl, msgEl);
    this.fields.set(b ? `b:${def.name}` : def.name, { def, control, msgEl, countEl, wrap });
    return wrap;
  }

  fieldMessage(name, text, kind = 'error', side = 'a') {
    const f = this.fields.get(side === 'b' ? `b:${name}` : name);
    if (!f) return false;
    f.msgEl.hidden = false;
    f.msgEl.className = `msg ${kind}`;
    f.msgEl.textContent = text;
    if (kind === 'error') f.control.setAttribute('aria-invalid', 'true');
    return true;
  }

  // ---- evaluation ----------------------------------------------------------

  collect(side = 'a') {
    const lang = this.lang, m = this.metricDef();
    const variant = m.variants.find((v) => v.id === this._state.variant);
    const inputs = {}, missing = [], local = [];
    const store = side === 'b' ? this._state.inputsB : this._state.inputs;
    for (const name of [...variant.required, ...variant.optional]) {
      const f = this.fields.get(side === 'b' ? `b:${name}` : name);
      const { def } = f;
      const raw = String(store[name] ?? '');
      const required = variant.required.includes(name);
      if (def.kind === 'choice') { inputs[name] = raw || def.default; continue; }
      if (raw.trim() === '') { if (required) missing.push(def.label[lang]); if (f.countEl) f.countEl.textContent = ''; continue; }
      if (def.kind === 'text') { inputs[name] = raw.trim(); continue; }
      if (LIST_KINDS.has(def.kind)) {
        const { values, unread: bad, notes } = this.read(def, raw, store);
        // What the core noticed (a header skipped, a decimal comma) goes with the count.
        const count = values.length === 1 ? t(lang, 'valueRead') : t(lang, 'valuesRead', { n: format(lang, values.length) });
        f.countEl.textContent = notes.length ? `${count}. ${notes.map((n) => n.message).join(' ')}` : count;
        if (bad.length) {
          const key = def.kind === 'numbers' ? 'badNumberToken' : 'badToken';
          const shown = bad.slice(0, 3).map((b) => t(lang, key, { pos: format(lang, b.position), token: b.text.slice(0, 20) }));
          if (bad.length > 3) shown.push(t(lang, 'moreBad', { n: format(lang, bad.length - 3) }));
          local.push([name, shown.join(' ')]);
        } else inputs[name] = values;
        continue;
      }
      if (def.kind === 'money' || def.kind === 'seconds') {
        const { values, unread } = this.read(def, raw, store);
        if (values.length === 1 && !unread.length) inputs[name] = values[0];
        else local.push([name, t(lang, def.kind === 'money' ? 'notAnAmount' : 'notADuration', { label: def.label[lang] })]);
        continue;
      }
      const v = parse(lang, raw);
      if (Number.isFinite(v)) inputs[name] = v;
      else local.push([name, t(lang, 'notANumber', { label: def.label[lang], example: format(lang, def.integer ? 1234 : 1234.5) })]);
    }
    return { inputs, missing, local };
  }

  // A field's text read by the core ({"read": …}): lists, amounts with their
  // currency ("€45", "1.234,50 €"), durations with units ("2m", "1:30",
  // "1h 5m"), a pasted column's header skipped, "7,5" said aloud.
  read(def, raw, store) {
    const duration = isDuration(def);
    const r = this.polso.evaluate({ read: {
      text: raw, as: duration ? 'seconds' : def.kind, list: LIST_KINDS.has(def.kind),
      decimal: separators(this.lang).decimal, unit: duration ? store[unitKey(def)] || 'seconds' : undefined,
    }, options: { lang: this.lang } });
    return r.ok ? r : { values: [], unread: [{ position: 1, text: raw }], notes: [] };
  }

  evaluate({ announceNow = false } = {}) {
    const lang = this.lang, m = this.metricDef();
    for (const f of this.fields.values()) { f.msgEl.hidden = true; f.msgEl.textContent = ''; f.control.removeAttribute('aria-invalid'); }
    if (this._state.mode === 'compare' && hasInterval(m)) { this.evaluateCompare(announceNow); return; }
    const { inputs, missing, local } = this.collect();
    let request = null, response = null;
    this.result.replaceChildren();
    if (local.length) {
      for (const [name, text] of local) this.fieldMessage(name, text);
      this.result.append(h('p', { class: 'status', text: local.map(([, text]) => text).join(' ') }));
      this.announce(local[0][1], announceNow);
    } else if (missing.length) {
      const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} ${t(lang, 'and')} ${missing.at(-1)}` : missing[0];
      this.result.append(h('p', { class: 'status', text: t(lang, 'fillIn', { fields: list }) }));
    } else {
      request = { metric: m.id, inputs, options: this.options() };
      response = this.polso.evaluate(request);
      if (response.ok) this.showResult(response, announceNow);
      else {
        const e = response.error;
        const beside = this.fieldMessage(e.field, e.message);
        this.result.append(h('p', { class: `status${beside ? '' : ' error'}`, text: e.message }));
        this.announce(e.message, announceNow);
      }
    }
    this.lastRequest = request;
    this.lastResponse = response;
    this.plans?.update();
    this.dispatchEvent(new CustomEvent('polso-change', { bubbles: true, composed: true, detail: { state: this.state, request, response } }));
  }

  // The request options: the language, and the confidence level when not 95%.
  options() {
    const o = { lang: this.lang };
    if (this._state.confidence !== DEFAULT_LEVEL && hasInterval(this.metricDef())) o.confidence = this._state.confidence / 100;
    return o;
  }

  evaluateCompare(announceNow) {
    const lang = this.lang, m = this.metricDef();
    const A = this.collect('a'), B = this.collect('b');
    let request = null, response = null;
    this.result.replaceChildren();
    const local = [...A.local.map((x) => [...x, 'a']), ...B.local.map((x) => [...x, 'b'])];
    if (local.length) {
      for (const [name, text, side] of local) this.fieldMessage(name, text, 'error', side);
      this.result.append(h('p', { class: 'status', text: local.map(([, text]) => text).join(' ') }));
      this.announce(local[0][1], announceNow);
    } else if (A.missing.length || B.missing.length) {
      this.result.append(h('p', { class: 'status', text: t(lang, 'compareFill') }));
    } else {
      request = { compare: [{ metric: m.id, inputs: A.inputs }, { metric: m.id, inputs: B.inputs }], options: { ...this.options(), confidence: this._state.confidence / 100 } };
      response = this.polso.evaluate(request);
      if (response.ok) this.showComparison(response, announceNow);
      else {
        const e = response.error;
        const beside = e.request ? this.fieldMessage(e.field, e.message, 'error', e.request) : false;
        this.result.append(h('p', { class: `status${beside ? '' : ' error'}`, text: e.message }));
        this.announce(e.message, announceNow);
      }
    }
    this.lastRequest = request;
    this.lastResponse = response;
    this.dispatchEvent(new CustomEvent('polso-change', { bubbles: true, composed: true, detail: { state: this.state, request, response } }));
  }

  showComparison(r, announceNow) {
    const lang = this.lang, m = this.metricDef(), c = r.comparison;
    const side = (x, key) => ({ label: t(lang, key), value: x.value, interval: x.interval, valueText: this.formatValue(x) });
    const out = this.result;
    out.append(h('h3', { class: 'result-title', text: t(lang, 'compareTitle') }));
    out.append(h('p', { class: 'value-line' },
      h('output', { class: 'value difference-value', text: differenceText(lang, c).split(' (')[0] })));
    out.append(comparisonView(lang, c, { a: side(r.a, 'sideShortA'), b: side(r.b, 'sideShortB'), unit: c.unit,
      bounds: m.id === 'nps' ? [-100, 100] : m.unit === 'percent' ? [0, 100] : [m.unit === 'seconds' ? 0 : -Infinity, Infinity] }));
    const both = [['sideA', r.a], ['sideB', r.b]];
    out.append(h('dl', { class: 'details ab' }, both.map(([key, x]) => {
      const d = describeInterval(lang, x.value, x.interval, x.unit);
      return [h('dt', { text: t(lang, key) }), h('dd', { text: `${this.formatValue(x)}${d ? ` ${d.text}` : ''}` })];
    })));
    const warnings = [...(r.a.warnings ?? []).map((w) => ['A', w]), ...(r.b.warnings ?? []).map((w) => ['B', w])];
    if (warnings.length) {
      out.append(h('div', { class: 'warnings' }, h('h4', { text: t(lang, 'warnings') }),
        h('ul', {}, warnings.map(([s, w]) => h('li', { text: `${s}: ${w.message}` })))));
    }
    this.actions(out);
    this._card = { valueText: differenceText(lang, c).split(' (')[0], band: null, chart: null, comparison: c };
    this.announce(`${m.name[lang]}: ${c.verdict}`, announceNow);
  }

  formatValue(r) {
    return formatValue(this.lang, r);
  }

  chartModel(r) {
    return chartModel(this.lang, this.metricDef(), r);
  }

  showResult(r, announceNow) {
    const lang = this.lang;
    // Response and resolution times lead with the median (the typical wait,
    // what the band judges) and the share within the target; the mean, which
    // one slow ticket can pull far up, is a detail below.
    const d = r.details ?? {};
    const byMedian = r.unit === 'seconds' && typeof d.median === 'number';
    const valueText = byMedian ? `${t(lang, 'medianLead')} ${formatSeconds(lang, d.median)}` : this.formatValue(r);
    const out = this.result;
    out.append(h('h3', { class: 'result-title', text: t(lang, 'result') }));
    const band = r.band ? { ...r.band, icon: TONE_ICON[r.band.tone] ?? '•' } : null; // the PNG card draws the icon
    const iv = byMedian ? describeInterval(lang, d.median, d.median_interval, r.unit) : describeInterval(lang, r.value, r.interval, r.unit);
    out.append(h('p', { class: 'value-line' },
      h('output', { class: 'value', text: valueText }),
      iv ? h('span', { class: 'interval', id: 'result-interval', title: iv.line }, iv.text) : null,
      chip(lang, r.band)));
    if (byMedian && typeof d.within_target_pct === 'number') {
      out.append(h('p', { class: 'within-target', id: 'within-target', text: t(lang, 'withinTargetLead',
        { pct: format(lang, d.within_target_pct, 1), target: formatSeconds(lang, d.target_seconds) }) }));
    }
    if (iv?.symmetric) out.append(h('p', { class: 'interval-line hint', text: iv.line }));
    if (iv) out.append(intervalHelp(lang, iv, { id: 'pm-help' }));
    out.append(h('p', { class: 'formula' }, h('span', { class: 'k', text: `${t(lang, 'formula')}: ` }), h('code', { text: r.formula })));
    const general = [];
    for (const w of r.warnings ?? []) if (!this.fieldMessage(w.field, w.message, 'warning')) general.push(w);
    if (general.length) {
      out.append(h('div', { class: 'warnings' },
        h('h4', { text: t(lang, 'warnings') }),
        h('ul', {}, general.map((w) => h('li', { text: w.message })))));
    }
    const chart = this.chartModel(r);
    if (chart) {
      const svg = barChart({ ...chart, formatNumber: (v) => format(lang, v) });
      svg.setAttribute('aria-label', `${chart.title}: ${chart.summary}`);
      out.append(h('figure', { class: 'chart-figure' }, h('figcaption', { text: chart.title }), svg));
    }
    const rows = DETAIL_KEYS.filter((k) => typeof r.details?.[k] === 'number' && !(k === 'n' && chart));
    const mi = byMedian ? null : r.details?.median_interval;  // the headline's interval when led by the median
    // Every figure with its unit: seconds for the times, % for the share.
    const unitOf = (k) => (r.unit === 'seconds' && SECOND_KEYS.has(k) ? (v) => formatSeconds(lang, v)
      : k.endsWith('_pct') ? (v) => `${format(lang, v, 1)}%` : (v) => format(lang, v));
    if (rows.length || intervalOk(mi)) {
      const labels = t(lang, 'detailLabels');
      const median = intervalOk(mi) ? describeInterval(lang, r.details.median ?? mi.low, mi, r.unit) : null;
      out.append(h('dl', { class: 'details' }, rows.map((k) => [h('dt', { text: labels[k] ?? k }), h('dd', { text: unitOf(k)(r.details[k]) })]),
        median ? [h('dt', { text: t(lang, 'medianInterval', { level: format(lang, levelPct(mi.level), 0) }) }), h('dd', { text: median.range })] : null));
    }
    this.actions(out);
    this._card = { valueText, band, chart, interval: iv };
    this.announce(`${this.metricDef().name[lang]}: ${valueText}${band ? `. ${band.label}` : ''}.`, announceNow);
  }

  actions(out) {
    const lang = this.lang;
    this.status = h('p', { class: 'action-status', role: 'status' });
    out.append(h('div', { class: 'actions' },
      h('button', { type: 'button', text: t(lang, 'copyResult'), onclick: () => this.copyResult() }),
      h('button', { type: 'button', text: t(lang, 'downloadJson'), onclick: () => this.downloadJson() }),
      h('button', { type: 'button', text: t(lang, 'downloadPng'), onclick: () => this.downloadPng() })), this.status);
  }

  announce(text, now) {
    clearTimeout(this._announceTimer);
    const say = () => { this.live.textContent = text; };
    if (now) say(); else this._announceTimer = setTimeout(say, 600);
  }

  // ---- export --------------------------------------------------------------

  resultText() {
    const r = this.lastResponse;
    if (!r?.ok) return '';
    const lang = this.lang, m = this.metricDef();
    // Numbers as everywhere else on the page and in the core's text: "−19", not "-19".
    const num = (v) => format(lang, v, 10).replace(/^-/, '\u2212');
    // A list as its first values and its length: "10; 9; 8 (3 values)", never "3 ×".
    const list = (v) => `${v.slice(0, 12).map(num).join('; ')}${v.length > 12 ? '; …' : ''} (${t(lang, 'valuesCount', { n: format(lang, v.length) })})`;
    const inputsOf = (req) => Object.entries(req.inputs).map(([k, v]) => {
      const label = m.inputs.find((i) => i.name === k)?.label[lang] ?? k;
      const choice = typeof v === 'string' ? t(lang, 'choices')?.[k]?.[v] : null;  // "Mean score", never "mean"
      return `${label}: ${Array.isArray(v) ? list(v) : typeof v === 'number' ? num(v) : choice ?? v}`;
    });
    if (r.comparison) {
      const c = r.comparison;
      const side = (key, x, req) => {
        const d = describeInterval(lang, x.value, x.interval, x.unit);
        return [`${t(lang, key)}: ${this.formatValue(x)}${d ? ` ${d.text}` : ''}`, ...inputsOf(req).map((s) => `  ${s}`)];
      };
      return [
        `${m.name[lang]} — ${t(lang, 'compareTitle')}`,
        ...side('sideA', r.a, this.lastRequest.compare[0]),
        ...side('sideB', r.b, this.lastRequest.compare[1]),
        `${t(lang, 'differenceLabel')}: ${differenceText(lang, c)}`,
        significanceText(lang, c),
        c.verdict,
      ].filter(Boolean).join('\n');
    }
    const inputs = inputsOf(this.lastRequest);
    const iv = this._card.interval;
    return [
      // The range once: "60 points (95% CI 45 to 71)", or "± 6" and then the range in words.
      `${m.name[lang]}: ${this._card.valueText}${iv ? ` ${iv.text}` : ''}`,
      iv?.symmetric ? iv.line : null,
      this._card.band ? `${t(lang, 'benchmark')}: ${this._card.band.label}` : null,
      `${t(lang, 'formula')}: ${r.formula}`,
      ...inputs,
      ...(r.warnings ?? []).map((w) => `– ${w.message}`),
    ].filter(Boolean).join('\n');
  }

  async copyResult() {
    const text = this.resultText();
    try {
      await navigator.clipboard.writeText(text);
      this.say('copied');
    } catch {
      const ta = h('textarea', { class: 'sr-only', readonly: true });
      ta.value = text;
      this.root.append(ta);
      ta.select();
      const ok = document.execCommand?.('copy');
      ta.remove();
      this.say(ok ? 'copied' : 'copyFailed');
    }
  }

  downloadJson() {
    const body = JSON.stringify({ request: this.lastRequest, response: this.lastResponse }, null, 2);
    save(new Blob([body], { type: 'application/json' }), `polso-${this._state.metric}.json`);
    this.say('downloaded');
  }

  downloadPng() {
    const lang = this.lang, r = this.lastResponse;
    if (!r?.ok) return;
    const { valueText, band, chart, interval, comparison } = this._card;
    const canvas = drawCard({
      title: this.metricDef().name[lang] + (comparison ? ` — ${t(lang, 'compareTitle')}` : ''),
      value: valueText, band, formula: comparison ? significanceText(lang, comparison) : r.formula,
      // The range once: "± 6 · 95% confidence interval: 36 to 48", or just the line.
      subtitle: comparison ? differenceText(lang, comparison) : interval ? (interval.symmetric ? `${interval.text}  ·  ${interval.line}` : interval.line) : '',
      notes: comparison ? [comparison.verdict] : [],
      chartTitle: chart?.title ?? '',
      bars: (chart?.bars ?? []).map((b) => ({ ...b, text: format(lang, b.value) + (b.note ? ` (${b.note})` : '') })),
      footer: t(lang, 'pngFooter'),
    });
    canvas.toBlob((blob) => { save(blob, `polso-${this._state.metric}.png`); this.say('downloaded'); }, 'image/png');
  }

  say(key) {
    if (this.status) this.status.textContent = t(this.lang, key);
  }
}


if (!customElements.get('polso-calculator')) customElements.define('polso-calculator', PolsoCalculator);
