// The conversations report (dataset "conversations", docs/datasets.md) as page
// blocks: summary cards (first response, resolution, FCR, self-service, CSAT),
// volume trend (chart + change + slope), channel and team tables (sortable;
// outliers marked with text and an icon), and the targets, outlier rule and
// quantile method used.
import { t } from '../../../i18n/index.js';
import { h, num, count, pct, card, section, scroll, summaryCards, kindTitle } from '../report-kit.js';
import { duration } from '../../shared/duration.js';
import { chip } from '../../shared/chip.js';
import { sortableTable } from '../../shared/table.js';
import { trendChart } from '../../shared/trend-chart.js';


function conversationsSummary(lang, r) {
  const s = r.summary ?? {};
  const fr = s.first_response, res = s.resolution;
  const spread = (d) => (d ? t(lang, 'ds.c.meanP90', { mean: duration(lang, d.mean), p90: duration(lang, d.p90) }) : null);
  const cards = [
    card('conversations', t(lang, 'ds.c.conversations'), count(lang, s.conversations),
      s.answered == null ? t(lang, 'ds.c.resolvedLine', { resolved: count(lang, s.resolved) })
        : t(lang, 'ds.c.answeredLine', { answered: count(lang, s.answered), unanswered: count(lang, s.unanswered), resolved: count(lang, s.resolved) })),
    card('first-response', t(lang, 'ds.c.firstResponseMedian'), duration(lang, fr?.median), spread(fr),
      fr && Number.isFinite(fr.within_target_pct)
        ? t(lang, 'ds.c.withinTargetLine', { pct: pct(lang, fr.within_target_pct), k: count(lang, fr.within_target), n: count(lang, fr.with_target) })
        : (fr ? t(lang, 'ds.c.noTarget') : null)),
    card('resolution', t(lang, 'ds.c.resolutionMedian'), duration(lang, res?.median), spread(res)),
  ];
  if (s.fcr) cards.push(card('fcr', t(lang, 'ds.c.fcr'), pct(lang, s.fcr.value, 2),
    t(lang, 'ds.c.fcrLine', { k: count(lang, s.fcr.resolved_first_contact), n: count(lang, s.fcr.resolved_total) })));
  if (s.self_service_rate) {
    const c = card('self-service', t(lang, 'ds.c.selfService'), pct(lang, s.self_service_rate.value, 2),
      t(lang, 'ds.c.selfServiceLine', { k: count(lang, s.self_service_rate.self_served), n: count(lang, s.self_service_rate.conversations) }));
    if (s.self_service_rate.band) c.append(h('p', { class: 'stat-line' }, chip(lang, s.self_service_rate.band)));
    cards.push(c);
  }
  if (s.csat) {
    const c = card('csat', t(lang, 'ds.c.csat'), pct(lang, s.csat.value, 2),
      s.csat.words > 0 ? t(lang, 'ds.c.csatWordsLine', { n: count(lang, s.csat.n), w: count(lang, s.csat.words) })
        : t(lang, 'ds.c.csatLine', { n: count(lang, s.csat.n), scale: s.csat.scale }));
    if (s.csat.band) c.append(h('p', { class: 'stat-line' }, chip(lang, s.csat.band)));
    cards.push(c);
  }
  return summaryCards(lang, t(lang, 'ds.c.summaryTitle'), r.warnings, cards);
}

function conversationsBlocks(lang, r, ctx) {
  return [volumeBlock(lang, r, ctx), groupBlock(lang, r, ctx, 'channels'), groupBlock(lang, r, ctx, 'agents'), notesBlock(lang, r)];
}

