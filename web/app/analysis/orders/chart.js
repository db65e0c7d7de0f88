// Customers per period as an inline SVG (DOM APIs only): three bars per period
// (active, new, lost) on a count axis, and churn and retention as two lines on a
// 0–100% axis (churn solid with round points, retention dashed with square
// points, so they differ by more than colour). The same numbers are in the
// periods table beside it.
import { svg as el } from '../../shared/dom.js';

// The top of the count axis: 4 whole, round steps (counts are whole numbers).
function niceMax(v) {
  const raw = Math.max(1, v / 4), mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw && Number.isInteger(s)) ?? Math.ceil(raw);
  return 4 * step;
}

// periods: the report's periods; labels: { active, new, lost, churn, retention };
// fmt(v) formats a count, fmtPct(v) a percentage.
export function ordersChart({ periods, labels, title, summary, width = 700, fmt = String, fmtPct = String }) {
  const n = periods.length;
  const left = 48, right = 48, top = 16, plotH = 180, bottom = 40;
  const group = n <= 40 ? 36 : n <= 120 ? 14 : 6;
  const W = Math.max(width, left + right + n * group);
  const H = top + plotH + bottom;
  const maxCount = niceMax(Math.max(1, ...periods.flatMap((p) => [p.active, p.new, p.lost])));
  const yc = (v) => top + plotH - (v / maxCount) * plotH;
  const yp = (v) => top + plotH - (v / 100) * plotH;
  const slot = (W - left - right) / Math.max(1, n);
  const cx = (i) => left + slot * (i + 0.5);

  const svg = el('svg', { role: 'img', class: 'chart orders-chart', viewBox: `0 0 ${W} ${H}`, width: W, height: H,
    'aria-label': `${title}: ${summary}` });
  svg.append(el('title', {}, title));
  for (let k = 0; k <= 4; k++) {
    const y = top + plotH - (k / 4) * plotH;
    svg.append(el('line', { x1: left, x2: W - right, y1: y, y2: y, class: k === 0 ? 'axis zero' : 'grid' }));
    svg.append(el('text', { x: left - 6, y: y + 5, class: 'chart-tick', 'text-anchor': 'end' }, fmt((maxCount * k) / 4)));
    svg.append(el('text', { x: W - right + 6, y: y + 5, class: 'chart-tick', 'text-anchor': 'start' }, fmtPct(25 * k)));
  }
  const bw = Math.max(1.5, Math.min(10, (slot - 4) / 3));
  periods.forEach((p, i) => {
    ['active', 'new', 'lost'].forEach((key, j) => {
      const v = p[key] ?? 0;
      const x = cx(i) + (j - 1.5) * bw;
      const r = el('rect', { x: x.toFixed(1), y: yc(v).toFixed(1), width: bw.toFixed(1), height: Math.max(0, top + plotH - yc(v)).toFixed(1), class: `bar bar-${key}` });
      r.append(el('title', {}, `${p.period} — ${labels[key]}: ${fmt(v)}`));
      svg.append(r);
    });
  });
  for (const [key, cls] of [['churn_rate', 'line-churn'], ['retention_rate', 'line-retention']]) {
    const pts = periods.map((p, i) => [cx(i), p[key]]).filter(([, v]) => Number.isFinite(v));
    if (pts.length > 1) svg.append(el('polyline', { class: `rate-line ${cls}`, fill: 'none', points: pts.map(([x, v]) => `${x.toFixed(1)},${yp(v).toFixed(1)}`).join(' ') }));
    for (const [x, v] of pts) {
      const mark = cls === 'line-churn' ? el('circle', { cx: x, cy: yp(v), r: 4, class: `rate-point ${cls}` })
        : el('rect', { x: x - 3.5, y: yp(v) - 3.5, width: 7, height: 7, class: `rate-point ${cls}` });
      svg.append(mark);
    }
  }
  const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor((W - left - right) / 64))));
  periods.forEach((p, i) => {
    if (i % every === 0) svg.append(el('text', { x: cx(i), y: top + plotH + 22, class: 'chart-label', 'text-anchor': 'middle' }, p.period));
  });
  return svg;
}

// The legend, as HTML (text beside each swatch).
export function legendItems(labels) {
  return [['active', 'bar-active'], ['new', 'bar-new'], ['lost', 'bar-lost'], ['churn', 'line-churn'], ['retention', 'line-retention']]
    .map(([key, cls]) => ({ key, cls, label: labels[key] }));
}
