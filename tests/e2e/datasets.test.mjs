// "Analyse a file" with orders and support-conversation exports: the kind is
// recognised (or asked), the orders and conversations views show the core's
// numbers (checked against the CLI's JSON for the same file), column dropdowns
// re-run or show their error beside them, a 1,000,000-customer file goes
// through the upload path in bounded memory, and screenshots of both views.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { withSession, openApp, openPage, ready, root, dist, shots, inAnalysis as el, analysisText as text,
  waitForState as waitFor, uploadFile as upload, chooseOption as choose, tableRows } from './helpers.mjs';

const FILE_VIEW = 'index.html#view=file&l=en';
const orders = (name) => `${root}tests/data/orders/${name}`;
const CLI = `${root}build/bin/polso`;

async function cli(path, ...args) {
  const { stdout } = await promisify(execFile)(CLI, ['analyze', path, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

const state = (page) => page.evaluate(() => document.querySelector('polso-analysis').dataset.state);

const en = (v, digits = 2) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping: 'always' }).format(v);

// A support export with a clearly slow e-mail channel (an outlier: median more
// than twice the overall one, with at least 5 times), from a tiny seeded generator.
function conversationsCsv() {
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const rows = ['conversation_id,channel,agent,created_at,first_response_at,resolved_at,csat,resolved_by_bot,contacts'];
  const iso = (ms) => new Date(ms).toISOString().replace('.000', '');
  const start = Date.UTC(2024, 0, 1, 8);
  const plan = [['WhatsApp', ['Anna', 'Giulia'], 90, 40], ['Live chat', ['Giulia', 'Luca'], 120, 30], ['Email', ['Marco', 'Paolo'], 14400, 12], ['Phone', ['Paolo'], 30, 6]];
  let n = 0;
  for (let day = 0; day < 90; day++) {
    for (const [channel, agents, fr, perQuarter] of plan) {
      if (rnd() > (perQuarter / 90) * (0.6 + day / 75)) continue;
      n++;
      const created = start + day * 86400000 + Math.floor(rnd() * 9 * 3600) * 1000;
      const first = rnd() < 0.06 ? null : created + Math.round(fr * (0.5 + rnd())) * 1000;
      const resolved = first && rnd() < 0.9 ? first + Math.round(600 + rnd() * (channel === 'Email' ? 86400 : 3600)) * 1000 : null;
      const bot = channel !== 'Email' && rnd() < 0.35 ? 'yes' : 'no';
      rows.push([`T${String(n).padStart(4, '0')}`, channel, agents[Math.floor(rnd() * agents.length)], iso(created),
        first ? iso(first) : '', resolved ? iso(resolved) : '', rnd() < 0.6 ? 1 + Math.floor(rnd() * 5) : '', bot, 1 + (rnd() < 0.2 ? 1 : 0)].join(','));
    }
  }
  return `${rows.join('\n')}\n`;
}

test('orders: recognised without asking; the numbers are the CLI’s; cohorts, segments, definitions; a column set to (none) shows its error beside it', () => withSession(async ({ browser, origin }) => {
  const want = await cli(orders('shop.csv'), '--dataset', 'orders', '--lang', 'en');
  const app = await openApp(browser, origin, FILE_VIEW);
  const { page } = app;
  await upload(page, orders('shop.csv'));
  assert.equal(await el(page, '#sel-dataset').inputValue(), 'orders');
  assert.match(await text(page, '[data-field=dataset] .reason'), /Looks like an orders export/);
  assert.equal(await el(page, '#dataset-question').count(), 0, 'sure: no question');
  assert.equal(await el(page, '#sel-metric').count(), 0);
  const s = want.summary;
  assert.equal(await text(page, '#stat-customers'), en(s.customers, 0));
  assert.equal(await text(page, '#stat-revenue'), en(s.revenue));
  assert.equal(await text(page, '#stat-repeat'), `${en(s.repeat_purchase_rate)}%`);
  assert.equal(await text(page, '#stat-apv'), en(s.average_purchase_value));
  assert.equal(await text(page, '#stat-frequency'), en(s.purchase_frequency));
  assert.equal(await text(page, '#stat-historical-clv'), en(s.historical_clv));
  assert.equal(await text(page, '#stat-predicted-clv'), en(s.predicted_clv));
  assert.match(await text(page, '[data-stat=repeat]'), new RegExp(s.formulas.repeat_purchase_rate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // per period: the table and the chart
  const periods = await tableRows(page, 'order-periods-table');
  assert.deepEqual(periods.map((r) => r[0]), want.periods.map((p) => p.period));
  const feb = want.periods[1];
  assert.deepEqual(periods[1].slice(1, 8), [feb.active, feb.new, feb.retained, feb.reactivated, feb.lost].map((v) => en(v, 0))
    .concat([`${en(feb.churn_rate, 1)}%`, `${en(feb.retention_rate, 1)}%`]));
  assert.equal(await el(page, 'svg.orders-chart rect.bar-active').count(), want.periods.length);
  // cohorts: a table with the % written in each cell, shaded from JS
  const cohorts = await tableRows(page, 'cohort-table');
  assert.deepEqual(cohorts[0], [want.cohorts.rows[0].cohort, en(want.cohorts.rows[0].size, 0),
    ...want.cohorts.rows[0].retention.map((v) => `${en(v, 0)}%`)]);
  const shade = await el(page, '#cohort-table td.heat').first().evaluate((td) => td.style.backgroundColor);
  assert.match(shade, /color-mix|rgb/);
  // segments and channels
  const segs = await tableRows(page, 'order-segments-table');
  assert.equal(segs.length, 3);
  assert.match(segs[1][0], /^Loyal/);
  assert.deepEqual(segs[1].slice(1), [en(want.segments.loyal.customers, 0), en(want.segments.loyal.revenue), `${en(want.segments.loyal.revenue_share, 1)}%`]);
  assert.deepEqual((await tableRows(page, 'order-channels-table')).map((r) => r[0]), ['Shop', 'Web']);
  // definitions from the report, in the page language
  await el(page, '#definitions summary').click();
  assert.match(await text(page, '#definitions'), new RegExp(want.definitions.at_risk.en.slice(0, 40)));
  // gross margin and CAC: a re-run with them
  await el(page, '#cost-gross_margin').fill('40');
  await el(page, '#cost-cac').fill('20');
  let before = await page.evaluate(() => JSON.stringify(document.querySelector('polso-analysis').report));
  await el(page, '#cost-apply').click();
  await waitFor(page, 'done', before);
  const withCosts = await cli(orders('shop.csv'), '--dataset', 'orders', '--lang', 'en', '--gross-margin', '40', '--cac', '20');
  assert.equal(await text(page, '#stat-clv-cac'), `${en(withCosts.summary.clv_cac_ratio)} : 1`);
  assert.equal(await text(page, '#stat-payback'), `${en(withCosts.summary.payback_months, 1)} months`);

  // the amount column set to (none): the error beside that dropdown, settings kept
  await choose(page, 'amount_column', { label: '(none)' }, 'error');
  assert.equal(await el(page, '#sel-amount_column').getAttribute('aria-invalid'), 'true');
  assert.match(await text(page, '[data-field=amount_column] .field-error'), /\S/);
  assert.equal(await el(page, '.ds-summary').count(), 0);
  // back to a real column: the same numbers
  await choose(page, 'amount_column', { label: 'total' });
  assert.equal(await text(page, '#stat-revenue'), en(s.revenue));
  // amount from another column: every row is skipped, the error says so
  await choose(page, 'amount_column', { label: 'order_id' }, 'error');
  assert.ok(await el(page, '#analysis-status').innerText());
  await el(page, '#reset-settings').click();
  await waitFor(page, 'done', null);
  assert.equal(await text(page, '#stat-customers'), en(s.customers, 0));

  // downloads: the report as JSON, a table as CSV
  const [json] = await Promise.all([page.waitForEvent('download'), el(page, '#download-json').click()]);
  assert.equal(json.suggestedFilename(), 'shop-orders.json');
  const [csv] = await Promise.all([page.waitForEvent('download'), el(page, '#download-cohorts').click()]);
  const body = (await streamText(await csv.createReadStream())).replace(/^\ufeff/, '');
  assert.match(body.split('\r\n')[0], /^cohort,size,month_0_pct/);

  // Italian: the same view in Italian words and numbers
  await page.getByRole('button', { name: 'Italiano' }).click();
  await page.waitForFunction(() => /Clienti/.test(document.querySelector('polso-analysis').shadowRoot.querySelector('.ds-summary')?.textContent ?? ''));
  assert.equal(await text(page, '#stat-apv'), new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 }).format(s.average_purchase_value));
  app.checkRequests(assert);
}));

test('conversations: channel and team tables with an outlier marked in text; durations as “4 min 12 s”', () => withSession(async ({ browser, origin }) => {
  const path = join(tmpdir(), `polso-e2e-support-${process.pid}.csv`);
  await writeFile(path, conversationsCsv());
  try {
    const want = await cli(path, '--dataset', 'conversations', '--lang', 'en');
    const app = await openApp(browser, origin, FILE_VIEW);
    const { page } = app;
    await upload(page, path);
    assert.equal(await el(page, '#sel-dataset').inputValue(), 'conversations');
    assert.equal(await text(page, '#stat-conversations'), en(want.summary.conversations, 0));
    assert.match(await text(page, '#stat-first-response'), /^\d+\s(s|min(\s\d\d\ss)?)$/);
    const rows = await tableRows(page, 'channels-table');
    assert.deepEqual(rows.map((r) => r[0].split(/⚠|Outlier/)[0].trim()), want.channels.map((c) => c.channel));
    const email = want.channels.find((c) => c.channel === 'Email');
    assert.equal(email.outlier, true, 'the fixture has a slow e-mail channel');
    const emailRow = rows.find((r) => r[0].startsWith('Email'));
    assert.match(emailRow[0], /Outlier \(slow\): first response/);
    assert.equal(await el(page, '#channels-table tr.outlier .outlier-icon').count(), want.channels.filter((c) => c.outlier).length);
    assert.equal(emailRow[2], en(email.conversations, 0));
    // sortable by the median first response, descending puts Email first
    await el(page, '#channels-table button[data-sort=fr_median]').click();
    await el(page, '#channels-table button[data-sort=fr_median]').click();
    assert.equal(await el(page, '#channels-table th:has(button[data-sort=fr_median])').getAttribute('aria-sort'), 'descending');
    assert.match((await tableRows(page, 'channels-table'))[0][0], /^Email/);
    assert.equal((await tableRows(page, 'agents-table')).length, want.agents.length);
    assert.match(await text(page, '#note-targets'), /5\smin/);
    assert.match(await text(page, '#note-quantiles'), /exact/);
    assert.match(await text(page, '#volume-slope'), /conversations per month/);
    // an optional column set to (none): no self-service any more
    await choose(page, 'self_service_column', { label: '(none)' });
    assert.equal(await el(page, '[data-stat=self-service]').count(), 0);
    app.checkRequests(assert);
  } finally {
    await rm(path, { force: true });
  }
}));

test('support counts from a warehouse: recognised by its header, the CLI’s numbers, no agent table, medians said to be from buckets', () => withSession(async ({ browser, origin }) => {
  const path = `${root}tests/data/conversations/counts_small.csv`;
  const want = await cli(path, '--dataset', 'conversations-counts', '--lang', 'en');
  const app = await openApp(browser, origin, FILE_VIEW);
  const { page } = app;
  await upload(page, path);
  assert.equal(await el(page, '#sel-dataset').inputValue(), 'conversations-counts');
  assert.equal(await text(page, '#stat-conversations'), en(want.summary.conversations, 0));
  const rows = await tableRows(page, 'channels-table');
  assert.deepEqual(rows.map((r) => r[0].split(/⚠|Outlier/)[0].trim()), want.channels.map((c) => c.channel));
  assert.equal(await el(page, '#agents-table').count(), 0);
  assert.match(await text(page, '#note-quantiles'), /4\.76%.*171 duration buckets/);
  app.checkRequests(assert);
}));

test('an unclear file: the page asks which kind before running', () => withSession(async ({ browser, origin }) => {
  const path = join(tmpdir(), `polso-e2e-unclear-${process.pid}.csv`);
  await writeFile(path, 'a,b,c\nx1,2024-01-05,10\nx2,2024-02-07,20\nx1,2024-03-01,5\n');
  try {
    const app = await openApp(browser, origin, FILE_VIEW);
    const { page } = app;
    await upload(page, path, 'choosing');
    assert.equal(await text(page, '#dataset-question'), 'Which kind of file is this?');
    assert.match(await text(page, '[data-field=dataset] .reason'), /not say for sure/);
    assert.equal(await el(page, '.report .preview-table tbody tr').count(), 3);
    assert.equal(await page.evaluate(() => document.querySelector('polso-analysis').report), null);
    // choose Orders, map the columns by hand
    const guessed = await page.evaluate(() => document.querySelector('polso-analysis').picker.guess.dataset);
    await el(page, '#sel-dataset').selectOption('orders');
    assert.equal(await state(page), 'choosing');
    // the hint follows the choice: no "could be a survey export" under Orders
    assert.notEqual(guessed, 'orders');
    assert.equal(await text(page, '[data-field=dataset] .reason'), 'Set by you.');
    await el(page, '#dataset-run').click();
    await waitFor(page, 'error', null);
    assert.match(await text(page, '[data-field=customer_column] .field-error'), /\S/);
    await choose(page, 'customer_column', { label: 'a' }, 'error');
    await choose(page, 'date_column', { label: 'b' }, 'error');
    await choose(page, 'amount_column', { label: 'c' });
    assert.equal(await text(page, '#stat-customers'), '2');
    assert.equal(await text(page, '#stat-revenue'), '35');
    app.checkRequests(assert);
  } finally {
    await rm(path, { force: true });
  }
}));

test('pre-aggregated counts: chosen in the kind dropdown, re-run with the count column', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, FILE_VIEW);
  const { page } = app;
  await el(page, 'summary').filter({ hasText: 'paste' }).click();
  await el(page, '#paste').fill('score,count,channel\n10,5,web\n9,3,web\n0,2,app\n');
  await el(page, '#paste-run').click();
  await waitFor(page, 'done', null);
  assert.equal(await el(page, '#sel-dataset').inputValue(), 'survey');
  assert.equal(await text(page, '#overall-value'), '33.33 points'); // three answers: 10, 9, 0
  await choose(page, 'dataset', 'survey-counts');
  assert.equal(await text(page, '#overall-value'), '60 points'); // 8 promoters, 2 detractors of 10
  assert.equal(await el(page, '#sel-count_column').inputValue(), '2');
  app.checkRequests(assert);
}));

