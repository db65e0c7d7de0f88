// The hosted page, driven through its form like a person would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSession, openApp, calcText, valueText } from './helpers.mjs';

const exact = { exact: true };

async function fillNps(page, [p, s, d], labels = ['Promoters', 'Passives', 'Detractors']) {
  await page.getByLabel(labels[0], exact).fill(p);
  await page.getByLabel(labels[1], exact).fill(s);
  await page.getByLabel(labels[2], exact).fill(d);
}

test('NPS 70/20/10 through the form is 60, with band, formula and chart', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  await fillNps(page, ['70', '20', '10']);
  assert.equal(await valueText(page), '60 points');
  const text = await calcText(page);
  assert.match(text, /Excellent/);
  assert.match(text, /\(70 − 10\) \/ 100 × 100 = 60/);
  assert.equal(await page.locator('polso-calculator svg.chart rect.bar').count(), 3);
  assert.match(await page.locator('polso-calculator svg.chart').getAttribute('aria-label'), /70 promoters, 20 passives, 10 detractors/);
  // The result is announced through a live region.
  await page.keyboard.press('Enter');
  assert.match(await page.locator('polso-calculator [aria-live]').innerText(), /60 points\. Excellent/);
  app.checkRequests(assert);
}));

test('the same in Italian, with Italian number formats', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  await page.getByRole('button', { name: 'Italiano' }).click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'it');
  await fillNps(page, ['70', '20', '10'], ['Promotori', 'Passivi', 'Detrattori']);
  assert.equal(await valueText(page), '60 punti');
  assert.match(await calcText(page), /Eccellente/);
  // "1.234" is one thousand two hundred thirty-four in Italian.
  await fillNps(page, ['1.234', '0', '0'], ['Promotori', 'Passivi', 'Detrattori']);
  assert.match(await calcText(page), /1\.234 \/ 1\.234|\(1\.234 − 0\) \/ 1\.234/);
  assert.equal(await valueText(page), '100 punti');
  // Switching back converts typed numbers to the English format.
  await page.getByRole('button', { name: 'English' }).click();
  assert.equal(await page.getByLabel('Promoters', exact).inputValue(), '1,234');
  app.checkRequests(assert);
}));

test('200 pasted raw scores give the NPS counted here', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const scores = Array.from({ length: 200 }, () => Math.floor(rnd() * 11));
  const seps = ['\n', ',', ';', '\t', ' ', '\r\n'];
  const pasted = scores.map((s, i) => `${s}${seps[i % seps.length]}`).join('');
  const promoters = scores.filter((s) => s >= 9).length, detractors = scores.filter((s) => s <= 6).length;
  const expected = Math.round(((promoters - detractors) / 200) * 100 * 100) / 100;

  await page.getByLabel('Raw scores (0–10)').check();
  await page.getByLabel('Scores', exact).fill(pasted);
  const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(expected);
  assert.equal(await valueText(page), `${fmt} points`);
  assert.match(await calcText(page), /200 values read/);
  // One bar per score 0..10 is not drawn for NPS; its three groups are.
  assert.match(await page.locator('polso-calculator svg.chart').getAttribute('aria-label'), new RegExp(`${promoters} promoters`));

  // A non-numeric token is reported with its position, beside the field.
  await page.getByLabel('Scores', exact).fill('9, 10; x7\t8 abc');
  const msg = page.locator('polso-calculator [data-field=scores] .msg.error');
  assert.match(await msg.innerText(), /Item 3 \(“x7”\).*Item 5 \(“abc”\)/);

  // CSAT from scores: one bar per score, and the Italian help says commas separate.
  await page.evaluate(() => { location.hash = '#m=csat&v=scores&l=it&scores=5,4,3,5,1'; });
  await page.locator('polso-calculator svg.chart').waitFor();
  assert.equal(await page.locator('polso-calculator svg.chart rect.bar').count(), 5); // 1–5; an unused 0 is not drawn
  assert.match(await calcText(page), /la virgola qui separa i valori/);
  assert.equal(await valueText(page), '60%');
  app.checkRequests(assert);
}));

