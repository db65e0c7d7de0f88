// Orders at warehouse scale, for real: generated orders → the raw file's
// report, and the same orders loaded into DuckDB and PostgreSQL → the doc's
// orders-counts query, run as written → its CSV → the counts report. The two
// reports must be the same (counts exactly, money to 1e-9), by month, ISO
// week and quarter: churn, retention, repeat purchase, frequency, lifespan,
// both CLVs, cohorts, segments and channels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { orderRecords } from '../../scripts/gen-orders.mjs';
import { blockName, readDoc, runnableEngines } from './sql-blocks.mjs';
import { openEngine } from './engines.mjs';
import { analyze, columnArgs } from './polso.mjs';
import { parseCsv, scratchDir, writeRawCsv } from './raw-csv.mjs';
import { assertSameReport } from './same-report.mjs';
import { periodKey } from './period-key.mjs';

const { blocks } = readDoc();
const orderBlocks = blocks.filter((b) => b.dataset === 'orders-counts');
const source = orderBlocks[0]?.source;

// The generator's orders (refunds, cancelled and failed orders, returns after
// a gap, two year ends), and rows the query must treat as Polso does: no
// customer, no amount, no date, a blank channel, an e-mail written with
// capitals, a status with capitals and spaces, a free order, the days where
// ISO weeks, years and quarters part.
function orders(customers) {
  const out = [...orderRecords(customers, 11)];
  const row = (order_id, customer_id, ordered_at, amount, status = 'paid', channel = 'web') =>
    out.push({ order_id, customer_id, ordered_at, amount, status, channel });
  row('X1', null, '2025-06-01 10:00:00', '20.00');
  row('X2', 'C0000001', '2025-06-01 10:00:00', null);
  row('X3', 'C0000001', null, '20.00');
  row('X4', 'C0000002', '2025-06-02 10:00:00', '15.00', 'paid', null);
  row('X5', 'Ann@Example.com', '2025-12-29 08:00:00', '30.00');            // ISO 2026-W01
  row('X6', 'ann@example.com', '2027-01-01 09:00:00', '40.00', ' Paid ');  // ISO 2026-W53
  row('X7', 'ann@example.com', '2027-01-02 09:00:00', '-40.00', 'Refunded');
  row('X8', 'C0000003', '2026-03-31 23:59:59', '0.00');                    // a free order, the last second of Q1
  row('X9', 'C0000003', '2026-04-01 00:00:00', '12.50', 'PENDING');
  row('X10', 'refunds only', '2025-02-03 12:00:00', '-9.99', 'refunded');
  return out;
}

// Orders per period, worked out here without Polso or SQL: the rows with a
// customer, a date, an amount ≥ 0 and a status that is not "not paid".
function expectedOrders(records, period) {
  const notPaid = new Set(['cancelled', 'failed', 'pending']);
  const counts = new Map();
  for (const r of records) {
    if (!r.customer_id || !r.ordered_at || r.amount === null || Number(r.amount) < 0) continue;
    if (notPaid.has(r.status.trim().toLowerCase())) continue;
    const key = periodKey(r.ordered_at, period);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

// Everything the report says about the orders; not how the file was read
// (its columns, rows and skipped lines differ by nature), nor what a counts
// file cannot know: summary.revenue_from (null from counts).
const compared = ['period', 'summary', 'periods', 'cohorts', 'segments', 'channels'];
const figures = (report) => ({
  ...report,
  summary: { ...report.summary, revenue_from: null },
  warning_codes: report.warnings.map((w) => w.code).sort(),
});

for (const engine of runnableEngines) {
  test(`orders: the raw file and ${engine}'s counts give the same report`, async (t) => {
    const dir = scratchDir();
    const db = await openEngine(engine);
    try {
      const records = orders(3000);
      const raw = writeRawCsv(dir, source, records);
      const mine = orderBlocks.filter((b) => b.engine === engine);
      assert.deepEqual(mine.map((b) => b.period).sort(), ['month', 'quarter', 'week'], `${engine}'s orders-counts queries`);
      for (const b of mine) {
        await t.test(blockName(b), async () => {
          const period = ['--period', b.period];
          const expected = figures(analyze(raw, 'orders', [...period, ...columnArgs(source)]));
          const csv = await db.run(source, raw, b.sql);
          const rows = parseCsv(csv).filter((r) => !r.cohort && !r.channel);
          const got = new Map(rows.filter((r) => Number(r.orders) > 0).map((r) => [r.period, Number(r.orders)]));
          assert.deepEqual(got, expectedOrders(records, b.period), 'the query\'s orders per period');
          const counts = join(dir, `counts-${engine}-${b.period}.csv`);
          writeFileSync(counts, csv);
          const actual = figures(analyze(counts, 'auto', period));
          assert.equal(actual.detected?.dataset, 'orders-counts', 'auto-detected');
          assertSameReport(actual, expected, [...compared, 'warning_codes'], { label: blockName(b) });
        });
      }
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
