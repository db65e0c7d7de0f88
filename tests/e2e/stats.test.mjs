// Intervals, comparisons and planning on the page: the calculator's "± …" and
// its help, the confidence level in the URL, the Compare mode, the planning
// panels, and in "Analyse a file" the vs-previous / vs-rest verdicts, the segment
// chart and the compare panel. Screenshots of the calculator with an interval and
// of the compare view (desktop and 375 px) go to build/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { withSession, openApp, calcText, valueText, root, shots } from './helpers.mjs';

const NPS = 'index.html#m=nps&v=counts&l=en&promoters=70&passives=20&detractors=10';
const COMPARE = 'index.html#m=nps&v=counts&l=en&mode=compare&promoters=500&passives=320&detractors=180&b.promoters=550&b.passives=310&b.detractors=140';
const calc = (page, sel) => page.locator(`polso-calculator ${sel}`);
// Opens a <details> (it may already be open: the calculator keeps it open across re-renders).
async function openDetails(page, sel) {
  if (await calc(page, sel).getAttribute('open') === null) await calc(page, `${sel} > summary`).click();
}

test('the result shows its interval, the help, and the confidence level in the URL', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, NPS);
  const { page } = app;
  assert.equal(await valueText(page), '60 points');
  // adjusted Wald is not symmetric around 60: shown as a range
  assert.equal(await calc(page, '#result-interval').innerText(), '(95% CI 45 to 71)');
  await calc(page, '#pm-help summary').click();
  assert.match(await calc(page, '#pm-help').innerText(), /If you asked many more customers.*45 to 71 \(95% confidence\)/s);
  // the wide-interval warning, as the core gives it
  assert.match(await calcText(page), /could be anywhere from 45 to 71/);
  // 80%: narrower, and in the URL
  await page.getByLabel('Confidence', { exact: true }).selectOption('80');
  await page.waitForFunction(() => /(^|&)c=80(&|$)/.test(location.hash.slice(1)));
  assert.equal(await calc(page, '#result-interval').innerText(), '(80% CI 50 to 67)');
  assert.equal((await page.evaluate(() => document.querySelector('polso-calculator').lastRequest)).options.confidence, 0.8);
  // a symmetric one reads "± n"
  await page.goto(`${origin}/index.html#m=nps&v=counts&l=it&c=95&promoters=500&passives=320&detractors=180`);
  await calc(page, '#result-interval').waitFor();
  assert.equal(await calc(page, '#result-interval').innerText(), '± 5');
  assert.match(await calcText(page), /Intervallo di confidenza al 95%: da 27 a 37/);
  assert.match(await calc(page, '#pm-help summary').innerText(), /Cosa significa ±\?/);
  // reload keeps the level
  await page.goto(`${origin}/${NPS}&c=99`);
  await calc(page, '#result-interval').waitFor();
  assert.equal(await page.getByLabel('Confidence', { exact: true }).inputValue(), '99');
  assert.match(await calc(page, '#result-interval').innerText(), /99% CI/);
  // copy text and the JSON download carry the interval
  const text = await page.evaluate(() => document.querySelector('polso-calculator').resultText());
  // the interval once, beside the value (issue 16: not repeated on a line of its own)
  assert.match(text, /^Net Promoter Score \(NPS\): 60 points \(99% CI \d+ to \d+\)\nBenchmark: Excellent\n/);
  assert.doesNotMatch(text, /\n99% confidence interval: /);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const body = JSON.parse(await streamText(await json.createReadStream()));
  assert.equal(body.response.interval.level, 0.99);
  assert.equal(body.request.options.confidence, 0.99);
  // durations lead with the median (issue 16 item 13), and its interval is the headline's
  await page.goto(`${origin}/index.html#m=first_response_time&l=en&durations_seconds=60 120 300 200 90 45 30 600 120 80`);
  await calc(page, '#result-interval').waitFor();
  assert.match(await valueText(page), /^Median 105\u00a0s/);
  assert.match(await calc(page, '#result-interval').innerText(), /^\(95% CI 45 s to 300 s\)$/);
  app.checkRequests(assert);
}));