test('a bad input shows its error beside the field, in the user language', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  await fillNps(page, ['-5', '20', '10']);
  const field = page.locator('polso-calculator [data-field=promoters]');
  assert.match(await field.locator('.msg.error').innerText(), /Promoters.*negative/);
  assert.equal(await page.getByLabel('Promoters', exact).getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('polso-calculator .value').count(), 0);
  // Not a number at all: caught before the core, still beside the field.
  await page.getByLabel('Passives', exact).fill('twenty');
  assert.match(await page.locator('polso-calculator [data-field=passives] .msg.error').innerText(), /must be a number/);
  // Churn: a part larger than the whole, in Italian.
  await page.evaluate(() => { location.hash = '#m=churn_rate&l=it&customers_start=10&customers_lost=20'; });
  const lost = page.locator('polso-calculator [data-field=customers_lost] .msg.error');
  await lost.waitFor();
  assert.match(await lost.innerText(), /non può superare/);
  app.checkRequests(assert);
}));

test('reloading a shared URL restores metric, variant, inputs and language', () => withSession(async ({ browser, origin }) => {
  const first = await openApp(browser, origin);
  await first.page.getByRole('button', { name: 'Italiano' }).click();
  await first.page.getByRole('link', { name: 'Tasso di abbandono (churn)' }).click();
  await first.page.locator('polso-calculator input[value=start_new_end]').check();
  await first.page.getByLabel('Clienti a inizio periodo', exact).fill('1.000');
  await first.page.getByLabel('Nuovi clienti', exact).fill('100');
  await first.page.getByLabel('Clienti a fine periodo', exact).fill('900');
  assert.equal(await valueText(first.page), '20%');
  const url = first.page.url();
  assert.match(url, /#m=churn_rate&v=start_new_end&l=it&/);
  first.checkRequests(assert);

  const second = await openApp(browser, origin, url.slice(origin.length + 1));
  const { page } = second;
  assert.equal(await page.locator('html').getAttribute('lang'), 'it');
  assert.equal(await page.getByLabel('Clienti a inizio periodo', exact).inputValue(), '1.000');
  assert.ok(await page.locator('polso-calculator input[value=start_new_end]').isChecked());
  assert.equal(await valueText(page), '20%');
  assert.equal(await page.locator('#metric-list a[aria-current]').innerText(), 'Tasso di abbandono (churn)');
  await page.reload();
  await page.locator('polso-calculator .value').waitFor();
  assert.equal(await valueText(page), '20%');
  // a page load is allowed its requests; compare origins only
  second.rec.afterLoad.length = 0;
  second.checkRequests(assert);
}));

test('keyboard only: skip link, Tab, typing and Enter compute and announce', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // the mode radio group (one result / compare two)
  await page.keyboard.press('Tab'); // the variant radio group
  await page.keyboard.press('Tab'); // Promoters
  const focused = () => page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.id ?? document.activeElement.id);
  assert.equal(await focused(), 'f-promoters');
  // focus is visible
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement.shadowRoot.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
  await page.keyboard.type('70');
  await page.keyboard.press('Tab');
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  assert.equal(await valueText(page), '60 points');
  assert.match(await page.locator('polso-calculator [aria-live]').innerText(), /60 points/);
  // Tab onwards reaches the export buttons; the variant radios change with arrows.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'v-counts');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), 'v-scores');
  assert.ok(await page.getByLabel('Scores', exact).isVisible());
  app.checkRequests(assert);
}));

