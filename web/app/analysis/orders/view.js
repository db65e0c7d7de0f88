// The orders report (dataset "orders", docs/datasets.md) as page blocks:
// summary cards, customers per period (chart + table), the cohort retention
// heat map (a table: the % as text in each cell, the shade only repeats it),
// the first-time / loyal / at-risk segments, channels, and the definitions.
import { t } from '../../../i18n/index.js';
import { h, num, count, pct, card, section, scroll, summaryCards, kindTitle } from '../report-kit.js';
import { sortableTable } from '../../shared/table.js';
import { ordersChart, legendItems } from './chart.js';

const SEGMENTS = ['first_time', 'loyal', 'at_risk'];

function ordersSummary(lang, r) {
  const s = r.summary ?? {}, f = s.formulas ?? {};
  const formula = (k) => (f[k] ? h('p', { class: 'stat-line formula' }, h('code', { text: f[k] })) : null);
  const cards = [
    card('customers', t(lang, 'ds.o.customers'), count(lang, s.customers),
      t(lang, 'ds.o.ordersRefunds', { orders: count(lang, s.orders), refunds: count(lang, s.refunds) })),
    card('revenue', t(lang, 'ds.o.revenue'), num(lang, s.revenue),
      s.refund_amount ? t(lang, 'ds.o.revenueNet', { orders: num(lang, s.order_revenue), refunds: num(lang, s.refund_amount) }) : null,
      s.revenue_from ? h('p', { class: 'stat-line', id: 'revenue-from', 'data-from': s.revenue_from, text: t(lang, 'ds.o.revenueFrom')[s.revenue_from] ?? s.revenue_from }) : null,
      s.first_order ? t(lang, 'ds.o.fromTo', { from: s.first_order, to: s.last_order }) : null),
    card('repeat', t(lang, 'ds.o.repeatRate'), pct(lang, s.repeat_purchase_rate, 2), formula('repeat_purchase_rate')),
    card('apv', t(lang, 'ds.o.apv'), num(lang, s.average_purchase_value)),
    card('frequency', t(lang, 'ds.o.frequency'), num(lang, s.purchase_frequency), t(lang, 'ds.o.frequencyUnit')),
    card('lifespan', t(lang, 'ds.o.lifespan'), t(lang, 'ds.o.years', { n: num(lang, s.lifespan_years) }),
      Number.isFinite(s.lifespan_years) && s.lifespan_years < 1 ? t(lang, 'ds.o.aboutDays', { n: count(lang, s.lifespan_years * 365.25) }) : null),
    card('historical-clv', t(lang, 'ds.o.historicalClv'), num(lang, s.historical_clv), formula('historical_clv')),
    card('predicted-clv', t(lang, 'ds.o.predictedClv'), num(lang, s.predicted_clv), formula('predicted_clv'),
      Number.isFinite(s.monthly_churn_rate) ? t(lang, 'ds.o.monthlyChurn', { v: pct(lang, s.monthly_churn_rate, 2) }) : null),
  ];
  if (Number.isFinite(s.clv_cac_ratio)) cards.push(card('clv-cac', t(lang, 'ds.o.clvCac'), t(lang, 'ds.o.ratio', { v: num(lang, s.clv_cac_ratio) }),
    Number.isFinite(s.predicted_clv_cac_ratio) ? t(lang, 'ds.o.predictedRatio', { v: num(lang, s.predicted_clv_cac_ratio) }) : null));
  if (Number.isFinite(s.payback_months)) cards.push(card('payback', t(lang, 'ds.o.payback'), t(lang, 'ds.o.months', { n: num(lang, s.payback_months, 1) }), formula('payback_months')));
  const given = [];
  if (Number.isFinite(s.gross_margin)) given.push(t(lang, 'ds.o.marginGiven', { v: pct(lang, s.gross_margin, 2) }));
  if (Number.isFinite(s.cac)) given.push(t(lang, 'ds.o.cacGiven', { v: num(lang, s.cac) }));
  return summaryCards(lang, t(lang, 'ds.o.summaryTitle'), r.warnings, cards,
    given.length ? h('p', { class: 'hint', text: given.join(' · ') }) : null);
}

