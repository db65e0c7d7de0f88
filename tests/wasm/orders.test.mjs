// Orders files through the wasm module (fed in chunks as the web worker
// does) and through the CLI give byte-identical reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, runCli, prng } from './helpers.mjs';

const { default: factory } = await import(`${root}dist/polso.js`);
const module = await factory({ wasmBinary: readFileSync(`${root}dist/polso.wasm`) });
const fixtures = `${root}tests/data/orders`;

function analyseInWasm(bytes, options, chunkSizes) {
  const a = new module.Analysis(JSON.stringify(options));
  try {
    let offset = 0, i = 0;
    while (offset < bytes.length) {
      const size = chunkSizes[i++ % chunkSizes.length];
      const failure = a.feed(bytes.subarray(offset, offset + size));
      if (failure) return failure;
      offset += size;
    }
    return a.finish();
  } finally {
    a.delete();
  }
}

test('every orders fixture: wasm with random chunks equals the CLI', () => {
  const rand = prng(11);
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.csv'));
  assert.ok(files.length >= 6);
  for (const file of files) {
    for (const extra of [[], ['--period', 'week', '--gross-margin', '40', '--cac', '25']]) {
      const cli = runCli(['analyze', join(fixtures, file), '--dataset', 'orders', '--lang', 'en', ...extra]);
      const options = { dataset: 'orders', lang: 'en' };
      for (let i = 0; i < extra.length; i += 2) options[extra[i].slice(2).replace('-', '_')] = extra[i + 1];
      const chunks = Array.from({ length: 8 }, () => 1 + Math.floor(rand() * 40));
      const wasm = analyseInWasm(readFileSync(join(fixtures, file)), options, chunks);
      assert.equal(wasm, cli.stdout, `${file} ${extra.join(' ')}`);
      const r = JSON.parse(wasm);
      assert.equal(r.ok, true, file);
      assert.equal(r.rows.read, r.rows.used + r.rows.skipped, `${file}: rows add up`);
      for (const p of r.periods) assert.equal(p.active, p.new + p.retained + p.reactivated, `${file} ${p.period}`);
    }
  }
});

test('the shop fixture has the documented shape and numbers', () => {
  const r = JSON.parse(runCli(['analyze', join(fixtures, 'shop.csv'), '--dataset', 'orders', '--lang', 'it']).stdout);
  assert.equal(r.dataset, 'orders');
  assert.deepEqual(Object.keys(r.summary).slice(0, 3), ['customers', 'orders', 'refunds']);
  assert.equal(r.summary.customers, 6);
  assert.equal(r.summary.revenue, 755);
  assert.deepEqual(r.periods.map((p) => [p.period, p.customers_start, p.new, p.retained, p.reactivated, p.lost]),
    [['2023-01', 0, 3, 0, 0, 0], ['2023-02', 3, 1, 1, 0, 2], ['2023-03', 2, 1, 1, 0, 1], ['2023-04', 2, 1, 1, 1, 1]]);
  assert.deepEqual(r.cohorts.months, [0, 1, 2, 3]);
  assert.deepEqual(r.cohorts.rows[2], { cohort: '2023-03', size: 1, active: [1, 1], retention: [100, 100] });
  assert.deepEqual(r.segments.at_risk, { customers: 1, revenue: 25, revenue_share: 25 / 755 * 100 });
  assert.ok(r.definitions.reactivated.en.length > 0 && r.definitions.reactivated.it.length > 0);
  assert.deepEqual(r.skipped_reasons.duplicate_order.rows, [11]);
});

test('a file without an amount column is an error value in both doors', () => {
  const bytes = new TextEncoder().encode('customer,date,note\nA,2024-01-01,hi\n');
  const r = JSON.parse(analyseInWasm(bytes, { dataset: 'orders', lang: 'it' }, [5]));
  assert.equal(r.ok, false);
  assert.equal(r.error.field, 'amount_column');
});

// The orders export fixtures (tests/data/exports/<vendor>/, figures from
// reference/orders.py): the wasm module, fed in random chunks, gives the CLI's
// bytes and the reference's figures.
const exportsRoot = `${root}tests/data/exports`;
const orderVendors = ['shopify', 'woocommerce', 'prestashop', 'stripe', 'paypal', 'square', 'etsy', 'invoice_ledger', 'orders_generic'];

function at(report, path) {
  return path.split('.').reduce((j, k) => (j == null ? undefined : j[k]), report);
}

test('every orders export fixture: wasm equals the CLI and the reference figures', () => {
  const rand = prng(15);
  let checked = 0;
  for (const vendor of orderVendors) {
    for (const name of readdirSync(join(exportsRoot, vendor)).filter((f) => f.endsWith('.expected.json'))) {
      const spec = JSON.parse(readFileSync(join(exportsRoot, vendor, name), 'utf8'));
      const csv = join(exportsRoot, vendor, name.replace('.expected.json', '.csv'));
      const chunks = Array.from({ length: 8 }, () => 1 + Math.floor(rand() * 200));
      const wasm = analyseInWasm(readFileSync(csv), spec.options, chunks);
      const cli = runCli(['analyze', csv, '--dataset', spec.options.dataset, '--lang', spec.options.lang]);
      assert.equal(wasm, cli.stdout, csv);
      const r = JSON.parse(wasm);
      for (const [path, want] of Object.entries(spec.expect)) {
        const got = at(r, path);
        if (typeof want === 'number') assert.ok(Math.abs(got - want) <= Math.max(1e-6, 1e-9 * Math.abs(want)), `${csv}: ${path} ${got} ≠ ${want}`);
        else assert.deepEqual(got, want, `${csv}: ${path}`);
      }
      checked += 1;
    }
  }
  assert.ok(checked >= 13, `only ${checked} fixtures`);
});
