// The page's side of the analysis worker. analysisWorker() starts
// dist/analysis-worker.js and checks it answers. The single offline file
// cannot load a worker script from file://: it carries the worker's bundle as
// text (web/build.mjs) and starts it from a blob: URL, posting it the wasm the
// page compiled (single-wasm.js), so it and its part workers fetch nothing.
// Where no worker can start, it returns an in-page stand-in with the same
// protocol that runs on the main thread, yielding between chunks of 1 MiB.
import { getFileModule } from '../../core.js';
import { compiledWasm } from '../../single-wasm.js';
import workerSource from 'polso:analysis-worker-source';
import { createRunner } from './analysis-runner.js';

export class InPageWorker extends EventTarget {
  constructor() {
    super();
    this.inPage = true;
    this.onmessage = null;
    this.runner = createRunner({
      loadModule: getFileModule,
      post: (data) => setTimeout(() => {
        const e = new MessageEvent('message', { data });
        this.onmessage?.(e);
        this.dispatchEvent(e);
      }, 0),
      defaultChunkBytes: 1024 * 1024,
      // Let the page paint and handle input (the Cancel button) between chunks.
      pause: () => new Promise((ok) => setTimeout(ok, 0)),
    });
  }

  postMessage(data) { queueMicrotask(() => this.runner.handle(data)); }
  terminate() { this.runner.handle({ type: 'cancel' }); }
}

function ping(worker, timeoutMs) {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => done(fail, new Error('timeout')), timeoutMs);
    const onMessage = ({ data }) => {
      if (data?.type !== 'pong') return;
      if (data.error) done(fail, new Error(data.error.message)); else done(ok, data);
    };
    const onError = (e) => { e.preventDefault?.(); done(fail, new Error(e.message || 'worker error')); };
    function done(fn, v) {
      clearTimeout(timer);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      fn(v);
    }
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ type: 'ping' });
  });
}

// The single file's worker: its bundle, a classic script (Chromium refuses a
// module worker from a blob: URL under file://), given the compiled wasm and
// its own text (analysis-worker.js says why).
let blobUrl = null;
async function singleFileWorker() {
  const compiled = await compiledWasm();
  blobUrl ??= URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  const worker = new Worker(blobUrl);
  try {
    worker.postMessage({ type: 'single', module: compiled, source: workerSource });
  } catch (e) {  // a browser that cannot send it a WebAssembly.Module
    worker.terminate();
    throw e;
  }
  return worker;
}

// Resolves to a started worker (wasm loaded), or to the in-page stand-in.
export async function analysisWorker({ timeoutMs = 15000 } = {}) {
  if (typeof Worker === 'function') {
    let worker;
    try {
      // __POLSO_SINGLE_FILE__: a literal in each bundle, so the other door is dropped.
      worker = __POLSO_SINGLE_FILE__ ? await singleFileWorker()
        : new Worker(new URL('./analysis-worker.js', import.meta.url), { type: 'module' });
      await ping(worker, timeoutMs);
      return worker;
    } catch {
      worker?.terminate();
    }
  }
  const standIn = new InPageWorker();
  await ping(standIn, timeoutMs);
  return standIn;
}
