// The result card drawn on a canvas by hand, for "Download PNG". No network,
// no DOM snapshotting: the same facts the page shows, laid out for an image.
import { isolate } from '../shared/dom.js';

const C = {
  bg: '#ffffff', fg: '#16181d', muted: '#4a5160', rule: '#d0d5dd',
  good: ['#e3f4e8', '#0d5c2a'], neutral: ['#eceff3', '#333a46'], bad: ['#fde7e7', '#a3161b'],
  bar: { good: '#1e7e34', neutral: '#6b7280', bad: '#c5221f' },
};

// subtitle: a line under the value (its interval); notes: sentences wrapped
// under the formula (a comparison's verdict).
export function drawCard({ title, value, band, formula, subtitle = '', notes = [], bars = [], chartTitle = '', footer = '' }) {
  const W = 800, pad = 40, scale = 2;
  const chartH = bars.length ? 40 + bars.length * 34 : 0;
  const measure = document.createElement('canvas').getContext('2d');
  measure.font = '400 18px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  const noteLines = notes.flatMap((n) => wrap(measure, n, W - 2 * pad));
  const H = 250 + (subtitle ? 34 : 0) + noteLines.length * 26 + (noteLines.length ? 10 : 0) + chartH + 40;
  const canvas = document.createElement('canvas');
  canvas.width = W * scale; canvas.height = H * scale;
  const g = canvas.getContext('2d');
  g.scale(scale, scale);
  g.fillStyle = C.bg; g.fillRect(0, 0, W, H);
  g.strokeStyle = C.rule; g.lineWidth = 2; g.strokeRect(1, 1, W - 2, H - 2);
  const font = (size, weight = 400) => `${weight} ${size}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
  let y = pad + 12;
  g.fillStyle = C.muted; g.font = font(20, 600); g.fillText(fit(g, title, W - 2 * pad), pad, y);
  y += 64;
  g.fillStyle = C.fg; g.font = font(52, 700); g.fillText(fit(g, value, W - 2 * pad), pad, y);
  if (subtitle) {
    y += 36;
    g.fillStyle = C.muted; g.font = font(20, 600); g.fillText(fit(g, subtitle, W - 2 * pad), pad, y);
  }
  y += 26;
  if (band) {
    const [bg, fg] = C[band.tone] ?? C.neutral;
    g.font = font(18, 600);
    const text = `${band.icon} ${band.label}`;
    const w = Math.min(g.measureText(text).width + 28, W - 2 * pad);
    g.fillStyle = bg; roundRect(g, pad, y, w, 34, 17); g.fill();
    g.fillStyle = fg; g.fillText(fit(g, text, w - 28), pad + 14, y + 23);
    y += 34;
  }
  y += 40;
  g.fillStyle = C.fg; g.font = font(18); g.fillText(fit(g, formula ?? '', W - 2 * pad), pad, y);
  if (noteLines.length) {
    y += 10;
    g.fillStyle = C.muted;
    for (const line of noteLines) { y += 26; g.fillText(line, pad, y); }
  }
  if (bars.length) {
    y += 40;
    g.fillStyle = C.muted; g.font = font(16, 600); g.fillText(chartTitle, pad, y);
    y += 14;
    const max = Math.max(1, ...bars.map((b) => b.value)), labelW = 150, barW = W - 2 * pad - labelW - 140;
    for (const b of bars) {
      g.fillStyle = C.fg; g.font = font(16); g.fillText(isolate(fit(g, b.label, labelW - 10)), pad, y + 21);
      const w = Math.max(2, (b.value / max) * barW);
      g.fillStyle = C.bar[b.tone] ?? C.bar.neutral; roundRect(g, pad + labelW, y + 5, w, 22, 3); g.fill();
      g.fillStyle = C.fg; g.fillText(b.text, pad + labelW + w + 10, y + 21);
      y += 34;
    }
  }
  g.fillStyle = C.muted; g.font = font(14); g.fillText(footer, pad, H - 20);
  return canvas;
}

function roundRect(g, x, y, w, h, r) {
  g.beginPath();
  g.moveTo(x + r, y); g.arcTo(x + w, y, x + w, y + h, r); g.arcTo(x + w, y + h, x, y + h, r);
  g.arcTo(x, y + h, x, y, r); g.arcTo(x, y, x + w, y, r); g.closePath();
}

function wrap(g, text, width) {
  const lines = [];
  let line = '';
  for (const word of String(text ?? '').split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && g.measureText(next).width > width) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  return lines.map((l) => fit(g, l, width));
}

function fit(g, text, width) {
  if (g.measureText(text).width <= width) return text;
  let s = text;
  while (s.length > 1 && g.measureText(s + '…').width > width) s = s.slice(0, -1);
  return s + '…';
}