// Gross margin and CAC: optional inputs; "Apply" runs the file again with them.
function costsForm(lang, overrides, apply, parse) {
  const input = (id, label, value) => {
    const i = h('input', { type: 'text', id: `cost-${id}`, inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': `cost-${id}-hint` });
    i.value = value == null ? '' : num(lang, value, 4).replace(/\s/g, '');
    return h('div', { class: 'field', 'data-field': id }, h('label', { for: `cost-${id}`, text: label }), i,
      h('p', { class: 'hint', id: `cost-${id}-hint`, text: id === 'gross_margin' ? t(lang, 'ds.o.marginHint') : t(lang, 'ds.o.cacHint') }));
  };
  const margin = input('gross_margin', t(lang, 'ds.o.margin'), overrides.gross_margin);
  const cac = input('cac', t(lang, 'ds.o.cac'), overrides.cac);
  const error = h('p', { class: 'field-error', id: 'cost-error', role: 'alert' });
  const form = h('form', { class: 'group costs', novalidate: true },
    h('fieldset', { class: 'group' }, h('legend', { text: t(lang, 'ds.o.costsTitle') }), margin, cac,
      h('button', { type: 'submit', id: 'cost-apply', text: t(lang, 'ds.o.apply') }), error));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const read = (el) => { const v = el.querySelector('input').value.trim(); return v === '' ? null : parse(v); };
    const gm = read(margin), c = read(cac);
    if (gm != null && !(gm > 0 && gm <= 100)) { error.textContent = t(lang, 'ds.o.marginBad'); return; }
    if (c != null && !(c >= 0)) { error.textContent = t(lang, 'ds.o.cacBad'); return; }
    apply({ gross_margin: gm, cac: c });
  });
  return form;
}

function ordersBlocks(lang, r, ctx) {
  return [periodsBlock(lang, r, ctx), cohortsBlock(lang, r), segmentsBlock(lang, r), channelsBlock(lang, r, ctx), definitionsBlock(lang, r)];
}

function periodsBlock(lang, r, ctx) {
  const periods = r.periods ?? [];
  if (!periods.length) return null;
  const labels = { active: t(lang, 'ds.o.active'), new: t(lang, 'ds.o.new'), lost: t(lang, 'ds.o.lost'), churn: t(lang, 'ds.o.churn'), retention: t(lang, 'ds.o.retention') };
  const title = t(lang, 'ds.o.periodsTitle', { period: ctx.periodName.toLowerCase() });
  const summary = periods.slice(0, 24).map((p) => `${p.period}: ${t(lang, 'ds.o.chartPoint', {
    active: count(lang, p.active), new: count(lang, p.new), lost: count(lang, p.lost), churn: pct(lang, p.churn_rate) })}`).join('; ')
    + (periods.length > 24 ? '; …' : '');
  const svg = ordersChart({ periods, labels, title, summary, width: ctx.width, fmt: (v) => count(lang, v), fmtPct: (v) => pct(lang, v, 0) });
  const legend = h('ul', { class: 'legend', 'aria-hidden': 'true' }, legendItems(labels).map((x) =>
    h('li', {}, h('span', { class: `swatch ${x.cls}` }), h('span', { text: x.label }))));
  const table = sortableTable('order-periods-table', [
    { key: 'period', label: t(lang, 'ds.o.period'), text: (p) => p.period },
    { key: 'active', label: t(lang, 'ds.o.active'), text: (p) => count(lang, p.active), num: true },
    { key: 'new', label: t(lang, 'ds.o.new'), text: (p) => count(lang, p.new), num: true },
    { key: 'retained', label: t(lang, 'ds.o.retained'), text: (p) => count(lang, p.retained), num: true },
    { key: 'reactivated', label: t(lang, 'ds.o.reactivated'), text: (p) => count(lang, p.reactivated), num: true },
    { key: 'lost', label: t(lang, 'ds.o.lost'), text: (p) => count(lang, p.lost), num: true },
    { key: 'churn_rate', label: t(lang, 'ds.o.churn'), text: (p) => pct(lang, p.churn_rate), num: true },
    { key: 'retention_rate', label: t(lang, 'ds.o.retention'), text: (p) => pct(lang, p.retention_rate), num: true },
    { key: 'orders', label: t(lang, 'ds.o.orders'), text: (p) => count(lang, p.orders), num: true },
    { key: 'refunds', label: t(lang, 'ds.o.refunds'), text: (p) => count(lang, p.refunds), num: true },
    { key: 'revenue', label: t(lang, 'ds.o.revenue'), text: (p) => num(lang, p.revenue), num: true },
  ], periods, { lang });
  return section('order-periods', title,
    scroll('order-periods-title', svg, 'chart-scroll'),
    legend,
    h('p', { class: 'hint', text: t(lang, 'ds.o.firstPeriodNote') }),
    scroll('order-periods-title', table));
}

