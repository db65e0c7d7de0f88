// The bench page: every runner takes the File from <input type=file id=file>
// (set by Playwright's setInputFiles), times from "File in hand" to "report on
// the main thread", and returns the report with its timing. Workers are created
// fresh for every run, so their start-up is part of the time, for all peers.
import { createNps } from './nps.js';
import { KITS } from './datasets.js';

// What the Papa Parse peer counts, per dataset: the header names it reads, in
// the order the counter's add() takes them.
const COUNTERS = { survey: { columns: ['submitted_at', 'channel', 'how_likely_to_recommend'], create: createNps }, ...KITS };

const file = () => {
  const f = document.getElementById('file').files[0];
  if (!f) throw new Error('no file selected');
  return f;
};
const log = (s) => { document.getElementById('log').textContent += `${s}\n`; };


function runWorker(url, message) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const w = new Worker(url, { type: 'module' });
    let progressMessages = 0;
    w.onmessage = ({ data }) => {
      if (data.type === 'progress') { progressMessages++; return; }
      const ms = performance.now() - t0;
      w.terminate();
      if (data.type === 'done') resolve({ ...data, ms, progressMessages });
      else reject(new Error(JSON.stringify(data.error ?? data)));
    };
    w.onerror = (e) => { w.terminate(); reject(new Error(e.message || 'worker failed to load')); };
    w.postMessage({ ...message, file: file() });
  });
}

window.bench = {
  // `worker`: the runner passes /dist/analysis-worker.js when it is built,
  // /bench/polso-worker.js (the stand-in) otherwise.
  // `workers`: how many analysis workers the product worker may use (issue 11's
  // parallel path; a worker without one ignores it). Its 'done' may say how
  // many it used (`workers`).
  async polso({ worker = '/bench/polso-worker.js', moduleUrl, chunkBytes, dataset = 'survey', workers } = {}) {
    const url = new URL(worker, location.href);
    const options = dataset === 'survey' ? { metric: 'nps', period: 'month', lang: 'en' } : { dataset, period: 'month', lang: 'en' };
    const msg = { type: 'start', options };
    if (chunkBytes) msg.chunkBytes = chunkBytes;
    if (workers) msg.workers = workers;
    if (moduleUrl) msg.moduleUrl = new URL(moduleUrl, location.href).href;
    const r = await runWorker(url, msg);
    log(`polso ${r.ms.toFixed(0)} ms`);
    return { worker: url.pathname, ...r };
  },

  // The physical limit: the File read and nothing else, in the same worker
  // setup as Polso's (how: 'slice' — a reader worker, 4 MiB, two ahead — or 'stream').
  async read({ how = 'slice' } = {}) {
    const r = await runWorker(new URL('./read-worker.js', import.meta.url), { how });
    if (r.bytes !== file().size) throw new Error(`read ${r.bytes} of ${file().size} bytes`);
    log(`read (${how}) ${r.ms.toFixed(0)} ms`);
    return { ...r, report: null };
  },

  // DuckDB-Wasm (bench/duckdb-page.js, bundled by the runner into `bundleUrl`).
  async duckdb({ bundleUrl, dataset = 'survey' }) {
    const { runDuckdbWasm } = await import(new URL(bundleUrl, location.href).href);
    const r = await runDuckdbWasm(dataset, file());
    log(`duckdb-wasm ${r.ms.toFixed(0)} ms`);
    return r;
  },

  async udsv() {
    const r = await runWorker(new URL('./udsv-worker.js', import.meta.url), {});
    log(`udsv ${r.ms.toFixed(0)} ms`);
    return r;
  },

  // Papa Parse's own worker mode: it parses in a worker it creates and hands
  // each chunk of rows to the main thread, where the figures are counted
  // (bench/nps.js for the survey's NPS, bench/datasets.js for orders and conversations).
  papa({ dataset = 'survey' } = {}) {
    const kit = COUNTERS[dataset];
    return new Promise((resolve, reject) => {
      const t0 = performance.now();
      const counter = kit.create();
      let index = null;
      window.Papa.parse(file(), {
        worker: true,
        skipEmptyLines: true,
        chunk(results) {
          const rows = results.data;
          let i = 0;
          if (!index) {
            index = kit.columns.map((n) => rows[0].indexOf(n));
            i = 1;
          }
          const [a, b, c, d, e] = index;
          for (; i < rows.length; i++) { const r = rows[i]; counter.add(r[a], r[b], r[c], r[d], r[e]); }
        },
        complete() {
          const ms = performance.now() - t0;
          log(`papa (${dataset}) ${ms.toFixed(0)} ms`);
          resolve({ report: counter.result(), ms });
        },
        error(e) { reject(new Error(String(e?.message ?? e))); },
      });
    });
  },
};
document.documentElement.dataset.ready = '';
