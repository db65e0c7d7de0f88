// Intervals and comparisons as words, numbers and a small chart, shared by the
// calculator (<polso-calculator>) and the file analysis (<polso-analysis>).
// Everything here comes from the core's responses: `interval` {method, level,
// low, high} and `comparison` {difference, interval, p_value, significant, verdict}.
import { format } from './numbers.js';
import { t } from '../../i18n/index.js';
import { h, svg as el, niceStep, isolate } from './dom.js';

export const LEVELS = [80, 90, 95, 99];
export const DEFAULT_LEVEL = 95;

// What the catalogue says about a metric's sample (docs/api.md, "Intervals"):
// results with an estimand carry an interval and can be compared; the plans
// it offers and their inputs; the values it can take, for chart axes.
export function hasInterval(metric) {
  return !!metric?.estimand && metric.estimand !== 'none';
}
export function plannable(metric) {
  return !!metric?.plan;
}
export function valueBounds(metric) {
  return [metric?.range?.low ?? -Infinity, metric?.range?.high ?? Infinity];
}

export function levelPct(level) {
  return Number.isFinite(level) ? Math.round(level <= 1 ? level * 100 : level) : DEFAULT_LEVEL;
}

// An interval method as a person reads it: "adjusted Wald: three imaginary
// answers are added …" (never the JSON id "adjusted_wald").
export function methodText(lang, method) {
  const name = t(lang, `method_${method}`);
  if (!method || name === `method_${method}`) return '';
  return `${name}: ${t(lang, `methodHelp_${method}`)}`;
}

export function intervalOk(iv) {
  return !!iv && Number.isFinite(iv.low) && Number.isFinite(iv.high);
}

// Digits for an interval's ends: whole numbers for wide ones, more for narrow ones.
export function digitsFor(iv) {
  const w = Math.abs(iv.high - iv.low);
  return w >= 4 ? 0 : w >= 0.4 ? 1 : 2;
}

function unitSuffix(unit) {
  return unit === 'percent' ? '%' : unit === 'seconds' ? ' s' : '';
}

const MINUS = '\u2212';
// "+9", "−2.5", "0". A value that is not 0 never reads "0": more digits until
// its sign shows (+0.012 → "+0.01"), as the core's verdict does.
export function signed(lang, v, digits = 1) {
  const zero = (d) => format(lang, Math.abs(v), d) === format(lang, 0, d);
  while (v !== 0 && Number.isFinite(v) && digits < 12 && zero(digits)) digits += 1;
  const s = format(lang, Math.abs(v), digits);
  if (zero(digits)) return s;
  return `${v < 0 ? MINUS : '+'}${s}`;
}

// A value's interval in words: { symmetric, text, range, level }, where text is
// "± 6" when the interval is symmetric once rounded, else "(95% CI 36 to 48)".
export function describeInterval(lang, value, iv, unit) {
  if (!intervalOk(iv)) return null;
  const d = digitsFor(iv), u = unitSuffix(unit), level = format(lang, levelPct(iv.level), 0);
  const up = format(lang, iv.high - value, d), down = format(lang, value - iv.low, d);
  const range = t(lang, 'intervalRange', { low: `${format(lang, iv.low, d)}${u}`, high: `${format(lang, iv.high, d)}${u}` });
  const symmetric = Number.isFinite(value) && up === down;
  const text = symmetric ? `± ${up}${u}` : `(${t(lang, 'ciShort', { level })} ${range})`;
  return { symmetric, text, range, level, line: t(lang, 'intervalLine', { level, low: `${format(lang, iv.low, d)}${u}`, high: `${format(lang, iv.high, d)}${u}` }) };
}

// The interval beside a value in a table cell or a report line, by the same
// rule as describeInterval: "± 6" when symmetric once rounded, else "36 to 48";
// `title` is the whole sentence ("95% confidence interval: 36 to 48").
export function intervalCell(lang, value, iv, unit) {
  const d = describeInterval(lang, value, iv, unit);
  return d ? { text: d.symmetric ? d.text : d.range, title: d.line } : { text: '', title: null };
}

