// Issue 11 item 2 in the browser: the page's analysis worker reads a large
// file in byte ranges with part workers (each its own wasm instance) and
// merges their states; the report is byte-identical to one worker's, for
// survey and conversations fixtures grown past a head, generated orders with
// line-item rows, and for a generated
// survey whose quoted comments hold line breaks on the range cuts. No
// request happens after load (the part workers and their compiled wasm are
// ready by then), and a cancel stops the parts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withSession, openApp, uploadFile } from './helpers.mjs';
import { grown, quotedBreaks } from './big-files.mjs';

// Runs the page's analysis worker on `text` (as a File) with `workers` ranges.
function analyse(page, text, options, workers) {
  return page.evaluate(([t, o, n]) => new Promise((ok) => {
    const w = new Worker('analysis-worker.js', { type: 'module' });
    w.onmessage = ({ data }) => {
      if (data.type === 'progress') return;
      w.terminate();
      ok({ type: data.type, report: JSON.stringify(data.report ?? data.error), parts: data.parts ?? null });
    };
    w.postMessage({ type: 'start', file: new File([t], 'big.csv'), options: o, workers: n, partMinBytes: 0,
      chunkBytes: 256 * 1024 });
  }), [text, options, workers]);
}

test('several part workers give the report of one, byte for byte; no request after load', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  const cases = [
    ['csv/typeform.csv', { dataset: 'auto', lang: 'en' }],
    ['exports/delighted/nps.csv', { dataset: 'auto', lang: 'it' }],
    ['conversations/basic.csv', { dataset: 'auto', lang: 'en' }],
    ['exports/zendesk/tickets.csv', { dataset: 'auto', lang: 'en' }],
  ];
  const files = cases.map(([path, options]) => [path, grown(path, 3 << 20), options]);
  files.push(['generated: quoted line breaks on the cuts', quotedBreaks(4 << 20), { dataset: 'survey', metric: 'nps', lang: 'en' }]);
  for (const [name, text, options] of files) {
    const one = await analyse(page, text, options, 1);
    assert.equal(one.type, 'done', `${name}: ${one.report.slice(0, 300)}`);
    assert.equal(one.parts, null, `${name}: one worker reads in sequence`);
    for (const n of [2, 3, 4]) {
      const many = await analyse(page, text, options, n);
      assert.equal(many.type, 'done', name);
      assert.ok(many.parts && many.parts.ranges >= 2, `${name} with ${n}: read in parts (${JSON.stringify(many.parts)})`);
      assert.equal(many.report, one.report, `${name} with ${n} ranges`);
    }
  }
  // The workers this test starts load their script and wasm after load; nothing else may come.
  const after = app.rec.afterLoad.filter((u) => !/\/(analysis-worker\.js|polso(-simd)?\.wasm)$/.test(u));
  assert.deepEqual(after, [], 'no request but the test workers\' own after load');
  assert.deepEqual(app.rec.errors, []);
}));

test('the page itself: a file above the threshold, no request after load', () => withSession(async ({ browser, origin }) => {
  const path = join(tmpdir(), `polso-parts-${process.pid}.csv`);
  writeFileSync(path, quotedBreaks(9 << 20));
  try {
    const app = await openApp(browser, origin, 'index.html#view=file&l=en');
    await uploadFile(app.page, path, 'done', 60000);
    const report = await app.page.evaluate(() => document.querySelector('polso-analysis').report);
    assert.ok(report?.overall ?? report?.metric, 'a report is shown');
    app.checkRequests(assert);
  } finally {
    rmSync(path, { force: true });
  }
}));

test('cancel stops a reading in parts', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const text = quotedBreaks(8 << 20);
  const result = await app.page.evaluate((t) => new Promise((ok) => {
    const w = new Worker('analysis-worker.js', { type: 'module' });
    let sent = false;
    w.onmessage = ({ data }) => {
      if (data.type === 'progress' && data.bytes > 0 && !sent) { sent = true; w.postMessage({ type: 'cancel' }); return; }
      if (data.type !== 'progress') { w.terminate(); ok(data.type); }
    };
    w.postMessage({ type: 'start', file: new File([t], 'big.csv'), options: { dataset: 'survey', metric: 'nps' }, workers: 4,
      partMinBytes: 0, chunkBytes: 256 * 1024 });
  }), text);
  assert.equal(result, 'cancelled');
}));

// Orders are read in parts too (money in micro-units, order ids merged):
// Shopify-style line items, so most cuts fall inside an order, give the
// report of one worker byte for byte. A fixture grown by repeating its rows
// repeats its order ids across ranges: the merge would differ, so the core
// refuses it and the file is read in sequence — the same report again.
function lineItemOrders(orders) {
  let csv = 'Name,Email,Financial Status,Total,Lineitem quantity,Lineitem price,Created at,Source\n';
  let seed = 11;
  const next = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let i = 0; i < orders; i++) {
    const status = next(17) === 0 ? 'refunded' : 'paid';
    const day = `2025-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')} 10:00:00 +0100`;
    csv += `#${10000 + i},c${next(5000)}@example.org,${status},${(next(20000) / 100 + 1).toFixed(2)},1,9.99,${day},${next(3) ? 'web' : 'pos'}\n`;
    for (let k = next(4); k > 0; k--) csv += `#${10000 + i},,,,${1 + next(3)},${(next(5000) / 100).toFixed(2)},,\n`;
  }
  return csv;
}

test('orders are read in parts with the report of one worker; repeated order ids across ranges are read in sequence', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const text = lineItemOrders(50000);
  const options = { dataset: 'orders', lang: 'en' };
  const one = await analyse(app.page, text, options, 1);
  assert.equal(one.type, 'done', one.report.slice(0, 300));
  for (const n of [2, 3, 4]) {
    const many = await analyse(app.page, text, options, n);
    assert.equal(many.type, 'done');
    assert.ok(many.parts && many.parts.ranges >= 2, `line items with ${n}: read in parts (${JSON.stringify(many.parts)})`);
    assert.equal(many.report, one.report, `line items with ${n} ranges`);
  }
  for (const [path, o] of [['exports/shopify/orders_export_lines.csv', options],
    ['exports/shopify/orders_export.csv', { dataset: 'auto', lang: 'it' }]]) {
    const repeated = grown(path, 3 << 20);
    const single = await analyse(app.page, repeated, o, 1);
    assert.equal(single.type, 'done', `${path}: ${single.report.slice(0, 300)}`);
    const two = await analyse(app.page, repeated, o, 2);
    assert.equal(two.type, 'done', path);
    assert.equal(two.parts, null, `${path}: order ids repeat across ranges, read in sequence`);
    assert.equal(two.report, single.report, path);
  }
}));
