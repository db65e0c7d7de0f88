#!/usr/bin/env node
// Web benchmarks for Polso (run after scripts/build):
//   1. bytes a blog reader downloads for one embedded calculator: embed.js + polso-calc.wasm
//      (the calculators-only module the embed loads), gzipped, against the 150 KB budget, and what dominates embed.js (per source module);
//   2. navigation → usable calculator in headless Chromium (median of N runs);
//   3. keystroke → updated result (median of N keystrokes).
// Usage: node scripts/bench-web.mjs [--runs N] [--json FILE]
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cssText } from '../web/css-text.mjs';
import { launch, startServer } from '../tests/e2e/helpers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 9;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const BUDGET = 150 * 1024;

const gz = async (f) => {
  const raw = await readFile(join(dist, f));
  return { file: f, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
};
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// 1. sizes
const sizes = await Promise.all(['embed.js', 'polso-calc.wasm', 'polso.wasm', 'polso-simd.wasm', 'app.js', 'app.css', 'polso.html'].map(gz));
const by = Object.fromEntries(sizes.map((s) => [s.file, s]));
const embedTotal = by['embed.js'].gzip + by['polso-calc.wasm'].gzip;
// What dominates embed.js: minified bytes per source module (esbuild metafile).
const meta = (await build({
  entryPoints: [join(root, 'web/app/embed.js')], bundle: true, format: 'esm', minify: true, write: false,
  metafile: true, external: ['node:*', 'polso:*'], outfile: 'embed.js', define: { __POLSO_SINGLE_FILE__: 'false' },
  plugins: [{ name: 'wasm', setup(b) { b.onResolve({ filter: /^\.\/polso(-calc)?\.js$/ }, (a) => ({ path: join(root, 'build-wasm/bin', a.path.slice(2)), sideEffects: false })); } }, cssText],
})).metafile;
const modules = Object.entries(Object.values(meta.outputs)[0].inputs)
  .map(([path, v]) => ({ path: path.replace(/^.*?(web\/|build-wasm\/)/, '$1'), bytes: v.bytesInOutput }))
  .sort((a, b) => b.bytes - a.bytes);

// 2 and 3: timings in headless Chromium
const { server, origin } = await startServer();
const browser = await launch();
async function timeToUsable(path) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${origin}/${path}`);
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined
      || [...document.querySelectorAll('polso-calculator')].every((c) => c.dataset.ready !== undefined));
    // time origin = navigation start; ready = the calculator's form is on screen
    times.push(await page.evaluate(() => performance.getEntriesByName('polso-ready')[0]?.startTime ?? performance.now()));
    await context.close();
  }
  return times;
}
const usablePage = await timeToUsable('index.html');
const usableEmbed = await timeToUsable('embed-demo.html');

const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto(`${origin}/index.html#m=nps&l=en&passives=20&detractors=10`);
await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
await page.evaluate(() => {
  const calc = document.querySelector('polso-calculator');
  window.__lat = { sync: [], frame: [] };
  let t0 = 0;
  window.addEventListener('keydown', () => { t0 = performance.now(); }, true);
  calc.addEventListener('polso-change', () => {
    const t1 = performance.now();
    window.__lat.sync.push(t1 - t0);
    requestAnimationFrame(() => setTimeout(() => window.__lat.frame.push(performance.now() - t0), 0));
  });
});
const input = page.getByLabel('Promoters', { exact: true });
await input.focus();
for (let i = 0; i < Math.max(20, runs * 3); i++) {
  await page.keyboard.press(String((i % 9) + 1));
  if (i % 4 === 3) await page.keyboard.press('Backspace');
  await page.waitForTimeout(20);
}
const lat = await page.evaluate(() => window.__lat);
const scoresLat = await page.evaluate(() => {
  // a 10,000-answer paste, parsed and evaluated
  const calc = document.querySelector('polso-calculator');
  calc.setState({ metric: 'nps', variant: 'scores', lang: 'en', inputs: {} });
  const ta = calc.shadowRoot.querySelector('textarea');
  ta.value = Array.from({ length: 10000 }, (_, i) => (i * 7) % 11).join('\n');
  const t0 = performance.now();
  ta.dispatchEvent(new Event('input'));
  return performance.now() - t0;
});
await browser.close();
server.close();

const result = {
  runs,
  bytes: { embed_js_gzip: by['embed.js'].gzip, wasm_gzip: by['polso-calc.wasm'].gzip, full_wasm_gzip: by['polso.wasm'].gzip, simd_wasm_gzip: by['polso-simd.wasm'].gzip, embed_total_gzip: embedTotal, budget: BUDGET,
    app_js_gzip: by['app.js'].gzip, single_file_gzip: by['polso.html'].gzip, wasm_share: embedTotal ? by['polso-calc.wasm'].gzip / embedTotal : 0 },
  embed_modules: modules.slice(0, 6),
  ms: { usable_page_median: median(usablePage), usable_embed_median: median(usableEmbed),
    keystroke_sync_median: median(lat.sync), keystroke_frame_median: median(lat.frame), paste_10k_scores: scoresLat },
};

const rows = [
  ['embed.js + polso-calc.wasm (gzip)', `${kb(embedTotal)} of ${kb(BUDGET)} budget${embedTotal > BUDGET ? '  OVER' : ''}`],
  ['  polso-calc.wasm (gzip)', `${kb(by['polso-calc.wasm'].gzip)} (${(result.bytes.wasm_share * 100).toFixed(0)}%; raw ${kb(by['polso-calc.wasm'].raw)})`],
  ['polso.wasm, files too (gzip)', `${kb(by['polso.wasm'].gzip)}; the page's analysis worker, where the browser has no SIMD`],
  ['polso-simd.wasm (gzip)', `${kb(by['polso-simd.wasm'].gzip)}; the same built with SIMD128, loaded instead where it has`],
  ['  embed.js (gzip)', `${kb(by['embed.js'].gzip)} (raw ${kb(by['embed.js'].raw)})`],
  ...modules.slice(0, 4).map((m) => [`    ${m.path}`, `${kb(m.bytes)} minified`]),
  ['app.js (gzip), page only', kb(by['app.js'].gzip)],
  ['polso.html single file (gzip)', kb(by['polso.html'].gzip)],
  [`navigation → usable, page (median of ${runs})`, `${result.ms.usable_page_median.toFixed(0)} ms`],
  [`navigation → usable, embed demo (median of ${runs})`, `${result.ms.usable_embed_median.toFixed(0)} ms`],
  [`keystroke → result updated (median of ${lat.sync.length})`, `${result.ms.keystroke_sync_median.toFixed(2)} ms`],
  ['keystroke → next frame painted (median)', `${result.ms.keystroke_frame_median.toFixed(1)} ms`],
  ['paste 10,000 scores → result', `${scoresLat.toFixed(1)} ms`],
];
const w = Math.max(...rows.map((r) => r[0].length));
console.log('Polso web bench');
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
if (jsonOut) {
  await mkdir(dirname(jsonOut), { recursive: true });
  await writeFile(jsonOut, JSON.stringify(result, null, 2) + '\n');
}
if (embedTotal > BUDGET) process.exitCode = 1;
