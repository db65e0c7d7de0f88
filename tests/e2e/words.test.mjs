// Issue 16 items 9, 12, 13 and 14 on the page: what a person types is read
// as they meant it (through the core's {"read": …}), every figure has its
// unit, method names are words, and the Italian search finds CSAT.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSession, openApp, calcText, valueText } from './helpers.mjs';

const calc = (page, sel) => page.locator(`polso-calculator ${sel}`);
const exact = { exact: true };

test('item 12: a pasted column skips its header, with a note', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  await page.getByLabel('Raw scores (0–10)').check();
  // 10, 9, 9 promoters; 7 passive; 3 detractor: (3 − 1) / 5 × 100 = 40
  await page.getByLabel('Scores', exact).fill('Score\n10\n9\n9\n7\n3');
  assert.equal(await valueText(page), '40 points');
  const count = await calc(page, '#f-scores-count').innerText();
  assert.match(count, /^5 values read\. The first line, “\u2068?Score\u2069?”, is not a number: it was taken as the column’s name and skipped\.$/);
  app.checkRequests(assert);
}));

test('item 12: "7,5" on the English page is said aloud, not read silently', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  await page.getByLabel('Raw scores (0–10)').check();
  await page.getByLabel('Scores', exact).fill('7,5');
  assert.match(await calc(page, '#f-scores-count').innerText(), /2 values read\. .*7,5.* was read as two answers, 7 and 5/);
  // A field of decimals reads it as 7.5 and says so: durations in minutes.
  await page.goto(`${origin}/index.html#m=first_response_time&l=en`);
  await calc(page, 'textarea').waitFor();
  await calc(page, 'select.unit').first().selectOption('minutes');
  await calc(page, 'textarea').fill('7,5');
  assert.match(await calc(page, '.count').innerText(), /1 value read\. A comma between digits was read as a decimal mark/);
  assert.match(await valueText(page), /^Median 450\u00a0s\u00a0\(7\u00a0min\u00a030\u00a0s\)$/);
  app.checkRequests(assert);
}));

test('item 12: money with its currency, durations with units', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  // CAC: spend / new customers; "$1,234.50" over 10 customers = 123.45
  await page.goto(`${origin}/index.html#m=cac&l=en`);
  await calc(page, 'form input').first().waitFor();
  const money = calc(page, 'input[inputmode]').or(calc(page, 'input:not([inputmode])')).first();
  await money.waitFor();
  const inputs = calc(page, 'form input[type=text]');
  await inputs.nth(0).fill('$1,234.50');
  await inputs.nth(1).fill('10');
  assert.match(await calcText(page), /123\.45/);
  await inputs.nth(0).fill('1.234,50 €');
  assert.match(await calcText(page), /123\.45/);
  await inputs.nth(0).fill('€45');
  assert.match(await calcText(page), /4\.5/);
  // Durations: 90, 2m, 1:30, 1h 5m, 45 → 90, 120, 90, 3900, 45 s; median 90 s
  await page.goto(`${origin}/index.html#m=first_response_time&l=en`);
  await calc(page, 'textarea').fill('90\n2m\n1:30\n1h 5m\n45');
  assert.match(await calc(page, '.count').innerText(), /^5 values read\.?$/);
  assert.match(await valueText(page), /^Median 90\u00a0s\u00a0\(1\u00a0min\u00a030\u00a0s\)$/);
  app.checkRequests(assert);
}));

test('item 13: first response time leads with the median and the share within target, units on every figure', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  // 30, 45, 60, 120, 3000 s against 300 s: median 60 s, 4 of 5 = 80% within, mean 651 s
  await page.goto(`${origin}/index.html#m=first_response_time&l=en&durations_seconds=30 45 60 3000 120&target_seconds=300`);
  await calc(page, '#within-target').waitFor();
  assert.equal(await valueText(page), 'Median 60\u00a0s\u00a0(1\u00a0min)');
  assert.equal(await calc(page, '#within-target').innerText(), '80% answered within the 300\u00a0s\u00a0(5\u00a0min) target.');
  assert.match(await calcText(page), /Within the target/);
  const details = await calc(page, 'dl.details').innerText();
  assert.match(details, /Mean\s+651\u00a0s\u00a0\(10\u00a0min\u00a051\u00a0s\)/);
  assert.match(details, /Within target\s+80%/);
  assert.match(details, /Target\s+300\u00a0s\u00a0\(5\u00a0min\)/);
  // The figure never wraps from its unit ("45 / s)"): no-break spaces inside it,
  // so at a phone's width the figure stays on one line.
  await page.setViewportSize({ width: 360, height: 800 });
  const figureLines = await calc(page, '.value').evaluate((el) => {
    const range = document.createRange(), text = el.firstChild, at = text.data.indexOf('60');
    range.setStart(text, at);
    range.setEnd(text, text.data.length);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  assert.equal(figureLines, 1);
  app.checkRequests(assert);
}));

test('item 9: an empty optional field is no error, CES methods are words with a line each', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  await page.goto(`${origin}/index.html#m=first_response_time&l=en&durations_seconds=30 60`);
  await calc(page, '.value').waitFor();
  assert.doesNotMatch(await calcText(page), /null|“target_seconds”/);
  await page.goto(`${origin}/index.html#m=ces&l=it`);
  await calc(page, 'select').first().waitFor();
  const text = await calcText(page);
  assert.match(text, /Punteggio medio: la risposta media sulla scala/);
  assert.doesNotMatch(text, /percent_easy|\bmean\b/);
  app.checkRequests(assert);
}));

test('item 14: the Italian search finds CSAT by "soddisf", CES by "sforzo"', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  await page.getByRole('button', { name: 'Italiano' }).click();
  const search = page.locator('#search');
  await search.fill('soddisf');
  assert.deepEqual(await page.locator('#metric-list a').allInnerTexts(), ['Customer Satisfaction Score (CSAT)']);
  await search.fill('sforzo');
  assert.deepEqual(await page.locator('#metric-list a').allInnerTexts(), ['Customer Effort Score (CES)']);
  await search.fill('raccomand');
  assert.deepEqual(await page.locator('#metric-list a').allInnerTexts(), ['Net Promoter Score (NPS)']);
  app.checkRequests(assert);
}));

test('item 10: one rounding rule, CES 41/8 is 5.13 in the headline and in the formula line', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  // 7+7+7+5+5+4+3+3 = 41 over 8 = 5.125: half up to 5.13 in both places
  await page.goto(`${origin}/index.html#m=ces&v=scores&l=en&scores=7 7 7 5 5 4 3 3`);
  await calc(page, '.formula').waitFor();
  assert.match(await valueText(page), /^5\.13\b/);
  assert.match(await calc(page, '.formula').innerText(), /41 \/ 8 = 5\.13$/);
  app.checkRequests(assert);
}));
