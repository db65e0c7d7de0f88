// Security in the browser: no CSP violation on any page (index, embed demo, the
// iframe form, the single file from file://), a CSP with no 'unsafe-eval' and no
// 'unsafe-inline' for scripts, and a hostile CSV (HTML and script in headers,
// segment names and comments, javascript: in a cell) that stays inert text
// everywhere, with its exported CSV cells unable to run as formulas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSession, openPage, ready, dist, root } from './helpers.mjs';

// Records CSP violations from the first script on, in every frame.
const RECORD_CSP = () => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  }, true);
};

async function openRecorded(browser, origin, url, options = {}) {
  const session = await openPage(browser, { origin, ...options });
  await session.context.addInitScript(RECORD_CSP);
  await session.page.goto(url);
  await ready(session.page);
  session.markLoaded();
  return session;
}

async function cspOf(page) {
  return page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '');
}

test('no page triggers a CSP violation, and no CSP allows eval or inline script', () => withSession(async ({ browser, origin }) => {
  const pages = [
    [`${origin}/index.html#m=nps&l=en&promoters=70&passives=20&detractors=10`, {}],
    [`${origin}/index.html?embed=1#m=csat&v=counts&l=it&mode=compare&satisfied=40&responses=50&b.satisfied=45&b.responses=52`, {}],
    [`${origin}/embed-demo.html`, {}],
    [`file://${dist}/polso.html#m=nps&l=en&promoters=70&passives=20&detractors=10`, { offline: true }],
  ];
  for (const [url, options] of pages) {
    const app = await openRecorded(browser, origin, url, options);
    const { page } = app;
    // use the page a little: a result, the analysis view where there is one
    if (url.includes('embed-demo')) {
      await page.getByLabel('Promoters', { exact: true }).fill('70');
      await page.getByLabel('Passives', { exact: true }).fill('20');
      await page.getByLabel('Detractors', { exact: true }).fill('10');
    }
    await page.locator('polso-calculator .value, polso-calculator .difference-value').first().waitFor();
    if (await page.locator('#file-view').count() && !url.includes('embed=1')) {
      await page.evaluate(() => { location.hash = '#view=file&l=en'; });
      await page.locator('polso-analysis').evaluate((a) => a.setText('date,score\n2024-01-01,9\n2024-02-01,3\n'));
      await page.waitForFunction(() => document.querySelector('polso-analysis').dataset.state === 'done', null, { timeout: 20000 });
    }
    const csp = await cspOf(page);
    assert.ok(csp, `${url}: no CSP meta`);
    assert.doesNotMatch(csp, /'unsafe-eval'/, url);
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    assert.ok(scriptSrc, `${url}: no script-src`);
    assert.doesNotMatch(scriptSrc, /'unsafe-inline'/, url);
    assert.deepEqual(await page.evaluate(() => window.__csp), [], `${url}: CSP violations`);
    assert.deepEqual(app.rec.errors, [], `${url}: console errors`);
    await app.context.close();
  }
}));

test('a hostile CSV stays inert text: preview, dropdowns, segments, chart, compare, exports', () => withSession(async ({ browser, origin }) => {
  const app = await openRecorded(browser, origin, `${origin}/index.html#view=file&l=en`);
  const { page } = app;
  const count = () => page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
    const all = roots.flatMap((r) => [...r.querySelectorAll('*')]);
    return {
      img: all.filter((e) => e.localName === 'img').length,
      script: all.filter((e) => e.localName === 'script').length,
      a: all.filter((e) => e.localName === 'a' && /^javascript:/i.test(e.getAttribute('href') ?? '')).length,
      handlers: all.filter((e) => [...e.attributes].some((x) => /^on/i.test(x.name))).length,
    };
  });
  const before = await count();
  await page.locator('polso-analysis input[type=file]').setInputFiles(`${root}tests/data/e2e/xss.csv`);
  await page.waitForFunction(() => document.querySelector('polso-analysis').dataset.state === 'done', null, { timeout: 20000 });
  const a = (sel) => page.locator(`polso-analysis ${sel}`);
  // the segment column is the one named <img …>
  const seg = await a('#sel-segment_column').inputValue();
  if (seg !== '2') {
    await a('#sel-segment_column').selectOption('2');
    await page.waitForFunction(() => document.querySelector('polso-analysis').report?.segments?.length > 0, null, { timeout: 20000 });
  }
  const IMG = '<img src=x onerror=window.__pwned=1>', SVG = '"><svg onload=window.__pwned=1>', SCRIPT = '<script>window.__pwned=1</script>';
  assert.match(await a('.preview-table thead').innerText(), new RegExp(escape(IMG)));
  assert.match(await a('.preview-table thead').innerText(), new RegExp(escape(SCRIPT)));
  assert.match(await a('.preview-table tbody').innerText(), new RegExp(escape(SVG)));
  assert.match(await a('.preview-table tbody').innerText(), /javascript:window\.__pwned=1/);
  const options = await a('#sel-segment_column option').allTextContents();
  assert.ok(options.includes(IMG) && options.includes(SCRIPT), options.join('|'));
  const segments = await a('#segments-table tbody').innerText();
  for (const s of [IMG, SVG, '=1+1', '+cmd', '-2+3', '@sum', 'javascript:alert(1)']) assert.ok(segments.includes(s), `${s} in ${segments}`);
  // chart labels: SVG text (clipped) with the whole name as the row's title
  // (user text sits between U+2068 … U+2069, its direction isolated)
  const unisolated = (x) => x.replace(/^\u2068/, '');
  const titles = (await a('#segment-chart svg g.row > title').allTextContents()).map(unisolated);
  assert.ok(titles.some((x) => x.startsWith(IMG)), titles.join('|'));
  // compare two segments: names in the dropdowns, verdict computed
  await a('#cmp-kind').selectOption('segments');
  const cmpRaw = await a('#cmp-a option').allTextContents();
  // a right-to-left override in a name cannot turn "(n = 200)" into "(002 = n)"
  assert.ok(cmpRaw.every((x) => /^\u2068[^\u2069]*\u2069 \(n = [\d,]+\)$/.test(x)), cmpRaw.join('|'));
  const cmpOptions = cmpRaw.map(unisolated);
  assert.ok(cmpOptions.some((x) => x.startsWith(IMG)) && cmpOptions.some((x) => x.startsWith(SVG)), cmpOptions.join('|'));
  await a('#cmp-run').click();
  await a('#analysis-comparison .verdict').waitFor();
  // exports
  const [csv] = await Promise.all([page.waitForEvent('download'), a('#download-segments').click()]);
  const body = (await streamText(await csv.createReadStream())).replace(/^\ufeff/, '');
  const lines = body.trim().split('\r\n');
  for (const [raw, safe] of [['=1+1', "'=1+1"], ['+cmd', "'+cmd"], ['-2+3', "'-2+3"], ['@sum', "'@sum"]]) {
    assert.ok(lines.some((l) => l.startsWith(`${safe},`)), `${raw} → ${safe}\n${body}`);
    assert.ok(!lines.some((l) => l.startsWith(`${raw},`)), `${raw} left as is`);
  }
  assert.ok(lines.some((l) => l.startsWith(`"${IMG.replaceAll('"', '""')}"`) || l.startsWith(IMG)), body);
  const [json] = await Promise.all([page.waitForEvent('download'), a('#download-json').click()]);
  const report = JSON.parse(await streamText(await json.createReadStream()));
  assert.equal(report.headers[1], IMG);
  // nothing ran, nothing was created
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(await count(), before);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  app.checkRequests(assert);
}));

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
async function streamText(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}
