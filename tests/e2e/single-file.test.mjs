// The single offline file (dist/polso.html) opened from file:// with the
// network blocked reads a dropped file in a worker started from a blob: URL,
// with part workers for a large one (issue 11 item 2): the page stays
// responsive during a 24 MB read, the report is byte-identical with one
// worker, two part workers and the hosted page's worker, nothing is
// requested, a cancel stops the parts, a workbook gives the hosted page's
// report, and where no worker can start the main-thread reading still works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withSession, openPage, openApp, ready, uploadFile, dist, root } from './helpers.mjs';
import { grown, quotedBreaks } from './big-files.mjs';

async function openSingle(browser, init = null) {
  const app = await openPage(browser, { offline: true });
  if (init) await app.context.addInitScript(init);
  await app.page.goto(`file://${dist}/polso.html#view=file&l=en`);
  await ready(app.page);
  app.markLoaded();
  return app;
}

// Runs `text` (as a File; bytes: an array of numbers) on the worker the page's
// analysis view uses (or, for the hosted page, a fresh dist/analysis-worker.js)
// with `workers` ranges.
function analyse(page, text, options, workers, { fresh = false } = {}) {
  return page.evaluate(([t, o, n, f]) => new Promise((ok) => {
    if (Array.isArray(t)) t = new Uint8Array(t);
    const w = f ? new Worker('analysis-worker.js', { type: 'module' }) : document.querySelector('polso-analysis').worker;
    const id = `single-test-${n}-${Math.random()}`;  // the view ignores replies to another job's id
    const onMessage = ({ data }) => {
      if (data.id !== id || data.type === 'progress') return;
      w.removeEventListener('message', onMessage);
      if (f) w.terminate();
      ok({ type: data.type, report: JSON.stringify(data.report ?? data.error), parts: data.parts ?? null });
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ type: 'start', id, file: new File([t], 'big.csv'), options: o, workers: n, partMinBytes: 0,
      chunkBytes: 256 * 1024 });
  }), [text, options, workers, fresh]);
}

test('polso.html from file://: a 24 MB file read in a worker while the page keeps painting', { timeout: 180000 }, () => withSession(async ({ browser }) => {
  const path = join(tmpdir(), `polso-single-${process.pid}.csv`);
  writeFileSync(path, quotedBreaks(24 << 20));
  try {
    const app = await openSingle(browser);
    const { page } = app;
    assert.equal(await page.evaluate(() => document.querySelector('polso-analysis').worker instanceof Worker), true,
      'a real worker, not the main-thread stand-in');
    // Frames painted while the file is read, and the longest gap between two.
    await page.evaluate(() => {
      const w = document.querySelector('polso-analysis').worker;
      window.frames_ = { count: 0, maxGap: 0, last: 0, running: true };
      const tick = (now) => {
        const f = window.frames_;
        if (f.last) f.maxGap = Math.max(f.maxGap, now - f.last);
        f.last = now;
        f.count++;
        if (f.running) requestAnimationFrame(tick);
      };
      w.addEventListener('message', ({ data }) => {
        if (data?.type === 'progress' && !window.frames_.started) { window.frames_.started = performance.now(); requestAnimationFrame(tick); }
        if (data?.type === 'done') Object.assign(window.frames_, { running: false, elapsedMs: performance.now() - window.frames_.started, workers: data.workers, parts: data.parts });
      });
    });
    await uploadFile(page, path, 'done', 150000);
    const f = await page.evaluate(() => window.frames_);
    console.log(`polso.html, 24 MB: ${Math.round(f.elapsedMs)} ms, ${f.count} frames, longest gap ${Math.round(f.maxGap)} ms, ${JSON.stringify(f.parts)}`);
    assert.ok(f.count >= 10, `frames painted during the read: ${f.count}`);
    assert.ok(f.maxGap < 250, `the page kept painting: the longest gap between frames ${Math.round(f.maxGap)} ms`);
    const report = await page.evaluate(() => document.querySelector('polso-analysis').report);
    assert.ok(report?.n > 0, 'a report is shown');
    app.checkRequests(assert);
  } finally {
    rmSync(path, { force: true });
  }
}));