// "What does ± mean?": the interval in plain words, in a <details>.
export function intervalHelp(lang, desc, { id } = {}) {
  return h('details', { class: 'pm-help', id },
    h('summary', { text: t(lang, 'whatPm') }),
    h('p', { text: t(lang, 'pmHelp', { range: desc.range, level: desc.level }) }),
    h('p', { class: 'hint', text: t(lang, 'pmHelpConfidence') }));
}

// The core's rule (format_p in src/core/inference/verdict.cpp), so the verdict
// and the line under it show the same p: 2 decimals from 0.1, 3 from 0.01,
// else 4, and more when fewer would put p on or across alpha = 1 − level
// (0.04998 is not "0.05").
export function pText(lang, p, alpha = 0.05) {
  if (!Number.isFinite(p)) return '—';
  if (p < 0.001 && alpha > 0.001) return `< ${format(lang, 0.001, 3)}`;
  let d = p >= 0.1 ? 2 : p >= 0.01 ? 3 : 4;
  const rounded = () => Math.round(p * 10 ** d) / 10 ** d;
  while (d < 12 && (rounded() === alpha || (rounded() < alpha) !== (p < alpha))) d += 1;
  return format(lang, p, d);
}

function diffUnit(lang, unit) {
  const pp = unit === 'percentage_points' || unit === 'percent';
  return unit === 'points' ? ` ${t(lang, 'differencePoints')}` : pp ? ` ${t(lang, 'differencePp')}` : unit === 'seconds' ? ' s' : '';
}

// The difference B − A with its interval: "+9 points (95% CI +2.5 to +15.5)".
export function differenceText(lang, c) {
  const iv = c.interval, d = intervalOk(iv) ? Math.min(2, digitsFor(iv) + 1) : 1;
  const main = `${signed(lang, c.difference, d)}${diffUnit(lang, c.unit)}`;
  if (!intervalOk(iv)) return main;
  const level = format(lang, levelPct(iv.level), 0);
  return `${main} (${t(lang, 'ciShort', { level })} ${t(lang, 'intervalRange', { low: signed(lang, iv.low, d), high: signed(lang, iv.high, d) })})`;
}

// True when the core declined to call it: fewer than 10 answers on a side.
const tooFew = (c) => (c.warnings ?? []).some((w) => w.code === 'too_few_to_compare');

// Significance in words, with the p-value (or why there is no call).
export function significanceText(lang, c) {
  if (tooFew(c)) return t(lang, 'tooFewToCompare');
  const alpha = 1 - (c.interval?.level ?? DEFAULT_LEVEL / 100);
  return t(lang, c.significant ? 'significantYes' : 'significantNo', { p: pText(lang, c.p_value, alpha) });
}

// Short form for a table cell: "↑ +13.3 · may be chance".
export function shortVerdict(lang, c) {
  const arrow = c.difference > 0 ? '↑' : c.difference < 0 ? '↓' : '→';
  const call = tooFew(c) ? 'tooFewShort' : c.significant ? 'significantShort' : 'chanceShort';
  return `${arrow} ${signed(lang, c.difference, 1)} · ${t(lang, call)}`;
}

// A comparison as shown: verdict sentence (the core's), difference with
// interval, significance in words, and A/B with their intervals as a chart.
// `a`, `b`: { label, value, interval, valueText } (interval optional).
// How a comparison is coloured: the core's `tone` ("good" for a significant
// change the good way, "bad" for one the other way — a fall in NPS, a rise in
// churn — "neutral" otherwise).
export const toneOf = (c) => c.tone ?? (c.significant ? 'good' : 'neutral');

