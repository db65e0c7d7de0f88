// axe-core (the accessibility engine behind Lighthouse and the browsers'
// devtools) on the pages people use — the app in light, dark and Italian, the
// file report, and the blog demo with its embedded calculators — must find no
// violation. axe walks into the calculators' shadow roots itself. The pages'
// CSP allows only their own scripts, so the test context bypasses it to inject
// axe; the pages are otherwise as served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { withSession, ready, root, uploadFile } from './helpers.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(browser, url, { colorScheme = 'light', locale = 'en-US', viewport = { width: 1280, height: 900 },
  before } = {}) {
  const context = await browser.newContext({ bypassCSP: true, colorScheme, locale, viewport, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    if (before) await before(page);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  } finally {
    await context.close();
  }
}

const cases = [
  ['the calculator, light', 'index.html#m=nps&promoters=70&passives=20&detractors=10', {}],
  ['the calculator, dark', 'index.html#m=nps&promoters=70&passives=20&detractors=10', { colorScheme: 'dark' }],
  ['the calculator, Italian', 'index.html#m=csat&l=it', { locale: 'it-IT' }],
  ['the calculator at 375 px', 'index.html#m=churn_rate', { viewport: { width: 375, height: 667 } }],
  ['a file report', 'index.html#view=file&l=en', {
    before: (page) => uploadFile(page, `${root}tests/data/exports/shopify/orders_export.csv`),
  }],
  ['a survey report, dark', 'index.html#view=file&l=en', {
    colorScheme: 'dark', before: (page) => uploadFile(page, `${root}tests/data/exports/google_forms/fr_horodateur.csv`),
  }],
  ['the warehouse steps, dark', 'index.html#view=file&l=en', {
    colorScheme: 'dark', before: async (page) => {
      await uploadFile(page, `${root}tests/data/exports/google_forms/fr_horodateur.csv`);
      await page.locator('polso-analysis #warehouse-open').click();
    },
  }],
  ['the blog demo with its embeds', 'embed-demo.html', {}],
  ['the blog demo, dark', 'embed-demo.html', { colorScheme: 'dark' }],
];

for (const [name, path, options] of cases) {
  test(`axe finds no violation: ${name}`, () => withSession(async ({ browser, origin }) => {
    const found = await violations(browser, `${origin}/${path}`, options);
    assert.deepEqual(found, [], found.join('\n'));
  }));
}