function cohortsBlock(lang, r) {
  const rows = r.cohorts?.rows ?? [], months = r.cohorts?.months ?? [];
  if (!rows.length) return null;
  const head = h('tr', {},
    h('th', { scope: 'col', text: t(lang, 'ds.o.cohort') }),
    h('th', { scope: 'col', class: 'num', text: t(lang, 'ds.o.cohortSize') }),
    months.map((m) => h('th', { scope: 'col', class: 'num', text: t(lang, 'ds.o.monthN', { n: m }) })));
  const body = rows.map((c) => h('tr', {},
    h('th', { scope: 'row', text: c.cohort }),
    h('td', { class: 'num', text: count(lang, c.size) }),
    months.map((m, k) => {
      const v = c.retention?.[k];
      if (!Number.isFinite(v)) return h('td', { class: 'heat na', text: '' });
      const td = h('td', { class: 'num heat', title: t(lang, 'ds.o.cohortCell', { active: count(lang, c.active[k]), size: count(lang, c.size) }), text: pct(lang, v, 0) });
      // the shade repeats the % written in the cell (CSSOM: allowed by the CSP)
      td.style.backgroundColor = `color-mix(in srgb, var(--heat) ${Math.round(Math.max(0, Math.min(100, v)) * 0.7)}%, var(--bg))`;
      return td;
    })));
  return section('cohorts', t(lang, 'ds.o.cohortsTitle'),
    h('p', { class: 'hint', text: t(lang, 'ds.o.cohortsHelp') }),
    scroll('cohorts-title', h('table', { class: 'table heatmap', id: 'cohort-table' }, h('thead', {}, head), h('tbody', {}, body))));
}

function segmentsBlock(lang, r) {
  const seg = r.segments ?? {};
  if (!SEGMENTS.some((k) => seg[k])) return null;
  const defs = r.definitions ?? {};
  const rows = SEGMENTS.filter((k) => seg[k]).map((k) => ({ key: k, ...seg[k] }));
  const body = rows.map((s) => h('tr', { 'data-segment': s.key },
    h('th', { scope: 'row' }, h('span', { class: 'seg-name', text: t(lang, 'ds.o.segmentNames')[s.key] }),
      defs[s.key] ? h('span', { class: 'hint seg-def', text: defs[s.key][lang] ?? defs[s.key].en }) : null),
    h('td', { class: 'num', text: count(lang, s.customers) }),
    h('td', { class: 'num', text: num(lang, s.revenue) }),
    h('td', { class: 'num', text: pct(lang, s.revenue_share) })));
  return section('order-segments', t(lang, 'ds.o.segmentsTitle'),
    h('p', { class: 'hint', text: t(lang, 'ds.o.segmentsHelp') }),
    scroll('order-segments-title', h('table', { class: 'table', id: 'order-segments-table' },
      h('thead', {}, h('tr', {}, [t(lang, 'ds.o.segment'), t(lang, 'ds.o.customers'), t(lang, 'ds.o.revenue'), t(lang, 'ds.o.revenueShare')].map((x, i) =>
        h('th', { scope: 'col', class: i ? 'num' : null, text: x })))),
      h('tbody', {}, body))));
}

