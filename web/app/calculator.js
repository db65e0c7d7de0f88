// <polso-calculator metric="nps" lang="it" variant="counts"></polso-calculator>
//
// One calculator: a form generated from the catalogue entry of one metric, and
// its live result. The hosted page and the embed both use this element; it
// renders into Shadow DOM so a host page's CSS cannot reach in and ours cannot
// leak out. Every calculator on a page shares one wasm instance (core.js).
//
// Properties: state ({ metric, variant, lang, inputs }), setState(state),
// lastRequest, lastResponse. Events: 'polso-change' (detail: { state, request,
// response }) after each evaluation; 'polso-ready' once the core is loaded.
// User text reaches the DOM only through textContent and form values.
import { getPolso } from './core.js';
import { format, parse, parseList } from './numbers.js';
import { t, pickLanguage, normLang } from '../i18n/index.js';
import { barChart } from './chart.js';
import { formatValue, chartModel } from './result-format.js';
import { drawCard } from './card-png.js';
import css from './calculator-css.js';

const LIST_KINDS = new Set(['scores', 'counts', 'numbers']);
const TONE_ICON = { good: '✓', neutral: '•', bad: '!' };
// details shown in the small table under a result, when present
const DETAIL_KEYS = ['n', 'mean', 'median', 'p90', 'min', 'max', 'clv_cac_ratio', 'lifetime_months',
  'within_target_pct', 'target_seconds', 'periods', 'latest', 'change', 'change_pct', 'per_day'];

let sheet;
function styles() {
  if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(css); }
  return sheet;
}

function h(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k in e && typeof v !== 'string') e[k] = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) if (c != null && c !== false) e.append(c);
  return e;
}

export class PolsoCalculator extends HTMLElement {
  static observedAttributes = ['metric', 'lang', 'variant'];

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.adoptedStyleSheets = [styles()];
    this.root = h('div', { class: 'root', part: 'root' });
    this.live = h('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.shadowRoot.append(this.root, this.live);
    this._state = { metric: null, variant: null, lang: null, inputs: {} };
    this.lastRequest = null;
    this.lastResponse = null;
  }

  connectedCallback() {
    if (this._started) return;
    this._started = true;
    this.root.replaceChildren(h('p', { class: 'status', text: t(this.lang, 'loading') }));
    getPolso().then((polso) => {
      this.polso = polso;
      this.catalogue = polso.catalogueData;
      const s = this._pending ?? {};
      this._pending = null;
      this._apply({
        metric: s.metric ?? this.getAttribute('metric'),
        variant: s.variant ?? this.getAttribute('variant'),
        lang: s.lang ?? this.getAttribute('lang'),
        inputs: s.inputs ?? {},
      });
      this.dataset.ready = '';
      this.dispatchEvent(new CustomEvent('polso-ready', { bubbles: true, composed: true }));
    }, (err) => {
      this.root.replaceChildren(h('p', { class: 'status error', role: 'alert', text: t(this.lang, 'loadFailed', { message: err?.message ?? err }) }));
    });
  }

  attributeChangedCallback(name, old, value) {
    if (!this.catalogue || old === value || this._applying) return;
    if (name === 'lang') this.setLang(value);
    else this._apply({ ...this._state, [name]: value, ...(name === 'metric' ? { variant: null } : {}) });
  }

  get lang() {
    return normLang(this._state.lang ?? this.getAttribute('lang') ?? pickLanguage());
  }

  get state() {
    const { metric, variant, lang } = this._state;
    return { metric, variant, lang, inputs: { ...this._state.inputs } };
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
    const inputs = { ...this._state.inputs };
    const metric = this.metricDef();
    if (metric && from !== lang) {
      for (const def of metric.inputs) {
        const raw = inputs[def.name];
        if (raw == null || raw === '' || LIST_KINDS.has(def.kind) || def.kind === 'choice' || def.kind === 'text') continue;
        const v = parse(from, raw);
        if (Number.isFinite(v)) inputs[def.name] = format(lang, v, 10);
      }
    }
    this._apply({ ...this._state, lang, inputs });
  }

  metricDef(id = this._state.metric) {
    return this.catalogue?.metrics.find((m) => m.id === id);
  }

