// The Embed dialog's snippets pasted into a blog on another origin: Polso is
// served from one loopback port (dist/, with CORS), the blog from a second one
// (a temp dir) with its own strict CSP in a <meta>. The element works with the
// author's numbers in both languages; with the module blocked the fallback link
// stays; with wasm refused a message joins it; the iframe fits its content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../web/serve.mjs';
import { withSession, openApp, openPage } from './helpers.mjs';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// The blog's own style: a column of blog width, where the result sits under the form.
const BLOG_CSS = 'article { max-width: 640px; margin: 0 auto; font: 18px/1.6 Georgia, serif; }';

// Runs fn with Polso's server and a blog server on another port.
async function withBlog(fn) {
  const dir = await mkdtemp(join(tmpdir(), 'polso-blog-'));
  const blog = await serve(dir, 0);
  const blogOrigin = `http://127.0.0.1:${blog.address().port}`;
  try {
    return await withSession(({ browser, origin }) => fn({ browser, origin, blogOrigin,
      // Writes a blog post holding `body` under this CSP and opens it.
      async open(name, csp, body) {
        await writeFile(join(dir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}; style-src ${sha256(BLOG_CSS)}"><title>A blog post</title>
<style>${BLOG_CSS}</style></head>
<body><article><h1>A blog post</h1><p>Some text before the calculator.</p>
${body}
<p>Some text after it.</p></article></body></html>`);
        const session = await openPage(browser, { origin });
        await session.page.goto(`${blogOrigin}/${name}`);
        return session;
      } }));
  } finally {
    await new Promise((ok) => blog.close(ok));
    await rm(dir, { recursive: true, force: true });
  }
}

// The snippets the app's Embed dialog gives for a URL fragment.
async function dialogSnippets(browser, origin, fragment, { readonly = false } = {}) {
  const app = await openApp(browser, origin, `index.html#${fragment}`);
  await app.page.locator('#embed').click();
  if (readonly) await app.page.locator('#embed-readonly').check();
  const element = await app.page.locator('#embed-element').inputValue();
  const iframe = await app.page.locator('#embed-iframe').inputValue();
  await app.context.close();
  return { element, iframe };
}

const strictCsp = (polso, { wasm = true, scripts = polso } = {}) =>
  `default-src 'none'; script-src ${scripts}${wasm ? " 'wasm-unsafe-eval'" : ''}; connect-src ${polso}; img-src 'none'`;

const onlyFrom = (rec, origins) => rec.all.filter((u) => !origins.some((o) => u.startsWith(`${o}/`)));

test('the element snippet works on another origin with the author’s numbers, in English and Italian', () => withBlog(async ({ browser, origin, blogOrigin, open }) => {
  const cases = [
    ['en', 'm=nps&v=counts&l=en&promoters=70&passives=20&detractors=10', '60 points'],
    ['it', 'm=churn_rate&v=start_new_end&l=it&customers_start=1.000&customers_new=100&customers_end=900', '20%'],
  ];
  for (const [lang, fragment, value] of cases) {
    const { element } = await dialogSnippets(browser, origin, fragment);
    assert.match(element, new RegExp(`<script type="module" src="${origin}/embed.js"></script>`));
    assert.match(element, new RegExp(`lang="${lang}"`));
    const s = await open(`post-${lang}.html`, strictCsp(origin), element);
    const calc = s.page.locator('polso-calculator');
    // No typing: the numbers came as attributes.
    await calc.locator('.value').waitFor({ timeout: 15000 });
    assert.equal(await calc.locator('.value').innerText(), value, lang);
    assert.equal(await calc.evaluate((c) => c.lastResponse.ok), true);
    // The fallback sentence is no longer shown once the calculator runs.
    assert.equal(await s.page.locator('polso-calculator > p a').isVisible(), false);
    assert.deepEqual(onlyFrom(s.rec, [origin, blogOrigin]), [], 'requests elsewhere');
    assert.deepEqual(s.rec.errors, [], 'console errors');
    await s.context.close();
  }
}));

test('a readonly snippet shows the worked example and nothing can be edited', () => withBlog(async ({ browser, origin, open }) => {
  const { element } = await dialogSnippets(browser, origin, 'm=nps&v=counts&l=en&promoters=70&passives=20&detractors=10', { readonly: true });
  assert.match(element, / readonly>/);
  const s = await open('readonly.html', strictCsp(origin), element);
  const calc = s.page.locator('polso-calculator');
  await calc.locator('.value').waitFor({ timeout: 15000 });
  assert.equal(await calc.locator('.value').innerText(), '60 points');
  const controls = await calc.evaluate((c) => [...c.shadowRoot.querySelectorAll('form input, form textarea, form select')]
    .map((i) => (i.type === 'radio' || i.tagName === 'SELECT' ? i.disabled : i.readOnly)));
  assert.ok(controls.length >= 3);
  assert.ok(controls.every(Boolean), 'every control fixed');
  assert.equal(await calc.locator('.readonly-note').innerText(), 'Worked example: the numbers are fixed.');
  assert.equal(await calc.locator('#mode-compare').count(), 0);
}));

test('with the module blocked by the blog’s CSP, the fallback sentence and link stay', () => withBlog(async ({ browser, origin, open }) => {
  const { element } = await dialogSnippets(browser, origin, 'm=nps&v=counts&l=it&promoters=70&passives=20&detractors=10');
  const s = await open('blocked.html', strictCsp(origin, { scripts: "'self'" }), element);
  const link = s.page.getByRole('link', { name: 'Apri il calcolatore Net Promoter Score (NPS)' });
  await link.waitFor();
  assert.equal(await link.isVisible(), true);
  assert.equal(await link.getAttribute('href'), `${origin}/#m=nps&v=counts&l=it&promoters=70&passives=20&detractors=10`);
  assert.equal(await s.page.evaluate(() => !!customElements.get('polso-calculator')), false);
}));

test('with wasm refused by the blog’s CSP, a message and the link are shown, not an empty box', () => withBlog(async ({ browser, origin, open }) => {
  const { element } = await dialogSnippets(browser, origin, 'm=nps&v=counts&l=en&promoters=70&passives=20&detractors=10');
  const s = await open('nowasm.html', strictCsp(origin, { wasm: false }), element);
  await s.page.waitForSelector('polso-calculator[data-failed]', { timeout: 15000 });
  const calc = s.page.locator('polso-calculator');
  assert.match(await calc.locator('[role=alert]').innerText(), /^This calculator could not start on this page \(.+\)\.$/);
  assert.equal(await s.page.getByRole('link', { name: 'Open the Net Promoter Score (NPS) calculator' }).isVisible(), true);
}));

test('the iframe snippet: the frame’s height follows its content when the result appears', () => withBlog(async ({ browser, origin, open }) => {
  const { iframe } = await dialogSnippets(browser, origin, 'm=nps&v=counts&l=en');
  assert.match(iframe, /height="720"/); // what a host that strips the script keeps
  const script = iframe.match(/<script>([\s\S]*)<\/script>/)[1];
  const s = await open('frame.html', `default-src 'none'; script-src ${sha256(script)}; frame-src ${origin}`, iframe);
  const frameEl = s.page.locator('iframe[data-polso]');
  const heightNow = () => frameEl.evaluate((f) => Number(f.getAttribute('height')));
  const frame = s.page.frameLocator('iframe[data-polso]');
  const calc = frame.locator('polso-calculator');
  await calc.locator('.result .status').waitFor({ timeout: 15000 });
  // (polled from here: the blog's CSP forbids the eval that page.waitForFunction needs)
  const until = async (ok) => {
    for (let i = 0; i < 150 && !ok(await heightNow()); i++) await new Promise((r) => setTimeout(r, 100));
    return heightNow();
  };
  await until((h) => h !== 720);
  const before = await heightNow();
  await calc.getByLabel('Promoters', { exact: true }).fill('70');
  await calc.getByLabel('Passives', { exact: true }).fill('20');
  await calc.getByLabel('Detractors', { exact: true }).fill('10');
  await calc.locator('.value').waitFor();
  assert.ok(await until((h) => h > before + 100) > before + 100, `the frame grew from ${before}`);
  // It fits: the frame's document is as tall as the iframe, no inner scroll bar.
  const inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  assert.equal(await heightNow(), inner);
  assert.deepEqual(s.rec.errors, []);
}));

test('Polso’s server lets other origins read what an embed fetches', () => withSession(async ({ origin }) => {
  for (const f of ['embed.js', 'polso-calc.wasm']) {
    const r = await fetch(`${origin}/${f}`, { headers: { Origin: 'http://blog.example' } });
    assert.equal(r.headers.get('access-control-allow-origin'), '*', f);
  }
}));
