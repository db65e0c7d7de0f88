// A result as text and as a chart model: shared by <polso-calculator> and the
// file analysis (<polso-analysis>), so a value reads the same in both.
import { format } from './numbers.js';
import { t } from '../../i18n/index.js';
import { duration } from './duration.js';

export function formatValue(lang, r) {
  const n = format(lang, r.value);
  switch (r.unit) {
    case 'percent': return `${n}%`;
    case 'points': return `${n} ${t(lang, 'units').points}`;
    case 'seconds': return formatSeconds(lang, r.value);
    case 'score': return r.details?.scale ? `${n} ${t(lang, 'scoreOutOf', { n: r.details.scale })}` : n;
    case 'currency': {
      const code = r.details?.currency;
      if (code) {
        try { return new Intl.NumberFormat(t(lang, 'locale'), { style: 'currency', currency: code }).format(r.value); } catch { return `${n} ${code}`; }
      }
      return n;
    }
    default: return r.unit_label ? `${n} ${r.unit_label}` : n;
  }
}

export function chartModel(lang, m, r) {
  const d = r.details ?? {};
  const label = (name) => m.inputs.find((i) => i.name === name)?.label[lang] ?? name;
  if (m.id === 'nps' && 'promoters' in d) {
    return {
      title: t(lang, 'chartNps'), orientation: 'horizontal',
      summary: t(lang, 'chartSummaryNps', { p: format(lang, d.promoters), s: format(lang, d.passives), d: format(lang, d.detractors) }),
      bars: [['promoters', 'good'], ['passives', 'neutral'], ['detractors', 'bad']].map(([k, tone]) => ({
        label: label(k), value: d[k], tone, note: `${format(lang, d[`${k}_pct`], 1)}%` })),
    };
  }
  if (Array.isArray(d.distribution)) {
    // Scores start at the catalogue's minimum; a 0 nobody gave on a 1–5 scale is not drawn.
    let min = m.inputs.find((i) => i.name === 'scores')?.min ?? 0;
    if (min === 0 && d.distribution[0] === 0) min = 1;
    const th = d.threshold;
    const bars = d.distribution.map((count, score) => ({
      label: String(score), value: count,
      tone: th == null ? 'neutral' : score >= th ? 'good' : score === th - 1 ? 'neutral' : 'bad',
    })).slice(min);
    return {
      title: t(lang, 'chartDistribution'), orientation: 'vertical', bars,
      summary: bars.map((b) => t(lang, 'chartScore', { i: b.label, n: format(lang, b.value) })).join(', '),
    };
  }
  return null;
}

// "825 s (13 min 45 s)": no-break spaces, so a figure never wraps from its
// unit ("45 / s)" on two lines); the words in brackets are duration.js's.
export function formatSeconds(lang, seconds) {
  const n = format(lang, seconds);
  return `${n}\u00a0s${seconds >= 60 ? `\u00a0(${duration(lang, seconds)})` : ''}`;
}
