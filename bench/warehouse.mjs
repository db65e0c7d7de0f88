// The warehouse path at scale, measured: a table of N rows generated inside
// DuckDB (SQL range(), no CSV file), reduced by docs/at-scale.md's own DuckDB
// query to a counts CSV, then `polso analyze --dataset <dataset>` on it.
// Prints the times and the counts file's size (README, "At warehouse scale").
//
//   node bench/warehouse.mjs orders 100000000      # orders-counts (and any other orders block)
//   node bench/warehouse.mjs survey 100000000      # survey-counts
//
// The table lives in a temporary DuckDB file (it may not fit in memory),
// deleted after; DuckDB uses every core it is given (--threads N, default all).
// --doc FILE reads the queries from another copy of the doc; --keep DIR keeps
// the counts files there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { readDoc } from '../tests/warehouse/sql-blocks.mjs';

const [dataset = 'orders', rowsArg = '100000000'] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const flag = (name) => { const at = process.argv.indexOf(name); return at > 0 ? process.argv[at + 1] : null; };
const threads = flag('--threads') ? Number(flag('--threads')) : null;
const docFile = flag('--doc');  // another copy of the doc (a draft); default docs/at-scale.md
const keep = flag('--keep');     // a directory to keep the counts files in
const rows = Number(rowsArg);
const period = 'month';

// Each source table, generated from range(): deterministic pseudo-random
// columns from hash(i), of the doc's declared names and types.
const generators = {
  // 100 M answers over two years, seven channels, scores skewed like real NPS.
  survey: (n) => `CREATE TABLE answers AS
    SELECT CAST(least(10, hash(i) % 12) AS INTEGER) AS score,
           TIMESTAMP '2023-01-01' + to_seconds(CAST(hash(i + 1) % (730 * 86400) AS BIGINT)) AS submitted_at,
           ['email', 'web', 'app', 'phone', 'store', 'whatsapp', 'instagram'][1 + CAST(hash(i + 2) % 7 AS INTEGER)] AS channel
    FROM range(${n}) t(i)`,
  // N orders of N/20 customers over two years: each customer's first order at
  // a random day of the first year, the rest within a year after it; 3% refunds
  // (negative), 2% cancelled. One hash per row and one per customer.
  orders: (n) => `CREATE TABLE orders AS
    SELECT 'o' || i AS order_id,
           'c' || c AS customer_id,
           TIMESTAMP '2023-01-01' + to_seconds(CAST(hash(c) % (365 * 86400) + (h >> 8) % (365 * 86400) AS BIGINT)) AS ordered_at,
           CAST(CASE WHEN (h >> 40) % 100 < 3 THEN -1 ELSE 1 END * (5 + ((h >> 24) % 19500) / 100.0) AS DOUBLE) AS amount,
           CASE WHEN (h >> 40) % 100 < 3 THEN 'refunded' WHEN (h >> 40) % 100 < 5 THEN 'cancelled' ELSE 'paid' END AS status,
           ['web', 'app', 'store', 'marketplace'][1 + CAST(c % 4 AS INTEGER)] AS channel
    FROM (SELECT i, hash(i) AS h, hash(i) % ${Math.max(1, Math.floor(n / 20))} AS c FROM range(${n}) t(i))`,
};

const { blocks } = docFile ? readDoc(docFile) : readDoc();
const mine = blocks.filter((b) => b.engine === 'duckdb' && b.source.dataset === dataset && b.period === period);
if (!generators[dataset] || !mine.length) {
  console.error(`bench/warehouse: no DuckDB ${dataset} query by ${period} in docs/at-scale.md (or no generator)`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'polso-warehouse-bench-'));
const seconds = (t0) => (performance.now() - t0) / 1000;
try {
  const instance = await DuckDBInstance.create(join(dir, 'bench.duckdb'), threads ? { threads: String(threads) } : {});
  const db = await instance.connect();
  let t0 = performance.now();
  await db.run(generators[dataset](rows));
  console.log(`generate ${rows.toLocaleString('en')} ${dataset} rows in DuckDB: ${seconds(t0).toFixed(1)} s`);
  for (const b of mine) {
    const out = join(keep ?? dir, `${b.dataset}.csv`);
    t0 = performance.now();
    await db.run(`COPY (${b.sql}\n) TO '${out}' (FORMAT csv, HEADER)`);
    const reduce = seconds(t0);
    const bytes = statSync(out).size;
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n').length - 1;
    t0 = performance.now();
    const r = spawnSync(new URL('../build/bin/polso', import.meta.url).pathname, ['analyze', out, '--dataset', b.dataset, '--period', period],
      { encoding: 'utf8', maxBuffer: 1 << 28 });
    const analyse = seconds(t0);
    const report = JSON.parse(r.stdout || '{}');
    console.log(`${b.dataset}: DuckDB query ${reduce.toFixed(1)} s → ${bytes.toLocaleString('en')} bytes, ${lines.toLocaleString('en')} rows; ` +
      `polso analyze ${analyse.toFixed(3)} s (ok: ${report.ok}${report.ok ? '' : `, ${JSON.stringify(report.error)}`})`);
  }
  db.closeSync();
  instance.closeSync();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
