// The result card under a calculator: the value with its interval and band,
// the formula, notes, the chart and the details; or, comparing, B against A.
// Each view returns its nodes, what the PNG card draws (card) and the sentence
// a screen reader hears (spoken); the element adds the action buttons.
import { h } from '../shared/dom.js';
import { format } from '../shared/numbers.js';
import { t } from '../../i18n/index.js';
import { barChart } from '../shared/chart.js';
import { formatValue, formatSeconds, chartModel } from '../shared/result-format.js';
import { describeInterval, intervalHelp, intervalOk, levelPct, comparisonView, differenceText, valueBounds } from '../shared/intervals.js';
import { chip, TONE_ICON } from '../shared/chip.js';

const SECOND_KEYS = new Set(['mean', 'median', 'p90', 'min', 'max', 'target_seconds']);
// details shown in the small table under a result, when present
const DETAIL_KEYS = ['n', 'mean', 'median', 'p90', 'min', 'max', 'clv_cac_ratio', 'lifetime_months',
  'within_target_pct', 'target_seconds', 'periods', 'latest', 'change', 'change_pct', 'per_day'];

// The headline. Response and resolution times lead with the median (the
// typical wait, what the band judges) and the share within the target; the
// mean, which one slow ticket can pull far up, is a detail below.
export function headline(lang, r) {
  const d = r.details ?? {};
  const byMedian = r.unit === 'seconds' && typeof d.median === 'number';
  return { byMedian, valueText: byMedian ? `${t(lang, 'medianLead')} ${formatSeconds(lang, d.median)}` : formatValue(lang, r) };
}

// The details table as [label, text] rows: every figure with its unit
// (seconds for the times, % for the share), n only when no chart shows it, and
// the median's interval unless the headline is the median.
export function detailRows(lang, r, { chart = null, byMedian = false } = {}) {
  const keys = DETAIL_KEYS.filter((k) => typeof r.details?.[k] === 'number' && !(k === 'n' && chart));
  const mi = byMedian ? null : r.details?.median_interval;
  const unitOf = (k) => (r.unit === 'seconds' && SECOND_KEYS.has(k) ? (v) => formatSeconds(lang, v)
    : k.endsWith('_pct') ? (v) => `${format(lang, v, 1)}%` : (v) => format(lang, v));
  const labels = t(lang, 'detailLabels');
  const rows = keys.map((k) => [labels[k] ?? k, unitOf(k)(r.details[k])]);
  if (intervalOk(mi)) {
    const median = describeInterval(lang, r.details.median ?? mi.low, mi, r.unit);
    rows.push([t(lang, 'medianInterval', { level: format(lang, levelPct(mi.level), 0) }), median.range]);
  }
  return rows;
}

// One result. fieldMessage(field, text, kind) puts a warning beside its field
// and says whether it could; the others are listed under the result.
export function resultView(lang, metric, r, fieldMessage) {
  const d = r.details ?? {};
  const { byMedian, valueText } = headline(lang, r);
  const out = [h('h3', { class: 'result-title', text: t(lang, 'result') })];
  const band = r.band ? { ...r.band, icon: TONE_ICON[r.band.tone] ?? '•' } : null; // the PNG card draws the icon
  const iv = byMedian ? describeInterval(lang, d.median, d.median_interval, r.unit) : describeInterval(lang, r.value, r.interval, r.unit);
  out.push(h('p', { class: 'value-line' },
    h('output', { class: 'value', text: valueText }),
    iv ? h('span', { class: 'interval', id: 'result-interval', title: iv.line }, iv.text) : null,
    chip(lang, r.band)));
  if (byMedian && typeof d.within_target_pct === 'number') {
    out.push(h('p', { class: 'within-target', id: 'within-target', text: t(lang, 'withinTargetLead',
      { pct: format(lang, d.within_target_pct, 1), target: formatSeconds(lang, d.target_seconds) }) }));
  }
  if (iv?.symmetric) out.push(h('p', { class: 'interval-line hint', text: iv.line }));
  if (iv) out.push(intervalHelp(lang, iv, { id: 'pm-help' }));
  out.push(h('p', { class: 'formula' }, h('span', { class: 'k', text: `${t(lang, 'formula')}: ` }), h('code', { text: r.formula })));
  const general = (r.warnings ?? []).filter((w) => !fieldMessage(w.field, w.message, 'warning'));
  if (general.length) out.push(warningList(lang, general.map((w) => w.message)));
  const chart = chartModel(lang, metric, r);
  if (chart) {
    const svg = barChart({ ...chart, formatNumber: (v) => format(lang, v) });
    svg.setAttribute('aria-label', `${chart.title}: ${chart.summary}`);
    out.push(h('figure', { class: 'chart-figure' }, h('figcaption', { text: chart.title }), svg));
  }
  const rows = detailRows(lang, r, { chart, byMedian });
  if (rows.length) out.push(h('dl', { class: 'details' }, rows.map(([dt, dd]) => [h('dt', { text: dt }), h('dd', { text: dd })])));
  return {
    nodes: out, card: { valueText, band, chart, interval: iv },
    spoken: `${metric.name[lang]}: ${valueText}${band ? `. ${band.label}` : ''}.`,
  };
}

// B compared with A: the difference, the comparison's verdict and chart, each
// side's value with its interval, and each side's notes.
export function comparisonResult(lang, metric, r) {
  const c = r.comparison;
  const side = (x, key) => ({ label: t(lang, key), value: x.value, interval: x.interval, valueText: formatValue(lang, x) });
  const difference = differenceText(lang, c).split(' (')[0];
  const out = [
    h('h3', { class: 'result-title', text: t(lang, 'compareTitle') }),
    h('p', { class: 'value-line' }, h('output', { class: 'value difference-value', text: difference })),
    comparisonView(lang, c, { a: side(r.a, 'sideShortA'), b: side(r.b, 'sideShortB'), unit: c.unit,
      bounds: valueBounds(metric) }),
    h('dl', { class: 'details ab' }, [['sideA', r.a], ['sideB', r.b]].map(([key, x]) =>
      [h('dt', { text: t(lang, key) }), h('dd', { text: sideText(lang, x) })])),
  ];
  const warnings = [...(r.a.warnings ?? []).map((w) => `A: ${w.message}`), ...(r.b.warnings ?? []).map((w) => `B: ${w.message}`)];
  if (warnings.length) out.push(warningList(lang, warnings));
  return {
    nodes: out, card: { valueText: difference, band: null, chart: null, comparison: c },
    spoken: `${metric.name[lang]}: ${c.verdict}`,
  };
}

// One side of a comparison as text: "45 points ± 8".
export function sideText(lang, x) {
  const d = describeInterval(lang, x.value, x.interval, x.unit);
  return `${formatValue(lang, x)}${d ? ` ${d.text}` : ''}`;
}

function warningList(lang, texts) {
  return h('div', { class: 'warnings' }, h('h4', { text: t(lang, 'warnings') }), h('ul', {}, texts.map((text) => h('li', { text }))));
}
