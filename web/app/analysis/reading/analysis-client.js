// The page's side of the analysis worker. analysisWorker() starts
// dist/analysis-worker.js and checks it answers; where a worker cannot start
// (the single offline file: a page opened from file:// cannot load a module
// worker, and its CSP allows none) it returns an in-page stand-in with the same
// protocol that runs on the main thread, yielding between chunks of 1 MiB.
import { getFileModule } from '../../core.js';
import { createRunner } from './analysis-runner.js';

const SINGLE_FILE = typeof __POLSO_SINGLE_FILE__ !== 'undefined' && __POLSO_SINGLE_FILE__;

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

// Resolves to a started worker (wasm loaded), or to the in-page stand-in.
export async function analysisWorker({ timeoutMs = 15000 } = {}) {
  if (!SINGLE_FILE && typeof Worker === 'function') {
    let worker;
    try {
      worker = new Worker(new URL('./analysis-worker.js', import.meta.url), { type: 'module' });
      await ping(worker, timeoutMs);
      return worker;
    } catch {
      worker?.terminate();
    }
  }
  const inPage = new InPageWorker();
  await ping(inPage, timeoutMs);
  return inPage;
}
