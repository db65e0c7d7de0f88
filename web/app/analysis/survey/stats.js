// The statistics of a file report (<polso-analysis>): each period's change from
// the previous one (`vs_previous`) and each segment's difference from the rest
// (`vs_rest`) as table cells, the segments as a point-and-interval chart, and a
// panel comparing any two periods or segments through the core's compare
// request, built from their `details.distribution`. Text from the file (period
// and segment names) reaches the DOM only through textContent and option values.
import { t } from '../../../i18n/index.js';
import { format } from '../../shared/numbers.js';
import { getPolso } from '../../core.js';
import { h, isolate } from '../../shared/dom.js';
import { shortVerdict, intervalChart, comparisonView, levelPct, describeInterval, toneOf, valueBounds } from '../../shared/intervals.js';
import { formatValue } from '../../shared/result-format.js';


// A table column for `vs_previous` or `vs_rest`: "↑ +13.3 · may be chance",
// a <details> whose summary can be focused and opens the core's full verdict.
export function vsColumn(lang, key) {
  return {
    key, label: t(lang, key === 'vs_previous' ? 'vsPreviousCol' : 'vsRestCol'),
    text: (x) => (x[key] ? shortVerdict(lang, x[key]) : ''),
    cell: (x) => {
      const c = x[key];
      if (!c) return null;
      return h('details', { class: `vs ${c.significant ? 'sig-yes' : 'sig-no'} tone-${toneOf(c)}`, 'data-significant': String(!!c.significant) },
        h('summary', { title: c.verdict ?? '', text: shortVerdict(lang, c) }),
        h('p', { class: 'vs-verdict', text: c.verdict ?? '' }));
    },
  };
}

export function hasVs(rows, key) {
  return rows.some((x) => x?.[key]);
}

// Segments as points with their intervals (a horizontal chart), when they have intervals.
export function segmentChart(lang, r, metricName, metricDef) {
  const segments = (r.segments ?? []).filter((s) => Number.isFinite(s.value));
  if (!segments.length || !segments.some((s) => s.interval)) return null;
  const level = format(lang, levelPct(segments.find((s) => s.interval)?.interval?.level), 0);
  const title = t(lang, 'segmentChartTitle', { metric: metricName, level });
  const shown = segments.slice(0, 40);
  const rows = shown.map((s) => ({ label: s.segment, value: s.value, low: s.interval?.low, high: s.interval?.high, tone: s.band?.tone,
    text: `${formatValue(lang, { ...s, unit: r.unit })} ${describeInterval(lang, s.value, s.interval, r.unit)?.text ?? ''}`.trim() }));
  const svg = intervalChart({ rows, title, bounds: valueBounds(metricDef), width: 560, formatNumber: (v) => format(lang, v, 1) });
  return h('figure', { class: 'chart-figure segment-chart', id: 'segment-chart' },
    h('figcaption', { text: title }), h('div', { class: 'scroll chart-scroll' }, svg));
}

function requestFor(r, metricDef, row) {
  const d = row.details ?? {};
  const inputs = { distribution: d.distribution };
  const names = new Set((metricDef?.inputs ?? []).map((i) => i.name));
  if (Number.isFinite(d.scale) && names.has('scale')) inputs.scale = d.scale;
  return { metric: r.metric, inputs };
}

