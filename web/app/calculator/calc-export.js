// A result taken away: as text ("Copy result"), as the PNG card's content
// ("Download PNG", drawn by card-png.js), and the clipboard itself. The text
// and the card's content are plain values (no DOM), from the last request, its
// response and what the result view showed (card: valueText, band, chart,
// interval or comparison).
import { h } from '../shared/dom.js';
import { format } from '../shared/numbers.js';
import { t } from '../../i18n/index.js';
import { differenceText, significanceText } from '../shared/intervals.js';
import { sideText } from './calc-result.js';

export function resultText({ lang, metric, request, response: r, card }) {
  if (!r?.ok) return '';
  // Numbers as everywhere else on the page and in the core's text: "−19", not "-19".
  const num = (v) => format(lang, v, 10).replace(/^-/, '\u2212');
  // A list as its first values and its length: "10; 9; 8 (3 values)", never "3 ×".
  const list = (v) => `${v.slice(0, 12).map(num).join('; ')}${v.length > 12 ? '; …' : ''} (${t(lang, 'valuesCount', { n: format(lang, v.length) })})`;
  const inputsOf = (req) => Object.entries(req.inputs).map(([k, v]) => {
    const label = metric.inputs.find((i) => i.name === k)?.label[lang] ?? k;
    const choice = typeof v === 'string' ? t(lang, 'choices')?.[k]?.[v] : null;  // "Mean score", never "mean"
    return `${label}: ${Array.isArray(v) ? list(v) : typeof v === 'number' ? num(v) : choice ?? v}`;
  });
  if (r.comparison) {
    const c = r.comparison;
    const side = (key, x, req) => [`${t(lang, key)}: ${sideText(lang, x)}`, ...inputsOf(req).map((s) => `  ${s}`)];
    return [
      `${metric.name[lang]} — ${t(lang, 'compareTitle')}`,
      ...side('sideA', r.a, request.compare[0]),
      ...side('sideB', r.b, request.compare[1]),
      `${t(lang, 'differenceLabel')}: ${differenceText(lang, c)}`,
      significanceText(lang, c),
      c.verdict,
    ].filter(Boolean).join('\n');
  }
  const iv = card.interval;
  return [
    // The range once: "60 points (95% CI 45 to 71)", or "± 6" and then the range in words.
    `${metric.name[lang]}: ${card.valueText}${iv ? ` ${iv.text}` : ''}`,
    iv?.symmetric ? iv.line : null,
    card.band ? `${t(lang, 'benchmark')}: ${card.band.label}` : null,
    `${t(lang, 'formula')}: ${r.formula}`,
    ...inputsOf(request),
    ...(r.warnings ?? []).map((w) => `– ${w.message}`),
  ].filter(Boolean).join('\n');
}

// What drawCard() draws for this result.
export function pngCard({ lang, metric, response: r, card }) {
  const { valueText, band, chart, interval, comparison } = card;
  return {
    title: metric.name[lang] + (comparison ? ` — ${t(lang, 'compareTitle')}` : ''),
    value: valueText, band, formula: comparison ? significanceText(lang, comparison) : r.formula,
    // The range once: "± 6 · 95% confidence interval: 36 to 48", or just the line.
    subtitle: comparison ? differenceText(lang, comparison) : interval ? (interval.symmetric ? `${interval.text}  ·  ${interval.line}` : interval.line) : '',
    notes: comparison ? [comparison.verdict] : [],
    chartTitle: chart?.title ?? '',
    bars: (chart?.bars ?? []).map((b) => ({ ...b, text: format(lang, b.value) + (b.note ? ` (${b.note})` : '') })),
    footer: t(lang, 'pngFooter'),
  };
}

// Text onto the clipboard; where the Clipboard API is refused, through a
// hidden selected textarea in `root` (execCommand). True when copied.
export async function copyText(text, root) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = h('textarea', { class: 'sr-only', readonly: true });
    ta.value = text;
    root.append(ta);
    ta.select();
    const ok = document.execCommand?.('copy');
    ta.remove();
    return !!ok;
  }
}
