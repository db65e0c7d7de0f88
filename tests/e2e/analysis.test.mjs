// "Analyse a file": CSV files dropped on the page, analysed by the worker,
// with the report, its changeable dialect and columns, cancel, downloads, and
// hostile text from a file shown as inert text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdir, rm, stat } from 'node:fs/promises';
import { withSession, openApp, openPage, ready, root, dist, shots } from './helpers.mjs';

const csv = (name) => `${root}tests/data/csv/${name}`;
const e2e = (name) => `${root}tests/data/e2e/${name}`;
const FILE_VIEW = 'index.html#view=file&l=en';

// Chooses a file and waits for the analysis of *that* file to finish.
async function analyse(page, path, state = 'done') {
  const before = await page.evaluate(() => document.querySelector('polso-analysis').report);
  await page.locator('polso-analysis input[type=file]').setInputFiles(path);
  await waitState(page, state, before);
}

// Waits for data-state, and (for 'done') for a report other than `before`.
function waitState(page, state, before = undefined) {
  return page.waitForFunction(([s, prev]) => {
    const el = document.querySelector('polso-analysis');
    if (el.dataset.state !== s) return false;
    return s !== 'done' || prev === undefined || JSON.stringify(el.report) !== JSON.stringify(prev);
  }, [state, before], { timeout: 20000 });
}

// Changes a select and waits for the re-run it starts.
async function choose(page, id, option) {
  const before = await page.evaluate(() => document.querySelector('polso-analysis').report);
  await page.locator(`polso-analysis #sel-${id}`).selectOption(option);
  await waitState(page, 'done', before);
}

const value = (page) => page.locator('polso-analysis #overall-value').innerText();
const tableRows = (page, id) => page.locator(`polso-analysis #${id}`).evaluate((t) =>
  [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent.trim())));

test('an Italian Excel export: NPS, periods, segments, dialect; a changed column re-runs', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, FILE_VIEW);
  const { page } = app;
  assert.equal(await page.locator('#view-file').getAttribute('aria-current'), 'page');
  assert.equal(await page.locator('#calc-view').isVisible(), false);
  await analyse(page, csv('excel_it_sep.csv'));
  assert.equal(await value(page), '20 points');
  const periods = await tableRows(page, 'periods-table');
  assert.deepEqual(periods.map((r) => r[0]), ['2024-01', '2024-02', '2024-03', '2024-04']);
  assert.equal(await page.locator('polso-analysis svg.trend circle.point').count(), 4);
  assert.match(await page.locator('polso-analysis svg.trend').getAttribute('aria-label'), /2024-01: 33\.33, 2024-02: 0/);
  const segments = await tableRows(page, 'segments-table');
  assert.deepEqual(segments.map((r) => [r[0], r[1], r.at(-2)]),
    [['Negozio', '25 points', '4'], ['Online', '25 points', '4'], ['Telefono', '0 points', '2']]);
  // the dialect as detected, each in its own dropdown
  const sel = (id) => page.locator(`polso-analysis #sel-${id}`).inputValue();
  assert.equal(await sel('delimiter'), ';');
  assert.equal(await sel('decimal'), ',');
  assert.equal(await sel('date_order'), 'dmy');
  assert.equal(await sel('encoding'), 'utf-8');
  assert.equal(await sel('header_rows'), '1');
  assert.equal(await sel('segment_column'), '3');
  assert.match(await page.locator('polso-analysis [data-field=score_column] .reason').innerText(), /recommend|consigli/i);
  // the preview shows the first rows, the mapped columns tagged
  assert.equal(await page.locator('polso-analysis .preview-table tbody tr').count(), 10);
  assert.match(await page.locator('polso-analysis .preview-table thead').innerText(), /Probabilità di consigliarci[\s\S]*Score/i);

  // sorting the segments: keyboard-operable buttons in the headers, aria-sort
  const valueHeader = page.locator('polso-analysis #segments-table button[data-sort=value]');
  await valueHeader.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('polso-analysis #segments-table th:has(button[data-sort=value])').getAttribute('aria-sort'), 'ascending');
  assert.equal((await tableRows(page, 'segments-table'))[0][0], 'Telefono');
  await page.keyboard.press('Enter'); // focus stays on the button after re-rendering
  assert.equal(await page.locator('polso-analysis #segments-table th:has(button[data-sort=value])').getAttribute('aria-sort'), 'descending');
  assert.equal((await tableRows(page, 'segments-table'))[2][0], 'Telefono');

  // segment by customer: one segment per person, same overall value
  await choose(page, 'segment_column', { label: 'Cliente' });
  const byCustomer = await tableRows(page, 'segments-table');
  assert.equal(byCustomer.length, 10);
  const luca = byCustomer.find((r) => r[0] === 'Luca Verdi');
  assert.deepEqual([luca[1], luca.at(-2)], ['-100 points', '1']);
  assert.equal(await value(page), '20 points');
  assert.match(await page.locator('polso-analysis [data-field=segment_column] .reason').innerText(), /Chosen by you/);
  // no segment at all
  await page.locator('polso-analysis #sel-segment_column').selectOption({ label: '(none)' });
  assert.equal(await page.locator('polso-analysis #segments-table').count(), 0);
  assert.equal(await value(page), '20 points');
  // a wrong delimiter: the error is shown, with the settings to undo it
  await page.locator('polso-analysis #sel-delimiter').selectOption(',');
  await waitState(page, 'error');
  assert.match(await page.locator('polso-analysis #analysis-status').innerText(), /scores/);
  assert.equal(await sel('delimiter'), ',');
  assert.equal(await page.locator('polso-analysis .overall').count(), 0);
  await page.locator('polso-analysis #reset-settings').click();
  await page.waitForFunction(() => document.querySelector('polso-analysis').report?.dialect?.delimiter === ';');
  await waitState(page, 'done');
  assert.equal(await value(page), '20 points');
  app.checkRequests(assert);
}));

