// Issue 11 item 1 in the browser: the hosted page's analysis worker loads
// polso-simd.wasm where the browser validates SIMD128 (Chromium does), and
// nothing else of the two builds; where the SIMD build cannot be had (here:
// its request fails) it falls back to polso.wasm, and every report is the
// same. tests/wasm/simd-build.test.mjs compares the two builds on every
// fixture; tests/web/wasm-build.test.mjs the choice in a browser without SIMD.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withSession, openPage, ready, uploadFile, root } from './helpers.mjs';
import { grown, quotedBreaks } from './big-files.mjs';

const wasmFetched = (rec) => [...new Set(rec.all.filter((u) => u.endsWith('.wasm')).map((u) => u.replace(/.*\//, '')))].sort();
const report = (page) => page.evaluate(() => JSON.stringify(document.querySelector('polso-analysis').report));

const files = [
  join(root, 'tests/data/exports/shopify/orders_export_lines.csv'),
  join(root, 'tests/data/csv/typeform.csv'),
  join(root, 'tests/data/exports/zendesk/tickets.csv'),
];

// Opens the page (failing `blocked` requests), drops each file; the reports and what was fetched.
async function reportsOf(browser, origin, blocked, extra) {
  const app = await openPage(browser, { origin });
  if (blocked) await app.context.route(`**/${blocked}`, (r) => r.abort());
  await app.page.goto(`${origin}/index.html`);
  await ready(app.page);
  app.markLoaded();
  const reports = [];
  for (const f of [...files, ...extra]) {
    await uploadFile(app.page, f, 'done', 60000);
    reports.push(await report(app.page));
  }
  return { reports, wasm: wasmFetched(app.rec), app };
}

test('the SIMD build where the browser has SIMD; the scalar one when it fails; the same reports', () => withSession(async ({ browser, origin }) => {
  const big = join(tmpdir(), `polso-simd-${process.pid}.csv`);
  const broken = join(tmpdir(), `polso-simd-quoted-${process.pid}.csv`);
  writeFileSync(big, grown('exports/delighted/nps.csv', 3 << 20));
  writeFileSync(broken, quotedBreaks(2 << 20));
  try {
    const simd = await reportsOf(browser, origin, null, [big, broken]);
    assert.deepEqual(simd.wasm, ['polso-calc.wasm', 'polso-simd.wasm'], 'Chromium has SIMD: only the SIMD build is fetched');
    simd.app.checkRequests(assert);

    const scalar = await reportsOf(browser, origin, 'polso-simd.wasm', [big, broken]);
    assert.deepEqual(scalar.wasm, ['polso-calc.wasm', 'polso-simd.wasm', 'polso.wasm'], 'the SIMD build failed: the scalar one was fetched');
    assert.deepEqual(scalar.app.rec.afterLoad, [], 'no request after load');
    assert.equal(scalar.reports.length, simd.reports.length);
    scalar.reports.forEach((r, i) => {
      assert.match(r, /"ok":true/);
      assert.equal(r, simd.reports[i], `file ${i}: the same report from both builds`);
    });
  } finally {
    rmSync(big, { force: true });
    rmSync(broken, { force: true });
  }
}));
