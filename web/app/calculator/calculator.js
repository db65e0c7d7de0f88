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
//
// This file is the element: its attributes, state and events, and the order of
// things. The pieces, each one concept: calc-state.js (the state against the
// catalogue, numbers across languages, request options), calc-fields.js (the
// form's controls), calc-inputs.js (the fields' text as inputs), calc-result.js
// (the result and the comparison views), calc-export.js (copy, JSON, PNG
// content), calc-plan.js (the plans), card-png.js (the PNG drawing).
import { h, save } from '../shared/dom.js';
import { encodeState } from '../shared/state.js';
import { getPolso } from '../core.js';
import { t, pickLanguage, normLang } from '../../i18n/index.js';
import { hasInterval, plannable } from '../shared/intervals.js';
import tokens from '../shared/tokens.css';
import css from './calculator.css';
import { initialState, settleState, relocalizedInputs, relocalizeMemory, requestOptions } from './calc-state.js';
import { collectInputs, fillInText, readText } from './calc-inputs.js';
import { variantPicker, modeSwitch, confidenceField, inputField, showFieldMessage, clearFieldMessage } from './calc-fields.js';
import { resultView, comparisonResult } from './calc-result.js';
import { resultText, pngCard, copyText } from './calc-export.js';
import { planPanel } from './calc-plan.js';
import { drawCard } from './card-png.js';

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
    this._state = initialState();
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
    const from = this.lang, metric = this.metricDef();
    let { inputs, inputsB } = this._state;
    if (metric && from !== lang) {
      inputs = relocalizedInputs(metric, inputs, from, lang);
      inputsB = relocalizedInputs(metric, inputsB, from, lang);
      relocalizeMemory(this._plan.size, from, lang);
      relocalizeMemory(this._plan.promoters, from, lang);
    }
    this._apply({ ...this._state, lang, inputs: { ...inputs }, inputsB: { ...inputsB } });
  }

  metricDef(id = this._state.metric) {
    return this.catalogue?.metrics.find((m) => m.id === id);
  }

  _apply(state) {
    this._state = settleState(this.catalogue.metrics, this._state, state);
    this._applying = true;
    this.setAttribute('metric', this._state.metric);
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
    // A choice re-renders the form; the control chosen keeps the focus.
    const choose = (key) => (value, id) => { this._state[key] = value; this.render(); this.shadowRoot.getElementById(id)?.focus(); };
    if (readonly) form.append(h('p', { class: 'readonly-note', text: t(lang, 'readonlyNote') }));
    else if (stats) form.append(modeSwitch(lang, this._state.mode, choose('mode')));
    if (m.variants.length > 1) form.append(variantPicker(lang, m, variant.id, choose('variant')));
    const names = [...variant.required, ...variant.optional];
    const fieldsOf = (side) => names.map((name) => {
      const f = inputField({ lang, def: m.inputs.find((i) => i.name === name), optional: !variant.required.includes(name), side,
        store: side === 'b' ? this._state.inputsB : this._state.inputs, changed: () => this.evaluate() });
      this.fields.set(side === 'b' ? `b:${name}` : name, f);
      return f.wrap;
    });
    if (compare) {
      form.append(h('p', { class: 'hint compare-help', text: t(lang, 'compareHelp') }),
        h('div', { class: 'sides' },
          h('fieldset', { class: 'side side-a', 'data-side': 'a' }, h('legend', { text: t(lang, 'sideA') }), fieldsOf('a')),
          h('fieldset', { class: 'side side-b', 'data-side': 'b' }, h('legend', { text: t(lang, 'sideB') }), fieldsOf('b'))));
    } else form.append(...fieldsOf('a'));
    if (stats) form.append(confidenceField(lang, this._state.confidence, choose('confidence')));
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

  // The current result's promoters, passives and detractors (for the promoters plan).
  counts() {
    const d = this._state.mode === 'single' && this.lastResponse?.ok ? this.lastResponse.details : null;
    return d && Number.isFinite(d.promoters) ? { promoters: d.promoters, passives: d.passives, detractors: d.detractors } : null;
  }

  // A message beside a field of side 'a' or 'b'; false when there is no such field.
  fieldMessage(name, text, kind = 'error', side = 'a') {
    const f = this.fields.get(side === 'b' ? `b:${name}` : name);
    if (!f) return false;
    showFieldMessage(f, text, kind);
    return true;
  }

  // ---- evaluation ----------------------------------------------------------

  // The fields of one side as inputs; list fields show how many values were read.
  collect(side = 'a') {
    const lang = this.lang, m = this.metricDef();
    const store = side === 'b' ? this._state.inputsB : this._state.inputs;
    const got = collectInputs({ lang, metric: m, variant: m.variants.find((v) => v.id === this._state.variant), store,
      read: (def, raw) => readText(this.polso, lang, def, raw, store) });
    for (const [name, text] of Object.entries(got.counts)) this.fields.get(side === 'b' ? `b:${name}` : name).countEl.textContent = text;
    return got;
  }

  evaluate({ announceNow = false } = {}) {
    const lang = this.lang, m = this.metricDef();
    for (const f of this.fields.values()) clearFieldMessage(f);
    if (this._state.mode === 'compare' && hasInterval(m)) { this.evaluateCompare(announceNow); return; }
    const { inputs, missing, local } = this.collect();
    let request = null, response = null;
    this.result.replaceChildren();
    if (local.length) {
      for (const [name, text] of local) this.fieldMessage(name, text);
      this.result.append(h('p', { class: 'status', text: local.map(([, text]) => text).join(' ') }));
      this.announce(local[0][1], announceNow);
    } else if (missing.length) {
      this.result.append(h('p', { class: 'status', text: fillInText(lang, missing) }));
    } else {
      request = { metric: m.id, inputs, options: this.options() };
      response = this.polso.evaluate(request);
      if (response.ok) this.show(resultView(lang, m, response, (field, text, kind) => this.fieldMessage(field, text, kind)), announceNow);
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

  options() {
    return requestOptions(this.lang, this.metricDef(), this._state.confidence);
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
      if (response.ok) this.show(comparisonResult(lang, m, response), announceNow);
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

  // A result view under the form, with its action buttons; kept for the PNG card.
  show({ nodes, card, spoken }, announceNow) {
    const lang = this.lang;
    this.status = h('p', { class: 'action-status', role: 'status' });
    this.result.append(...nodes, h('div', { class: 'actions' },
      h('button', { type: 'button', text: t(lang, 'copyResult'), onclick: () => this.copyResult() }),
      h('button', { type: 'button', text: t(lang, 'downloadJson'), onclick: () => this.downloadJson() }),
      h('button', { type: 'button', text: t(lang, 'downloadPng'), onclick: () => this.downloadPng() })), this.status);
    this._card = card;
    this.announce(spoken, announceNow);
  }

  announce(text, now) {
    clearTimeout(this._announceTimer);
    const say = () => { this.live.textContent = text; };
    if (now) say(); else this._announceTimer = setTimeout(say, 600);
  }

  // ---- export --------------------------------------------------------------

  resultText() {
    return resultText({ lang: this.lang, metric: this.metricDef(), request: this.lastRequest, response: this.lastResponse, card: this._card });
  }

  async copyResult() {
    this.say(await copyText(this.resultText(), this.root) ? 'copied' : 'copyFailed');
  }

  downloadJson() {
    const body = JSON.stringify({ request: this.lastRequest, response: this.lastResponse }, null, 2);
    save(new Blob([body], { type: 'application/json' }), `polso-${this._state.metric}.json`);
    this.say('downloaded');
  }

  downloadPng() {
    if (!this.lastResponse?.ok) return;
    const canvas = drawCard(pngCard({ lang: this.lang, metric: this.metricDef(), response: this.lastResponse, card: this._card }));
    canvas.toBlob((blob) => { save(blob, `polso-${this._state.metric}.png`); this.say('downloaded'); }, 'image/png');
  }

  say(key) {
    if (this.status) this.status.textContent = t(this.lang, key);
  }
}

if (!customElements.get('polso-calculator')) customElements.define('polso-calculator', PolsoCalculator);