// The "compare two periods or segments" panel. state keeps the choices across re-renders.
export function comparePanel({ lang, report: r, metricDef, metricName, state }) {
  const kinds = [['periods', 'period', 'compareKindPeriods'], ['segments', 'segment', 'compareKindSegments']]
    .filter(([list]) => (r[list] ?? []).filter((x) => Array.isArray(x.details?.distribution)).length >= 2);
  if (!kinds.length) return null;
  if (!kinds.some(([k]) => k === state.kind)) state.kind = kinds[0][0];
  const out = h('div', { class: 'compare-out', id: 'compare-out', 'aria-live': 'polite' });
  const box = h('section', { class: 'block compare-panel', id: 'compare-panel', 'aria-labelledby': 'compare-title' },
    h('h4', { id: 'compare-title', text: t(lang, 'compareAnalysisTitle') }),
    h('p', { class: 'hint', text: t(lang, 'compareAnalysisHelp') }));
  const form = h('form', { class: 'compare-form', novalidate: true });
  const select = (id, label, options, value) => {
    const control = h('select', { id });
    for (const [v, text] of options) control.append(h('option', { value: String(v), text, selected: String(v) === String(value) }));
    return [h('div', { class: 'field' }, h('label', { for: id, text: label }), control), control];
  };
  const [kindField, kindSel] = select('cmp-kind', t(lang, 'compareKindLabel'), kinds.map(([k, , key]) => [k, t(lang, key)]), state.kind);
  const list = () => (r[state.kind] ?? []).map((x, i) => [i, x]).filter(([, x]) => Array.isArray(x.details?.distribution));
  const nameOf = (x) => String(x[state.kind === 'periods' ? 'period' : 'segment'] ?? '');
  const choices = list();
  // defaults: the last two periods (B the latest), or the two largest segments
  if (state.a == null || state.b == null || state.forKind !== state.kind || !choices.some(([i]) => i === state.a) || !choices.some(([i]) => i === state.b)) {
    const order = state.kind === 'periods' ? choices : [...choices].sort((p, q) => (q[1].n ?? 0) - (p[1].n ?? 0));
    state.a = state.kind === 'periods' ? order.at(-2)[0] : order[0][0];
    state.b = state.kind === 'periods' ? order.at(-1)[0] : order[1][0];
    state.forKind = state.kind;
  }
  const opts = choices.map(([i, x]) => [i, `${isolate(nameOf(x))} (n = ${format(lang, x.n ?? 0)})`]);
  const [aField, aSel] = select('cmp-a', t(lang, 'compareA'), opts, state.a);
  const [bField, bSel] = select('cmp-b', t(lang, 'compareB'), opts, state.b);
  const run = async () => {
    state.ran = true;
    state.a = Number(aSel.value); state.b = Number(bSel.value);
    out.replaceChildren();
    if (state.a === state.b) { out.append(h('p', { class: 'status', text: t(lang, 'compareSame') })); return; }
    const A = r[state.kind][state.a], B = r[state.kind][state.b];
    const polso = await getPolso();
    const level = r.interval?.level ?? A.interval?.level;
    const request = { compare: [requestFor(r, metricDef, A), requestFor(r, metricDef, B)], options: { lang, ...(Number.isFinite(level) ? { confidence: level } : {}) } };
    const res = polso.evaluate(request);
    state.last = { request, response: res };
    if (!res.ok) { out.append(h('p', { class: 'status error', text: res.error?.message ?? '' })); return; }
    const side = (x, resp) => ({ label: nameOf(x), value: resp.value, interval: resp.interval, valueText: formatValue(lang, resp) });
    out.append(comparisonView(lang, res.comparison, { a: side(A, res.a), b: side(B, res.b), unit: res.comparison.unit,
      bounds: valueBounds(metricDef), id: 'analysis-comparison' }));
    box.dispatchEvent(new CustomEvent('polso-compare', { bubbles: true, composed: true, detail: state.last }));
  };
  kindSel.addEventListener('change', () => {
    state.kind = kindSel.value;
    const next = comparePanel({ lang, report: r, metricDef, metricName, state });
    box.replaceWith(next);
    next.querySelector('#cmp-kind')?.focus();
  });
  aSel.addEventListener('change', run);
  bSel.addEventListener('change', run);
  form.addEventListener('submit', (e) => { e.preventDefault(); run(); });
  form.append(h('div', { class: 'compare-fields' }, kinds.length > 1 ? kindField : null, aField, bField),
    h('button', { type: 'submit', id: 'cmp-run', text: t(lang, 'compareRun') }));
  box.append(form, out);
  if (state.ran) run();
  return box;
}
