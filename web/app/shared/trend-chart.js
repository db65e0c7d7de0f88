// The value over periods as an inline SVG line chart, built with DOM APIs.
// Each point carries its value as text; intervals, when the report has them,
// are drawn as error bars. The page shows the same numbers in a table too.
import { svg as el, niceStep } from './dom.js';

// points: [{ label, value, low?, high?, tone }]; bounds: [min, max] the metric can take.
export function trendChart({ points, title, summary, bounds = [-Infinity, Infinity], width = 600, formatNumber = String }) {
  const n = points.length;
  const left = 46, right = 16, top = 26, plotH = 170, bottom = 44, inset = 36;
  const W = Math.max(width, left + right + 2 * inset + n * 34);
  const H = top + plotH + bottom;
  const vals = points.flatMap((p) => [p.value, p.low, p.high]).filter(Number.isFinite);
  let lo = Math.min(...vals), hi = Math.max(...vals);
  if (!vals.length) { lo = 0; hi = 1; }
  if (hi - lo < 1e-9) { lo -= 1; hi += 1; }
  const step = niceStep(hi - lo);
  lo = Math.max(bounds[0], Math.floor(lo / step) * step);
  hi = Math.min(bounds[1], Math.ceil(hi / step) * step);
  if (hi <= lo) hi = lo + step;
  const y = (v) => top + plotH - ((v - lo) / (hi - lo)) * plotH;
  const x = (i) => left + (n === 1 ? (W - left - right) / 2 : inset + (i * (W - left - right - 2 * inset)) / (n - 1));

  const svg = el('svg', { role: 'img', class: 'chart trend', viewBox: `0 0 ${W} ${H}`, width: W, height: H, 'aria-label': `${title}: ${summary}` });
  svg.append(el('title', {}, title));
  for (let v = lo; v <= hi + step / 1000; v += step) {
    svg.append(el('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: v === 0 ? 'axis zero' : 'grid' }));
    svg.append(el('text', { x: left - 6, y: y(v) + 5, class: 'chart-tick', 'text-anchor': 'end' }, formatNumber(v)));
  }
  if (n > 1) {
    svg.append(el('polyline', { class: 'trend-line', fill: 'none',
      points: points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ') }));
  }
  const labelEvery = Math.max(1, Math.ceil(n / Math.max(1, Math.floor((W - left - right) / 56))));
  const valueLabels = n <= 16;
  points.forEach((p, i) => {
    const cx = x(i), cy = y(p.value);
    if (Number.isFinite(p.low) && Number.isFinite(p.high)) {
      const y1 = y(Math.max(lo, p.low)), y2 = y(Math.min(hi, p.high));
      svg.append(el('path', { class: 'error-bar', d: `M${cx - 5},${y1}H${cx + 5}M${cx},${y1}V${y2}M${cx - 5},${y2}H${cx + 5}` }));
    }
    svg.append(el('circle', { cx, cy, r: 5, class: `point tone-${p.tone ?? 'neutral'}` }));
    // the value beside its point, clear of the error bar
    if (valueLabels) svg.append(el('text', { x: cx + 9, y: Math.max(14, cy - 8), class: 'chart-value', 'text-anchor': 'start' }, formatNumber(p.value)));
    if (i % labelEvery === 0) svg.append(el('text', { x: cx, y: top + plotH + 22, class: 'chart-label', 'text-anchor': 'middle' }, p.label));
  });
  return svg;
}