test('CSAT from a Windows-1252 file, in Italian: 57,14%, with the encoding warning', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, 'index.html#view=file&l=it');
  const { page } = app;
  assert.equal(await page.locator('#view-file').innerText(), 'Analizza un file');
  await analyse(page, csv('windows1252.csv'));
  await choose(page, 'metric', 'csat');
  assert.equal(await value(page), '57,14%');
  assert.match(await page.locator('polso-analysis .overall').innerText(), /Risposte: 7/);
  assert.equal(await page.locator('polso-analysis #sel-encoding').inputValue(), 'windows-1252');
  assert.match(await page.locator('polso-analysis .warnings').innerText(), /non è UTF-8/);
  // accents decoded from Windows-1252
  assert.match(await page.locator('polso-analysis .preview-table').innerText(), /Niccolò Bellè/);
  // English re-runs the small file: messages follow the language
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => /not UTF-8/.test(document.querySelector('polso-analysis').shadowRoot.querySelector('.warnings')?.textContent ?? ''));
  assert.equal(await value(page), '57.14%');
  assert.match(page.url(), /#view=file&l=en$/);
  app.checkRequests(assert);
}));

test('skipped rows are listed with their reason, count and line numbers', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, FILE_VIEW);
  const { page } = app;
  await analyse(page, e2e('skipped.csv'));
  assert.equal(await value(page), '25 points');
  const skipped = Object.fromEntries((await tableRows(page, 'skipped-table')).map((r) => [r[0], r.slice(1)]));
  assert.deepEqual(skipped['The score cell is empty.'], ['1', '3']);
  assert.deepEqual(skipped['The score is not a number.'], ['1', '7']);
  assert.deepEqual(skipped['The date could not be read.'], ['1', '9']);
  assert.equal(skipped["The score is outside the survey's scale."][1], '5');
  assert.match(await page.locator('polso-analysis .facts').innerText(), /16 rows read, 12 used, 4 skipped/);
  app.checkRequests(assert);
}));

