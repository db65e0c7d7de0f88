#!/usr/bin/env node
// Runs Polso's benchmarks against its peers, all in this one run on this machine,
// and writes OUT/summary.json and OUT/summary.md (OUT = bench-results/).
//   CSV throughput, one survey file, NPS per month and per channel:
//     polso-wasm  the page's worker + wasm in headless Chromium, from the File to the report
//     papaparse   Papa.parse(file, {worker: true, chunk}) + NPS in JS (bench/nps.js)
//     udsv        uDSV's incremental parser in a worker + the same JS
//     native      build/bin/polso analyze FILE --metric nps --period month (and --threads 1 when it has threads)
//     duckdb-wasm DuckDB-Wasm in the same page on the same File; duckdb-Nt DuckDB in node, N threads
//     file-read-slice / file-read-stream / cat: the bare read, the physical limit
//   every report must agree (overall NPS, n, each month, each channel), or the run fails;
//   orders and conversations (bench/dataset-bench.mjs): one generated file each, the same peers
//     (Papa Parse with bench/datasets.js's counting), every headline figure against the native CLI;
//   memory: wasm memory after a big file, and the native CLI's peak RSS on it;
//   xlsx throughput (bench/xlsx.mjs): one large survey workbook, Polso-wasm in node
//     through the page's workbook door, SheetJS (npm xlsx), the native CLI — same figures;
//   web: scripts/bench-web.mjs (bytes, navigation → usable, keystroke → result).
// Usage: node bench/run.mjs [--quick] [--runs N] [--out DIR] [--size MiB] [--big MiB]
//          [--variant NAME=path/to/polso.js]... [--chunk-kib N,N…] [--no-web]
//          [--xlsx-rows N | --no-xlsx]
//          [--customers N | --no-orders] [--tickets N | --no-conversations] [--dataset-runs N] [--duckdb-threads 1,2]
//          [--baseline-native path/to/polso]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../web/serve.mjs';
import { comparable, differences } from './nps.js';
import { runDatasetBench, datasetLines } from './dataset-bench.mjs';
import { runXlsxBench } from './xlsx.mjs';
import { build as esbuild } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const opts = (name) => argv.flatMap((a, i) => (a === name ? [argv[i + 1]] : []));

const quick = flag('--quick');
const out = resolve(opt('--out', join(root, 'bench-results')));
const sizeMiB = Number(opt('--size', quick ? 24 : 256));
const bigMiB = Number(opt('--big', quick ? 96 : 1024));
const runs = Number(opt('--runs', quick ? 3 : 5));
const variants = opts('--variant').map((v) => { const [name, path] = v.split('='); return { name, path: resolve(path) }; });
const xlsxRows = flag('--no-xlsx') ? 0 : Number(opt('--xlsx-rows', quick ? 100_000 : 1_000_000));
const chunkKiBs = (opt('--chunk-kib', '') || '').split(',').filter(Boolean).map(Number);
// Orders and conversations: best of 3 even in a full run (a 180 MB orders file
// takes Papa Parse ~35 s a run on this machine).
const datasetRuns = Number(opt('--dataset-runs', Math.min(runs, 3)));
// DuckDB's thread counts tried (its best is the one the targets use): 1, 2 and every core.
const duckdbThreads = (opt('--duckdb-threads', '') || [...new Set([1, Math.min(2, cpus().length), cpus().length])].join(',')).split(',').map(Number);
const datasetSizes = {
  orders: flag('--no-orders') ? 0 : Number(opt('--customers', quick ? 100_000 : 1_000_000)),
  conversations: flag('--no-conversations') ? 0 : Number(opt('--tickets', quick ? 100_000 : 1_000_000)),
};
// Today's figures (bench/README.md, 2026-11-26 full run), the baselines of
// issue 11's "× today's" targets when no build of today is measured in the
// same run (--variant today=DIST/analysis-worker.js for the one worker,
// --baseline-native PATH).
const RECORDED = { oneWorkerMBps: 284.5, nativeMBps: 480.5, date: '2026-11-26', embedKB: 148.7, embedDate: '2026-12-01' };
const baselineNative = opt('--baseline-native', null);
const TARGETS = {
  papaparse: 5, udsv: 2, native: 0.5, xlsxSheetjs: 1, commentsOnOverOff: 0.5, wasmMemoryMiB: 64, embedKB: 150,
  // issue 11
  allCoresOverPapa: 10, overFileRead: 0.5, simdOneWorker: 1.5, nativeOneThread: 2, nativeAllThreads: 1.7,
  nativeOverDuckdb: 3, datasetOverPapa: 5, rssGrowth: 1.25,
};

mkdirSync(out, { recursive: true });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const MB = 1e6, MiB = 1024 * 1024;
const say = (s) => process.stdout.write(`${s}\n`);