function channelsBlock(lang, r, ctx) {
  const channels = r.channels ?? [];
  if (!channels.length) return null;
  const table = sortableTable('order-channels-table', [
    { key: 'channel', label: t(lang, 'ds.o.channel'), text: (c) => c.channel },
    { key: 'orders', label: t(lang, 'ds.o.orders'), text: (c) => count(lang, c.orders), value: (c) => c.orders, num: true },
    { key: 'refunds', label: t(lang, 'ds.o.refunds'), text: (c) => count(lang, c.refunds), value: (c) => c.refunds, num: true },
    { key: 'revenue', label: t(lang, 'ds.o.revenue'), text: (c) => num(lang, c.revenue), value: (c) => c.revenue, num: true },
  ], channels, { lang, ...ctx.sorting('order-channels-table') });
  return section('order-channels', t(lang, 'ds.o.channelsTitle', { n: count(lang, channels.length) }),
    h('p', { class: 'hint', text: ctx.sortHint }), scroll('order-channels-title', table));
}

function definitionsBlock(lang, r) {
  const defs = r.definitions ?? {};
  const keys = Object.keys(defs);
  if (!keys.length) return null;
  return h('details', { class: 'block definitions', id: 'definitions' },
    h('summary', { text: t(lang, 'ds.definitionsTitle') }),
    h('dl', {}, keys.map((k) => [
      h('dt', { text: t(lang, 'ds.o.terms')[k] ?? k.replaceAll('_', ' ') }),
      h('dd', { text: defs[k]?.[lang] ?? defs[k]?.en ?? '' })])));
}

// Tables for the CSV downloads (raw numbers; the CSV writer neutralises formulas).
function ordersTables(lang, r) {
  const periods = r.periods ?? [], cohorts = r.cohorts ?? {}, seg = r.segments ?? {}, channels = r.channels ?? [];
  const keys = ['period', 'active', 'new', 'retained', 'reactivated', 'lost', 'customers_start', 'customers_end', 'churn_rate', 'retention_rate', 'orders', 'refunds', 'revenue'];
  return [
    periods.length && { id: 'periods', label: t(lang, 'ds.downloadTable', { what: t(lang, 'ds.o.periodsShort') }), name: 'orders-periods', rows: () => [keys, ...periods.map((p) => keys.map((k) => p[k] ?? null))] },
    cohorts.rows?.length && { id: 'cohorts', label: t(lang, 'ds.downloadTable', { what: t(lang, 'ds.o.cohortsShort') }), name: 'orders-cohorts',
      rows: () => [['cohort', 'size', ...cohorts.months.map((m) => `month_${m}_pct`)],
        ...cohorts.rows.map((c) => [c.cohort, c.size, ...cohorts.months.map((m, k) => c.retention[k] ?? null)])] },
    SEGMENTS.some((k) => seg[k]) && { id: 'segments', label: t(lang, 'ds.downloadTable', { what: t(lang, 'ds.o.segmentsShort') }), name: 'orders-segments',
      rows: () => [['segment', 'customers', 'revenue', 'revenue_share'], ...SEGMENTS.filter((k) => seg[k]).map((k) => [k, seg[k].customers, seg[k].revenue, seg[k].revenue_share])] },
    channels.length && { id: 'channels', label: t(lang, 'ds.downloadTable', { what: t(lang, 'ds.o.channelsShort') }), name: 'orders-channels',
      rows: () => [['channel', 'orders', 'refunds', 'revenue'], ...channels.map((c) => [c.channel, c.orders, c.refunds, c.revenue])] },
  ].filter(Boolean);
}


// The shape of every dataset view (analysis.js lays any of them out alike).
// Orders counts from a warehouse use the same view.
export const view = {
  className: (r) => `ds-report ds-${r.dataset}`,
  title: kindTitle,
  doneText: (lang, r) => `${t(lang, 'analysisDone')} ${t(lang, 'ds.o.doneText', { customers: count(lang, r.summary?.customers), orders: count(lang, r.summary?.orders) })}`,
  summary: (lang, r, ctx) => h('div', { class: 'ds-left' }, ordersSummary(lang, r),
    // gross margin and CAC, applied by running the file again
    costsForm(lang, ctx.overrides, (v) => ctx.setOverrides(v), ctx.parse)),
  blocks: ordersBlocks,
  tables: ordersTables,
  jsonName: (r) => r.dataset,
};