test('export: JSON and PNG downloads, and the embed code', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, 'index.html#m=nps&l=en&promoters=70&passives=20&detractors=10');
  const { page } = app;
  await page.locator('polso-calculator .value').waitFor();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const body = JSON.parse(await streamText(await json.createReadStream()));
  assert.equal(body.response.value, 60);
  assert.deepEqual(body.request.inputs, { promoters: 70, passives: 20, detractors: 10 });
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  const bytes = await streamBytes(await png.createReadStream());
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  assert.ok(bytes.length > 5000);

  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const element = await page.getByLabel('Custom element (your page loads embed.js)').inputValue();
  assert.match(element, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>/);
  // The author's numbers travel as attributes (they used to be dropped), with a readable fallback inside.
  assert.match(element, /<polso-calculator metric="nps" lang="en" variant="counts" promoters="70" passives="20" detractors="10">\n  <p>.+<a href="http:\/\/127\.0\.0\.1:\d+\/#m=nps&v=counts&l=en&promoters=70&passives=20&detractors=10">.+<\/a><\/p>\n<\/polso-calculator>$/);
  const iframe = await page.getByLabel('Iframe').inputValue();
  assert.match(iframe, /index\.html\?embed=1#m=nps&v=counts&l=en&promoters=70/);
  await page.keyboard.press('Escape');

  // The iframe form of the page: the calculator alone.
  const src = iframe.match(/src="([^"]+)"/)[1];
  const framed = await openApp(browser, origin, src.slice(origin.length + 1));
  assert.equal(await valueText(framed.page), '60 points');
  assert.equal(await framed.page.locator('.picker').isVisible(), false);
  app.checkRequests(assert);
  framed.checkRequests(assert);
}));

test('every catalogue metric computes in both languages', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  const catalogue = await page.evaluate(() => document.querySelector('polso-calculator').catalogue);
  const WHOLE = /total|start|responses|sessions|impressions|visitors|mau|active_users|carts_created|followers$|cost|requests|days|_end$/;
  for (const lang of ['en', 'it']) {
    for (const m of catalogue.metrics) {
      await page.evaluate((h) => { location.hash = h; }, `#m=${m.id}&l=${lang}`);
      await page.waitForFunction((id) => document.querySelector('polso-calculator').state.metric === id, m.id);
      const v = m.variants[0];
      for (const name of v.required) {
        const input = m.inputs.find((i) => i.name === name);
        const value = input.kind === 'scores' ? '1 2 3 4 5' : input.kind === 'counts' ? '10 5 3'
          : input.kind === 'numbers' ? '60 120 300' : input.kind === 'text' ? 'EUR' : WHOLE.test(name) ? '10' : '5';
        await page.getByRole('textbox', { name: input.label[lang], exact: true }).fill(value);
      }
      const where = `${m.id} (${lang})`;
      await page.locator('polso-calculator .value').waitFor({ timeout: 2000 }).catch(() => {});
      const value = await page.locator('polso-calculator .value').count() ? await valueText(page) : '';
      assert.match(value, /\d/, `${where}: no numeric result; ${await calcText(page)}`);
      const text = await calcText(page);
      assert.doesNotMatch(text, /NaN|undefined|Infinity|\bnull\b|\[object/, `${where}: ${text}`);
      assert.doesNotMatch(await page.locator('body').innerText(), /NaN|undefined|Infinity/, where);
      assert.equal(await page.locator('#metric-list a[aria-current]').getAttribute('data-metric'), m.id, where);
    }
  }
  app.checkRequests(assert);
}));

test('the picker is grouped and searchable in both languages', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin);
  const { page } = app;
  assert.deepEqual(await page.locator('#metric-list h3').allInnerTexts(),
    ['SURVEY', 'RETENTION AND REVENUE', 'ENGAGEMENT AND WEB', 'SUPPORT'].map((s) => s) /* uppercase by CSS */);
  await page.getByLabel('Search metrics').fill('abbandono'); // Italian name, English page
  assert.deepEqual(await page.locator('#metric-list a').allInnerTexts(), ['Churn rate', 'Cart abandonment rate']);
  await page.getByLabel('Search metrics').fill('zzz');
  assert.match(await page.locator('#no-match').innerText(), /No metric matches/);
  app.checkRequests(assert);
}));

async function streamBytes(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
}
async function streamText(stream) {
  return (await streamBytes(stream)).toString('utf8');
}
