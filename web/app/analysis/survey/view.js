// The survey report (survey answers, or pre-aggregated counts): the overall
// card (value, band, caveats, interval, formula, distribution), what customers
// say in the comment column (comments.js), the trend over periods (chart +
// table, "vs previous"), the segments (sortable, "vs the rest", points with
// intervals) and "Compare two periods or segments" (stats.js).
import { t } from '../../../i18n/index.js';
import { h, isolate } from '../../shared/dom.js';
import { format } from '../../shared/numbers.js';
import { barChart } from '../../shared/chart.js';
import { trendChart } from '../../shared/trend-chart.js';
import { formatValue, chartModel } from '../../shared/result-format.js';
import { methodText, valueBounds, intervalCell, levelPct } from '../../shared/intervals.js';
import { chip } from '../../shared/chip.js';
import { sortableTable } from '../../shared/table.js';
import { caveats, scroll, NONE } from '../report-kit.js';
import { vsColumn, hasVs, segmentChart, comparePanel } from './stats.js';
import { commentsBlock } from './comments.js';

// The report as shown: with segment set to (none), no segments (nothing else
// depends on them, so the file is not read again).
function shown(raw, overrides) {
  if (overrides.segment_column !== NONE) return raw;
  return {
    ...raw, segments: [],
    columns: { ...raw.columns, segment: null },
    column_reasons: { ...raw.column_reasons, segment: null },
    warnings: (raw.warnings ?? []).filter((w) => w.code !== 'too_many_segments'),
  };
}

function intervalLevel(lang, rows) {
  return format(lang, levelPct(rows.find((x) => x?.interval)?.interval?.level), 0);
}

// The interval column of the period and segment tables: the same words as
// everywhere ("± 6" or "36 to 48", intervals.js), the full sentence as title.
function intervalColumn(lang, r, rows) {
  if (!rows.some((x) => x.interval)) return [];
  return [{ key: 'interval', label: t(lang, 'intervalLabel', { level: intervalLevel(lang, rows) }),
    text: (x) => intervalCell(lang, x.value, x.interval, r.unit).text,
    cell: (x) => { const c = intervalCell(lang, x.value, x.interval, r.unit); return c.text ? h('span', { title: c.title, text: c.text }) : null; },
    value: (x) => (x.interval ? x.interval.high - x.interval.low : null), num: true }];
}

function rowValue(lang, r, row) {
  return formatValue(lang, { ...row, unit: r.unit, details: { ...(r.details ?? {}), ...(row.details ?? {}) } });
}

function overall(lang, r, ctx) {
  const card = h('div', { class: 'result overall', 'aria-labelledby': 'overall-title' },
    h('h4', { id: 'overall-title', text: t(lang, 'overall', { metric: ctx.metricName(r.metric) }) }),
    h('p', { class: 'value-line' },
      h('output', { class: 'value', id: 'overall-value', text: formatValue(lang, r) }),
      chip(lang, r.band)),
    caveats(lang, r.warnings));
  if (r.interval) {
    const c = intervalCell(lang, r.value, r.interval, r.unit);
    card.append(h('p', { class: 'interval', id: 'overall-interval', title: c.title },
      h('span', { class: 'k', text: `${t(lang, 'intervalLabel', { level: intervalLevel(lang, [r]) })}: ` }),
      c.text,
      methodText(lang, r.interval.method) ? h('span', { class: 'hint', text: ` (${methodText(lang, r.interval.method)})` }) : null));
  }
  card.append(h('p', { class: 'formula' }, h('span', { class: 'k', text: `${t(lang, 'formula')}: ` }), h('code', { text: r.formula ?? '' })));
  card.append(h('p', { class: 'responses', text: t(lang, 'responsesN', { n: format(lang, r.n ?? 0) }) }));
  const chart = chartModel(lang, ctx.metricDef(r.metric), r);
  if (chart) {
    const svg = barChart({ ...chart, formatNumber: (v) => format(lang, v) });
    svg.setAttribute('aria-label', `${chart.title}: ${chart.summary}`);
    card.append(h('figure', { class: 'chart-figure' }, h('figcaption', { text: chart.title }), svg));
  }
  for (const c of [].concat(r.comparisons ?? r.comparison ?? [])) {
    if (c && typeof c === 'object' && (c.message || c.summary)) card.append(h('p', { class: 'comparison', text: c.message ?? c.summary }));
  }
  return card;
}

