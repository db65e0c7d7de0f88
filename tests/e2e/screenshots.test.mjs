// Screenshots of the main views, desktop (1280×800) and phone (375 px), light
// and dark, saved under build/screenshots/ for a person to look at. The
// README's picture (docs/images/calculator.png) is replaced only on purpose:
// POLSO_UPDATE_SCREENSHOTS=1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir } from 'node:fs/promises';
import { withSession, openApp, shots, root } from './helpers.mjs';

const VIEWS = [
  ['nps', 'index.html#m=nps&v=counts&l=en&promoters=70&passives=20&detractors=10'],
  ['csat-it', 'index.html#m=csat&v=scores&l=it&scores=5 4 4 3 5 2 5 4 1 5 4 3 5 5 4'],
  ['error', 'index.html#m=churn_rate&l=en&customers_start=100&customers_lost=120'],
  ['embed-demo', 'embed-demo.html'],
];
const SIZES = [['desktop', { width: 1280, height: 800 }], ['phone', { width: 375, height: 800 }]];

test('screenshots of the main views', () => withSession(async ({ browser, origin }) => {
  await mkdir(shots, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    for (const [size, viewport] of SIZES) {
      for (const [name, path] of VIEWS) {
        const app = await openApp(browser, origin, path, { viewport, colorScheme: scheme });
        const { page } = app;
        await page.waitForTimeout(50);
        // nothing wider than the viewport (layout works down to phones)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${name} ${size} ${scheme}: ${overflow}px horizontal overflow`);
        await page.screenshot({ path: `${shots}${name}-${size}-${scheme}.png`, fullPage: size === 'phone' });
        app.checkRequests(assert);
        await app.context.close();
      }
    }
  }
  if (process.env.POLSO_UPDATE_SCREENSHOTS === '1') {
    await copyFile(`${shots}nps-desktop-light.png`, `${root}docs/images/calculator.png`);
  }
}));

test('320 px wide: no horizontal scrolling', () => withSession(async ({ browser, origin }) => {
  const app = await openApp(browser, origin, VIEWS[1][1], { viewport: { width: 320, height: 640 } });
  const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow}px horizontal overflow`);
  await app.page.screenshot({ path: `${shots}csat-320.png`, fullPage: true });
  app.checkRequests(assert);
}));
