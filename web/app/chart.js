// Distribution charts as inline SVG, built with DOM APIs (no markup strings).
// Colour is never the only cue: every bar carries its label and count as text.
import { svg as el } from './dom.js';

// bars: [{ label, value, note?, tone }] drawn as horizontal bars (NPS groups)
// or vertical columns (one per score). Returns an <svg role="img">.
export function barChart({ bars, title, orientation = 'horizontal', formatNumber = String }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const svg = el('svg', { role: 'img', class: `chart ${orientation}` });
  svg.append(el('title', {}, title));
  if (orientation === 'horizontal') {
    const rowH = 34, labelW = 100, barW = 150, width = labelW + barW + 100;
    svg.setAttribute('viewBox', `0 0 ${width} ${bars.length * rowH + 4}`);
    bars.forEach((b, i) => {
      const y = i * rowH + 4;
      const w = Math.max(2, (b.value / max) * barW);
      svg.append(el('text', { x: 0, y: y + 19, class: 'chart-label' }, b.label));
      svg.append(el('rect', { x: labelW, y: y + 2, width: w, height: 24, rx: 3, class: `bar tone-${b.tone}` }));
      svg.append(el('text', { x: labelW + w + 8, y: y + 19, class: 'chart-value' },
        b.note ? `${formatNumber(b.value)} (${b.note})` : formatNumber(b.value)));
    });
  } else {
    const colW = 40, gap = 8, plotH = 140, top = 22, bottom = 26;
    const width = bars.length * (colW + gap) + gap;
    svg.setAttribute('viewBox', `0 0 ${width} ${top + plotH + bottom}`);
    svg.append(el('line', { x1: 0, x2: width, y1: top + plotH + 0.5, y2: top + plotH + 0.5, class: 'axis' }));
    bars.forEach((b, i) => {
      const x = gap + i * (colW + gap);
      const h = b.value > 0 ? Math.max(2, (b.value / max) * plotH) : 0;
      svg.append(el('rect', { x, y: top + plotH - h, width: colW, height: h, rx: 3, class: `bar tone-${b.tone}` }));
      svg.append(el('text', { x: x + colW / 2, y: top + plotH - h - 6, class: 'chart-value', 'text-anchor': 'middle' }, formatNumber(b.value)));
      svg.append(el('text', { x: x + colW / 2, y: top + plotH + 18, class: 'chart-label', 'text-anchor': 'middle' }, b.label));
    });
  }
  return svg;
}