export function comparisonView(lang, c, { a, b, unit, bounds, id = 'comparison' } = {}) {
  const tone = toneOf(c);
  const box = h('div', { class: `comparison-view ${c.significant ? 'sig-yes' : 'sig-no'} tone-${tone}`, id, 'data-significant': String(!!c.significant), 'data-tone': tone },
    h('p', { class: 'verdict', text: c.verdict ?? '' }),
    h('dl', { class: 'details compare-details' },
      h('dt', { text: t(lang, 'differenceLabel') }), h('dd', { class: 'difference', text: differenceText(lang, c) })),
    h('p', { class: `significance ${c.significant ? 'yes' : 'no'} tone-${tone}` },
      h('span', { class: 'sig-icon', 'aria-hidden': 'true', text: tone === 'good' ? '✓ ' : tone === 'bad' ? '! ' : tooFew(c) ? '? ' : '≈ ' }),
      significanceText(lang, c)));
  if (a && b && Number.isFinite(a.value) && Number.isFinite(b.value)) {
    const level = format(lang, levelPct(c.interval?.level ?? a.interval?.level), 0);
    const title = t(lang, 'compareChart', { level });
    const rows = [a, b].map((x) => ({ label: x.label, value: x.value, low: x.interval?.low, high: x.interval?.high,
      tone: 'neutral', text: x.valueText }));
    box.append(h('figure', { class: 'chart-figure' }, h('figcaption', { text: title }),
      intervalChart({ rows, title, bounds, formatNumber: (v) => format(lang, v, 1), unit })));
  }
  return box;
}

// ---- a horizontal point-and-interval chart (segments, A vs B) ----------------
function clip(text, max) {
  const s = String(text ?? '');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

// rows: [{ label, value, low?, high?, tone?, text? }]. Labels are drawn as SVG
// text (textContent), clipped to fit; the full label is each row's <title>.
export function intervalChart({ rows, title, bounds = [-Infinity, Infinity], formatNumber = String, width = 460 }) {
  const longest = Math.max(1, ...rows.map((r) => Math.min(16, String(r.label ?? '').length)));
  const labelW = Math.min(130, 14 + 8.5 * longest), valueW = 64, rowH = 30, top = 8, axisH = 26;
  const plotL = labelW, plotR = width - valueW;
  const H = top + rows.length * rowH + axisH;
  const vals = rows.flatMap((r) => [r.value, r.low, r.high]).filter(Number.isFinite);
  let lo = vals.length ? Math.min(...vals) : 0, hi = vals.length ? Math.max(...vals) : 1;
  if (hi - lo < 1e-9) { lo -= 1; hi += 1; }
  const step = niceStep(hi - lo);
  lo = Math.max(bounds[0], Math.floor(lo / step) * step);
  hi = Math.min(bounds[1], Math.ceil(hi / step) * step);
  if (hi <= lo) hi = lo + step;
  const x = (v) => plotL + ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (plotR - plotL - 8) + 4;
  const svg = el('svg', { role: 'img', class: 'chart intervals', viewBox: `0 0 ${width} ${H}`, 'aria-label': title });
  svg.append(el('title', {}, title));
  const baseY = top + rows.length * rowH;
  for (let v = lo; v <= hi + step / 1000; v += step) {
    svg.append(el('line', { x1: x(v), x2: x(v), y1: top, y2: baseY, class: Math.abs(v) < 1e-9 ? 'axis zero' : 'grid' }));
    svg.append(el('text', { x: x(v), y: baseY + 18, class: 'chart-tick', 'text-anchor': 'middle' }, formatNumber(v)));
  }
  rows.forEach((r, i) => {
    const cy = top + i * rowH + rowH / 2;
    const g = el('g', { class: 'row' });
    g.append(el('title', {}, `${isolate(r.label)}: ${r.text ?? formatNumber(r.value)}`));
    g.append(el('text', { x: 0, y: cy + 5, class: 'chart-label' }, clip(r.label, 16)));
    if (Number.isFinite(r.low) && Number.isFinite(r.high)) {
      const x1 = x(r.low), x2 = x(r.high);
      g.append(el('path', { class: 'error-bar', d: `M${x1},${cy - 6}V${cy + 6}M${x1},${cy}H${x2}M${x2},${cy - 6}V${cy + 6}` }));
    }
    g.append(el('circle', { cx: x(r.value), cy, r: 5.5, class: `point tone-${r.tone ?? 'neutral'}` }));
    g.append(el('text', { x: width, y: cy + 5, class: 'chart-value', 'text-anchor': 'end' }, formatNumber(r.value)));
    svg.append(g);
  });
  return svg;
}
