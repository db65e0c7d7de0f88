// Offline and privacy: the single file from file:// with the network blocked,
// the service worker after a first visit, and the Content-Security-Policy of every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { withSession, openPage, openApp, ready, valueText, dist, root, uploadFile } from './helpers.mjs';

const exact = { exact: true };

test('dist/polso.html from file:// computes with the network blocked', () => withSession(async ({ browser }) => {
  const app = await openPage(browser, { offline: true, locale: 'it-IT' });
  const { page } = app;
  await page.goto(`file://${dist}/polso.html#m=nps&l=en`);
  await ready(page);
  app.markLoaded();
  await page.getByLabel('Promoters', exact).fill('70');
  await page.getByLabel('Passives', exact).fill('20');
  await page.getByLabel('Detractors', exact).fill('10');
  assert.equal(await valueText(page), '60 points');
  assert.deepEqual(app.rec.all, [`file://${dist}/polso.html#m=nps&l=en`].map((u) => u.replace(/#.*/, '')));
  app.checkRequests(assert);
}));

test('the single file picks Italian from the browser language', () => withSession(async ({ browser }) => {
  const app = await openPage(browser, { offline: true, locale: 'it-IT' });
  await app.page.goto(`file://${dist}/polso.html`);
  await ready(app.page);
  app.markLoaded();
  await app.page.getByLabel('Promotori', exact).fill('1.000');
  await app.page.getByLabel('Passivi', exact).fill('0');
  await app.page.getByLabel('Detrattori', exact).fill('1.000');
  assert.equal(await valueText(app.page), '0 punti');
  app.checkRequests(assert);
}));

test('the hosted page works offline after the first visit (service worker)', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, 'index.html', { serviceWorkers: 'allow' });
  const { page, context } = app;
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.goto(`${origin}/index.html?embed=1#m=ctr&l=en`);
  await ready(page);
  await page.getByLabel('Clicks', exact).fill('60');
  await page.getByLabel('Impressions', exact).fill('100');
  assert.equal(await valueText(page), '60%');
  // A file is analysed offline too: the worker's wasm (the SIMD build, in
  // Chromium) was cached at install.
  await page.goto(`${origin}/index.html`);
  await ready(page);
  await uploadFile(page, `${root}tests/data/exports/shopify/orders_export_lines.csv`);
  assert.equal(await page.evaluate(() => document.querySelector('polso-analysis').report.summary.revenue), 4443.81);
  // only the app's own origin was ever asked for anything
  app.rec.afterLoad.length = 0;
  app.checkRequests(assert);
}));

test('every page has a strict CSP and no inline script or style it does not hash', async () => {
  const pages = (await readdir(dist)).filter((f) => f.endsWith('.html'));
  // embed-hostile.html: the hostile-CSS host page the embed tests use.
  assert.deepEqual(pages.sort(), ['embed-demo.html', 'embed-hostile.html', 'index.html', 'polso.html']);
  for (const f of pages) {
    const html = await readFile(`${dist}/${f}`, 'utf8');
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    assert.ok(csp, `${f}: no CSP`);
    assert.match(csp, /default-src 'none'/, f);
    assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'|\s\*/, f);
    assert.match(csp, /script-src [^;]*'wasm-unsafe-eval'/, f);
    assert.doesNotMatch(html, /\sstyle="|\son[a-z]+="/i, `${f}: inline style or handler attribute`);
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].length;
    if (f !== 'polso.html') assert.equal(inlineScripts, 0, `${f}: inline script`);
    else {
      assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+'/, f);
      // Its workers only from the blob: URLs it makes itself; nothing to connect to.
      assert.match(csp, /(^|; )worker-src blob:(;|$)/, f);
      assert.match(csp, /(^|; )connect-src data:(;|$)/, f);
    }
  }
  // User text reaches the DOM only via textContent: no innerHTML and friends in the app.
  for (const f of await readdir(`${root}web/app`, { recursive: true })) {
    if (!/\.(js|css)$/.test(f)) continue;
    const src = await readFile(`${root}web/app/${f}`, 'utf8');
    assert.doesNotMatch(src, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/, f);
  }
});
