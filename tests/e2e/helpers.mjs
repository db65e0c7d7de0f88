// Shared set-up for the browser tests: a static server on a free port, Debian's
// Chromium driven by playwright-core, and a record of every request a page makes.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { serve } from '../../web/serve.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = `${root}dist`;
// Screenshots go under build/ (never committed); the README's picture is
// docs/images/calculator.png, rewritten only with POLSO_UPDATE_SCREENSHOTS=1.
export const shots = fileURLToPath(new URL('../../build/screenshots/', import.meta.url));
mkdirSync(shots, { recursive: true });

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Playwright gives every launch() a fresh, temporary user-data-dir of its own.
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS });
}

export async function startServer() {
  const server = await serve(dist, 0);
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// A page whose requests are all recorded. `allowed(url)` says which requests
// may happen during load; after markLoaded() none may happen at all.
// Console errors (CSP violations among them) and page errors are recorded too.
export async function openPage(browser, { origin, viewport = { width: 1280, height: 800 }, colorScheme = 'light',
  locale = 'en-US', serviceWorkers = 'block', offline = false } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, locale, serviceWorkers, acceptDownloads: true });
  if (offline) {
    await context.route('**/*', (route) => {
      const u = route.request().url();
      return /^(file|data|blob):/.test(u) ? route.continue() : route.abort();
    });
  }
  const page = await context.newPage();
  const rec = { all: [], afterLoad: [], errors: [], loaded: false };
  context.on('request', (r) => {
    const u = r.url();
    if (/^(data|blob):/.test(u)) return;
    rec.all.push(u);
    if (rec.loaded) rec.afterLoad.push(u);
  });
  page.on('console', (m) => { if (m.type() === 'error') rec.errors.push(m.text()); });
  page.on('pageerror', (e) => rec.errors.push(String(e)));
  return {
    context, page, rec,
    markLoaded() { rec.loaded = true; },
    // Throws unless every request went to `origin` (or file:) and none came after load.
    checkRequests(assert) {
      const foreign = rec.all.filter((u) => !(origin && u.startsWith(`${origin}/`)) && !u.startsWith('file:'));
      assert.deepEqual(foreign, [], 'requests to other origins');
      assert.deepEqual(rec.afterLoad, [], 'requests after load');
      assert.deepEqual(rec.errors, [], 'console errors');
    },
  };
}

// Waits until the page says it is ready: the app pages (with the file-analysis
// view) once their calculator and analysis worker are both up; other pages once
// their calculators are.
export async function ready(page) {
  await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined
    || (!document.getElementById('file-view')
      && [...document.querySelectorAll('polso-calculator')].every((c) => c.dataset.ready !== undefined)), null, { timeout: 15000 });
}

// The text of a calculator's result (inside its shadow root).
export function resultText(locator) {
  return locator.locator('.result').innerText();
}

// Runs fn with its own server (free port) and its own Chromium, always cleaned up.
export async function withSession(fn) {
  const { server, origin } = await startServer();
  const browser = await launch();
  try {
    return await fn({ browser, origin });
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
}

// Opens dist/<path> and waits until it is usable; later requests count as "after load".
export async function openApp(browser, origin, path = 'index.html', options = {}) {
  const session = await openPage(browser, { origin, ...options });
  await session.page.goto(`${origin}/${path}`);
  await ready(session.page);
  session.markLoaded();
  return session;
}

// Inner text of the (first) calculator's shadow root.
export function calcText(page, selector = 'polso-calculator') {
  return page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('.root').innerText, selector);
}

export function valueText(page, selector = 'polso-calculator') {
  return page.locator(`${selector} .value`).innerText();
}

// ---- "Analyse a file" (<polso-analysis>) ------------------------------------

// A locator inside the file-analysis element's shadow root, and its text.
export const inAnalysis = (page, sel) => page.locator(`polso-analysis ${sel}`);
export const analysisText = (page, sel) => inAnalysis(page, sel).innerText();

const lastReport = (page) => page.evaluate(() => JSON.stringify(document.querySelector('polso-analysis').report));

// Waits until the view is in `want` (done | error | choosing); for done, with a
// report other than `before` (the JSON of the one shown before, if any).
export function waitForState(page, want, before = null, timeout = 20000) {
  return page.waitForFunction(([s, prev]) => {
    const a = document.querySelector('polso-analysis');
    if (a.dataset.state !== s) return false;
    return s !== 'done' || prev == null || JSON.stringify(a.report) !== prev;
  }, [want, before], { timeout });
}

// Chooses a file through the page's file input (the real upload path) and waits.
export async function uploadFile(page, path, until = 'done', timeout = 20000) {
  const before = await lastReport(page);
  await inAnalysis(page, 'input[type=file]').setInputFiles(path);
  await waitForState(page, until, before, timeout);
}

// Picks an option of the dropdown #sel-<id> and waits for the re-run.
export async function chooseOption(page, id, option, until = 'done') {
  const before = await lastReport(page);
  await inAnalysis(page, `#sel-${id}`).selectOption(option);
  await waitForState(page, until, until === 'done' ? before : null);
}

// Clicks something that re-runs the analysis and waits for the result.
export async function clickAndWait(page, sel, until = 'done') {
  const before = await lastReport(page);
  await inAnalysis(page, sel).click();
  await waitForState(page, until, until === 'done' ? before : null);
}

// The cells' text of a table's body rows.
export const tableRows = (page, id) => inAnalysis(page, `#${id}`).evaluate((t) =>
  [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent.trim())));
