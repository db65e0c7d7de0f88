// Privacy: one whole session, every request recorded (Playwright's request
// events, a context route that also sees service-worker fetches, and the
// DevTools Network domain), through load, every calculator in the catalogue,
// an upload, every export, the compare and plan panels. Only same-origin
// requests before the page is ready are allowed; none after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSession, openPage, ready, root } from './helpers.mjs';

const WHOLE = /total|start|responses|sessions|impressions|visitors|mau|active_users|carts_created|followers$|cost|requests|days|_end$/;
const exact = { exact: true };

test('a full session makes no request after load', () => withSession(async ({ browser, origin }) => {
  const app = await openPage(browser, { origin, serviceWorkers: 'allow' });
  const { page, context, rec } = app;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const routed = [], network = [];
  let loaded = false;
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (!/^(data|blob):/.test(u)) routed.push({ u, after: loaded });
    return route.continue();
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => { if (!/^(data|blob):/.test(e.request.url)) network.push({ u: e.request.url, after: loaded }); });

  await page.goto(`${origin}/index.html#m=nps&l=en`);
  await ready(page);
  // the service worker's install (precache) is part of load
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
    return reg.active?.state;
  });
  await page.waitForTimeout(300);
  app.markLoaded();
  loaded = true;
  const calc = (sel) => page.locator(`polso-calculator ${sel}`);

  // every calculator in the catalogue, in both languages
  const catalogue = await page.evaluate(() => document.querySelector('polso-calculator').catalogue);
  for (const lang of ['en', 'it']) {
    for (const m of catalogue.metrics) {
      await page.evaluate((h) => { location.hash = h; }, `#m=${m.id}&l=${lang}`);
      await page.waitForFunction(([id, l]) => { const c = document.querySelector('polso-calculator'); return c.state.metric === id && c.lang === l; }, [m.id, lang]);
      for (const name of m.variants[0].required) {
        const input = m.inputs.find((i) => i.name === name);
        const v = input.kind === 'scores' ? '9 10 7 3' : input.kind === 'counts' ? '1 2 3 4 5 6 7 8 9 10 11'
          : input.kind === 'numbers' ? '60 120 300' : input.kind === 'text' ? 'EUR' : WHOLE.test(name) ? '10' : '5';
        await calc(`#f-${name}`).fill(v);
      }
      await page.waitForFunction(() => document.querySelector('polso-calculator').lastResponse);
    }
  }

  // the exports of a result: copy text, JSON, PNG
  await page.evaluate(() => { location.hash = '#m=nps&v=counts&l=en&promoters=70&passives=20&detractors=10'; });
  await calc('#result-interval').waitFor();
  await page.getByRole('button', { name: 'Copy result' }).click();
  await page.waitForFunction(() => /Copied/.test(document.querySelector('polso-calculator').shadowRoot.querySelector('.action-status')?.textContent ?? ''));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /60 points \(95% CI 45 to 71\)/);
  // Issue 16 item 11: the interval once, not again as "95% confidence interval: 45 to 71"
  assert.doesNotMatch(copied, /confidence interval: 45 to 71/);
  for (const name of ['Download JSON', 'Download PNG']) {
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  }
  // the plan panels
  await calc('#plan-size > summary').click();
  await page.getByLabel('Margin of error (± NPS points)').fill('5');
  await calc('#plan-promoters > summary').click();
  await page.getByLabel('Target NPS').fill('70');
  assert.match(await calc('#promoters-result').innerText(), /more promoters/);
  // compare mode, and its exports
  await page.getByLabel('Compare two', exact).check();
  for (const [n, v] of [['promoters', '60'], ['passives', '25'], ['detractors', '15']]) await calc(`#f-b-${n}`).fill(v);
  await calc('#comparison').waitFor();
  await page.getByRole('button', { name: 'Copy result' }).click();
  await page.waitForFunction(() => /Copied/.test(document.querySelector('polso-calculator').shadowRoot.querySelector('.action-status')?.textContent ?? ''));
  // one minus sign throughout (the difference −15 as the verdict writes it)
  const compared = await page.evaluate(() => navigator.clipboard.readText());
  assert.doesNotMatch(compared, /(^|[^\w])-\d/m, compared);
  assert.match(compared, /−15 points \(95% CI −33\.9 to \+4\.8\)/, compared);
  for (const name of ['Download JSON', 'Download PNG']) {
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  }
  await page.getByRole('button', { name: 'Copy share link' }).click();

  // an upload, its exports and the compare panel
  await page.getByRole('link', { name: 'Analyse a file' }).click();
  await page.locator('polso-analysis input[type=file]').setInputFiles(`${root}tests/data/csv/excel_it_sep.csv`);
  await page.waitForFunction(() => document.querySelector('polso-analysis').dataset.state === 'done', null, { timeout: 20000 });
  const a = (sel) => page.locator(`polso-analysis ${sel}`);
  for (const id of ['download-json', 'download-periods', 'download-segments']) {
    await Promise.all([page.waitForEvent('download'), a(`#${id}`).click()]);
  }
  await a('#cmp-run').click();
  await a('#analysis-comparison').waitFor();
  await a('#cmp-kind').selectOption('segments');
  await a('#cmp-run').click();
  await a('#analysis-comparison').waitFor();
  await page.getByRole('button', { name: 'Italiano' }).click();
  await page.waitForFunction(() => document.querySelector('polso-analysis').dataset.state === 'done' && document.querySelector('polso-analysis').lang === 'it', null, { timeout: 20000 });
  await page.waitForTimeout(300);

  const sameOrigin = (u) => u.startsWith(`${origin}/`);
  for (const [name, list] of [['request events', rec.all.map((u) => ({ u, after: false }))], ['routed', routed], ['network', network]]) {
    assert.deepEqual(list.filter((x) => !sameOrigin(x.u)).map((x) => x.u), [], `${name}: requests to other origins`);
  }
  assert.deepEqual(rec.afterLoad, [], 'requests after load (request events)');
  assert.deepEqual(routed.filter((x) => x.after).map((x) => x.u), [], 'requests after load (route, service worker included)');
  assert.deepEqual(network.filter((x) => x.after).map((x) => x.u), [], 'requests after load (DevTools network)');
  assert.ok(routed.length > 0 && network.length > 0, 'the recorders saw the load');
  assert.deepEqual(rec.errors, [], 'console errors');
}));