test('Compare mode: two forms, the difference, its interval, p-value and verdict, in the URL', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, COMPARE);
  const { page } = app;
  await calc(page, '#comparison').waitFor();
  assert.equal(await calc(page, 'fieldset.side').count(), 2);
  assert.equal(await calc(page, '.difference-value').innerText(), '+9 points');
  assert.match(await calc(page, '#comparison .difference').innerText(), /\+9 points \(95% CI \+2\.5 to \+15\.5\)/);
  assert.match(await calc(page, '#comparison .verdict').innerText(), /^NPS rose from 32 to 41/);
  // p as the core's verdict prints it (adjusted-Wald difference, issue 16 item 3): one p per panel
  assert.match(await calc(page, '#comparison .significance').innerText(), /^✓ Statistically significant \(p = 0\.0067\)/);
  assert.match(await calc(page, '#comparison .verdict').innerText(), /p = 0\.0067\.$/);
  assert.equal(await calc(page, '#comparison').getAttribute('data-tone'), 'good');
  assert.equal(await calc(page, '#comparison svg.chart.intervals .error-bar').count(), 2);
  // B changed through the form: no longer significant, and the URL follows
  await calc(page, '#f-b-promoters').fill('510');
  await page.waitForFunction(() => location.hash.includes('b.promoters=510'));
  assert.match(await calc(page, '#comparison .significance').innerText(), /Not statistically significant.*may be chance/);
  // Item 11: a significant fall in NPS is bad news, not a green tick
  await calc(page, '#f-b-promoters').fill('300');
  await page.waitForFunction(() => location.hash.includes('b.promoters=300'));
  assert.equal(await calc(page, '#comparison').getAttribute('data-tone'), 'bad');
  assert.match(await calc(page, '#comparison .significance').innerText(), /^! Statistically significant/);
  await calc(page, '#f-b-promoters').fill('510');
  await page.waitForFunction(() => location.hash.includes('b.promoters=510'));
  // Italian: the core's verdict in Italian
  await page.getByRole('button', { name: 'Italiano' }).click();
  await page.waitForFunction(() => /L’NPS|NPS/.test(document.querySelector('polso-calculator').shadowRoot.querySelector('.verdict')?.textContent ?? '')
    && document.querySelector('polso-calculator').lang === 'it');
  assert.match(await calc(page, '#comparison .significance').innerText(), /Non statisticamente significativa/);
  assert.match(await calc(page, '#comparison .verdict').innerText(), /potrebbe essere un caso/);
  // an input error is shown beside B's field
  await calc(page, '#f-b-detractors').fill('x');
  assert.match(await calc(page, '[data-side=b][data-field=detractors] .msg').innerText(), /numero/);
  // exports: text, JSON, PNG
  await calc(page, '#f-b-detractors').fill('140');
  const text = await page.evaluate(() => document.querySelector('polso-calculator').resultText());
  assert.match(text, /B confrontato con A[\s\S]*Differenza \(B − A\): \+6,5 punti[\s\S]*p = /);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Scarica PNG' }).click()]);
  assert.ok((await streamBytes(await png.createReadStream())).length > 5000);
  // CSAT, keyboard: the mode switch is a radio group
  await page.goto(`${origin}/index.html#m=csat&v=counts&l=en&satisfied=40&responses=50`);
  await calc(page, '#mode-single').focus();
  await page.keyboard.press('ArrowRight');
  await calc(page, '#f-b-satisfied').waitFor();
  assert.equal(await calc(page, '#f-b-satisfied').inputValue(), '');
  assert.match(await calc(page, '.result').innerText(), /Fill in both A and B/);
  await calc(page, '#f-b-satisfied').fill('45');
  await calc(page, '#f-b-responses').fill('52');
  assert.match(await calc(page, '#comparison .difference').innerText(), /^\+6\.5 percentage points/);
  await page.waitForFunction(() => location.hash.includes('mode=compare') && location.hash.includes('b.satisfied=45'));
  app.checkRequests(assert);
}));

