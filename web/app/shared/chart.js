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
    // Narrow columns keep the viewBox close to a phone's width, so 15-unit text
    // stays at least 12 px on screen (eleven scores in ~330 units). Counts too
    // long for a column are written upwards instead of overlapping.
    const colW = 26, gap = 4, plotH = 140, bottom = 26;
    const texts = bars.map((b) => formatNumber(b.value));
    const upright = texts.every((s) => s.length <= 3);
    const top = upright ? 22 : 12 + 9 * Math.max(...texts.map((s) => s.length));
    const width = bars.length * (colW + gap) + gap;
    svg.setAttribute('viewBox', `0 0 ${width} ${top + plotH + bottom}`);
    svg.append(el('line', { x1: 0, x2: width, y1: top + plotH + 0.5, y2: top + plotH + 0.5, class: 'axis' }));
    bars.forEach((b, i) => {
      const x = gap + i * (colW + gap);
      const h = b.value > 0 ? Math.max(2, (b.value / max) * plotH) : 0;
      svg.append(el('rect', { x, y: top + plotH - h, width: colW, height: h, rx: 3, class: `bar tone-${b.tone}` }));
      const vx = x + colW / 2, vy = top + plotH - h - 6;
      svg.append(upright
        ? el('text', { x: vx, y: vy, class: 'chart-value', 'text-anchor': 'middle' }, texts[i])
        : el('text', { x: vx + 5, y: vy, class: 'chart-value', transform: `rotate(-90 ${vx + 5} ${vy})` }, texts[i]));
      svg.append(el('text', { x: x + colW / 2, y: top + plotH + 18, class: 'chart-label', 'text-anchor': 'middle' }, b.label));
    });
  }
  return svg;
}