function periodsBlock(lang, r, ctx) {
  const periods = r.periods ?? [];
  if (!periods.length) return null;
  const metric = ctx.metricName(r.metric), short = r.metric.toUpperCase();
  const title = t(lang, 'trendTitle', { metric, period: ctx.periodName.toLowerCase() });
  const points = periods.map((p) => ({ label: p.period, value: p.value, low: p.interval?.low, high: p.interval?.high, tone: p.band?.tone }));
  const summary = periods.slice(0, 24).map((p) => `${p.period}: ${format(lang, p.value)}`).join(', ') + (periods.length > 24 ? ', …' : '');
  const svg = trendChart({ points, title, summary, bounds: valueBounds(ctx.metricDef(r.metric)), width: ctx.width, formatNumber: (v) => format(lang, v) });
  const table = sortableTable('periods-table', [
    { key: 'period', label: t(lang, 'periodCol'), text: (p) => p.period },
    { key: 'value', label: short, text: (p) => rowValue(lang, r, p), num: true },
    ...intervalColumn(lang, r, periods),
    ...(hasVs(periods, 'vs_previous') ? [vsColumn(lang, 'vs_previous')] : []),
    { key: 'n', label: t(lang, 'responsesCol'), text: (p) => format(lang, p.n), num: true },
    { key: 'band', label: t(lang, 'benchmark'), text: (p) => p.band?.label ?? '' },
  ], periods);
  return h('section', { class: 'block trend', 'aria-labelledby': 'trend-title' },
    h('h4', { id: 'trend-title', text: title }),
    scroll('trend-title', svg, 'chart-scroll'),
    h('details', { class: 'as-table' }, h('summary', { text: t(lang, 'showTable') }), h('div', { class: 'scroll' }, table)));
}

function segmentsBlock(lang, r, ctx) {
  const segments = r.segments ?? [];
  if (!segments.length) return null;
  const cols = [
    { key: 'segment', label: t(lang, 'segmentCol'), text: (s) => s.segment },
    { key: 'value', label: r.metric.toUpperCase(), text: (s) => rowValue(lang, r, s), value: (s) => s.value, num: true },
    ...intervalColumn(lang, r, segments),
    ...(hasVs(segments, 'vs_rest') ? [{ ...vsColumn(lang, 'vs_rest'), value: (s) => s.vs_rest?.difference ?? null }] : []),
    { key: 'n', label: t(lang, 'responsesCol'), text: (s) => format(lang, s.n), value: (s) => s.n, num: true },
    { key: 'band', label: t(lang, 'benchmark'), text: (s) => s.band?.label ?? '' },
  ];
  const table = sortableTable('segments-table', cols, segments, { lang, ...ctx.sorting('segments-table') });
  return h('section', { class: 'block segments', 'aria-labelledby': 'segments-title' },
    h('h4', { id: 'segments-title', text: t(lang, 'segmentsTitle', { n: format(lang, segments.length), column: isolate(r.columns?.segment ?? '') }) }),
    h('p', { class: 'hint', text: ctx.sortHint }),
    h('div', { class: 'scroll' }, table),
    segmentChart(lang, r, ctx.metricName(r.metric), ctx.metricDef(r.metric)));
}

// Period or segment rows for CSV: the key, value, n, band, interval when
// present, and the numbers of `details` (promoters, passives, …).
function tableRows(r, rows, key) {
  const detailKeys = [...new Set(rows.flatMap((x) => Object.keys(x.details ?? {})
    .filter((k) => typeof x.details[k] === 'number' && k !== 'n')))];
  const hasInterval = rows.some((x) => x.interval);
  const head = [key, r.metric, 'n', 'band', ...(hasInterval ? ['interval_low', 'interval_high'] : []), ...detailKeys];
  return [head, ...rows.map((x) => [x[key], x.value, x.n, x.band?.label ?? '',
    ...(hasInterval ? [x.interval?.low ?? null, x.interval?.high ?? null] : []),
    ...detailKeys.map((k) => x.details?.[k] ?? null)])];
}

// The shape of every dataset view (analysis.js lays any of them out alike).
export const view = {
  className: () => '',
  shown,
  title: (lang) => t(lang, 'reportTitle'),
  doneText: (lang, r, ctx) => `${t(lang, 'analysisDone')} ${ctx.metricName(r.metric)}: ${formatValue(lang, r)}.`,
  summary: overall,
  blocks: (lang, r, ctx) => [
    commentsBlock({ lang, report: r, stem: ctx.stem, focus: ctx.settings.commentsFocus,
      onFocus: (v) => ctx.change({ commentsFocus: v }) }),
    periodsBlock(lang, r, ctx),
    segmentsBlock(lang, r, ctx),
    r.metric ? comparePanel({ lang, report: r, metricDef: ctx.metricDef(r.metric), metricName: ctx.metricName(r.metric), state: ctx.compare }) : null,
  ],
  tables: (lang, r) => [
    r.periods?.length && { id: 'periods', label: t(lang, 'downloadPeriods'), name: `${r.metric}-periods`, rows: () => tableRows(r, r.periods, 'period') },
    r.segments?.length && { id: 'segments', label: t(lang, 'downloadSegments'), name: `${r.metric}-segments`, rows: () => tableRows(r, r.segments, 'segment') },
  ],
  jsonName: (r) => r.metric,
};
