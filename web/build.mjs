// Assembles dist/ from the wasm build and the web sources.
// Usage: node web/build.mjs <wasm-bin-dir> <dist-dir>
//
// dist/
//   index.html, app.js, app.css      the hosted page (app.js: esbuild bundle of web/app/main.js)
//   analysis-worker.js               the file-analysis module worker (bundle of web/app/analysis/reading/analysis-worker.js)
//   embed.js                         <polso-calculator> for any page (bundle of web/app/embed.js)
//   polso.wasm, polso.js             the core, loaded by app.js / embed.js from beside them
//   polso-simd.wasm                  the same core built with -msimd128: the analysis
//                                    worker's where the browser has SIMD (analysis/reading/wasm-build.js)
//   polso.html                       the whole app in one file (JS, CSS, wasm inlined) for file://
//   embed-demo.html                  a sample blog post embedding two calculators (one in Italian)
//   embed-hostile.html               a test fixture: hostile host CSS around two calculators
//   sw.js, manifest.webmanifest, icon.svg   offline after the first visit; installable
//   polso-api.js, polso-single.js    the JS face of the core, for node scripts and tests
//
// esbuild bundles the ES modules (one request instead of a dozen, no import
// waterfall) and minifies them; it also inlines everything for polso.html.
import { cp, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { cssText } from './css-text.mjs';

const [wasmDir = 'build-wasm/bin', dist = 'dist'] = process.argv.slice(2);
// Where the hosted app lives (https://…/polso/), for the links the offline file
// copies ("Copy share link", the Embed dialog); unset: they say they work only
// on this computer. docs/embedding.md.
const publicUrl = process.env.POLSO_PUBLIC_URL ?? '';
if (publicUrl && !/^https?:\/\//.test(publicUrl)) throw new Error(`POLSO_PUBLIC_URL must start with http(s)://, not ${publicUrl}`);
const web = new URL('.', import.meta.url).pathname;
const wasmBin = resolve(wasmDir);

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const CSP_BASE = "default-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";
const CSP_HOSTED = `${CSP_BASE}; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; manifest-src 'self'; worker-src 'self'`;

// polso-api.js imports './polso.js'; point it at the wasm build's loader (or,
// for the single file, at the loader with the wasm inlined). The glue only
// defines its factory, so it is marked free of side effects: a bundle that never
// calls a factory (the embed never loads the file-analysis module) drops it.
const wasmLoader = (file, calcFile) => ({
  name: 'polso-wasm-loader',
  setup(b) {
    b.onResolve({ filter: /^\.\/polso\.js$/ }, () => ({ path: join(wasmBin, file), sideEffects: false }));
    b.onResolve({ filter: /^\.\/polso-calc\.js$/ }, () => ({ path: join(wasmBin, calcFile), sideEffects: false }));
  },
});

// The single file carries the wasm once: polso-single.js's glue with its
// inlined wasm taken out (it is then only ever given a compiled module), the
// base64 as the module polso:wasm-base64 (web/app/single-wasm.js compiles
// it), and the analysis worker's bundle, on that glue, as the text of
// polso:analysis-worker-source (started from a blob: URL). Other bundles get ''.
const WASM_DATA_URL = /wasmBinaryFile="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;
async function splitSingleGlue() {
  const glue = await readFile(join(wasmBin, 'polso-single.js'), 'utf8');
  const found = glue.match(WASM_DATA_URL);
  if (!found) throw new Error('polso-single.js: the inlined wasm was not found (Emscripten changed its output?)');
  return { glue: glue.replace(WASM_DATA_URL, 'wasmBinaryFile=""'), base64: found[1] };
}
const singleParts = ({ glue, base64 = '', workerSource = '' } = {}) => ({
  name: 'polso-single-parts',
  setup(b) {
    if (glue) {
      b.onResolve({ filter: /^\.\/polso(-calc)?\.js$/ }, () => ({ path: 'polso-glue', namespace: 'polso-single', sideEffects: false }));
      b.onLoad({ filter: /^polso-glue$/, namespace: 'polso-single' }, () => ({ contents: glue, loader: 'js', resolveDir: wasmBin }));
    }
    b.onResolve({ filter: /^polso:(wasm-base64|analysis-worker-source)$/ }, (a) => ({ path: a.path, namespace: 'polso-single' }));
    b.onLoad({ filter: /^polso:/, namespace: 'polso-single' }, (a) => ({
      contents: `export default ${JSON.stringify(a.path === 'polso:wasm-base64' ? base64 : workerSource)};`, loader: 'js' }));
  },
});

// The tagged queries of docs/at-scale.md, as the module polso:warehouse-sql
// (the page's warehouse panel shows them): the doc is the one copy.
const warehouseSql = {
  name: 'polso-warehouse-sql',
  setup(b) {
    b.onResolve({ filter: /^polso:warehouse-sql$/ }, () => ({ path: 'warehouse-sql', namespace: 'polso-doc' }));
    b.onLoad({ filter: /.*/, namespace: 'polso-doc' }, async () => {
      const { readDoc, docPath } = await import('../tests/warehouse/sql-blocks.mjs');
      const blocks = readDoc().blocks.map(({ engine, dataset, period, sql, source }) =>
        ({ engine, dataset, period, sql, source: { dataset: source.dataset, table: source.table, columns: source.columns.map(({ name, role }) => ({ name, role })) } }));
      return { contents: `export default ${JSON.stringify(blocks)};`, loader: 'js', watchFiles: [docPath.pathname] };
    });
  },
};

// `classic`: a classic script (the single file's worker), where import.meta.url
// is the script's own address.
async function bundle(entry, { single = null, outfile, classic = false } = {}) {
  const result = await build({
    entryPoints: [join(web, entry)],
    bundle: true, format: classic ? 'iife' : 'esm', minify: true, target: 'es2022', charset: 'utf8',
    legalComments: 'none', write: !!outfile, outfile,
    external: ['node:*'], // polso-api.js reads the wasm from disk only under node
    define: { __POLSO_SINGLE_FILE__: String(!!single), __POLSO_PUBLIC_URL__: JSON.stringify(publicUrl),
      ...(classic ? { 'import.meta.url': 'self.location.href' } : {}) },
    plugins: [singleParts(single ?? {}), ...(single ? [] : [wasmLoader('polso.js', 'polso-calc.js')]), warehouseSql, cssText],
    logLevel: 'warning',
  });
  return outfile ? null : result.outputFiles[0].text;
}

// Text that is safe inside an inline <script>/<style> element.
const inlineSafe = (text) => text.replace(/<\/(script|style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

await rm(join(dist, 'polso-api-demo.js'), { force: true }); // the old placeholder
await mkdir(dist, { recursive: true });

// The core, as built.
for (const f of ['polso.js', 'polso.wasm', 'polso-simd.wasm', 'polso-calc.js', 'polso-calc.wasm', 'polso-single.js']) await cp(join(wasmDir, f), join(dist, f));
await cp(join(web, 'polso-api.js'), join(dist, 'polso-api.js'));

// Bundles.
await bundle('app/main.js', { outfile: join(dist, 'app.js') });
await bundle('app/embed.js', { outfile: join(dist, 'embed.js') });
await bundle('app/analysis/reading/analysis-worker.js', { outfile: join(dist, 'analysis-worker.js') });
for (const f of ['icon.svg', 'manifest.webmanifest']) await cp(join(web, f), join(dist, f));
// The page's styles: the palette (app/shared/tokens.css, also adopted by each element) first.
const pageCss = (await readFile(join(web, 'app/shared/tokens.css'), 'utf8')) + (await readFile(join(web, 'app.css'), 'utf8'));
await writeFile(join(dist, 'app.css'), pageCss);

// The hosted page.
const icon = `data:image/svg+xml;base64,${(await readFile(join(web, 'icon.svg'))).toString('base64')}`;
const template = await readFile(join(web, 'index.html'), 'utf8');
await writeFile(join(dist, 'index.html'), template
  .replace('<!--CSP-->', CSP_HOSTED)
  .replace('<!--HEAD-->', [
    '<link rel="stylesheet" href="app.css">',
    '<link rel="manifest" href="manifest.webmanifest">',
    // A data: favicon: Chromium re-requests a linked one on every history.replaceState.
    `<link rel="icon" href="${icon}" type="image/svg+xml">`,
  ].join('\n'))
  .replace('<!--SCRIPT-->', '<script type="module" src="app.js"></script>'));

// The single self-contained file: no request at all, works from file://.
// A page from file:// cannot load a worker script, so the analysis worker's
// bundle (a classic script) is inside the page's and starts from a blob: URL
// (worker-src blob:), its reader and part workers too (analysis-worker.js);
// where that fails, the file analysis runs on the main thread, in 1 MiB slices.
const glue = await splitSingleGlue();
const workerSource = await bundle('app/analysis/reading/analysis-worker.js', { single: { glue: glue.glue }, classic: true });
const singleJs = inlineSafe(await bundle('app/main.js', { single: { ...glue, workerSource } }));
const css = inlineSafe(pageCss);
// connect-src data: as before (it let Emscripten fetch() its inlined data:
// URL); the page now compiles the wasm from its base64 itself (single-wasm.js)
// and nothing fetches at all.
const singleCsp = `${CSP_BASE}; script-src ${sha256(singleJs)} 'wasm-unsafe-eval'; style-src ${sha256(css)}; img-src data: blob:; connect-src data:; worker-src blob:`;
await writeFile(join(dist, 'polso.html'), template
  .replace('<!--CSP-->', singleCsp)
  .replace('<!--HEAD-->', () => `<style>${css}</style>\n<link rel="icon" href="${icon}" type="image/svg+xml">`)
  .replace('<!--SCRIPT-->', () => `<script type="module">${singleJs}</script>`));

// The embed demo and the hostile-CSS fixture: their host CSS is inline, allowed by hash.
for (const name of ['embed-demo.html', 'embed-hostile.html']) {
  const page = await readFile(join(web, name), 'utf8');
  const hostCss = page.match(/<style>([\s\S]*?)<\/style>/)[1];
  await writeFile(join(dist, name), page.replace('<!--CSP-->',
    `${CSP_BASE}; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${sha256(hostCss)}; img-src 'self' data:; connect-src 'self'`)
    .replace('<!--ICON-->', () => `<link rel="icon" href="${icon}" type="image/svg+xml">`));
}

// Service worker: precache the hosted app; the version changes with its bytes.
// polso.html too: "download the offline file" must work offline. Of the two
// analysis wasm builds it caches the one this browser loads (web/sw.js).
const assets = ['./', 'index.html', 'app.js', 'app.css', 'polso-calc.wasm', 'analysis-worker.js', 'embed.js', 'manifest.webmanifest', 'icon.svg', 'polso.html'];
const hash = createHash('sha256');
for (const a of [...assets.slice(1), 'polso.wasm', 'polso-simd.wasm']) hash.update(await readFile(join(dist, a)));
await build({
  entryPoints: [join(web, 'sw.js')], bundle: true, format: 'iife', minify: true, target: 'es2022',
  legalComments: 'none', outfile: join(dist, 'sw.js'), logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(`polso-${hash.digest('hex').slice(0, 12)}`), __ASSETS__: JSON.stringify(assets) },
});

// dist/ holds ES modules: node must read its .js files as such.
await writeFile(join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
