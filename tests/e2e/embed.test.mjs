// dist/embed-hostile.html: two <polso-calculator>s on a page with hostile CSS (a fixture).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSession, openApp, valueText } from './helpers.mjs';

test('both embedded calculators work, share one wasm, and host CSS does not leak in or out', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, 'embed-hostile.html');
  const { page } = app;
  const en = page.locator('#nps-en'), it = page.locator('#churn-it');
  await en.getByLabel('Promoters', { exact: true }).fill('70');
  await en.getByLabel('Passives', { exact: true }).fill('20');
  await en.getByLabel('Detractors', { exact: true }).fill('10');
  assert.equal(await valueText(page, '#nps-en'), '60 points');
  await it.getByLabel('Clienti a inizio periodo', { exact: true }).fill('1.000');
  await it.getByLabel('Nuovi clienti', { exact: true }).fill('100');
  await it.getByLabel('Clienti a fine periodo', { exact: true }).fill('900');
  assert.equal(await valueText(page, '#churn-it'), '20%');
  assert.equal(await en.locator('svg.chart').isVisible(), true);

  // Host CSS: `* { color: red !important; font-size: 30px }`, `input { display: none !important }` …
  const inside = await page.evaluate(() => {
    const root = document.querySelector('#nps-en').shadowRoot;
    const input = getComputedStyle(root.querySelector('input[type=text]'));
    const label = getComputedStyle(root.querySelector('label'));
    const button = getComputedStyle(root.querySelector('button'));
    return { display: input.display, color: label.color, size: label.fontSize, family: label.fontFamily,
      transform: label.textTransform, buttonBg: button.backgroundColor, svg: getComputedStyle(root.querySelector('svg')).display };
  });
  assert.notEqual(inside.display, 'none');
  assert.notEqual(inside.color, 'rgb(255, 0, 0)');
  assert.equal(inside.size, '16px');
  assert.doesNotMatch(inside.family, /Comic/);
  assert.equal(inside.transform, 'none');
  assert.notEqual(inside.buttonBg, 'rgb(255, 255, 0)');
  assert.notEqual(inside.svg, 'none');
  // …and ours does not leak out: the host's own .value paragraph keeps the host's style.
  const outside = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('#host-value'));
    return { size: s.fontSize, weight: s.fontWeight, input: getComputedStyle(document.querySelector('#host-input')).display };
  });
  assert.deepEqual(outside, { size: '30px', weight: '400', input: 'none' });

  // One wasm download for both calculators.
  assert.equal(app.rec.all.filter((u) => u.endsWith('/polso-calc.wasm')).length, 1);
  // The calculators-only module: the file-analysis module is never fetched.
  assert.equal(app.rec.all.filter((u) => /\/polso(-simd)?\.wasm$/.test(u)).length, 0);
  app.checkRequests(assert);
}));