function volumeBlock(lang, r, ctx) {
  const v = r.volume ?? {}, series = v.series ?? [];
  if (!series.length) return null;
  const periodName = ctx.periodName.toLowerCase();
  const title = t(lang, 'ds.c.volumeTitle', { period: periodName });
  const points = series.map((p) => ({ label: p.period, value: p.conversations, tone: 'neutral' }));
  const summary = series.slice(0, 24).map((p) => `${p.period}: ${count(lang, p.conversations)}`).join(', ') + (series.length > 24 ? ', …' : '');
  const svg = trendChart({ points, title, summary, bounds: [0, Infinity], width: ctx.width, formatNumber: (x) => num(lang, x, 1) });
  const signed = (x, digits) => (Number.isFinite(x) ? (x > 0 ? '+' : '') + num(lang, x, digits) : '—');
  const facts = h('dl', { class: 'volume-facts', id: 'volume-facts' },
    h('dt', { text: t(lang, 'ds.c.change') }), h('dd', { id: 'volume-change', text: Number.isFinite(v.change_pct)
      ? t(lang, 'ds.c.changeValue', { n: signed(v.change, 0), pct: `${signed(v.change_pct, 1)}%` }) : signed(v.change, 0) }),
    h('dt', { text: t(lang, 'ds.c.slope') }), h('dd', { id: 'volume-slope', text: t(lang, 'ds.c.slopeValue', { n: signed(v.slope, 2), period: periodName }) }));
  const table = sortableTable('volume-table', [
    { key: 'period', label: t(lang, 'ds.c.period'), text: (p) => p.period },
    { key: 'conversations', label: t(lang, 'ds.c.conversations'), text: (p) => count(lang, p.conversations), num: true },
  ], series, { lang });
  return section('volume', title,
    scroll('volume-title', svg, 'chart-scroll'),
    facts,
    h('p', { class: 'hint', text: t(lang, 'ds.c.partialNote') }),
    h('details', { class: 'as-table' }, h('summary', { text: t(lang, 'ds.showTable') }), scroll('volume-title', table)));
}

function groupBlock(lang, r, ctx, which) {
  const rows = r[which] ?? [];
  if (!rows.length) return null;
  const nameKey = which === 'channels' ? 'channel' : 'agent';
  const id = `${which}-table`;
  const reasons = (x) => (x.outlier_reasons ?? []).map((k) => t(lang, 'ds.c.outlierReasons')[k] ?? k).join(', ');
  const cols = [
    { key: nameKey, label: which === 'channels' ? t(lang, 'ds.c.channel') : t(lang, 'ds.c.agent'), text: (x) => x[nameKey],
      value: (x) => x[nameKey],
      cell: (x) => [h('span', { class: 'group-name', text: x[nameKey] }),
        x.outlier ? h('span', { class: 'outlier-mark', 'data-outlier': (x.outlier_reasons ?? []).join(' ') },
          h('span', { class: 'outlier-icon', 'aria-hidden': 'true', text: '⚠' }),
          h('span', { text: t(lang, 'ds.c.outlier', { what: reasons(x) }) })) : null] },
    which === 'channels' ? { key: 'kind', label: t(lang, 'ds.c.kind'), text: (x) => t(lang, 'ds.c.kinds')[x.kind] ?? x.kind ?? '' } : null,
    { key: 'conversations', label: t(lang, 'ds.c.conversations'), text: (x) => count(lang, x.conversations), value: (x) => x.conversations, num: true },
    { key: 'unanswered', label: t(lang, 'ds.c.unanswered'), text: (x) => count(lang, x.unanswered), value: (x) => x.unanswered, num: true },
    { key: 'fr_median', label: t(lang, 'ds.c.frMedian'), text: (x) => duration(lang, x.first_response?.median), value: (x) => x.first_response?.median, num: true },
    { key: 'fr_p90', label: t(lang, 'ds.c.frP90'), text: (x) => duration(lang, x.first_response?.p90), value: (x) => x.first_response?.p90, num: true },
    { key: 'within', label: t(lang, 'ds.c.withinTarget'), text: (x) => pct(lang, x.first_response?.within_target_pct), value: (x) => x.first_response?.within_target_pct, num: true },
    { key: 'res_median', label: t(lang, 'ds.c.resMedian'), text: (x) => duration(lang, x.resolution?.median), value: (x) => x.resolution?.median, num: true },
    { key: 'fcr', label: t(lang, 'ds.c.fcrShort'), text: (x) => pct(lang, x.fcr), value: (x) => x.fcr, num: true },
    r.summary?.self_service_rate ? { key: 'self_service_rate', label: t(lang, 'ds.c.selfServiceShort'), text: (x) => pct(lang, x.self_service_rate), value: (x) => x.self_service_rate, num: true } : null,
    r.summary?.csat ? { key: 'csat', label: t(lang, 'ds.c.csatShort'), text: (x) => pct(lang, x.csat), value: (x) => x.csat, num: true } : null,
  ].filter(Boolean);
  const table = sortableTable(id, cols, rows, { lang, rowClass: (x) => (x.outlier ? 'outlier' : null), ...ctx.sorting(id) });
  const outliers = rows.filter((x) => x.outlier).length;
  return section(which, t(lang, which === 'channels' ? 'ds.c.channelsTitle' : 'ds.c.agentsTitle', { n: count(lang, rows.length) }),
    h('p', { class: 'hint', text: ctx.sortHint }),
    outliers ? h('p', { class: 'outlier-note', text: t(lang, 'ds.c.outliersFound', { n: count(lang, outliers) }) }) : null,
    scroll(`${which}-title`, table));
}