test('orders counts from a warehouse: recognised by their header, the orders view with the reference figures, no period to pick', () => withSession(async ({ browser, origin }) => {
  // tests/core/datasets/orders_counts_reference.py: five customers over four months.
  const csv = ['period,cohort,active,new,retained,reactivated,lost,orders,refunds,revenue,refund_amount,first_order,last_order,'
    + 'repeat_customers,lifespan_days,refund_only_customers,first_time_customers,first_time_revenue,loyal_customers,'
    + 'loyal_revenue,at_risk_customers,at_risk_revenue',
  '2025-01,,2,2,0,0,0,2,0,180,0,2025-01-10,2025-01-15,1,102,0,1,60,1,180,1,60',
  '2025-02,,2,1,1,0,1,2,1,70,20,2025-02-01,2025-02-05,1,31,0,0,0,0,0,0,0',
  '2025-03,,1,0,1,0,1,1,2,-15,75,2025-03-03,2025-03-03,0,0,1,0,0,0,0,0,0',
  '2025-04,,2,1,0,1,1,2,0,55,0,2025-04-02,2025-04-20,0,1,0,1,25,0,0,0,0',
  ...['2025-01,2025-01,2', '2025-02,2025-01,1,,1', '2025-04,2025-01,1', '2025-02,2025-02,1', '2025-03,2025-02,1,,1', '2025-04,2025-04,1']
    .map((r) => { const [p, c, a, , ret = '0'] = r.split(','); return `${p},${c},${a},,${ret}` + ','.repeat(17); })].join('\n') + '\n';
  const app = await openApp(browser, origin, FILE_VIEW);
  const { page } = app;
  await el(page, 'summary').filter({ hasText: 'paste' }).click();
  await el(page, '#paste').fill(csv);
  await el(page, '#paste-run').click();
  await waitFor(page, 'done', null);
  assert.equal(await el(page, '#sel-dataset').inputValue(), 'orders-counts');
  assert.equal(await el(page, '#dataset-question').count(), 0, 'sure: no question');
  assert.equal(await el(page, '#sel-period').count(), 0, 'the file fixed the period');
  assert.equal(await text(page, '#stat-customers'), '4');
  assert.equal(await text(page, '#stat-revenue'), '290');
  assert.equal(await text(page, '#stat-historical-clv'), en(24.047029702970296));
  assert.equal(await text(page, '#stat-predicted-clv'), en(69.04761904761905));
  assert.deepEqual((await tableRows(page, 'order-periods-table')).map((r) => r[0]), ['2025-01', '2025-02', '2025-03', '2025-04']);
  assert.equal((await tableRows(page, 'cohort-table')).length, 3);
  app.checkRequests(assert);
}));