test('polso.html: two part workers give the report of one and of the hosted page, byte for byte', { timeout: 180000 }, () => withSession(async ({ browser, origin }) => {
  const single = await openSingle(browser);
  const hosted = await openApp(browser, origin);
  const files = [
    ['generated: quoted line breaks on the cuts', quotedBreaks(4 << 20), { dataset: 'survey', metric: 'nps', lang: 'en' }],
    ['conversations/basic.csv', grown('conversations/basic.csv', 3 << 20), { dataset: 'auto', lang: 'it' }],
  ];
  for (const [name, text, options] of files) {
    const one = await analyse(single.page, text, options, 1);
    assert.equal(one.type, 'done', `${name}: ${one.report.slice(0, 300)}`);
    assert.equal(one.parts, null, `${name}: one worker reads in sequence`);
    const two = await analyse(single.page, text, options, 2);
    assert.equal(two.type, 'done', name);
    assert.ok(two.parts?.ranges >= 2 && two.parts.workers === 2, `${name}: read in parts (${JSON.stringify(two.parts)})`);
    assert.equal(two.report, one.report, `${name}: two part workers`);
    const page = await analyse(hosted.page, text, options, 1, { fresh: true });
    assert.equal(page.report, one.report, `${name}: the hosted page's worker`);
  }
  single.checkRequests(assert);
}));

test('polso.html: cancel stops a reading in parts, and the next file is read', () => withSession(async ({ browser }) => {
  const app = await openSingle(browser);
  const text = quotedBreaks(8 << 20);
  const result = await app.page.evaluate((t) => new Promise((ok) => {
    const w = document.querySelector('polso-analysis').worker;
    let sent = false;
    const onMessage = ({ data }) => {
      if (data.id !== 'cancel-me') return;
      if (data.type === 'progress' && data.bytes > 0 && !sent) { sent = true; w.postMessage({ type: 'cancel' }); return; }
      if (data.type !== 'progress') { w.removeEventListener('message', onMessage); ok(data.type); }
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ type: 'start', id: 'cancel-me', file: new File([t], 'big.csv'), options: { dataset: 'survey', metric: 'nps' },
      workers: 2, partMinBytes: 0, chunkBytes: 256 * 1024 });
  }), text);
  assert.equal(result, 'cancelled');
  const next = await analyse(app.page, text, { dataset: 'survey', metric: 'nps', lang: 'en' }, 2);
  assert.equal(next.type, 'done');
  assert.ok(next.parts?.ranges >= 2, JSON.stringify(next.parts));
  app.checkRequests(assert);
}));

test('polso.html: a workbook read in its worker gives the hosted page\'s report', () => withSession(async ({ browser, origin }) => {
  const single = await openSingle(browser);
  const hosted = await openApp(browser, origin);
  for (const name of ['survey_nps.xlsx', 'ordini_it.ods']) {
    const bytes = [...readFileSync(`${root}tests/data/workbooks/${name}`)];
    const got = await analyse(single.page, bytes, { dataset: 'auto', lang: 'it' }, 1);
    assert.equal(got.type, 'done', `${name}: ${got.report.slice(0, 300)}`);
    const want = await analyse(hosted.page, bytes, { dataset: 'auto', lang: 'it' }, 1, { fresh: true });
    assert.equal(got.report, want.report, name);
  }
  single.checkRequests(assert);
}));

test('polso.html where no worker can start: read on the main thread, same report', () => withSession(async ({ browser }) => {
  const text = grown('csv/typeform.csv', 1 << 20);
  const options = { dataset: 'auto', lang: 'en' };
  const withWorker = await openSingle(browser);
  const want = await analyse(withWorker.page, text, options, 1);
  const noWorker = await openSingle(browser, () => {
    window.Worker = class { constructor() { throw new Error('no workers here'); } };
  });
  assert.equal(await noWorker.page.evaluate(() => document.querySelector('polso-analysis').worker.inPage), true);
  const got = await analyse(noWorker.page, text, options, 1);
  assert.equal(got.type, 'done');
  assert.equal(got.report, want.report);
  noWorker.checkRequests(assert);
}));