test('a large file: progress, Cancel, then a small file works', () => withSession(async ({ browser, origin }) => {
  const big = join(tmpdir(), `polso-e2e-${process.pid}.csv`);
  await promisify(execFile)(process.execPath, [`${root}scripts/gen-survey.mjs`, big, '150']);
  try {
    assert.ok((await stat(big)).size > 150e6);
    const app = await openApp(browser, origin, FILE_VIEW);
    const { page } = app;
    await page.locator('polso-analysis input[type=file]').setInputFiles(big);
    await page.waitForFunction(() => Number(document.querySelector('polso-analysis').dataset.progressBytes) > 0, null, { timeout: 20000 });
    const text = await page.locator('polso-analysis .progress-text').innerText();
    assert.match(text, /MB of 15\d\.\d MB/);
    // the page stays responsive while the worker reads
    const t0 = Date.now();
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => ok())));
    assert.ok(Date.now() - t0 < 1000, 'main thread blocked');
    await page.locator('polso-analysis #cancel').click();
    await waitState(page, 'cancelled');
    assert.equal(await page.locator('polso-analysis .report').count(), 0);
    assert.equal(await page.locator('polso-analysis .progress').isVisible(), false);
    assert.match(await page.locator('polso-analysis #analysis-status').innerText(), /cancelled\. Ready/);
    assert.ok(await page.locator('polso-analysis input[type=file]').isEnabled());
    await analyse(page, csv('excel_it_sep.csv'));
    assert.equal(await value(page), '20 points');
    app.checkRequests(assert);
  } finally {
    await rm(big, { force: true });
  }
}));

test('hostile text from a file stays text; exported CSV cells cannot run as formulas', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, FILE_VIEW);
  const { page } = app;
  await page.evaluate(() => { window.alerted = false; window.alert = () => { window.alerted = true; }; });
  await analyse(page, e2e('hostile.csv'));
  const shadow = (sel) => page.evaluate((s) => document.querySelector('polso-analysis').shadowRoot.querySelectorAll(s).length, sel);
  assert.equal(await shadow('script'), 0);
  assert.equal(await shadow('img'), 0);
  assert.equal(await shadow('b'), 0);
  assert.match(await page.locator('polso-analysis .preview-table thead').innerText(), /<script>alert\(1\)<\/script>/);
  assert.match(await page.locator('polso-analysis .preview-table tbody').innerText(), /<img src=x onerror=alert\(2\)>/);
  assert.ok((await tableRows(page, 'segments-table')).some((r) => r[0] === '=HYPERLINK("http://example.com/x","click")'));
  assert.equal(await page.evaluate(() => window.alerted), false);

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('polso-analysis #download-segments').click()]);
  assert.equal(download.suggestedFilename(), 'hostile-nps-segments.csv');
  const body = (await streamText(await download.createReadStream())).replace(/^\ufeff/, '');
  const lines = body.trim().split('\r\n');
  assert.match(lines[0], /^segment,nps,n,band,(interval_low,interval_high,)?promoters,passives,detractors,promoters_pct,passives_pct,detractors_pct$/);
  assert.ok(lines.some((l) => l.startsWith(`"'=HYPERLINK(""http://example.com/x"",""click"")",100,2,`)), body);
  assert.ok(lines.some((l) => l.startsWith("'+cmd,-100,1,")), body);
  assert.ok(lines.some((l) => l.startsWith("'@sum,100,1,")), body);
  assert.ok(lines.some((l) => l.startsWith('shop,')));
  // the whole report as JSON
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('polso-analysis #download-json').click()]);
  const report = JSON.parse(await streamText(await json.createReadStream()));
  assert.equal(report.ok, true);
  assert.equal(report.headers[3], '<script>alert(1)</script>');
  app.checkRequests(assert);
}));