test('the single offline file recognises and shows an orders export too', () => withSession(async ({ browser }) => {
  const app = await openPage(browser, { offline: true });
  const { page } = app;
  await page.goto(`file://${dist}/polso.html#view=file&l=it`);
  await ready(page);
  app.markLoaded();
  await upload(page, orders('italian.csv'));
  assert.equal(await el(page, '#sel-dataset').inputValue(), 'orders');
  const want = await cli(orders('italian.csv'), '--dataset', 'orders', '--lang', 'it');
  assert.equal(await text(page, '#stat-customers'), String(want.summary.customers));
  assert.equal(await text(page, '#stat-revenue'), new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2, useGrouping: 'always' }).format(want.summary.revenue));
  assert.equal((await tableRows(page, 'order-channels-table')).length, want.channels.length);
  app.checkRequests(assert);
}));

test('1,000,000 customers through the upload path: done, worker memory under 512 MiB', { timeout: 600000 }, () => withSession(async ({ browser, origin }) => {
  const path = join(tmpdir(), `polso-e2e-orders-1m-${process.pid}.csv`);
  await millionCustomers(path);
  try {
    const app = await openApp(browser, origin, FILE_VIEW);
    const { page } = app;
    await page.evaluate(() => {
      document.querySelector('polso-analysis').worker.addEventListener('message', ({ data }) => {
        if (data?.type === 'done') window.polsoDone = { wasmMemoryBytes: data.wasmMemoryBytes, elapsedMs: data.elapsedMs, readMs: data.readMs, feedMs: data.feedMs };
      });
    });
    await upload(page, path, 'done', 300000);
    const done = await page.evaluate(() => window.polsoDone);
    console.log(`1,000,000 customers / 2,000,000 orders: wasmMemoryBytes ${done.wasmMemoryBytes} (${(done.wasmMemoryBytes / 2 ** 20).toFixed(0)} MiB), ${Math.round(done.elapsedMs)} ms (read ${Math.round(done.readMs)}, feed ${Math.round(done.feedMs)})`);
    assert.ok(done.wasmMemoryBytes < 512 * 2 ** 20, `${done.wasmMemoryBytes} bytes`);
    assert.equal(await text(page, '#stat-customers'), '1,000,000');
    assert.match(await text(page, '[data-stat=customers]'), /2,000,000 orders/);
    assert.equal((await tableRows(page, 'order-periods-table')).length, 24);
    app.checkRequests(assert);
  } finally {
    await rm(path, { force: true });
  }
}));