  _apply({ metric, variant, lang, inputs }) {
    const def = this.metricDef(metric) ?? this.catalogue.metrics[0];
    const v = def.variants.find((x) => x.id === variant) ?? def.variants[0];
    this._state = { metric: def.id, variant: v.id, lang: normLang(lang ?? pickLanguage()), inputs: { ...(inputs ?? {}) } };
    this._applying = true;
    this.setAttribute('metric', def.id);
    this.setAttribute('lang', this._state.lang);
    this._applying = false;
    this.render();
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
    for (const name of names) {
      const def = m.inputs.find((i) => i.name === name);
      form.append(this.field(def, !variant.required.includes(name)));
    }
    // A hidden submit button lets Enter in any field evaluate and announce.
    form.append(h('button', { type: 'submit', class: 'sr-only', tabindex: '-1', text: t(lang, 'result') }));

    this.result = h('section', { class: 'result', 'aria-label': t(lang, 'result') });
    this.root.replaceChildren(h('div', { class: 'calc' }, header, h('div', { class: 'body' }, form, this.result)));
    this.evaluate();
  }

  field(def, optional) {
    const lang = this.lang, id = `f-${def.name}`;
    const raw = this._state.inputs[def.name] ?? '';
    const label = h('label', { for: id }, def.label[lang], optional ? h('span', { class: 'opt', text: ` (${t(lang, 'optional')})` }) : null);
    let control;
    const help = [def.help[lang]];
    if (def.kind === 'choice') {
      control = h('select', { id, name: def.name });
      for (const c of def.choices ?? []) {
        const text = t(lang, 'choices')?.[def.name]?.[c] ?? c;
        control.append(h('option', { value: c, text, selected: (raw || def.default) === c }));
      }
    } else if (LIST_KINDS.has(def.kind)) {
      control = h('textarea', { id, name: def.name, rows: def.kind === 'scores' ? 5 : 3, spellcheck: 'false', autocomplete: 'off' });
      control.value = raw;
      help.push(t(lang, def.kind === 'scores' ? 'pasteHelp' : def.kind === 'numbers' ? 'numbersHelp' : 'countsHelp'));
    } else {
      control = h('input', { id, name: def.name, type: 'text', autocomplete: 'off', spellcheck: 'false',
        inputmode: def.kind === 'text' ? null : def.integer ? 'numeric' : 'decimal' });
      control.value = raw;
    }
    control.addEventListener(def.kind === 'choice' ? 'change' : 'input', () => {
      this._state.inputs[def.name] = control.value;
      this.evaluate();
    });
    const helpEl = h('p', { class: 'hint', id: `${id}-help`, text: help.join(' ') });
    const countEl = LIST_KINDS.has(def.kind) ? h('p', { class: 'count', id: `${id}-count` }) : null;
    const msgEl = h('p', { class: 'msg', id: `${id}-msg`, hidden: true });
    control.setAttribute('aria-describedby', [helpEl.id, countEl?.id, msgEl.id].filter(Boolean).join(' '));
    const wrap = h('div', { class: `field kind-${def.kind}`, 'data-field': def.name },
      label,
      def.kind === 'scores' ? h('p', { class: 'paste-title', 'aria-hidden': 'true', text: t(lang, 'pasteTitle') }) : null,
      def.kind === 'percent' ? h('div', { class: 'affix' }, control, h('span', { class: 'suffix', 'aria-hidden': 'true', text: '%' })) : control,
      helpEl, countEl, msgEl);
    this.fields.set(def.name, { def, control, msgEl, countEl, wrap });
    return wrap;
  }

  fieldMessage(name, text, kind = 'error') {
    const f = this.fields.get(name);
    if (!f) return false;
    f.msgEl.hidden = false;
    f.msgEl.className = `msg ${kind}`;
    f.msgEl.textContent = text;
    if (kind === 'error') f.control.setAttribute('aria-invalid', 'true');
    return true;
  }

  // ---- evaluation ----------------------------------------------------------