test('the views: from a calculator to the file analysis and back; pasted CSV text', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, 'index.html#m=nps&l=en&promoters=70&passives=20&detractors=10');
  const { page } = app;
  await page.getByRole('link', { name: 'Analyse a file' }).click();
  assert.match(page.url(), /#view=file&l=en$/);
  assert.equal(await page.locator('polso-analysis').isVisible(), true);
  assert.equal(await page.locator('polso-calculator').isVisible(), false);
  assert.equal(await page.title(), 'Analyse a file — Polso');
  await page.locator('polso-analysis summary').filter({ hasText: 'paste' }).click();
  await page.locator('polso-analysis #paste').fill('score,channel\n9,web\n10,app\n3,web\n');
  await page.locator('polso-analysis #paste-run').click();
  await waitState(page, 'done');
  assert.equal(await value(page), '33.33 points');
  // Italian keeps the view; the calculator keeps its numbers
  await page.getByRole('button', { name: 'Italiano' }).click();
  await page.waitForFunction(() => /punti/.test(document.querySelector('polso-analysis').shadowRoot.querySelector('#overall-value')?.textContent));
  assert.equal(await value(page), '33,33 punti');
  await page.getByRole('link', { name: 'Calcolatori' }).click();
  assert.match(page.url(), /#m=nps&v=counts&l=it&promoters=70/);
  assert.equal(await page.locator('polso-calculator .value').innerText(), '60 punti');
  assert.equal(await page.locator('#view-calc').getAttribute('aria-current'), 'page');
  // and back: the report is still there
  await page.getByRole('link', { name: 'Analizza un file' }).click();
  assert.equal(await value(page), '33,33 punti');
  app.checkRequests(assert);
}));

test('the worker protocol: start (text and file), progress, done, error, cancel', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, FILE_VIEW);
  const out = await app.page.evaluate(async () => {
    const w = new Worker('analysis-worker.js', { type: 'module' });
    const run = (msg, until) => new Promise((ok) => {
      const seen = [];
      w.onmessage = ({ data }) => { seen.push(data); if (until.includes(data.type)) ok(seen); };
      w.postMessage(msg);
    });
    const text = 'score,channel\n9,web\n10,app\n3,web\n';
    const a = await run({ type: 'start', text, options: { metric: 'nps' } }, ['done', 'error']);
    const file = new File([text.repeat(1)], 'x.csv');
    const b = await run({ type: 'start', file, options: { metric: 'nps' }, chunkBytes: 5 }, ['done', 'error']);
    const c = await run({ type: 'start', text, options: { metric: 'nope' } }, ['done', 'error']);
    const d = await run({ type: 'cancel' }, ['cancelled']);
    w.terminate();
    return { a, b, c, d };
  });
  const done = out.a.at(-1);
  assert.equal(out.a[0].type, 'progress');
  assert.deepEqual(Object.keys(out.a[0]).sort(), ['bytes', 'elapsedMs', 'rows', 'totalBytes', 'type']);
  assert.equal(done.type, 'done');
  assert.equal(Math.round(done.report.value * 100) / 100, 33.33);
  assert.ok(done.wasmMemoryBytes >= 16 * 1024 * 1024);
  assert.ok(done.elapsedMs >= 0);
  assert.equal(out.b.at(-1).report.value, done.report.value); // 5-byte chunks give the same report
  assert.equal(out.c.at(-1).type, 'error');
  assert.equal(out.c.at(-1).error.code, 'unknown_metric');
  assert.deepEqual(out.d, [{ type: 'cancelled' }]);
}));

test('the single offline file analyses (in its blob: worker), with the network blocked', () => withSession(async ({ browser }) => {
  const app = await openPage(browser, { offline: true });
  const { page } = app;
  await page.goto(`file://${dist}/polso.html#view=file&l=en`);
  await ready(page);
  app.markLoaded();
  await analyse(page, csv('excel_it_sep.csv'));
  assert.equal(await value(page), '20 points');
  assert.equal((await tableRows(page, 'segments-table')).length, 3);
  app.checkRequests(assert);
}));

test('screenshots of the analysis view (desktop, phone, 320 px): no horizontal overflow', () => withSession(async ({ browser, origin }) => {
  await mkdir(shots, { recursive: true });
  for (const [name, viewport, scheme] of [['desktop', { width: 1280, height: 800 }, 'light'], ['phone', { width: 375, height: 800 }, 'light'],
    ['phone-dark', { width: 375, height: 800 }, 'dark'], ['320', { width: 320, height: 640 }, 'light']]) {
    const app = await openApp(browser, origin, FILE_VIEW, { viewport, colorScheme: scheme });
    const { page } = app;
    await analyse(page, csv('excel_it_sep.csv'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: ${overflow}px horizontal overflow`);
    await page.screenshot({ path: `${shots}analysis-${name}.png`, fullPage: true });
    app.checkRequests(assert);
    await app.context.close();
  }
}));

async function streamText(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}
