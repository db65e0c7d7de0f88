// At 375 px (a phone): the calculator starts on the first screen, nothing
// scrolls sideways, touch targets are at least 44 px, chart text at least 12 px
// on screen. Screenshots kept under build/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSession, openApp, shots } from './helpers.mjs';

const PHONE = { width: 375, height: 667 };

test('375 px: calculator above the fold, no sideways scroll, 44 px targets, 12 px chart text', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, 'index.html#m=nps&v=distribution&l=en&distribution=1,0,2,3,1,4,6,12,15,20,18', { viewport: PHONE });
  const { page } = app;
  await page.locator('polso-calculator .value').waitFor();
  const m = await page.evaluate(() => {
    const c = document.querySelector('polso-calculator');
    const root = c.shadowRoot;
    const targets = [...document.querySelectorAll('button, select, input, .views a'), ...root.querySelectorAll('button, select, input[type=text], textarea, .radio label')]
      .filter((e) => e.offsetParent !== null && !e.classList.contains('sr-only'))
      .map((e) => ({ what: e.id || e.textContent.trim().slice(0, 20) || e.tagName, h: e.getBoundingClientRect().height }));
    return {
      title: root.querySelector('h2').getBoundingClientRect().bottom,
      overflow: document.documentElement.scrollWidth - innerWidth,
      small: targets.filter((t) => t.h < 44),
      chartText: [...root.querySelectorAll('svg text')].map((t) => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize)),
      listShown: getComputedStyle(document.getElementById('metric-list')).display !== 'none',
    };
  });
  assert.ok(m.title < PHONE.height / 2, `calculator title ends at ${m.title}px`);
  assert.equal(m.listShown, false, 'the long metric list gives way to the picker');
  assert.ok(m.overflow <= 0, `${m.overflow}px sideways`);
  assert.deepEqual(m.small, [], 'touch targets under 44 px');
  assert.ok(m.chartText.length >= 6, `chart labels and counts: ${m.chartText.length}`);
  assert.ok(Math.min(...m.chartText) >= 12, `smallest chart text ${Math.min(...m.chartText)}px`);
  // The compact picker changes the metric.
  await page.locator('#metric-select').selectOption('csat');
  await page.waitForFunction(() => document.querySelector('polso-calculator').state.metric === 'csat');
  await page.screenshot({ path: `${shots}phone-375-calculator.png`, fullPage: true });
  app.checkRequests(assert);
}));

test('375 px: a file report, screenshot kept', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, 'index.html#view=file&l=en', { viewport: PHONE });
  const { page } = app;
  await page.locator('polso-analysis').evaluate((a) => a.setText('date,score\n2024-01-03,9\n2024-01-09,10\n2024-02-01,3\n2024-02-11,8\n2024-03-05,10\n2024-03-07,6\n'));
  await page.waitForFunction(() => document.querySelector('polso-analysis').dataset.state === 'done', null, { timeout: 20000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `${overflow}px sideways`);
  await page.screenshot({ path: `${shots}phone-375-file-report.png`, fullPage: true });
  app.checkRequests(assert);
}));