test('screenshots of the orders and conversations views (desktop, 375 px, 320 px): no horizontal overflow', () => withSession(async ({ browser, origin }) => {
  await mkdir(shots, { recursive: true });
  const support = join(tmpdir(), `polso-e2e-support-shot-${process.pid}.csv`);
  await writeFile(support, conversationsCsv());
  try {
    for (const [name, file] of [['orders', orders('shop.csv')], ['conversations', support]]) {
      for (const [size, viewport, scheme] of [['desktop', { width: 1280, height: 800 }, 'light'], ['phone', { width: 375, height: 800 }, 'light'],
        ['phone-dark', { width: 375, height: 800 }, 'dark'], ['320', { width: 320, height: 640 }, 'light']]) {
        const app = await openApp(browser, origin, FILE_VIEW, { viewport, colorScheme: scheme });
        const { page } = app;
        await upload(page, file);
        if (name === 'orders') await el(page, '#definitions summary').click();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${name} ${size}: ${overflow}px horizontal overflow`);
        await page.screenshot({ path: `${shots}${name}-${size}.png`, fullPage: true });
        app.checkRequests(assert);
        await app.context.close();
      }
    }
  } finally {
    await rm(support, { force: true });
  }
}));

// customer ids C0000001…C1000000, 2 orders each, dates over two years (2023–2024).
async function millionCustomers(path) {
  let seed = 42;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const days = Array.from({ length: 731 }, (_, i) => new Date(Date.UTC(2023, 0, 1) + i * 86400000).toISOString().slice(0, 10));
  const out = createWriteStream(path);
  const write = (s) => new Promise((ok) => (out.write(s) ? ok() : out.once('drain', ok)));
  await write('customer,date,amount\n');
  let buf = [];
  for (let i = 1; i <= 1_000_000; i++) {
    const id = `C${String(i).padStart(7, '0')}`;
    const a = Math.floor(rnd() * 731), b = Math.min(730, a + Math.floor(rnd() * 120));
    buf.push(`${id},${days[a]},${(5 + rnd() * 95).toFixed(2)}\n${id},${days[b]},${(5 + rnd() * 95).toFixed(2)}\n`);
    if (buf.length === 10000) { await write(buf.join('')); buf = []; }
  }
  if (buf.length) await write(buf.join(''));
  await new Promise((ok) => out.end(ok));
}

async function streamText(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}