// ---------------------------------------------------------------- data
function dataFile(mib) {
  const dir = join(out, 'data');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `survey-${mib}MiB-seed42.csv`);
  if (!existsSync(file) || statSync(file).size < mib * MiB) {
    say(`generating ${basename(file)} …`);
    const r = spawnSync(process.execPath, [join(root, 'scripts/gen-survey.mjs'), `${file}.tmp`, String(mib), '42'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('gen-survey failed');
    spawnSync('mv', [`${file}.tmp`, file]);
  }
  return { path: file, bytes: statSync(file).size };
}

// ---------------------------------------------------------------- native CLI
// `extra`: more CLI arguments (["--comment-column", "none"]: the same file
// without reading its comments, for the cost of issue 17's analysis).
// `base`: the analysis (survey NPS by default; `--dataset orders --period month` …);
// `binary`: another build of the CLI (--baseline-native).
function native(file, extra = [], base = ['--metric', 'nps', '--period', 'month'], binary = join(snap, 'polso')) {
  const res = join(out, 'native-run.json'), stdout = join(out, 'native-report.json');
  const r = spawnSync('python3', [join(root, 'bench/native.py'), res, stdout, binary,
    'analyze', file, ...base, '--json', ...extra], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('native.py failed');
  const run = JSON.parse(readFileSync(res, 'utf8'));
  const report = JSON.parse(readFileSync(stdout, 'utf8'));
  if (run.exit !== 0 || report.ok === false) throw new Error(`polso analyze failed: ${JSON.stringify(report).slice(0, 400)}`);
  return { ms: run.ms, cpuMs: run.cpu_ms, maxRssKiB: run.max_rss_kib, report };
}

// `cat FILE > /dev/null`: the physical limit for the CLI (process start included, as for the CLI).
function catFile(file) {
  const t0 = performance.now();
  const r = spawnSync('cat', [file], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('cat failed');
  return { ms: performance.now() - t0 };
}

// DuckDB in node, a fresh process per run (bench/duckdb-peer.mjs); its own
// clock, from creating the database to the rows (node's start not counted).
function duckdbNative(dataset, file, threads) {
  const r = spawnSync(process.execPath, [join(root, 'bench/duckdb-peer.mjs'), dataset, file, String(threads)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`duckdb-peer failed: ${r.stderr.slice(0, 400)}`);
  return JSON.parse(r.stdout);
}

// Does this CLI take --threads (issue 11's parallel path)?
const nativeThreads = (() => {
  const r = spawnSync(join(root, 'build/bin/polso'), ['analyze', '--help'], { encoding: 'utf8' });
  return /--threads/.test(`${r.stdout}${r.stderr}`);
})();

// ---------------------------------------------------------------- browser
// A snapshot of the artifacts under test: others may rebuild dist/ and build/
// while a run goes on, and a half-written polso.js/polso.wasm pair must not be
// measured. The page's own analysis worker is used when it is built; otherwise
// the bench's stand-in (bench/polso-worker.js) loads the snapshot's polso.js.
const snap = join(out, 'snapshot');
mkdirSync(snap, { recursive: true });
for (const f of ['polso.js', 'polso.wasm', 'polso-simd.wasm', 'analysis-worker.js']) {
  if (existsSync(join(root, 'dist', f))) cpSync(join(root, 'dist', f), join(snap, f));
  else rmSync(join(snap, f), { force: true }); // not left over from a run of another build
}
cpSync(join(root, 'build/bin/polso'), join(snap, 'polso'));
writeFileSync(join(snap, 'package.json'), '{ "type": "module" }\n'); // polso.js is an ES module
if (!snap.startsWith(root)) throw new Error('--out must be inside the repository (the bench page is served from it)');
const snapUrl = `/${snap.slice(root.length).replace(/^\/+/, '')}`;
const productWorker = existsSync(join(snap, 'analysis-worker.js')) ? `${snapUrl}/analysis-worker.js` : '/bench/polso-worker.js';
const defaultModule = `${snapUrl}/polso.js`;
{ // the glue and the wasm must belong to one build
  const { default: create } = await import(pathToFileURL(join(snap, 'polso.js')).href);
  const m = await create({ wasmBinary: readFileSync(join(snap, 'polso.wasm')) }).catch((e) => { throw new Error(`dist/polso.js and dist/polso.wasm do not match (a build in progress?): ${e.message ?? e}`); });
  if (typeof m.Analysis !== 'function') throw new Error('dist/polso.js has no Analysis class');
}
// A variant given as a .wasm runs with the snapshot's glue (the SIMD build
// shares polso.js with the scalar one and differs only in its .wasm); one
// given as an analysis-worker.js is a product worker (of another build: its
// .wasm files beside it), run with one worker.
// With a SIMD build in dist/, the snapshot's own worker is measured with one
// worker twice more in the same run: with only polso.wasm beside it (the
// worker falls back to it, as where a browser has no SIMD) and with both.
if (existsSync(join(snap, 'polso-simd.wasm')) && existsSync(join(snap, 'analysis-worker.js'))) {
  for (const [name, files] of [['scalar', ['polso.wasm']], ['simd', ['polso.wasm', 'polso-simd.wasm']]]) {
    if (!variants.some((v) => v.name === name)) variants.push({ name, path: join(snap, 'analysis-worker.js'), files });
  }
}
// DuckDB-Wasm's page module with apache-arrow, one ES module for the page.
await esbuild({ entryPoints: [join(root, 'bench/duckdb-page.js')], bundle: true, format: 'esm', platform: 'browser',
  outfile: join(snap, 'duckdb-page.bundle.js'), logLevel: 'error' });
const duckdbBundleUrl = `${snapUrl}/duckdb-page.bundle.js`;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function openBench() {
  const server = await serve(root, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // Every peer loads from the bench's own server (DuckDB-Wasm included: no CDN).
  page.on('request', (r) => { if (!/^(blob|data):/.test(r.url()) && !r.url().startsWith(origin)) errors.push(`request outside the bench server: ${r.url()}`); });
  await page.goto(`${origin}/bench/index.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
  return {
    page, errors,
    async select(file) { await page.setInputFiles('#file', file); },
    run: (peer, arg) => page.evaluate(([p, a]) => window.bench[p](a), [peer, { worker: productWorker, moduleUrl: defaultModule, ...arg }]),
    async close() { await browser.close(); server.close(); },
  };
}

// ---------------------------------------------------------------- run
const started = new Date();
const loadBefore = loadavg()[0];
if (loadBefore > 1.5) say(`warning: load average ${loadBefore.toFixed(1)} on ${cpus().length} cores — other work is running; figures will be noisy (best-of-N is reported)`);
const small = dataFile(sizeMiB);
const big = dataFile(bigMiB);
say(`\nthroughput file ${basename(small.path)} (${(small.bytes / MB).toFixed(0)} MB), ${runs} runs each`);

// Peers that report figures, and the bare reads (no figures: the physical limit).
const duckdbPeers = duckdbThreads.map((t) => `duckdb-${t}t`);
const peers = ['polso-wasm', 'papaparse', 'udsv', 'duckdb-wasm', 'native', ...(nativeThreads ? ['native-1t'] : []), 'native-no-comments',
  ...(baselineNative ? ['native-baseline'] : []), ...duckdbPeers, ...variants.map((v) => `polso-wasm-${v.name}`)];
const reads = ['file-read-slice', 'file-read-stream', 'cat'];
const oneWorker = 'polso-wasm-1w';  // added when the product worker reports how many workers it used
const times = Object.fromEntries([...peers, ...reads, oneWorker].map((p) => [p, []]));
const reports = {};
const extra = {};
// CPU time (user + system, all threads) of the native peers' runs: on a busy
// machine their wall clock waits for a core; this shows how much.
const cpuTimes = {};
const noteCpu = (peer, ms) => (cpuTimes[peer] ??= []).push(ms);

const bench = await openBench();
// Variants are copied beside the bench page so the worker can load them.
for (const v of variants) {
  const dir = join(out, 'variants', v.name);
  mkdirSync(dir, { recursive: true });
  const served = (f) => `/${join(dir, f).slice(root.length).replace(/^\/+/, '')}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (basename(v.path) === 'analysis-worker.js') {
    v.worker = true;
    const from = dirname(v.path);
    const files = v.files ?? ['polso.wasm', 'polso-simd.wasm'].filter((f) => existsSync(join(from, f)));
    for (const f of ['analysis-worker.js', ...files]) cpSync(join(from, f), join(dir, f));
    v.url = served('analysis-worker.js');
    continue;
  }
  const wasmOnly = v.path.endsWith('.wasm');
  cpSync(wasmOnly ? join(snap, 'polso.js') : v.path, join(dir, 'polso.js'));
  cpSync(wasmOnly ? v.path : v.path.replace(/\.js$/, '.wasm'), join(dir, 'polso.wasm'));
  v.url = served('polso.js');
}
await bench.select(small.path);
for (let r = 0; r < runs; r++) {
  // Interleaved rounds, so drift of the machine hits every peer alike.
  const n = native(small.path);
  times.native.push(n.ms); reports.native = comparable(n.report); extra.nativeRssSmallKiB = n.maxRssKiB; noteCpu('native', n.cpuMs);
  if (nativeThreads) {
    const n1 = native(small.path, ['--threads', '1']);
    times['native-1t'].push(n1.ms); reports['native-1t'] = comparable(n1.report); noteCpu('native-1t', n1.cpuMs);
  }
  if (baselineNative) {
    const nb0 = native(small.path, [], undefined, resolve(baselineNative));
    times['native-baseline'].push(nb0.ms); reports['native-baseline'] = comparable(nb0.report); noteCpu('native-baseline', nb0.cpuMs);
  }
  times.cat.push(catFile(small.path).ms);
  for (const t of duckdbThreads) {
    const d = duckdbNative('survey', small.path, t);
    times[`duckdb-${t}t`].push(d.ms); reports[`duckdb-${t}t`] = comparable(d.report); noteCpu(`duckdb-${t}t`, d.cpuMs);
  }
  const nc = native(small.path, ['--comment-column', 'none']);
  times['native-no-comments'].push(nc.ms); reports['native-no-comments'] = comparable(nc.report);
  const p = await bench.run('polso');
  times['polso-wasm'].push(p.ms); reports['polso-wasm'] = comparable(p.report);
  (extra.polsoSplit ??= []).push({ ms: p.ms, workerMs: p.elapsedMs, readMs: p.readMs, feedMs: p.feedMs });
  extra.polsoWorker = p.worker;
  // The parallel worker says how many workers it ran; then one worker is measured apart.
  if (p.workers !== undefined) {
    extra.polsoWorkers = p.workers;
    const p1 = await bench.run('polso', { workers: 1 });
    times[oneWorker].push(p1.ms); reports[oneWorker] = comparable(p1.report);
    (extra.oneWorkerSplit ??= []).push({ ms: p1.ms, workerMs: p1.elapsedMs, readMs: p1.readMs, feedMs: p1.feedMs });
  }
  for (const how of ['slice', 'stream']) times[`file-read-${how}`].push((await bench.run('read', { how })).ms);
  const dw = await bench.run('duckdb', { bundleUrl: duckdbBundleUrl, dataset: 'survey' });
  times['duckdb-wasm'].push(dw.ms); reports['duckdb-wasm'] = comparable(dw.report);
  (extra.duckdbWasmReadyMs ??= []).push(dw.readyMs); extra.duckdbWasmBundle = dw.bundle;
  (extra.duckdbWasmQueryMs ??= []).push(dw.ms - dw.readyMs);
  for (const v of variants) {
    const pv = await bench.run('polso', v.worker ? { worker: v.url, workers: 1 } : { moduleUrl: v.url, worker: '/bench/polso-worker.js' });
    times[`polso-wasm-${v.name}`].push(pv.ms); reports[`polso-wasm-${v.name}`] = comparable(pv.report);
  }
  const pp = await bench.run('papa');
  times.papaparse.push(pp.ms); reports.papaparse = comparable(pp.report);
  const u = await bench.run('udsv');
  times.udsv.push(u.ms); reports.udsv = comparable(u.report);
  say(`  round ${r + 1}: ${[...peers, ...reads, oneWorker].filter((k) => times[k][r] !== undefined).map((k) => `${k} ${times[k][r].toFixed(0)} ms`).join(', ')}`);
}

// Chunk size sweep, one worker (profiling aid; the product reads 4 MiB).
const chunkSweep = [];
for (const kib of chunkKiBs) {
  const ms = [];
  for (let r = 0; r < runs; r++) ms.push((await bench.run('polso', { chunkBytes: kib * 1024, workers: 1 })).ms);
  chunkSweep.push({ chunkKiB: kib, runsMs: ms, bestMs: Math.min(...ms), mbPerS: small.bytes / MB / (Math.min(...ms) / 1000) });
  say(`  chunk ${kib} KiB: ${chunkSweep.at(-1).mbPerS.toFixed(1)} MB/s`);
}

// Memory on the big file: wasm memory after the whole file, native peak RSS.
say(`\nmemory file ${basename(big.path)} (${(big.bytes / MB).toFixed(0)} MB)`);
await bench.select(big.path);
const pb = await bench.run('polso');
const nb = native(big.path);
const bigDiff = differences(comparable(pb.report), comparable(nb.report), 'polso-wasm', 'native');
const memory = {
  file: basename(big.path), bytes: big.bytes,
  wasmMemoryBytes: pb.wasmMemoryBytes, polsoMs: pb.ms, polsoMBps: big.bytes / MB / (pb.ms / 1000),
  nativeMaxRssKiB: nb.maxRssKiB, nativeMs: nb.ms, nativeMBps: big.bytes / MB / (nb.ms / 1000),
  mismatches: bigDiff,
};
say(`  wasm memory ${(pb.wasmMemoryBytes / MiB).toFixed(1)} MiB, native peak RSS ${(nb.maxRssKiB / 1024).toFixed(1)} MiB`);

// Orders and conversations (issue 11 item 4): one generated file each, the
// same peers in interleaved rounds, every figure against the native CLI's.
const datasets = {};
for (const [dataset, count] of Object.entries(datasetSizes)) {
  if (!count) continue;
  datasets[dataset] = await runDatasetBench({ dataset, count, root, dir: join(out, 'data'), runs: datasetRuns, say, bench, native,
    duckdbNative, duckdbThreads, duckdbBundleUrl, nativeThreads });
}
const pageErrors = [...bench.errors];
await bench.close();

// The .xlsx workbook: Polso-wasm (node), SheetJS, the native CLI, in interleaved rounds.
const xlsx = xlsxRows ? runXlsxBench({ dir: join(out, 'data'), rows: xlsxRows, runs, snap, native, say }) : null;

// Results must agree: every peer against the native CLI.
const mismatches = {};
for (const p of peers.filter((k) => k !== 'native')) {
  const d = differences(reports[p], reports.native, p, 'native');
  if (d.length) mismatches[p] = d;
}
if (bigDiff.length) mismatches['polso-wasm (big file)'] = bigDiff;
Object.assign(mismatches, xlsx?.mismatches);
for (const d of Object.values(datasets)) Object.assign(mismatches, d.mismatches);

// ---------------------------------------------------------------- web budget
let web = null;
if (!flag('--no-web')) {
  say('\nweb budget (scripts/bench-web.mjs)');
  const webJson = join(out, 'web.json');
  const r = spawnSync(process.execPath, [join(root, 'scripts/bench-web.mjs'), '--runs', quick ? '3' : '9', '--json', webJson], { stdio: 'inherit' });
  web = existsSync(webJson) ? JSON.parse(readFileSync(webJson, 'utf8')) : null;
  if (web) web.exitCode = r.status;
}

// ---------------------------------------------------------------- summary
const throughput = Object.fromEntries([...peers, ...reads, oneWorker].filter((p) => times[p].length).map((p) => {
  // Best of N: on a shared 2-core machine other work only ever adds time.
  const best = Math.min(...times[p]), med = median(times[p]);
  return [p, { bestMs: best, medianMs: med, runsMs: times[p], mbPerS: small.bytes / MB / (best / 1000), medianMbPerS: small.bytes / MB / (med / 1000) }];
}));
const mbps = (p) => throughput[p].mbPerS;
const bestOf = (names) => names.reduce((a, b) => (mbps(b) > mbps(a) ? b : a));
const duckdbBest = bestOf(duckdbPeers);
const nativeOne = nativeThreads ? 'native-1t' : 'native';
const ratios = {
  polso_over_papaparse: mbps('polso-wasm') / mbps('papaparse'),
  polso_over_duckdb_wasm: mbps('polso-wasm') / mbps('duckdb-wasm'),
  polso_over_file_read_slice: mbps('polso-wasm') / mbps('file-read-slice'),
  polso_over_file_read_stream: mbps('polso-wasm') / mbps('file-read-stream'),
  native_over_cat: mbps('native') / mbps('cat'),
  native_over_duckdb_best: mbps('native') / mbps(duckdbBest),
  native_all_over_one_thread: nativeThreads ? mbps('native') / mbps('native-1t') : null,
  native_one_thread_over_today: baselineNative ? mbps(nativeOne) / mbps('native-baseline') : mbps(nativeOne) / RECORDED.nativeMBps,
  // The page's one worker (on the SIMD build where dist/ has one) against
  // today's: the product worker of a build of before issue 11 given as
  // --variant today=DIST/analysis-worker.js,
  // else the scalar variant, else the recorded figure.
  one_worker_over_today: (() => {
    const one = throughput[oneWorker] ? mbps(oneWorker) : mbps('polso-wasm');
    const today = ['today', 'scalar'].find((name) => variants.some((v) => v.name === name));
    return today ? one / mbps(`polso-wasm-${today}`) : one / RECORDED.oneWorkerMBps;
  })(),
  simd_over_scalar: variants.some((v) => v.name === 'simd') && variants.some((v) => v.name === 'scalar')
    ? mbps('polso-wasm-simd') / mbps('polso-wasm-scalar') : null,
  native_rss_big_over_small: memory.nativeMaxRssKiB / extra.nativeRssSmallKiB,
  polso_over_udsv: mbps('polso-wasm') / mbps('udsv'),
  polso_over_native: mbps('polso-wasm') / mbps('native'),
  comments_on_over_off: mbps('native') / mbps('native-no-comments'),
};
const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? 'unknown';
const chromiumVersion = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim();
const summary = {
  date: started.toISOString(), mode: quick ? 'quick' : 'full', command: `scripts/bench ${argv.join(' ')}`.trim(),
  machine: { nproc: cpus().length, cpu, memGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.version, chromium: chromiumVersion },
  throughputFile: { file: basename(small.path), bytes: small.bytes, rows: reports.native.n },
  units: 'MB = 10^6 bytes; MB/s and ratios from the best of N wall-clock runs (median also given): from File in hand to report on the main thread (browser), process start to exit (native)',
  loadAverage: { before: loadBefore, after: null },
  throughput, ratios, targets: TARGETS, polsoWorker: extra.polsoWorker, polsoSplit: extra.polsoSplit, oneWorkerSplit: extra.oneWorkerSplit,
  chunkSweep, memory, xlsx, datasets, nativeRssThroughputFileKiB: extra.nativeRssSmallKiB, web, mismatches, pageErrors,
  cpuTimes, nativeThreads, polsoWorkers: extra.polsoWorkers ?? null, duckdbBest, duckdbWasm: { bundle: extra.duckdbWasmBundle, readyMs: extra.duckdbWasmReadyMs, queryMs: extra.duckdbWasmQueryMs },
  recordedBaselines: RECORDED,
  peers: {
    papaparse: 'papaparse 5.7.1, Papa.parse(File, {worker:true, skipEmptyLines:true, chunk}); rows cross to the main thread, NPS counted there (bench/nps.js)',
    udsv: 'udsv 0.7.3 in a module worker: File.slice(4 MiB).arrayBuffer() → TextDecoder(stream) → parser.chunk(text, parser.stringArrs, onRow); schema inferred from the first chunk',
    'polso-wasm': `${extra.polsoWorker} (module worker): File.slice(4 MiB).arrayBuffer() → Analysis.feed(Uint8Array) → finish()`,
    native: 'build/bin/polso analyze FILE --metric nps --period month (1 MiB reads), file in the page cache',
    'native-no-comments': 'the same with --comment-column none: the file without the analysis of its comments (issue 17)',
    'native-1t': 'the same with --threads 1 (when the CLI has --threads; "native" is then its default, every core)',
    'duckdb-Nt': '@duckdb/node-api in a fresh node process, threads N: read_csv + one GROUPING SETS query (bench/duckdb-sql.js); timed from creating the database to the rows (node start and addon load not timed)',
    'duckdb-wasm': '@duckdb/duckdb-wasm 1.32.0 in the page, from node_modules (no CDN): fresh worker + instantiate + registerFileHandle(File, BROWSER_FILEREADER) + the same SQL; single-threaded bundle',
    'file-read-slice': 'the bare read: File.slice(4 MiB).arrayBuffer() in a reader worker, two ahead, transferred to a module worker — the product worker\'s reads, no parsing (bench/read-worker.js)',
    'file-read-stream': 'the bare read: File.stream() to the end in a module worker',
    cat: 'cat FILE > /dev/null (file in the page cache), process start to exit',
    'polso-wasm-1w': 'the product worker told to use one worker ({workers: 1} in its start message), when its report says how many it used',
  },
};
summary.loadAverage.after = loadavg()[0];
writeFileSync(join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

const pass = (ok) => (ok ? 'ok' : 'MISSED');
const lines = [];
lines.push(`# Polso benchmark — ${summary.date.slice(0, 16).replace('T', ' ')} UTC (${summary.mode})`, '');
lines.push(`Machine: ${summary.machine.nproc} × ${cpu}, ${summary.machine.memGiB} GiB, node ${process.version}, ${chromiumVersion}.`);
lines.push(`Command: \`${summary.command}\`. CSV: ${summary.throughputFile.file}, ${(small.bytes / MB).toFixed(0)} MB, ${reports.native.n.toLocaleString('en')} rows; best of ${runs} runs (median beside it). MB = 10^6 bytes. Load average ${loadBefore.toFixed(1)} before, ${summary.loadAverage.after.toFixed(1)} after.`, '');
// Each peer as a ratio to Polso: the browser's peers to Polso-wasm, the
// native ones (DuckDB in node, cat) to the native CLI — both columns for all.
lines.push('| CSV → NPS per month and per channel | best ms | MB/s | median MB/s | Polso-wasm is | Polso native is |', '|---|---:|---:|---:|---:|---:|');
for (const p of Object.keys(throughput)) {
  const rel = (polso) => (p === polso ? '—' : `${(mbps(polso) / mbps(p)).toFixed(2)}×`);
  lines.push(`| ${p} | ${throughput[p].bestMs.toFixed(0)} | ${mbps(p).toFixed(1)} | ${throughput[p].medianMbPerS.toFixed(1)} | ${rel('polso-wasm')} | ${rel('native')} |`);
}
const physical = reads.map((p) => `${p} ${mbps(p).toFixed(0)} MB/s`).join(', ');
lines.push('', `Physical limit (no parsing): ${physical}. DuckDB-Wasm (${extra.duckdbWasmBundle}) took ${Math.min(...extra.duckdbWasmReadyMs).toFixed(0)}–${Math.max(...extra.duckdbWasmReadyMs).toFixed(0)} ms a run to start (worker, wasm compile, open; timed, as every browser peer's start-up); its query alone, best run: ${(small.bytes / MB / (Math.min(...extra.duckdbWasmQueryMs) / 1000)).toFixed(1)} MB/s.`);
const cpuLine = (cpu, bytes) => Object.entries(cpu).map(([p, ms]) => `${p} ${(Math.min(...ms) / 1000).toFixed(2)} s (${(bytes / MB / (Math.min(...ms) / 1000)).toFixed(0)} MB per CPU-second)`).join(', ');
lines.push('', `CPU time (user + system, all threads; least of ${runs}) of the native peers: ${cpuLine(cpuTimes, small.bytes)}.`);
lines.push('', '| target | measured | |', '|---|---:|---|');
// issue 11's targets first, then the standing ones.
const t11 = (label, value, target, fmt = (x) => `${x.toFixed(2)}×`) => lines.push(`| ${label} | ${value === null || Number.isNaN(value) ? 'not measured' : fmt(value)} | ${value === null || Number.isNaN(value) ? 'MISSED (not measured)' : pass(value >= target)} |`);
const workersNote = extra.polsoWorkers ? `${extra.polsoWorkers} workers` : 'one worker: no parallel path in this build';
t11(`browser, survey, all cores (${workersNote}): Polso / Papa Parse ≥ ${TARGETS.allCoresOverPapa}×`, ratios.polso_over_papaparse, TARGETS.allCoresOverPapa);
t11(`browser, survey, all cores: Polso / bare File.slice() read ≥ ${TARGETS.overFileRead}`, ratios.polso_over_file_read_slice, TARGETS.overFileRead, (x) => x.toFixed(2));
const oneWorkerBase = variants.some((v) => v.name === 'today') ? 'the build of before issue 11 (variant today), same run'
  : variants.some((v) => v.name === 'scalar') ? 'scalar variant, same run' : `${RECORDED.oneWorkerMBps} MB/s recorded ${RECORDED.date}, another run`;
t11(`browser, one worker with SIMD / today's one worker ≥ ${TARGETS.simdOneWorker}× (${oneWorkerBase})`, ratios.one_worker_over_today, TARGETS.simdOneWorker);
t11(`native CLI, one thread / today's ≥ ${TARGETS.nativeOneThread}× (${baselineNative ? 'baseline binary, same run' : `${RECORDED.nativeMBps} MB/s recorded ${RECORDED.date}, another run`})`, ratios.native_one_thread_over_today, TARGETS.nativeOneThread);
t11(`native CLI, all threads / one thread ≥ ${TARGETS.nativeAllThreads}× (${cpus().length} cores)${nativeThreads ? '' : ' — this CLI has no --threads'}`, ratios.native_all_over_one_thread, TARGETS.nativeAllThreads);
t11(`native CLI / DuckDB at its best thread count (${duckdbBest}) ≥ ${TARGETS.nativeOverDuckdb}×`, ratios.native_over_duckdb_best, TARGETS.nativeOverDuckdb);
for (const [name, d] of Object.entries(datasets)) {
  if (d.skipped) { lines.push(`| browser, ${name}: Polso / Papa Parse counting ≥ ${TARGETS.datasetOverPapa}× | not measured (${d.skipped}) | MISSED (not measured) |`); continue; }
  t11(`browser, ${name}: Polso / Papa Parse counting ≥ ${TARGETS.datasetOverPapa}×`, d.throughput['polso-wasm'].mbPerS / d.throughput.papaparse.mbPerS, TARGETS.datasetOverPapa);
}
lines.push(`| native CLI peak RSS, ${(big.bytes / MiB).toFixed(0)} MiB file / ${(small.bytes / MiB).toFixed(0)} MiB file ≤ ${TARGETS.rssGrowth} (independent of size) | ${ratios.native_rss_big_over_small.toFixed(2)} | ${pass(ratios.native_rss_big_over_small <= TARGETS.rssGrowth)} |`);
if (web) {
  const kb = web.bytes.embed_total_gzip / 1024;
  lines.push(`| embed.js + polso-calc.wasm gzip does not grow (${RECORDED.embedKB} KB on ${RECORDED.embedDate}) | ${kb.toFixed(1)} KB | ${pass(Number(kb.toFixed(1)) <= RECORDED.embedKB)} |`);
}
if (ratios.simd_over_scalar !== null) lines.push(`| browser, one worker: SIMD build / scalar build of this commit, same run (no target) | ${ratios.simd_over_scalar.toFixed(2)}× | |`);
lines.push(`| browser / DuckDB-Wasm, survey (no target) | ${ratios.polso_over_duckdb_wasm.toFixed(2)}× | |`);
lines.push(`| native CLI / cat FILE > /dev/null (no target) | ${ratios.native_over_cat.toFixed(2)} | |`);
lines.push(`| Polso / Papa Parse ≥ ${TARGETS.papaparse}× | ${ratios.polso_over_papaparse.toFixed(2)}× | ${pass(ratios.polso_over_papaparse >= TARGETS.papaparse)} |`);
lines.push(`| Polso / uDSV ≥ ${TARGETS.udsv}× | ${ratios.polso_over_udsv.toFixed(2)}× | ${pass(ratios.polso_over_udsv >= TARGETS.udsv)} |`);
lines.push(`| Polso-wasm / native CLI ≥ ${TARGETS.native} | ${ratios.polso_over_native.toFixed(2)} | ${pass(ratios.polso_over_native >= TARGETS.native)} |`);
lines.push(`| native, comments read / not read ≥ ${TARGETS.commentsOnOverOff} | ${ratios.comments_on_over_off.toFixed(2)} | ${pass(ratios.comments_on_over_off >= TARGETS.commentsOnOverOff)} |`);
lines.push(`| wasm memory after ${(big.bytes / MiB).toFixed(0)} MiB < ${TARGETS.wasmMemoryMiB} MiB | ${(memory.wasmMemoryBytes / MiB).toFixed(1)} MiB | ${pass(memory.wasmMemoryBytes < TARGETS.wasmMemoryMiB * MiB)} |`);
lines.push(`| native CLI peak RSS, ${(big.bytes / MiB).toFixed(0)} MiB file | ${(memory.nativeMaxRssKiB / 1024).toFixed(1)} MiB | |`);
if (xlsx) {
  lines.push(`| .xlsx: Polso-wasm / SheetJS ≥ ${TARGETS.xlsxSheetjs}× (proposed; issue 18 names none) | ${xlsx.ratios.polso_over_sheetjs.toFixed(2)}× | ${pass(xlsx.ratios.polso_over_sheetjs >= TARGETS.xlsxSheetjs)} |`);
}
if (web) {
  lines.push(`| embed.js + polso-calc.wasm gzip ≤ ${TARGETS.embedKB} KB | ${(web.bytes.embed_total_gzip / 1024).toFixed(1)} KB | ${pass(web.bytes.embed_total_gzip <= TARGETS.embedKB * 1024)} |`);
  lines.push(`| navigation → usable, page / embed (median of ${web.runs}) | ${web.ms.usable_page_median.toFixed(0)} / ${web.ms.usable_embed_median.toFixed(0)} ms | |`);
  lines.push(`| keystroke → result / next frame (median) | ${web.ms.keystroke_sync_median.toFixed(2)} / ${web.ms.keystroke_frame_median.toFixed(1)} ms | |`);
}
lines.push('');
lines.push(`Big file: Polso-wasm ${memory.polsoMBps.toFixed(1)} MB/s, native ${memory.nativeMBps.toFixed(1)} MB/s on ${(big.bytes / MB).toFixed(0)} MB.`);
// Where a worker's time goes (fastest run): in the parts run, feed() is the
// head's only, the parts' time being under "messages".
for (const [label, runsOf] of [['Polso worker split', extra.polsoSplit], ['One worker split', extra.oneWorkerSplit]]) {
  const split = (runsOf ?? []).filter((s) => s.readMs !== undefined);
  if (!split.length) continue;
  const s = split.reduce((a, b) => (b.ms < a.ms ? b : a));
  lines.push(`${label} (fastest run): ${s.ms.toFixed(0)} ms total = ${s.readMs.toFixed(0)} ms waiting for File.slice().arrayBuffer() + ${s.feedMs.toFixed(0)} ms in feed()/finish() + ${(s.ms - s.readMs - s.feedMs).toFixed(0)} ms worker start, wasm load, messages.`);
}
lines.push(...datasetLines(datasets, datasetRuns, cpuLine));
if (xlsx) {
  lines.push('', `.xlsx: ${xlsx.file}, ${(xlsx.bytes / MB).toFixed(1)} MB, ${xlsx.rows.toLocaleString('en')} rows (written by SheetJS, deflated), best of ${xlsx.runs}; each node peer in a fresh process from bytes on disk to report (wasm instantiation, ${xlsx.wasmLoadMs.toFixed(0)} ms, not timed).`, '');
  lines.push('| .xlsx → NPS per month and per channel | best ms | MB/s | rows/s | peak RSS MiB | Polso-wasm is |', '|---|---:|---:|---:|---:|---:|');
  for (const [p, t] of Object.entries(xlsx.throughput)) {
    const rel = p === 'polso-wasm' ? '—' : `${(xlsx.throughput['polso-wasm'].mbPerS / t.mbPerS).toFixed(2)}×`;
    lines.push(`| ${p} | ${t.bestMs.toFixed(0)} | ${t.mbPerS.toFixed(1)} | ${Math.round(t.rowsPerS).toLocaleString('en')} | ${(t.peakRssKiB / 1024).toFixed(0)} | ${rel} |`);
  }
  lines.push('', `Polso-wasm's wasm memory after the workbook: ${(xlsx.wasmMemoryBytes / MiB).toFixed(1)} MiB.${xlsx.mismatches['native (xlsx) against the generator'] ? '' : " The native CLI's report equals the figures counted while the workbook was written."}`);
}
for (const c of chunkSweep) lines.push(`Chunk ${c.chunkKiB} KiB: ${c.mbPerS.toFixed(1)} MB/s.`);
lines.push('', Object.keys(mismatches).length ? '**RESULT MISMATCHES** (every peer is compared with the native CLI):' : `All peers agree with the native CLI: overall NPS, n, every month and every channel${Object.values(datasets).some((d) => !d.skipped) ? '; for orders and conversations every headline figure (bench/datasets.js)' : ''}.`);
for (const [p, d] of Object.entries(mismatches)) lines.push(`- ${p}: ${d.slice(0, 10).join('; ')}${d.length > 10 ? ` … (${d.length} in all)` : ''}`);
if (pageErrors.length) lines.push('', `Page errors: ${pageErrors.slice(0, 5).join(' | ')}`);
const md = `${lines.join('\n')}\n`;
writeFileSync(join(out, 'summary.md'), md);
say(`\n${md}`);
say(`wrote ${join(out, 'summary.json')} and summary.md`);
if (Object.keys(mismatches).length) { console.error('bench: peers disagree with Polso — see above'); process.exit(1); }
