// dist/analysis-worker.js: a module worker that analyses a CSV file with the
// wasm core, chunk by chunk, off the main thread. Protocol: see analysis-runner.js.
//   const w = new Worker('analysis-worker.js', { type: 'module' });
//   w.postMessage({ type: 'start', file, options: { metric: 'nps', lang: 'it' } });
// polso-simd.wasm or polso.wasm (wasm-build.js) is loaded from beside this file.
//
// The same script, started by itself under the name READER, only reads: it
// copies slices of the File out of the browser and hands them over
// (transferred, not copied again), so reading runs on another core while
// this one parses. Where a worker cannot start one, it reads for itself.
// Under the name PART_WORKER it reads one byte range of a large file with its
// own wasm instance (analysis-parts.js).
//
// In the single offline file (polso.html) this script is a classic worker
// whose text is inside the page, started from a blob: URL; it fetches nothing.
// The page's first message, {type: 'single', module, source}, brings the wasm
// the page compiled and this script's text: under file:// a worker may not
// start another from its own blob: URL (Chromium: a SecurityError), only from
// one it made itself, so the READER and the part workers start from that.
import { loadPolsoModule } from '../../../polso-api.js';
import { createRunner } from './analysis-runner.js';
import { PART_WORKER, partReader, servePart } from './analysis-parts.js';
import { SCALAR_WASM, withAnalysisWasm } from './wasm-build.js';

const READER = 'polso-file-reader';

function serveReads() {
  let file = null;
  self.onmessage = async ({ data }) => {
    if (data.file) file = data.file;
    try {
      const buffer = await file.slice(data.from, data.to).arrayBuffer();
      self.postMessage({ seq: data.seq, buffer }, [buffer]);
    } catch (e) {
      self.postMessage({ seq: data.seq, error: String(e?.message ?? e) });
    }
  };
}

// readSlice for the runner, through the reader; null when none can start.
function readerSlices(script) {
  let reader;
  try {
    reader = new Worker(script.url, { type: script.type, name: READER });
  } catch {
    return null;
  }
  const pending = new Map();
  let seq = 0, sent = null;
  reader.onmessage = ({ data }) => {
    const p = pending.get(data.seq);
    pending.delete(data.seq);
    if (data.error !== undefined) p?.fail(new Error(data.error)); else p?.ok(new Uint8Array(data.buffer));
  };
  reader.onerror = (e) => {
    for (const p of pending.values()) p.fail(new Error(e.message || 'the file reader stopped'));
    pending.clear();
  };
  return (file, from, to) => new Promise((ok, fail) => {
    const msg = { seq: ++seq, from, to };
    if (file !== sent) msg.file = sent = file;  // the File once, then offsets
    pending.set(msg.seq, { ok, fail });
    reader.postMessage(msg);
  });
}

// __POLSO_SINGLE_FILE__: a literal in each bundle (web/build.mjs), so each
// keeps only its own way of starting.

// The wasm, fetched and compiled once: this worker's module and every part
// worker's are made from it; the SIMD build where the browser has SIMD
// (wasm-build.js). A server that does not send it as application/wasm fails
// the streaming compile: its bytes are compiled then.
let compiling = null;
const wasmUrl = (file) => new URL(`./${file}`, import.meta.url);
function compileOne(url) {
  return WebAssembly.compileStreaming(fetch(url)).catch(() => fetch(url)
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${url.pathname}: HTTP ${r.status}`))))
    .then((bytes) => WebAssembly.compile(bytes)));
}
const compileWasm = () => compiling ??= withAnalysisWasm((file) => compileOne(wasmUrl(file)));
// Where even that fails, Emscripten's own loading tells why (not in the
// single file, whose wasm is compiled by the page).
const loadModule = () => compileWasm().then((compiled) => loadPolsoModule({ compiled }),
  (e) => (__POLSO_SINGLE_FILE__ ? Promise.reject(e) : loadPolsoModule({ wasmUrl: wasmUrl(SCALAR_WASM) })));
// A part worker's module, on the wasm the analysis worker compiled: no fetch.
const instantiate = (compiled) => loadPolsoModule({ compiled });

// The analysis worker proper; `script`: where its reader and part workers start from.
function serveAnalyses(script) {
  const readSlice = readerSlices(script);
  const runner = createRunner({
    loadModule,
    post: (m) => self.postMessage(m),
    ...(readSlice ? { readSlice } : {}),
    readInParts: partReader({
      startWorker: () => new Worker(script.url, { type: script.type, name: PART_WORKER }),
      compile: compileWasm,
    }),
  });
  self.onmessage = ({ data }) => runner.handle(data);
}

if (self.name === READER) {
  serveReads();
} else if (self.name === PART_WORKER) {
  servePart({ instantiate, readSlice: (file, from, to) => file.slice(from, to).arrayBuffer().then((b) => new Uint8Array(b)) });
} else if (__POLSO_SINGLE_FILE__) {
  self.onmessage = ({ data }) => {
    if (data?.type !== 'single') return;
    compiling = Promise.resolve(data.module);
    serveAnalyses({ url: URL.createObjectURL(new Blob([data.source], { type: 'text/javascript' })), type: 'classic' });
  };
} else {
  serveAnalyses({ url: new URL(import.meta.url), type: 'module' });
}