function notesBlock(lang, r) {
  const tg = r.targets ?? {}, q = r.quantiles ?? {}, rule = r.outlier_rule ?? {};
  const items = [];
  if (tg.chat_seconds != null) items.push(['targets', t(lang, 'ds.c.targetsValue', { chat: duration(lang, tg.chat_seconds), email: duration(lang, tg.email_seconds) })]);
  if (rule.factor != null) items.push(['outlier-rule', t(lang, 'ds.c.outlierRule', { n: count(lang, rule.minimum_n), factor: num(lang, rule.factor) })]);
  if (q.method) {
    items.push(['quantiles', q.method === 'exact'
      ? t(lang, 'ds.c.quantilesExact', { definition: q.definition ?? '' })
      : q.method === 'histogram'  // a counts file: read from its duration buckets
        ? t(lang, 'ds.c.quantilesHistogram', { err: `${num(lang, (q.relative_error ?? 0) * 100, 2)}%`, n: count(lang, q.edges?.length ?? 0), definition: q.definition ?? '' })
        : t(lang, 'ds.c.quantilesSketch', { err: `${num(lang, (q.relative_error ?? 0) * 100, 2)}%`, n: count(lang, q.exact_up_to), definition: q.definition ?? '' })]);
  }
  if (!items.length) return null;
  return section('method', t(lang, 'ds.c.methodTitle'),
    h('dl', { class: 'method-notes' }, items.map(([k, text]) => [h('dt', { text: t(lang, 'ds.c.methodTerms')[k] }), h('dd', { id: `note-${k}`, text })])));
}

function conversationsTables(lang, r) {
  const series = r.volume?.series ?? [];
  const group = (rows, key) => () => [[key, 'kind', 'conversations', 'unanswered', 'resolved', 'first_response_n', 'first_response_mean_s',
    'first_response_median_s', 'first_response_p90_s', 'within_target_pct', 'resolution_n', 'resolution_mean_s', 'resolution_median_s',
    'resolution_p90_s', 'fcr', 'self_service_rate', 'csat', 'csat_n', 'outlier', 'outlier_reasons'],
  ...rows.map((x) => [x[key], x.kind ?? null, x.conversations, x.unanswered, x.resolved, x.first_response?.n ?? 0, x.first_response?.mean ?? null,
    x.first_response?.median ?? null, x.first_response?.p90 ?? null, x.first_response?.within_target_pct ?? null, x.resolution?.n ?? 0,
    x.resolution?.mean ?? null, x.resolution?.median ?? null, x.resolution?.p90 ?? null, x.fcr, x.self_service_rate, x.csat, x.csat_n,
    x.outlier ? 'yes' : 'no', (x.outlier_reasons ?? []).join(' ')])];
  return [
    series.length && { id: 'volume', label: t(lang, 'ds.downloadTable', { what: t(lang, 'ds.c.volumeShort') }), name: 'conversations-volume',
      rows: () => [['period', 'conversations'], ...series.map((p) => [p.period, p.conversations])] },
    r.channels?.length && { id: 'channels', label: t(lang, 'ds.downloadTable', { what: t(lang, 'ds.c.channelsShort') }), name: 'conversations-channels', rows: group(r.channels, 'channel') },
    r.agents?.length && { id: 'agents', label: t(lang, 'ds.downloadTable', { what: t(lang, 'ds.c.agentsShort') }), name: 'conversations-agents', rows: group(r.agents, 'agent') },
  ].filter(Boolean);
}

// The shape of every dataset view (analysis.js lays any of them out alike).
// Support counts from a warehouse use the same view.
export const view = {
  className: (r) => `ds-report ds-${r.dataset}`,
  title: kindTitle,
  doneText: (lang, r) => `${t(lang, 'analysisDone')} ${t(lang, 'ds.c.doneText', { n: count(lang, r.summary?.conversations) })}`,
  summary: (lang, r) => h('div', { class: 'ds-left' }, conversationsSummary(lang, r)),
  blocks: conversationsBlocks,
  tables: conversationsTables,
  jsonName: (r) => r.dataset,
};