test('planning: answers needed, and promoters needed for a target NPS', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, 'index.html#m=nps&v=counts&l=en&promoters=50&passives=30&detractors=20');
  const { page } = app;
  await openDetails(page, '#plan-size');
  await page.getByLabel('Expected promoters (%)').fill('40');
  await page.getByLabel('Expected detractors (%)').fill('20');
  await page.getByLabel('Margin of error (± NPS points)').fill('5');
  assert.match(await calc(page, '#plan-result').innerText(), /you need 861 answers/);
  await page.getByLabel('Expected detractors (%)').fill('');
  assert.match(await calc(page, '#plan-result').innerText(), /both expected shares, or neither/);
  await openDetails(page, '#plan-promoters');
  await page.getByLabel('Target NPS').fill('50');
  assert.match(await calc(page, '#promoters-result').innerText(), /40 more promoters/);
  await page.getByLabel('Target NPS').fill('100');
  assert.match(await calc(page, '#promoters-result').innerText(), /cannot be reached/);
  // a share, in Italian, at 90%
  await page.goto(`${origin}/index.html#m=csat&v=counts&l=it&c=90`);
  await openDetails(page, '#plan-size');
  await page.getByLabel('Valore atteso (%)').fill('80');
  await page.getByLabel('Margine di errore (± punti percentuali)').fill('3');
  assert.match(await calc(page, '#plan-result').innerText(), /servono 481 risposte/);
  assert.equal(await calc(page, '#plan-promoters').count(), 0);
  // none for a metric without a sample
  await page.goto(`${origin}/index.html#m=mrr&l=en`);
  await calc(page, '.title').waitFor();
  assert.equal(await calc(page, '#plan-size').count(), 0);
  assert.equal(await calc(page, '#mode-compare').count(), 0);
  app.checkRequests(assert);
}));

test('a file report: vs previous, vs the rest, the segment chart and the compare panel', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, 'index.html#view=file&l=en');
  const { page } = app;
  await page.locator('polso-analysis input[type=file]').setInputFiles(`${root}tests/data/csv/google_forms.csv`);
  await page.waitForFunction(() => document.querySelector('polso-analysis').dataset.state === 'done', null, { timeout: 20000 });
  const a = (sel) => page.locator(`polso-analysis ${sel}`);
  await a('.trend .as-table > summary').click();
  const periods = await a('#periods-table').innerText();
  assert.match(periods, /vs previous/);
  // 5 and 3 answers: the page does not call it either way
  assert.match(periods, /↑ \+13\.3 · too few answers/);
  // the full verdict opens from the cell (keyboard: a <details> summary)
  await a('#periods-table details.vs summary').first().focus();
  await page.keyboard.press('Enter');
  assert.match(await a('#periods-table details.vs[open] .vs-verdict').innerText(), /NPS rose from 20 to 33\.3 .*too few to tell/);
  assert.match(await a('#segments-table').innerText(), /vs the rest/);
  assert.match(await a('#segments-table details.vs summary').first().getAttribute('title'), /everyone else/);
  assert.ok(await a('#segment-chart svg .error-bar').count() >= 2);
  // compare two segments
  await a('#cmp-kind').selectOption('segments');
  await a('#cmp-run').click();
  await a('#analysis-comparison .verdict').waitFor();
  assert.match(await a('#analysis-comparison .significance').innerText(), /Too few answers to tell/);
  const last = await page.evaluate(() => document.querySelector('polso-analysis').compare.last);
  assert.ok(Array.isArray(last.request.compare[0].inputs.distribution));
  assert.equal(last.response.ok, true);
  app.checkRequests(assert);
}));

test('screenshots: the calculator with an interval and the compare view', () => withSession(async ({ browser, origin }) => {
  await mkdir(shots, { recursive: true });
  for (const [size, viewport] of [['desktop', { width: 1280, height: 900 }], ['375', { width: 375, height: 800 }], ['320', { width: 320, height: 640 }]]) {
    for (const [name, path] of [['interval', `${NPS}`], ['compare', COMPARE.replace('l=en', 'l=it')]]) {
      const app = await openApp(browser, origin, path, { viewport });
      const { page } = app;
      await calc(page, name === 'compare' ? '#comparison' : '#result-interval').waitFor();
      if (name === 'interval') await calc(page, '#pm-help summary').click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} ${size}: ${overflow}px horizontal overflow`);
      if (size !== '320') await page.screenshot({ path: `${shots}${name}-${size}.png`, fullPage: size !== 'desktop' });
      app.checkRequests(assert);
      await app.context.close();
    }
  }
}));

async function streamBytes(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
}
async function streamText(stream) {
  return (await streamBytes(stream)).toString('utf8');
}