  collect() {
    const lang = this.lang, m = this.metricDef();
    const variant = m.variants.find((v) => v.id === this._state.variant);
    const inputs = {}, missing = [], local = [];
    for (const name of [...variant.required, ...variant.optional]) {
      const f = this.fields.get(name);
      const { def } = f;
      const raw = String(this._state.inputs[name] ?? '');
      const required = variant.required.includes(name);
      if (def.kind === 'choice') { inputs[name] = raw || def.default; continue; }
      if (raw.trim() === '') { if (required) missing.push(def.label[lang]); if (f.countEl) f.countEl.textContent = ''; continue; }
      if (def.kind === 'text') { inputs[name] = raw.trim(); continue; }
      if (LIST_KINDS.has(def.kind)) {
        const { values, bad } = parseList(lang, raw, def.kind === 'numbers' ? 'decimals' : 'integers');
        f.countEl.textContent = values.length === 1 ? t(lang, 'valueRead') : t(lang, 'valuesRead', { n: format(lang, values.length) });
        if (bad.length) {
          const key = def.kind === 'numbers' ? 'badNumberToken' : 'badToken';
          const shown = bad.slice(0, 3).map((b) => t(lang, key, { pos: format(lang, b.pos), token: b.token.slice(0, 20) }));
          if (bad.length > 3) shown.push(t(lang, 'moreBad', { n: format(lang, bad.length - 3) }));
          local.push([name, shown.join(' ')]);
        } else inputs[name] = values;
        continue;
      }
      const v = parse(lang, raw);
      if (Number.isFinite(v)) inputs[name] = v;
      else local.push([name, t(lang, 'notANumber', { label: def.label[lang], example: format(lang, def.integer ? 1234 : 1234.5) })]);
    }
    return { inputs, missing, local };
  }

  evaluate({ announceNow = false } = {}) {
    const lang = this.lang, m = this.metricDef();
    for (const f of this.fields.values()) { f.msgEl.hidden = true; f.msgEl.textContent = ''; f.control.removeAttribute('aria-invalid'); }
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
      request = { metric: m.id, inputs, options: { lang } };
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
    this.dispatchEvent(new CustomEvent('polso-change', { bubbles: true, composed: true, detail: { state: this.state, request, response } }));
  }

  formatValue(r) {
    return formatValue(this.lang, r);
  }

  chartModel(r) {
    return chartModel(this.lang, this.metricDef(), r);
  }

  showResult(r, announceNow) {
    const lang = this.lang;
    const valueText = this.formatValue(r);
    const band = r.band ? { ...r.band, icon: TONE_ICON[r.band.tone] ?? '•' } : null;
    const out = this.result;
    out.append(h('h3', { class: 'result-title', text: t(lang, 'result') }));
    out.append(h('p', { class: 'value-line' },
      h('output', { class: 'value', text: valueText }),
      band ? h('span', { class: `chip tone-${band.tone}` },
        h('span', { class: 'chip-icon', 'aria-hidden': 'true', text: band.icon }),
        h('span', { class: 'sr-only', text: `${t(lang, 'benchmark')}: ` }),
        h('span', { class: 'chip-label', text: band.label })) : null));
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
    if (rows.length) {
      const labels = t(lang, 'detailLabels');
      out.append(h('dl', { class: 'details' }, rows.map((k) => [h('dt', { text: labels[k] ?? k }), h('dd', { text: format(lang, r.details[k]) })])));
    }
    this.status = h('p', { class: 'action-status', role: 'status' });
    out.append(h('div', { class: 'actions' },
      h('button', { type: 'button', text: t(lang, 'copyResult'), onclick: () => this.copyResult() }),
      h('button', { type: 'button', text: t(lang, 'downloadJson'), onclick: () => this.downloadJson() }),
      h('button', { type: 'button', text: t(lang, 'downloadPng'), onclick: () => this.downloadPng() })), this.status);
    this._card = { valueText, band, chart };
    this.announce(`${this.metricDef().name[lang]}: ${valueText}${band ? `. ${band.label}` : ''}.`, announceNow);
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
    const inputs = Object.entries(this.lastRequest.inputs).map(([k, v]) => {
      const label = m.inputs.find((i) => i.name === k)?.label[lang] ?? k;
      return `${label}: ${Array.isArray(v) ? `${format(lang, v.length)} ×` : typeof v === 'number' ? format(lang, v, 10) : v}`;
    });
    return [
      `${m.name[lang]}: ${this._card.valueText}`,
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
    const { valueText, band, chart } = this._card;
    const canvas = drawCard({
      title: this.metricDef().name[lang], value: valueText, band, formula: r.formula,
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

function save(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url; a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}


if (!customElements.get('polso-calculator')) customElements.define('polso-calculator', PolsoCalculator);
